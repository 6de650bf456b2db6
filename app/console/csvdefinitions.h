#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

#include "consoleclient.h"
#include "rowsmodel.h"

/// CSV import and export of the maps (CONSOLE.md "Import CSV shows a preview with conflicts first").
///
/// The file: a header line naming the columns (mac, ip, hostname, subnet, serial in any order; mac and ip
/// required), comma- or semicolon-separated, RFC 4180 quoting. preview() reads it, asks the server for the
/// maps and subnets it has, and classifies every line: new, update (the MAC exists with other values), same,
/// conflict (the IP belongs to another MAC, the subnet is unknown, the IP is outside it) or invalid. Nothing
/// is written until importRows(), which adds the new rows and updates the changed ones in one transaction on the
/// server (importDefinitions): all of them, or none and the reason.
class CsvDefinitions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(RowsModel *rows READ rows CONSTANT)
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY summaryChanged)
public:
    explicit CsvDefinitions(QObject *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    void setClient(ConsoleClient *client);
    RowsModel *rows() const { return m_rows; }
    /// {new, update, same, conflict, invalid, imported, failed, error}
    QVariantMap summary() const { return m_summary; }
    bool busy() const { return m_busy; }

    /// Parses CSV text into rows of cells (RFC 4180: quotes, doubled quotes, separators and newlines in quotes).
    static QList<QStringList> parse(const QString &text, QChar separator);
    /// One CSV line from cells, quoting where needed.
    static QString line(const QStringList &cells);

    Q_INVOKABLE void preview(const QUrl &file, const QString &defaultSubnet, int defaultSerial);
    Q_INVOKABLE void importRows();
    /// Writes every map matching the search and subnet (as the Definitions page shows them) to `file`.
    Q_INVOKABLE void exportTo(const QUrl &file, const QString &search, const QString &subnet, int serial);

signals:
    void clientChanged();
    void summaryChanged();
    void previewReady();
    void imported();
    void exported(bool ok, const QString &message);

private:
    /// Every map matching the query, in pages of the server's largest (10 000).
    void fetchAll(const QString &search, const QString &subnet, int serial,
                  std::function<void(bool ok, const QString &error, const QList<MapRow> &maps)> done,
                  QList<MapRow> sofar = {});
    void classify(const QList<QVariantMap> &lines, const QList<MapRow> &maps, const QList<SubnetRow> &subnets);
    void finish(const QString &error);

    ConsoleClient *m_client = nullptr;
    RowsModel *m_rows;
    QVariantMap m_summary;
    bool m_busy = false;
};
