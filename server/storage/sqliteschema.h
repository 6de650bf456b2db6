#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace qsd {

/// The tables of an SQLite definitions database.
///
/// `subnets`, `maps` and the index `case_insensitive_macs` are staticDHCPd's (databases/sqlite.sql, inventory
/// §2), created only in an empty database and never altered, so a staticDHCPd file works unchanged and stays
/// usable by staticDHCPd. Our own tables (`qsd_*`) come from numbered migrations recorded in
/// `qsd_schema_version`; each migration runs once, in its own transaction.
class SqliteSchema
{
public:
    /// The version the last migration brings a database to.
    static constexpr int CurrentVersion = 1;

    /// staticDHCPd's CREATE statements for subnets, maps and the case_insensitive_macs index.
    static QStringList staticDhcpdStatements();

    /// Creates staticDHCPd's tables in an empty database (an existing one must have both `maps` and
    /// `subnets`), then applies the missing migrations. Errors do not name the file; the caller adds it.
    static bool prepare(QSqlDatabase &db, QString *error);

    /// MAX(version) of qsd_schema_version, 0 when the table is absent, -1 on error.
    static int version(QSqlDatabase &db, QString *error);
};

} // namespace qsd
