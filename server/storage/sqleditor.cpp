#include "sqleditor.h"

#include "recordvalidator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace qsd {

namespace {

const QString SubnetColumns = QStringLiteral(
    "subnet, serial, lease_time, gateway, subnet_mask, broadcast_address, ntp_servers, domain_name_servers, "
    "domain_name");

/// An empty string is stored as NULL, as staticDHCPd's optional columns expect.
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariantList subnetValues(const SubnetRecord &s)
{
    return {s.subnet, s.serial, s.lease_time, nullable(s.gateway), nullable(s.subnet_mask),
            nullable(s.broadcast_address), nullable(s.ntp_servers), nullable(s.domain_name_servers),
            nullable(s.domain_name)};
}

SubnetRecord subnetFromRow(const QVariantList &row)
{
    SubnetRecord s;
    s.subnet = row.value(0).toString();
    s.serial = row.value(1).toInt();
    s.lease_time = row.value(2).toLongLong();
    s.gateway = row.value(3).toString();
    s.subnet_mask = row.value(4).toString();
    s.broadcast_address = row.value(5).toString();
    s.ntp_servers = row.value(6).toString();
    s.domain_name_servers = row.value(7).toString();
    s.domain_name = row.value(8).toString();
    return s;
}

MapRecord mapFromRow(const QVariantList &row)
{
    return MapRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                     row.value(3).toString(), row.value(4).toInt()};
}

QString orderColumn(MapSort sort)
{
    switch (sort) {
    case MapSort::Mac: return QStringLiteral("mac");
    case MapSort::Ip: return QStringLiteral("ip");
    case MapSort::Hostname: return QStringLiteral("hostname");
    case MapSort::Subnet: return QStringLiteral("subnet");
    }
    return QStringLiteral("mac");
}

/// A LIKE pattern matching `text` anywhere, with the wildcards in `text` escaped by '\'.
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

/// A write transaction that rolls back unless committed; its changes are announced when it commits.
class SqlEditor::Transaction
{
public:
    explicit Transaction(const SqlEditor &editor) : m_editor(editor), m_db(editor.database()) { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool begin(const QString &describe, QString *error)
    {
        m_editor.m_changedRows = 0;
        m_active = m_db.transaction();
        return m_active || setError(error, QStringLiteral("%1: cannot start a transaction: %2")
                                               .arg(describe, m_db.lastError().text()));
    }
    bool commit(const QString &describe, QString *error)
    {
        if (!m_editor.notifyChanges(error))
            return false;
        if (m_db.commit()) {
            m_active = false;
            return true;
        }
        return setError(error, QStringLiteral("%1: commit failed: %2").arg(describe, m_db.lastError().text()));
    }

private:
    const SqlEditor &m_editor;
    QSqlDatabase m_db;
    bool m_active = false;
};

SqlEditor::SqlEditor(const QString &connectionName, const QString &describe)
    : m_connectionName(connectionName),
      m_describe(describe),
      m_sqlite(database().driverName() == QLatin1String("QSQLITE")),
      m_mysql(database().driverName() == QLatin1String("QMYSQL"))
{
}

QString SqlEditor::quoted(const char *column) const
{
    // `before` is a reserved word in MySQL; standard SQL (SQLite, PostgreSQL) takes it bare.
    return m_mysql ? QStringLiteral("`%1`").arg(QLatin1String(column)) : QString::fromLatin1(column);
}

QString SqlEditor::macEquals() const
{
    return m_sqlite ? QStringLiteral("mac = ? COLLATE NOCASE") : QStringLiteral("LOWER(mac) = ?");
}

QString SqlEditor::likeIgnoringCase(const char *column) const
{
    const QString name = QLatin1String(column);
    // MySQL reads '\' in a string literal as an escape, so its one-backslash literal is written '\\'.
    return (m_sqlite ? name : QStringLiteral("LOWER(%1)").arg(name))
        + (m_mysql ? QStringLiteral(" LIKE ? ESCAPE '\\\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'"));
}

QSqlDatabase SqlEditor::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqlEditor::run(const QString &sql, const QVariantList &values, QList<QVariantList> *rows, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return setError(error, QStringLiteral("%1: %2").arg(m_describe, query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return setError(error, QStringLiteral("%1: %2").arg(m_describe, query.lastError().text()));
    if (rows) {
        rows->clear();
        const int columns = query.record().count();
        while (query.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row.append(query.value(i));
            rows->append(row);
        }
    }
    return true;
}

bool SqlEditor::fetchSubnet(const QString &subnet, int serial, std::optional<SubnetRecord> *out,
                            QString *error) const
{
    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT %1 FROM subnets WHERE subnet = ? AND serial = ?").arg(SubnetColumns),
             {subnet, serial}, &rows, error))
        return false;
    *out = rows.isEmpty() ? std::nullopt : std::optional<SubnetRecord>(subnetFromRow(rows.first()));
    return true;
}

bool SqlEditor::fetchMap(const MAC &mac, std::optional<MapRecord> *out, QString *error) const
{
    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT mac, ip, hostname, subnet, serial FROM maps WHERE ") + macEquals(),
             {mac.toString()}, &rows, error))
        return false;
    *out = rows.isEmpty() ? std::nullopt : std::optional<MapRecord>(mapFromRow(rows.first()));
    return true;
}

