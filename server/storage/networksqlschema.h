#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace qsd {

/// The SQL server engines of `[database] engine`.
enum class SqlServer {
    PostgreSQL,     ///< Qt's QPSQL driver
    MySQL,          ///< Qt's QMYSQL driver (MySQL and MariaDB)
};

/// The tables of a PostgreSQL or MySQL definitions database, as SqliteSchema does for SQLite.
///
/// `subnets` and `maps` are staticDHCPd's (databases/postgres.sql and mysql.sql, inventory §2, with their type
/// variants), created only when neither table exists and never altered. PostgreSQL gets staticDHCPd's index
/// `case_insensitive_macs ON maps ((lower(mac)))`, which LOWER(m.mac) = ? searches; MySQL needs none (its
/// default collations already compare case-insensitively). Our own tables (`qsd_*`) come from numbered
/// migrations recorded in `qsd_schema_version`. PostgreSQL runs each migration in a transaction; MySQL commits
/// DDL implicitly, so there a failed migration may leave a table behind (it is created IF NOT EXISTS on retry).
class NetworkSqlSchema
{
public:
    static constexpr int CurrentVersion = 1;

    /// staticDHCPd's CREATE statements for `server`.
    static QStringList staticDhcpdStatements(SqlServer server);

    /// Creates staticDHCPd's tables when absent, then applies the missing migrations. Errors do not name the
    /// server; the caller adds it.
    static bool prepare(QSqlDatabase &db, SqlServer server, QString *error);

    /// MAX(version) of qsd_schema_version, 0 when the table is absent, -1 on error.
    static int version(QSqlDatabase &db, QString *error);
};

} // namespace qsd
