#pragma once

// Shared by the SQLite store tests: staticDHCPd's own schema text, seed rows, and a second connection to a file.
#include "storage/sqlscript.h"
#include "protocol/mac.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace qsd::test {

/// staticDHCPd's databases/sqlite.sql as the inventory (§2) records it, laid out differently from ours and
/// with comments, as the original file has them.
inline const char StaticDhcpdSchema[] = R"(
-- subnets first: maps refer to them
CREATE TABLE subnets (
  subnet TEXT NOT NULL, -- usually CIDR
  serial INTEGER NOT NULL DEFAULT 0, lease_time INTEGER NOT NULL,
  gateway TEXT, subnet_mask TEXT, broadcast_address TEXT,
  ntp_servers TEXT, domain_name_servers TEXT, domain_name TEXT,
  PRIMARY KEY(subnet, serial));
CREATE TABLE maps (
  mac TEXT PRIMARY KEY NOT NULL, ip TEXT NOT NULL, hostname TEXT, -- may be null
  subnet TEXT NOT NULL, serial INTEGER NOT NULL DEFAULT 0,
  UNIQUE (ip, subnet, serial),
  FOREIGN KEY (subnet, serial) REFERENCES subnets (subnet, serial));
-- either COLLATE NOCASE on maps.mac, or this index
CREATE INDEX case_insensitive_macs ON maps (mac COLLATE NOCASE);
)";

inline const char SeedRows[] = R"(
INSERT INTO subnets VALUES ('198.18.0.0/24', 0, 3600, '198.18.0.1, 198.18.0.254', '255.255.255.0',
    '198.18.0.255', '198.18.0.2,198.18.0.3, 198.18.0.4,198.18.0.5', '198.18.0.1', 'lab.example');
INSERT INTO subnets (subnet, serial, lease_time) VALUES ('lab-b', 1, 60);
INSERT INTO maps VALUES ('02:00:00:00:00:01', '198.18.0.11', 'labpc01', '198.18.0.0/24', 0);
INSERT INTO maps VALUES ('02:00:00:00:00:AA', '198.18.0.12', NULL, '198.18.0.0/24', 0);
INSERT INTO maps VALUES ('02:00:00:00:00:02', '198.18.9.9', NULL, 'lab-b', 1);
)";

inline MAC mac(const char *text)
{
    return *MAC::fromString(QString::fromLatin1(text));
}

/// A second connection to the same file, as another program (or staticDHCPd itself) would have.
class Side
{
public:
    explicit Side(const QString &file) : m_name(QStringLiteral("side-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~Side()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool script(const char *sql)
    {
        QSqlDatabase d = db();
        QString error;
        const bool ok = SqlScript::execute(d, QString::fromUtf8(sql), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    /// name → sql of sqlite_master rows.
    QMap<QString, QString> master() const
    {
        QMap<QString, QString> out;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace qsd::test