bool SqlEditor::countMaps(const QString &subnet, int serial, qint64 *count, QString *error) const
{
    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT COUNT(*) FROM maps WHERE subnet = ? AND serial = ?"), {subnet, serial}, &rows,
             error))
        return false;
    *count = rows.value(0).value(0).toLongLong();
    return true;
}

bool SqlEditor::checkMap(const MapRecord &map, const QString &storedMac, QString *error) const
{
    std::optional<SubnetRecord> subnet;
    if (!fetchSubnet(map.subnet, map.serial, &subnet, error))
        return false;
    if (!subnet)
        return setError(error, QStringLiteral("map %1: unknown subnet '%2|%3'")
                                   .arg(map.mac, map.subnet, QString::number(map.serial)));
    // The row being replaced does not clash with itself.
    const QString notSelf = storedMac.isEmpty() ? QString() : QStringLiteral(" AND mac <> ?");
    const QVariantList self = storedMac.isEmpty() ? QVariantList() : QVariantList{storedMac};
    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT mac FROM maps WHERE ") + macEquals() + notSelf, QVariantList{map.mac} + self,
             &rows, error))
        return false;
    if (!rows.isEmpty())
        return setError(error, QStringLiteral("map %1: this MAC already has a map").arg(map.mac));
    if (!run(QStringLiteral("SELECT mac FROM maps WHERE ip = ? AND subnet = ? AND serial = ?") + notSelf,
             QVariantList{map.ip, map.subnet, map.serial} + self, &rows, error))
        return false;
    if (!rows.isEmpty())
        return setError(error, QStringLiteral("map %1: ip %2 is already given to %3 in subnet '%4|%5'")
                                   .arg(map.mac, map.ip, rows.first().value(0).toString(), map.subnet,
                                        QString::number(map.serial)));
    return true;
}

bool SqlEditor::audit(const QString &who, const QString &action, const QString &target, const QJsonObject &before,
                      const QJsonObject &after, QString *error) const
{
    // "map.add" -> "map": what the management API announces for the same edit.
    const QString what = action.section(u'.', 0, 0);
    if (m_changedRows++ == 0) {
        m_changedWhat = what;
        m_changedKey = target;
        m_changedBy = who;
    } else {
        if (m_changedWhat != what)
            m_changedWhat.clear();
        m_changedKey.clear();
    }
    const auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    return run(QStringLiteral("INSERT INTO qsd_audit (at, who, action, target, %1, %2) VALUES (?, ?, ?, ?, ?, ?)")
                   .arg(quoted("before"), quoted("after")),
               {QDateTime::currentSecsSinceEpoch(), who, action, target, json(before), json(after)}, nullptr, error);
}

