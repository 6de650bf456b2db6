#include "sqliteschema.h"

#include "sqlscript.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qsd {

namespace {

/// Migration N brings the database from version N-1 to N. Append only; never edit a shipped one.
struct Migration
{
    int version;
    QStringList statements;
};

QList<Migration> migrations()
{
    return {
        {1,
         {QStringLiteral("CREATE TABLE qsd_blacklist (mac TEXT PRIMARY KEY, reason TEXT, added_at INTEGER, "
                         "added_by TEXT)"),
          QStringLiteral("CREATE TABLE qsd_audit (id INTEGER PRIMARY KEY, at INTEGER, who TEXT, action TEXT, "
                         "target TEXT, before TEXT, after TEXT)")}},
    };
}

} // namespace

QStringList SqliteSchema::staticDhcpdStatements()
{
    return {
        QStringLiteral("CREATE TABLE subnets (\n"
                       "    subnet TEXT NOT NULL,\n"
                       "    serial INTEGER NOT NULL DEFAULT 0,\n"
                       "    lease_time INTEGER NOT NULL,\n"
                       "    gateway TEXT,\n"
                       "    subnet_mask TEXT,\n"
                       "    broadcast_address TEXT,\n"
                       "    ntp_servers TEXT,\n"
                       "    domain_name_servers TEXT,\n"
                       "    domain_name TEXT,\n"
                       "    PRIMARY KEY(subnet, serial)\n"
                       ")"),
        QStringLiteral("CREATE TABLE maps (\n"
                       "    mac TEXT PRIMARY KEY NOT NULL,\n"
                       "    ip TEXT NOT NULL,\n"
                       "    hostname TEXT,\n"
                       "    subnet TEXT NOT NULL,\n"
                       "    serial INTEGER NOT NULL DEFAULT 0,\n"
                       "    UNIQUE (ip, subnet, serial),\n"
                       "    FOREIGN KEY (subnet, serial) REFERENCES subnets (subnet, serial)\n"
                       ")"),
        QStringLiteral("CREATE INDEX case_insensitive_macs ON maps (mac COLLATE NOCASE)"),
    };
}

int SqliteSchema::version(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                   "'qsd_schema_version'"))
        || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM qsd_schema_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool SqliteSchema::prepare(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                   "('maps', 'subnets')"))) {
        *error = query.lastError().text();
        return false;
    }
    QStringList present;
    while (query.next())
        present.append(query.value(0).toString());
    query.finish();
    if (present.isEmpty()) {
        if (!SqlScript::runInTransaction(db, staticDhcpdStatements(), error)) {
            *error = QStringLiteral("cannot create staticDHCPd's tables: %1").arg(*error);
            return false;
        }
    } else if (present.size() == 1) {
        *error = QStringLiteral("it has a '%1' table but no '%2' table; not a staticDHCPd database")
                     .arg(present.first(),
                          present.first() == QLatin1String("maps") ? QStringLiteral("subnets")
                                                                   : QStringLiteral("maps"));
        return false;
    }

    if (!SqlScript::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS qsd_schema_version (version INTEGER PRIMARY KEY, "
                                 "applied_at INTEGER NOT NULL)"),
              error))
        return false;
    const int current = version(db, error);
    if (current < 0)
        return false;
    if (current > CurrentVersion) {
        *error = QStringLiteral("its schema version %1 is newer than this program's (%2)")
                     .arg(current).arg(CurrentVersion);
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        QStringList statements = migration.statements;
        statements.append(QStringLiteral("INSERT INTO qsd_schema_version (version, applied_at) VALUES (%1, %2)")
                              .arg(migration.version)
                              .arg(QDateTime::currentSecsSinceEpoch()));
        if (!SqlScript::runInTransaction(db, statements, error)) {
            *error = QStringLiteral("migration to schema version %1 failed: %2").arg(QString::number(migration.version), *error);
            return false;
        }
    }
    return true;
}

} // namespace qsd
