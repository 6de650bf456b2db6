#include "diskcache.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

#include <atomic>

namespace qsd {

namespace {

std::atomic<int> s_connectionCounter{0};

const QString kSubnetsColumns = QStringLiteral(
    "subnet,serial,lease_time,gateway,subnet_mask,broadcast_address,ntp_servers,domain_name_servers,domain_name");

/// The tables of a disk cache and their columns, in order: staticDHCPd's two, then ours.
const QList<std::pair<QString, QString>> kTables = {
    {QStringLiteral("subnets"), kSubnetsColumns},
    {QStringLiteral("maps"), QStringLiteral("mac,details")},
    {QStringLiteral("qsd_cache_times"), QStringLiteral("mac,cached_at")},
};

const char *const kCreate[] = {
    "CREATE TABLE IF NOT EXISTS subnets (subnet TEXT, serial INTEGER, lease_time INTEGER, gateway TEXT, "
    "subnet_mask TEXT, broadcast_address TEXT, ntp_servers TEXT, domain_name_servers TEXT, domain_name TEXT, "
    "PRIMARY KEY(subnet, serial))",
    "CREATE TABLE IF NOT EXISTS maps (mac INTEGER PRIMARY KEY, details TEXT)",
    "CREATE TABLE IF NOT EXISTS qsd_cache_times (mac INTEGER PRIMARY KEY, cached_at INTEGER)",
};

/// staticDHCPd stores None as NULL: so do we for empty values.
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant addressOrNull(const std::optional<IPv4> &ip)
{
    return textOrNull(ip ? ip->toString() : QString());
}

/// Address lists are kept as comma-separated text, like the definitions' own `subnets` table.
QVariant listOrNull(const QList<IPv4> &ips)
{
    QStringList texts;
    for (const IPv4 &ip : ips)
        texts << ip.toString();
    return textOrNull(texts.join(QLatin1Char(',')));
}

bool parseAddress(const QVariant &value, std::optional<IPv4> *ip)
{
    if (value.isNull() || value.toString().isEmpty())
        return true;
    *ip = IPv4::fromString(value.toString().trimmed());
    return ip->has_value();
}

bool parseList(const QVariant &value, QList<IPv4> *ips)
{
    for (const QString &text : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<IPv4> ip = IPv4::fromString(text.trimmed());
        if (!ip)
            return false;
        ips->append(*ip);
    }
    return true;
}

qint64 key(const MAC &mac)
{
    return qint64(mac.toUInt64());   // staticDHCPd's int(mac)
}

} // namespace

DiskCache::DiskCache() = default;

DiskCache::~DiskCache()
{
    close();
}

bool DiskCache::fail(QString *error, const QString &problem) const
{
    if (error)
        *error = QStringLiteral("disk cache %1: %2").arg(QDir::toNativeSeparators(m_path), problem);
    return false;
}

bool DiskCache::open(const QString &path, QString *error)
{
    close();
    m_temporary = path.isEmpty();
    if (m_temporary) {
        QTemporaryFile file(QDir::temp().filePath(QStringLiteral("qstaticdhcp-cache-XXXXXX.sqlite")));
        file.setAutoRemove(false);   // close() removes it, with SQLite's -wal and -shm files
        if (!file.open()) {
            m_temporary = false;
            m_path = QDir::tempPath();
            return fail(error, QStringLiteral("cannot create a temporary file there (%1)").arg(file.errorString()));
        }
        m_path = file.fileName();
    } else {
        m_path = QFileInfo(path).absoluteFilePath();
    }

    const QFileInfo info(m_path);
    QString problem;
    if (info.isDir())
        problem = QStringLiteral("it is a directory, not a file");
    else if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        problem = QStringLiteral("directory %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (info.exists() && (!info.isReadable() || !info.isWritable()))
        problem = QStringLiteral("the file is not readable and writable");
    if (problem.isEmpty()) {
        m_connectionName = QStringLiteral("qsd-diskcache-%1").arg(++s_connectionCounter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            problem = QStringLiteral("cannot open: %1").arg(db.lastError().text());
        else
            prepareSchema(&problem);
    }
    if (problem.isEmpty())
        return true;
    fail(error, problem);
    close();
    return false;
}

bool DiskCache::prepareSchema(QString *problem)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // SQLite opens lazily: the first read is what tells a database from any other file.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        *problem = QStringLiteral("not a readable SQLite database (%1)").arg(q.lastError().text());
        return false;
    }
    QStringList present;
    while (q.next())
        present << q.value(0).toString();
    QStringList foreign = present;
    for (const auto &[table, columns] : kTables)
        foreign.removeAll(table);
    if (!foreign.isEmpty()) {
        *problem = QStringLiteral("holds other tables (%1), so it is not a disk cache; it is left untouched (the cache "
                                  "empties its file on every reinitialise): give the cache a file of its own")
                       .arg(foreign.join(QLatin1String(", ")));
        return false;
    }
    for (const auto &[table, columns] : kTables) {
        if (!present.contains(table))
            continue;
        QStringList found;
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            *problem = QStringLiteral("cannot read table %1 (%2)").arg(table, q.lastError().text());
            return false;
        }
        while (q.next())
            found << q.record().value(QStringLiteral("name")).toString();
        if (found.join(QLatin1Char(',')) != columns) {
            *problem = QStringLiteral("its table %1 has columns (%2), not a disk cache's (%3); it is left untouched: "
                                      "give the cache a file of its own")
                           .arg(table, found.join(QLatin1String(", ")), QString(columns).replace(u',', QLatin1String(", ")));
            return false;
        }
    }
    // Cheap writes that survive a crash: WAL with synchronous=NORMAL loses at most the last commits on power loss.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *problem = QStringLiteral("cannot switch to WAL journal mode (%1)").arg(q.lastError().text());
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        *problem = QStringLiteral("cannot set synchronous=NORMAL (%1)").arg(q.lastError().text());
        return false;
    }
    for (const char *statement : kCreate) {
        if (!q.exec(QLatin1String(statement))) {
            *problem = QStringLiteral("cannot create its tables (%1)").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

void DiskCache::close()
{
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (m_temporary) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    m_path.clear();
    m_temporary = false;
}

std::optional<DiskCache::Entry> DiskCache::find(const MAC &mac, QString *error)
{
    if (error)
        error->clear();
    if (!isOpen()) {
        fail(error, QStringLiteral("not open"));
        return std::nullopt;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.details, t.cached_at FROM maps m LEFT JOIN qsd_cache_times t ON t.mac = m.mac "
                             "WHERE m.mac = ?"));
    q.addBindValue(key(mac));
    if (!q.exec()) {
        fail(error, QStringLiteral("cannot read %1 (%2)").arg(mac.toString(), q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Entry entry;
    entry.cachedAtMs = q.value(1).toLongLong();   // NULL (written by staticDHCPd): the epoch, i.e. long expired
    const QJsonDocument details = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    q.finish();
    auto malformed = [&]() {
        fail(error, QStringLiteral("malformed entry for %1").arg(mac.toString()));
        return std::nullopt;
    };
    if (!details.isArray())
        return malformed();

    QSqlQuery s(db);
    s.prepare(QStringLiteral("SELECT lease_time, gateway, subnet_mask, broadcast_address, ntp_servers, "
                             "domain_name_servers, domain_name FROM subnets WHERE subnet = ? AND serial = ?"));
    for (const QJsonValue &item : details.array()) {
        const QJsonArray fields = item.toArray();   // [ip, hostname, extra, subnet, serial]
        Definition d;
        const std::optional<IPv4> ip = IPv4::fromString(fields.at(0).toString());
        if (fields.size() != 5 || !ip)
            return malformed();
        d.ip = *ip;
        d.hostname = fields.at(1).toString();
        d.extra = fields.at(2).toObject().toVariantMap();
        d.subnet = fields.at(3).toString();
        d.serial = fields.at(4).toInt();
        s.addBindValue(d.subnet);
        s.addBindValue(d.serial);
        if (!s.exec()) {
            fail(error, QStringLiteral("cannot read subnet %1|%2 (%3)").arg(d.subnet).arg(d.serial).arg(s.lastError().text()));
            return std::nullopt;
        }
        // No subnet row: a file written by staticDHCPd, whose multi-definition insert kept only the last
        // definition's subnet. Incomplete, so not cached: the store is asked.
        if (!s.next())
            return std::nullopt;
        d.lease_time = s.value(0).toUInt();
        d.domain_name = s.value(6).toString();
        if (!parseList(s.value(1), &d.gateways) || !parseAddress(s.value(2), &d.subnet_mask)
            || !parseAddress(s.value(3), &d.broadcast_address) || !parseList(s.value(4), &d.ntp_servers)
            || !parseList(s.value(5), &d.domain_name_servers))
            return malformed();
        s.finish();
        entry.definitions << d;
    }
    if (entry.definitions.isEmpty())
        return malformed();
    return entry;
}

bool DiskCache::store(const MAC &mac, const QList<Definition> &definitions, QString *error)
{
    if (!isOpen())
        return fail(error, QStringLiteral("not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(error, QStringLiteral("cannot cache %1 (%2)").arg(mac.toString(), db.lastError().text()));
    QSqlQuery q(db);
    auto rollback = [&](const QSqlQuery &failed) {
        const QString problem = failed.lastError().text();
        db.rollback();
        return fail(error, QStringLiteral("cannot cache %1 (%2)").arg(mac.toString(), problem));
    };

    // A subnet row for every definition. staticDHCPd inserted only the last definition's ([defect] in the
    // inventory), so a MAC with definitions in several subnets could not be read back; fixed here.
    // OR REPLACE, not staticDHCPd's OR IGNORE: with [cache] max_age an expired entry is re-read from the store, and
    // the row must take that answer (OR IGNORE would keep a subnet's old lease time or gateway until a flush).
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO subnets (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kSubnetsColumns));
    QJsonArray details;
    for (const Definition &d : definitions) {
        q.addBindValue(d.subnet);
        q.addBindValue(d.serial);
        q.addBindValue(qint64(d.lease_time));
        q.addBindValue(listOrNull(d.gateways));
        q.addBindValue(addressOrNull(d.subnet_mask));
        q.addBindValue(addressOrNull(d.broadcast_address));
        q.addBindValue(listOrNull(d.ntp_servers));
        q.addBindValue(listOrNull(d.domain_name_servers));
        q.addBindValue(textOrNull(d.domain_name));
        if (!q.exec())
            return rollback(q);
        details.append(QJsonArray{d.ip.toString(), d.hostname.isEmpty() ? QJsonValue() : QJsonValue(d.hostname),
                                  d.extra.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject::fromVariantMap(d.extra)),
                                  d.subnet, d.serial});
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO maps (mac, details) VALUES (?, ?)"));
    q.addBindValue(key(mac));
    q.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return rollback(q);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO qsd_cache_times (mac, cached_at) VALUES (?, ?)"));
    q.addBindValue(key(mac));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return rollback(q);
    if (!db.commit()) {
        const QString problem = db.lastError().text();
        db.rollback();
        return fail(error, QStringLiteral("cannot cache %1 (%2)").arg(mac.toString(), problem));
    }
    return true;
}

bool DiskCache::remove(const MAC &mac, QString *error)
{
    if (!isOpen())
        return fail(error, QStringLiteral("not open"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    for (const char *statement : {"DELETE FROM maps WHERE mac = ?", "DELETE FROM qsd_cache_times WHERE mac = ?"}) {
        q.prepare(QLatin1String(statement));
        q.addBindValue(key(mac));
        if (!q.exec())
            return fail(error, QStringLiteral("cannot forget %1 (%2)").arg(mac.toString(), q.lastError().text()));
    }
    return true;   // the subnet rows stay: other MACs may use them; clear() empties them
}

bool DiskCache::clear(QString *error)
{
    if (!isOpen())
        return fail(error, QStringLiteral("not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(error, QStringLiteral("cannot empty it (%1)").arg(db.lastError().text()));
    QSqlQuery q(db);
    for (const auto &[table, columns] : kTables) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
            const QString problem = q.lastError().text();
            db.rollback();
            return fail(error, QStringLiteral("cannot empty it (%1)").arg(problem));
        }
    }
    if (!db.commit()) {
        const QString problem = db.lastError().text();
        db.rollback();
        return fail(error, QStringLiteral("cannot empty it (%1)").arg(problem));
    }
    return true;
}

qsizetype DiskCache::size()
{
    if (!isOpen())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM maps")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace qsd