bool SqlEditor::notifyChanges(QString *error) const
{
    if (m_notifyChannel.isEmpty() || m_changedRows == 0)
        return true;
    const QJsonObject payload{{QStringLiteral("origin"), m_origin},
                              {QStringLiteral("what"), m_changedWhat.isEmpty() ? QStringLiteral("map") : m_changedWhat},
                              {QStringLiteral("key"), m_changedKey},
                              {QStringLiteral("who"), m_changedBy},
                              {QStringLiteral("rows"), m_changedRows}};
    m_changedRows = 0;
    return run(QStringLiteral("SELECT pg_notify(?, ?)"),
               {m_notifyChannel, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}, nullptr,
               error);
}

bool SqlEditor::listSubnets(QList<SubnetRecord> *subnets, QString *error)
{
    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT %1 FROM subnets ORDER BY subnet, serial").arg(SubnetColumns), {}, &rows, error))
        return false;
    subnets->clear();
    for (const QVariantList &row : rows)
        subnets->append(subnetFromRow(row));
    return true;
}

bool SqlEditor::listMaps(const MapQuery &query, MapPage *page, QString *error)
{
    if (query.limit < 1 || query.limit > MaxPageSize)
        return setError(error, QStringLiteral("maps: page size must be 1..%1, not %2")
                                   .arg(QString::number(MaxPageSize), QString::number(query.limit)));
    if (query.offset < 0)
        return setError(error, QStringLiteral("maps: negative page offset %1").arg(query.offset));
    QStringList conditions;
    QVariantList values;
    if (!query.search.trimmed().isEmpty()) {
        conditions.append(u'(' + likeIgnoringCase("mac") + QStringLiteral(" OR ") + likeIgnoringCase("ip")
                          + QStringLiteral(" OR ") + likeIgnoringCase("hostname") + QStringLiteral(" OR ")
                          + likeIgnoringCase("subnet") + u')');
        const QString pattern = containsPattern(query.search.trimmed());
        values << pattern << pattern << pattern << pattern;
    }
    if (!query.subnet.isEmpty()) {
        conditions.append(QStringLiteral("subnet = ?"));
        values << query.subnet;
    }
    if (query.serial >= 0) {
        conditions.append(QStringLiteral("serial = ?"));
        values << query.serial;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT COUNT(*) FROM maps") + where, values, &rows, error))
        return false;
    page->total = rows.value(0).value(0).toLongLong();

    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = orderColumn(query.sort) + direction;
    if (query.sort != MapSort::Mac)
        order += QStringLiteral(", mac") + direction;
    if (!run(QStringLiteral("SELECT mac, ip, hostname, subnet, serial FROM maps%1 ORDER BY %2 LIMIT ? OFFSET ?")
                 .arg(where, order),
             values + QVariantList{query.limit, query.offset}, &rows, error))
        return false;
    page->maps.clear();
    for (const QVariantList &row : rows)
        page->maps.append(mapFromRow(row));
    return true;
}

bool SqlEditor::addSubnet(const SubnetRecord &subnet, const QString &who, QString *error)
{
    const auto s = RecordValidator::normaliseSubnet(subnet, error);
    if (!s)
        return false;
    Transaction transaction(*this);
    std::optional<SubnetRecord> existing;
    if (!transaction.begin(m_describe, error) || !fetchSubnet(s->subnet, s->serial, &existing, error))
        return false;
    if (existing)
        return setError(error, QStringLiteral("subnet '%1' already exists").arg(s->key()));
    return run(QStringLiteral("INSERT INTO subnets (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(SubnetColumns),
               subnetValues(*s), nullptr, error)
        && audit(who, QStringLiteral("subnet.add"), s->key(), {}, s->toJson(), error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                             QString *error)
{
    const auto s = RecordValidator::normaliseSubnet(changed, error);
    if (!s)
        return false;
    Transaction transaction(*this);
    std::optional<SubnetRecord> old;
    if (!transaction.begin(m_describe, error) || !fetchSubnet(subnet, serial, &old, error))
        return false;
    if (!old)
        return setError(error, QStringLiteral("no subnet '%1|%2'").arg(subnet, QString::number(serial)));
    if (s->subnet != old->subnet || s->serial != old->serial) {
        std::optional<SubnetRecord> clash;
        qint64 used = 0;
        if (!fetchSubnet(s->subnet, s->serial, &clash, error) || !countMaps(old->subnet, old->serial, &used, error))
            return false;
        if (clash)
            return setError(error, QStringLiteral("subnet '%1' already exists").arg(s->key()));
        if (used > 0)
            return setError(error, QStringLiteral("subnet '%1' is used by %2 maps; its name and serial cannot "
                                                  "change until they move")
                                       .arg(old->key(), QString::number(used)));
    }
    QVariantList values = subnetValues(*s);
    values << old->subnet << old->serial;
    return run(QStringLiteral("UPDATE subnets SET subnet = ?, serial = ?, lease_time = ?, gateway = ?, "
                              "subnet_mask = ?, broadcast_address = ?, ntp_servers = ?, domain_name_servers = ?, "
                              "domain_name = ? WHERE subnet = ? AND serial = ?"),
               values, nullptr, error)
        && audit(who, QStringLiteral("subnet.update"), old->key(), old->toJson(), s->toJson(), error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error)
{
    Transaction transaction(*this);
    std::optional<SubnetRecord> old;
    qint64 used = 0;
    if (!transaction.begin(m_describe, error) || !fetchSubnet(subnet, serial, &old, error))
        return false;
    if (!old)
        return setError(error, QStringLiteral("no subnet '%1|%2'").arg(subnet, QString::number(serial)));
    if (!countMaps(subnet, serial, &used, error))
        return false;
    if (used > 0)
        return setError(error, QStringLiteral("subnet '%1' is used by %2 maps; delete or move them first")
                                   .arg(old->key(), QString::number(used)));
    return run(QStringLiteral("DELETE FROM subnets WHERE subnet = ? AND serial = ?"), {subnet, serial}, nullptr,
               error)
        && audit(who, QStringLiteral("subnet.delete"), old->key(), old->toJson(), {}, error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::addMap(const MapRecord &map, const QString &who, QString *error)
{
    const auto m = RecordValidator::normaliseMap(map, error);
    if (!m || !RecordValidator::checkAddressInSubnet(*m, error))
        return false;
    Transaction transaction(*this);
    return transaction.begin(m_describe, error) && checkMap(*m, QString(), error)
        && run(QStringLiteral("INSERT INTO maps (mac, ip, hostname, subnet, serial) VALUES (?, ?, ?, ?, ?)"),
               {m->mac, m->ip, nullable(m->hostname), m->subnet, m->serial}, nullptr, error)
        && audit(who, QStringLiteral("map.add"), m->mac, {}, m->toJson(), error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error)
{
    const auto m = RecordValidator::normaliseMap(changed, error);
    if (!m || !RecordValidator::checkAddressInSubnet(*m, error))
        return false;
    Transaction transaction(*this);
    std::optional<MapRecord> old;
    if (!transaction.begin(m_describe, error) || !fetchMap(mac, &old, error))
        return false;
    if (!old)
        return setError(error, QStringLiteral("no map for MAC %1").arg(mac.toString()));
    return checkMap(*m, old->mac, error)
        && run(QStringLiteral("UPDATE maps SET mac = ?, ip = ?, hostname = ?, subnet = ?, serial = ? WHERE mac = ?"),
               {m->mac, m->ip, nullable(m->hostname), m->subnet, m->serial, old->mac}, nullptr, error)
        && audit(who, QStringLiteral("map.update"), mac.toString(), old->toJson(), m->toJson(), error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::deleteMap(const MAC &mac, const QString &who, QString *error)
{
    Transaction transaction(*this);
    std::optional<MapRecord> old;
    if (!transaction.begin(m_describe, error) || !fetchMap(mac, &old, error))
        return false;
    if (!old)
        return setError(error, QStringLiteral("no map for MAC %1").arg(mac.toString()));
    return run(QStringLiteral("DELETE FROM maps WHERE mac = ?"), {old->mac}, nullptr, error)
        && audit(who, QStringLiteral("map.delete"), mac.toString(), old->toJson(), {}, error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::batchSubnet(const SubnetRecord &subnet, const QString &who, BatchResult *result, QString *error) const
{
    const auto s = RecordValidator::normaliseSubnet(subnet, error);
    std::optional<SubnetRecord> existing;
    if (!s || !fetchSubnet(s->subnet, s->serial, &existing, error))
        return false;
    if (existing) {
        if (*existing != *s)
            return setError(error, QStringLiteral("subnet '%1' already exists with other values").arg(s->key()));
        ++result->subnetsUnchanged;
        return true;
    }
    ++result->subnetsAdded;
    return run(QStringLiteral("INSERT INTO subnets (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(SubnetColumns),
               subnetValues(*s), nullptr, error)
        && audit(who, QStringLiteral("subnet.add"), s->key(), {}, s->toJson(), error);
}

bool SqlEditor::batchMap(const MapRecord &map, const QString &who, BatchResult *result, QString *error) const
{
    const auto m = RecordValidator::normaliseMap(map, error);
    if (!m || !RecordValidator::checkAddressInSubnet(*m, error))
        return false;
    const MAC mac = *MAC::fromString(m->mac);
    std::optional<MapRecord> old;
    if (!fetchMap(mac, &old, error))
        return false;
    if (old && MAC::fromString(old->mac) == mac && old->ip == m->ip && old->hostname == m->hostname
        && old->subnet == m->subnet && old->serial == m->serial) {
        ++result->mapsUnchanged;
        return true;
    }
    if (!checkMap(*m, old ? old->mac : QString(), error))
        return false;
    if (old) {
        ++result->mapsUpdated;
        return run(QStringLiteral("UPDATE maps SET mac = ?, ip = ?, hostname = ?, subnet = ?, serial = ? WHERE mac = ?"),
                   {m->mac, m->ip, nullable(m->hostname), m->subnet, m->serial, old->mac}, nullptr, error)
            && audit(who, QStringLiteral("map.update"), m->mac, old->toJson(), m->toJson(), error);
    }
    ++result->mapsAdded;
    return run(QStringLiteral("INSERT INTO maps (mac, ip, hostname, subnet, serial) VALUES (?, ?, ?, ?, ?)"),
               {m->mac, m->ip, nullable(m->hostname), m->subnet, m->serial}, nullptr, error)
        && audit(who, QStringLiteral("map.add"), m->mac, {}, m->toJson(), error);
}

bool SqlEditor::applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                           QString *error)
{
    *result = BatchResult();
    Transaction transaction(*this);
    if (!transaction.begin(m_describe, error))
        return false;
    for (qsizetype i = 0; i < batch.subnets.size(); ++i) {
        QString problem;
        if (!batchSubnet(batch.subnets[i], who, result, &problem))
            return setError(error, QStringLiteral("subnet %1 of the import (%2): %3")
                                       .arg(QString::number(i + 1), batch.subnets[i].key(), problem));
    }
    for (qsizetype i = 0; i < batch.maps.size(); ++i) {
        QString problem;
        if (!batchMap(batch.maps[i], who, result, &problem))
            return setError(error, QStringLiteral("map %1 of the import (%2): %3")
                                       .arg(QString::number(i + 1), batch.maps[i].mac, problem));
    }
    // A dry run ends here: the transaction rolls back when it goes out of scope.
    return dryRun || transaction.commit(m_describe, error);
}

bool SqlEditor::listBlacklist(QList<BlacklistEntry> *entries, QString *error)
{
    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT mac, reason, added_at, added_by FROM qsd_blacklist ORDER BY mac"), {}, &rows,
             error))
        return false;
    entries->clear();
    for (const QVariantList &row : rows) {
        const auto mac = MAC::fromString(row.value(0).toString());
        if (!mac)
            return setError(error, QStringLiteral("%1: qsd_blacklist: '%2' is not a MAC address")
                                       .arg(m_describe, row.value(0).toString()));
        entries->append(BlacklistEntry{*mac, row.value(1).toString(),
                                       QDateTime::fromSecsSinceEpoch(row.value(2).toLongLong(), Qt::UTC),
                                       row.value(3).toString()});
    }
    return true;
}

bool SqlEditor::addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error)
{
    const BlacklistEntry entry{mac, reason.trimmed(), QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC), who};
    Transaction transaction(*this);
    QList<QVariantList> rows;
    if (!transaction.begin(m_describe, error)
        || !run(QStringLiteral("SELECT mac FROM qsd_blacklist WHERE mac = ?"), {mac.toString()}, &rows, error))
        return false;
    if (!rows.isEmpty())
        return setError(error, QStringLiteral("MAC %1 is already blacklisted").arg(mac.toString()));
    return run(QStringLiteral("INSERT INTO qsd_blacklist (mac, reason, added_at, added_by) VALUES (?, ?, ?, ?)"),
               {mac.toString(), nullable(entry.reason), entry.added_at.toSecsSinceEpoch(), who}, nullptr, error)
        && audit(who, QStringLiteral("blacklist.add"), mac.toString(), {}, entry.toJson(), error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::removeFromBlacklist(const MAC &mac, const QString &who, QString *error)
{
    Transaction transaction(*this);
    QList<QVariantList> rows;
    if (!transaction.begin(m_describe, error)
        || !run(QStringLiteral("SELECT mac, reason, added_at, added_by FROM qsd_blacklist WHERE mac = ?"),
                {mac.toString()}, &rows, error))
        return false;
    if (rows.isEmpty())
        return setError(error, QStringLiteral("MAC %1 is not blacklisted").arg(mac.toString()));
    const QVariantList &row = rows.first();
    const BlacklistEntry old{mac, row.value(1).toString(),
                             QDateTime::fromSecsSinceEpoch(row.value(2).toLongLong(), Qt::UTC), row.value(3).toString()};
    return run(QStringLiteral("DELETE FROM qsd_blacklist WHERE mac = ?"), {mac.toString()}, nullptr, error)
        && audit(who, QStringLiteral("blacklist.remove"), mac.toString(), old.toJson(), {}, error)
        && transaction.commit(m_describe, error);
}

bool SqlEditor::listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error)
{
    if (limit < 1 || limit > MaxPageSize || offset < 0)
        return setError(error, QStringLiteral("audit: bad page (limit %1, offset %2)")
                                   .arg(QString::number(limit), QString::number(offset)));
    QList<QVariantList> rows;
    if (!run(QStringLiteral("SELECT id, at, who, action, target, %1, %2 FROM qsd_audit ORDER BY id DESC LIMIT ? OFFSET ?")
                 .arg(quoted("before"), quoted("after")),
             {limit, offset}, &rows, error))
        return false;
    records->clear();
    for (const QVariantList &row : rows)
        records->append(AuditRecord{row.value(0).toLongLong(),
                                    QDateTime::fromSecsSinceEpoch(row.value(1).toLongLong(), Qt::UTC),
                                    row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                                    row.value(5).toString(), row.value(6).toString()});
    return true;
}

} // namespace qsd
