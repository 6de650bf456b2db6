#pragma once

#include "storerecords.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace qsd {

/// The management half of an SQL store: listing, validated edits of `subnets` and `maps`, the permanent
/// blacklist and the audit log, over one open QSqlDatabase connection of the calling thread.
///
/// The SQL is kept portable (SQLite, PostgreSQL, MySQL): `?` placeholders, LIMIT/OFFSET, LOWER() for
/// case-insensitive matching — except on SQLite, where `COLLATE NOCASE` (MACs, through the
/// case_insensitive_macs index) and plain LIKE (already ASCII case-insensitive) avoid LOWER()'s table scans. Every edit runs in one transaction with its audit row; database errors are
/// prefixed with the store's description (which names the file or server).
class SqlEditor
{
public:
    /// `connectionName` names an open connection; `describe` prefixes database errors.
    SqlEditor(const QString &connectionName, const QString &describe);

    bool listSubnets(QList<SubnetRecord> *subnets, QString *error);
    bool listMaps(const MapQuery &query, MapPage *page, QString *error);

    bool addSubnet(const SubnetRecord &subnet, const QString &who, QString *error);
    bool updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                      QString *error);
    bool deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error);

    bool addMap(const MapRecord &map, const QString &who, QString *error);
    bool updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error);
    bool deleteMap(const MAC &mac, const QString &who, QString *error);

    /// DefinitionStore::applyBatch: one transaction, the checks and audit rows of the edits above.
    bool applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result, QString *error);

    bool listBlacklist(QList<BlacklistEntry> *entries, QString *error);
    bool addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error);
    bool removeFromBlacklist(const MAC &mac, const QString &who, QString *error);

    bool listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error);

    /// PostgreSQL: every committed edit also sends `NOTIFY <channel>` with a JSON payload
    /// {"origin": origin, "what": "map"|"subnet"|"blacklist", "key": MAC or "subnet|serial" ("" for several rows),
    ///  "who": who, "rows": n}, inside its transaction, so other servers hear of it exactly when it commits.
    /// An empty channel (the default) sends nothing.
    void setNotifyChannel(const QString &channel, const QString &origin)
    {
        m_notifyChannel = channel;
        m_origin = origin;
    }

    /// Largest page listMaps() serves.
    static constexpr int MaxPageSize = 10000;

private:
    class Transaction;

    QSqlDatabase database() const;
    /// Sends the notification of the changes audited since the transaction began (see setNotifyChannel()).
    bool notifyChanges(QString *error) const;
    /// "LOWER(mac) = ?" or, on SQLite, "mac = ? COLLATE NOCASE"; the bound MAC is lower-case.
    QString macEquals() const;
    /// A case-insensitive "column LIKE ?" for a lower-case pattern.
    QString likeIgnoringCase(const char *column) const;
    /// A column name quoted when the dialect reserves it (`before` in MySQL).
    QString quoted(const char *column) const;
    /// Runs `sql` with positional `values`; on success `*rows` holds the result rows (may be null).
    bool run(const QString &sql, const QVariantList &values, QList<QVariantList> *rows, QString *error) const;
    bool fetchSubnet(const QString &subnet, int serial, std::optional<SubnetRecord> *out, QString *error) const;
    bool fetchMap(const MAC &mac, std::optional<MapRecord> *out, QString *error) const;
    bool countMaps(const QString &subnet, int serial, qint64 *count, QString *error) const;
    /// Subnet known, MAC and (ip, subnet, serial) unique; `storedMac` is the row being replaced, if any.
    bool checkMap(const MapRecord &map, const QString &storedMac, QString *error) const;
    /// One subnet / map of a batch, inside the batch's transaction.
    bool batchSubnet(const SubnetRecord &subnet, const QString &who, BatchResult *result, QString *error) const;
    bool batchMap(const MapRecord &map, const QString &who, BatchResult *result, QString *error) const;
    bool audit(const QString &who, const QString &action, const QString &target, const QJsonObject &before,
               const QJsonObject &after, QString *error) const;

    QString m_connectionName;
    QString m_describe;
    bool m_sqlite = false;
    bool m_mysql = false;
    QString m_notifyChannel;
    QString m_origin;
    // What the open transaction changed, gathered by audit() for notifyChanges().
    mutable QString m_changedWhat;   ///< "map", "subnet", "blacklist"; "" when several kinds
    mutable QString m_changedKey;    ///< the first row's key
    mutable QString m_changedBy;
    mutable int m_changedRows = 0;
};

} // namespace qsd
