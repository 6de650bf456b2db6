#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QVariantMap>

#include "consoleclient.h"

/// The Definitions page's map rows, paged from the server (management.rep maps()): search, subnet filter and
/// sort are done by SQL on the server, and only the pages a view shows are fetched, so 100 000 rows stay fast.
/// rowCount() is the total; a row not yet fetched reads as empty and fills in when its page arrives.
class MapsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY queryChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY queryChanged)
    Q_PROPERTY(QString subnet READ subnet WRITE setSubnet NOTIFY queryChanged)
    Q_PROPERTY(int serial READ serial WRITE setSerial NOTIFY queryChanged)
    Q_PROPERTY(int sortColumn READ sortColumn WRITE setSortColumn NOTIFY queryChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY queryChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(QString error READ error NOTIFY totalChanged)
public:
    enum Role { MacRole = Qt::UserRole + 1, IpRole, HostnameRole, SubnetRole, SerialRole, RevisionRole, LoadedRole, RowRole };
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
    int sortColumn() const { return m_sort; }
    void setSortColumn(int column);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int total() const { return m_total; }
    QString error() const { return m_error; }

    /// Forgets every page and asks again (after an edit, a definitionsChanged, a reconnection).
    Q_INVOKABLE void reload();
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The row of `mac` if its page is loaded, else -1.
    Q_INVOKABLE int rowOf(const QString &mac) const;

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
    void received(quint64 generation, int page, const QVariantMap &answer);

    ConsoleClient *m_client = nullptr;
    QString m_search;
    QString m_subnet;
    int m_serial = -1;
    int m_sort = 1;
    bool m_descending = false;
    int m_total = 0;
    QString m_error;
    quint64 m_generation = 0;               // bumped by reload(): answers of older queries are ignored
    QHash<int, QList<QVariantMap>> m_pages;
    mutable QSet<int> m_requested;
};
