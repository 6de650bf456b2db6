#include "networksqlschema.h"

#include "sqlscript.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qsd {

namespace {

/// Migration N brings the database from version N-1 to N. Append only; never edit a shipped one.
QStringList migration1(SqlServer server)
{
    if (server == SqlServer::PostgreSQL) {
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS qsd_blacklist (mac VARCHAR(17) PRIMARY KEY, reason TEXT, "
                               "added_at BIGINT, added_by TEXT)"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS qsd_audit (id BIGSERIAL PRIMARY KEY, at BIGINT, who TEXT, "
                               "action TEXT, target TEXT, before TEXT, after TEXT)")};
    }
    // `before` is a reserved word in MySQL.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS qsd_blacklist (mac VARCHAR(17) NOT NULL PRIMARY KEY, "
                           "reason TEXT, added_at BIGINT, added_by TEXT) ENGINE=InnoDB"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS qsd_audit (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                           "at BIGINT, who TEXT, action TEXT, target TEXT, `before` TEXT, `after` TEXT) "
                           "ENGINE=InnoDB")};
}

bool hasTable(const QSqlDatabase &db, const QString &name)
{
    const QStringList tables = db.tables(QSql::Tables);
    for (const QString &table : tables) {
        if (table.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QStringList NetworkSqlSchema::staticDhcpdStatements(SqlServer server)
{
    if (server == SqlServer::PostgreSQL) {
        return {
            QStringLiteral("CREATE TABLE subnets (\n"
                           "    subnet VARCHAR(18) NOT NULL,\n"
                           "    serial SMALLINT NOT NULL DEFAULT 0,\n"
                           "    lease_time INTEGER NOT NULL,\n"
                           "    gateway VARCHAR DEFAULT NULL,\n"
                           "    subnet_mask VARCHAR(15) DEFAULT NULL,\n"
                           "    broadcast_address VARCHAR(15) DEFAULT NULL,\n"
                           "    ntp_servers VARCHAR(50) DEFAULT NULL,\n"
                           "    domain_name_servers VARCHAR(50) DEFAULT NULL,\n"
                           "    domain_name VARCHAR(128) DEFAULT NULL,\n"
                           "    PRIMARY KEY (subnet, serial)\n"
                           ")"),
            QStringLiteral("CREATE TABLE maps (\n"
                           "    mac CHAR(17) NOT NULL,\n"
                           "    ip VARCHAR(15) NOT NULL,\n"
                           "    hostname VARCHAR(32) DEFAULT NULL,\n"
                           "    subnet VARCHAR(18) NOT NULL,\n"
                           "    serial SMALLINT NOT NULL DEFAULT 0,\n"
                           "    PRIMARY KEY (mac),\n"
                           "    UNIQUE (ip, subnet, serial),\n"
                           "    FOREIGN KEY (subnet, serial) REFERENCES subnets (subnet, serial)\n"
                           ")"),
            QStringLiteral("CREATE INDEX case_insensitive_macs ON maps ((lower(mac)))"),
        };
    }
    return {
        QStringLiteral("CREATE TABLE subnets (\n"
                       "    subnet CHAR(18) NOT NULL,\n"
                       "    serial SMALLINT UNSIGNED NOT NULL DEFAULT 0,\n"
                       "    lease_time MEDIUMINT UNSIGNED NOT NULL,\n"
                       "    gateway TEXT DEFAULT NULL,\n"
                       "    subnet_mask CHAR(15) DEFAULT NULL,\n"
                       "    broadcast_address CHAR(15) DEFAULT NULL,\n"
                       "    ntp_servers VARCHAR(50) DEFAULT NULL,\n"
                       "    domain_name_servers VARCHAR(50) DEFAULT NULL,\n"
                       "    domain_name VARCHAR(128) DEFAULT NULL,\n"
                       "    PRIMARY KEY (subnet, serial)\n"
                       ") ENGINE=InnoDB"),
        QStringLiteral("CREATE TABLE maps (\n"
                       "    mac CHAR(17) NOT NULL,\n"
                       "    ip CHAR(15) NOT NULL,\n"
                       "    hostname VARCHAR(32) DEFAULT NULL,\n"
                       "    subnet CHAR(18) NOT NULL,\n"
                       "    serial SMALLINT UNSIGNED NOT NULL DEFAULT 0,\n"
                       "    PRIMARY KEY (mac),\n"
                       "    UNIQUE (ip, subnet, serial),\n"
                       "    FOREIGN KEY (subnet, serial) REFERENCES subnets (subnet, serial)\n"
                       ") ENGINE=InnoDB"),
    };
}

int NetworkSqlSchema::version(QSqlDatabase &db, QString *error)
{
    if (!hasTable(db, QStringLiteral("qsd_schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM qsd_schema_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool NetworkSqlSchema::prepare(QSqlDatabase &db, SqlServer server, QString *error)
{
    const bool maps = hasTable(db, QStringLiteral("maps"));
    const bool subnets = hasTable(db, QStringLiteral("subnets"));
    if (!maps && !subnets) {
        if (!SqlScript::runInTransaction(db, staticDhcpdStatements(server), error)) {
            *error = QStringLiteral("cannot create staticDHCPd's tables: %1").arg(*error);
            return false;
        }
    } else if (maps != subnets) {
        *error = QStringLiteral("it has a '%1' table but no '%2' table; not a staticDHCPd database")
                     .arg(maps ? QStringLiteral("maps") : QStringLiteral("subnets"),
                          maps ? QStringLiteral("subnets") : QStringLiteral("maps"));
        return false;
    }

    // Checked first: PostgreSQL logs a notice for every CREATE TABLE IF NOT EXISTS of an existing table.
    if (!hasTable(db, QStringLiteral("qsd_schema_version"))
        && !SqlScript::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS qsd_schema_version (version INTEGER NOT NULL "
                                    "PRIMARY KEY, applied_at BIGINT NOT NULL)"),
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
    const QList<QPair<int, QStringList>> migrations{{1, migration1(server)}};
    for (const auto &[number, statements] : migrations) {
        if (number <= current)
            continue;
        QStringList all = statements;
        all.append(QStringLiteral("INSERT INTO qsd_schema_version (version, applied_at) VALUES (%1, %2)")
                       .arg(number)
                       .arg(QDateTime::currentSecsSinceEpoch()));
        if (!SqlScript::runInTransaction(db, all, error)) {
            *error = QStringLiteral("migration to schema version %1 failed: %2").arg(QString::number(number), *error);
            return false;
        }
    }
    return true;
}

} // namespace qsd
