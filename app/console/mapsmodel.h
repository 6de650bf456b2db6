#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "consoleclient.h"

/// The Definitions page's map rows (management.rep MapRow), paged from the server (maps()): search, subnet filter
/// and sort are done by SQL on the server, and only the pages a view shows are fetched, so 100 000 rows stay
/// fast. rowCount() is the total; a row not yet fetched reads as empty and fills in when its page arrives.
///
/// Every console refreshes by itself when anyone changes a map or a subnet, or reinitialises the server
/// (ConsoleClient::definitionsChanged). `lastSeen` is the server's MapRow.lastSeenMs (0: not seen since it
/// started); refresh() asks again for the pages shown and updates them in place, which keeps it current.
class MapsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY queryChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY queryChanged)
    Q_PROPERTY(QString subnet READ subnet WRITE setSubnet NOTIFY queryChanged)
    Q_PROPERTY(int serial READ serial WRITE setSerial NOTIFY queryChanged)
    /// The role the rows are sorted by: "mac", "ip", "hostname" or "subnet" (management.rep SortColumn); any
    /// other role (lastSeen is not sortable on the server) sorts by ip.
    Q_PROPERTY(QString sortRole READ sortRole WRITE setSortRole NOTIFY queryChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY queryChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(QString error READ error NOTIFY totalChanged)
public:
    enum Role { MacRole = Qt::UserRole + 1, IpRole, HostnameRole, SubnetRole, SerialRole, RevisionRole, LastSeenRole,
                LoadedRole, RowRole };
    static constexpr int PageSize = 200;

    explicit MapsModel(QObject *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    void setClient(ConsoleClient *client);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString subnet() const { return m_subnet; }
    void setSubnet(const QString &subnet);
    int serial() const { return m_serial; }
    void setSerial(int serial);
    SortColumnEnum::SortColumn sortColumn() const { return m_sort; }
    void setSortColumn(SortColumnEnum::SortColumn column);
    QString sortRole() const;
    void setSortRole(const QString &role);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int total() const { return m_total; }
    QString error() const { return m_error; }

    /// Forgets every page and asks again (a new query, a change announced, a reconnection).
    Q_INVOKABLE void reload();
    /// Asks again for the pages loaded, for the same query: rows are updated in place when the total stayed.
    Q_INVOKABLE void refresh();
    /// The row as a plain map of MapRow's fields ({} when its page is not loaded).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The row of `mac` if its page is loaded, else -1.
    Q_INVOKABLE int rowOf(const QString &mac) const;
    /// The typed row, or null when its page is not loaded.
    const MapRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();
    void totalChanged();
    /// A page arrived (tests and the tour wait for it).
    void pageLoaded(int page);

private:
    void fetch(int page) const;
    void received(quint64 generation, int page, const MapsAnswer &answer);

    ConsoleClient *m_client = nullptr;
    QString m_search;
    QString m_subnet;
    int m_serial = -1;
    SortColumnEnum::SortColumn m_sort = SortColumnEnum::Ip;
    bool m_descending = false;
    int m_total = 0;
    QString m_error;
    quint64 m_generation = 0;               // bumped by reload(): answers of older queries are ignored
    bool m_resetPending = false;            // the next first page starts the rows afresh (after reload())
    QHash<int, QList<MapRow>> m_pages;
    mutable QSet<int> m_requested;
};
