#pragma once

#include "importrecords.h"

#include <QStringList>

#include <optional>

namespace qsd::import {

/// The formats `qstaticdhcpctl import` reads.
enum class Format {
    Csv,            ///< header naming mac, ip (required), hostname, subnet, serial; ',' or ';'; RFC 4180 quotes
    StaticDhcpdIni, ///< staticDHCPd's INI engine file: [subnet|serial] and MAC sections
    Sqlite,         ///< a staticDHCPd SQLite database (maps, subnets), opened read-only
    PostgreSql,     ///< a staticDHCPd PostgreSQL database: postgresql://[user[:password]@][host[:port]]/database
    MySql,          ///< a staticDHCPd MySQL/MariaDB database: mysql://[user[:password]@][host[:port]]/database
    Dnsmasq,        ///< dnsmasq.conf `dhcp-host=` lines, or a --dhcp-hostsfile
    Dhcpd,          ///< ISC dhcpd.conf `host` blocks, at any depth
    Kea,            ///< Kea's Dhcp4 configuration (or a part of it) with reservations
};

/// "csv", "ini", "sqlite", "postgresql", "mysql", "dnsmasq", "dhcpd", "kea" (and a few aliases).
std::optional<Format> formatFromName(const QString &name);
QStringList formatNames();

/// Reads `source` (a file, or a database URL for PostgreSQL and MySQL) in `format`.
ImportedFile readDefinitions(Format format, const QString &source);

// The parsers, on text already read; `file` names the source in messages.
ImportedFile parseCsv(const QString &text, const QString &file);
ImportedFile parseStaticDhcpdIni(const QString &text, const QString &file);
ImportedFile parseDnsmasq(const QString &text, const QString &file);
ImportedFile parseDhcpd(const QString &text, const QString &file);
ImportedFile parseKea(const QString &text, const QString &file);
/// One CSV line from cells, quoted where needed (RFC 4180); what parseCsv reads back.
QString csvLine(const QStringList &cells);
/// A staticDHCPd database through Qt's driver `driver` (QSQLITE, QPSQL, QMYSQL), read-only.
ImportedFile readStaticDhcpdDatabase(Format format, const QString &source);

} // namespace qsd::import
