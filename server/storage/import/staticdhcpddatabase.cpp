// A staticDHCPd database (inventory §2: tables subnets and maps) read with plain SELECTs through Qt's SQL
// drivers: SQLite opened read-only, PostgreSQL and MySQL/MariaDB from a URL. Nothing is written to it (no
// migration, no table of ours), so an old server can keep running on it during the migration.
#include "importformats.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace qsd::import {

namespace {

/// Opens `source` on `db`; false with a message naming the source.
bool open(QSqlDatabase &db, Format format, const QString &source, QString *describe, QString *error)
{
    if (format == Format::Sqlite) {
        if (!QFileInfo(source).isFile()) {
            *error = QStringLiteral("%1: no such file").arg(source);
            return false;
        }
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        *describe = source;
    } else {
        const QUrl url(source);
        const QString scheme = format == Format::PostgreSql ? QStringLiteral("postgresql") : QStringLiteral("mysql");
        const QString database = url.path().mid(1);
        if (!url.isValid() || (url.scheme() != scheme && !(format == Format::MySql && url.scheme() == QLatin1String("mariadb")))
            || database.isEmpty()) {
            *error = QStringLiteral("'%1' is not %2://[USER[:PASSWORD]@][HOST[:PORT]]/DATABASE").arg(source, scheme);
            return false;
        }
        db.setDatabaseName(database);
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        *describe = QStringLiteral("%1 database %2 on %3").arg(scheme, database,
                                                                url.host().isEmpty() ? QStringLiteral("the local socket") : url.host());
    }
    if (!db.open()) {
        *error = QStringLiteral("%1: cannot open: %2").arg(*describe, db.lastError().text());
        return false;
    }
    return true;
}

bool select(QSqlDatabase &db, const QString &sql, const QString &describe, QList<QVariantList> *rows, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = QStringLiteral("%1: %2 (is it a staticDHCPd database?)").arg(describe, query.lastError().text());
        return false;
    }
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        rows->append(row);
    }
    return true;
}

void readTables(QSqlDatabase &db, const QString &describe, ImportedFile *result)
{
    QList<QVariantList> subnets, maps;
    if (!select(db, QStringLiteral("SELECT subnet, serial, lease_time, gateway, subnet_mask, broadcast_address, "
                                   "ntp_servers, domain_name_servers, domain_name FROM subnets ORDER BY subnet, serial"),
                describe, &subnets, &result->error)
        || !select(db, QStringLiteral("SELECT mac, ip, hostname, subnet, serial FROM maps ORDER BY mac"), describe, &maps,
                   &result->error))
        return;
    for (qsizetype i = 0; i < subnets.size(); ++i) {
        const QVariantList &r = subnets[i];
        ImportSubnet s;
        s.record.subnet = r.value(0).toString();
        s.record.serial = r.value(1).toInt();
        s.source = QStringLiteral("%1: subnets row %2 (%3)").arg(describe).arg(i + 1).arg(s.record.key());
        bool ok = false;
        s.record.lease_time = r.value(2).toLongLong(&ok);
        if (!ok || s.record.lease_time <= 0)
            s.problem = QStringLiteral("lease_time '%1' is not a number of seconds above 0").arg(r.value(2).toString());
        s.record.gateway = r.value(3).toString();
        s.record.subnet_mask = r.value(4).toString();
        s.record.broadcast_address = r.value(5).toString();
        s.record.ntp_servers = r.value(6).toString();
        s.record.domain_name_servers = r.value(7).toString();
        s.record.domain_name = r.value(8).toString();
        result->subnets << s;
    }
    for (qsizetype i = 0; i < maps.size(); ++i) {
        const QVariantList &r = maps[i];
        ImportRow row = makeRow(QStringLiteral("%1: maps row %2 (%3)").arg(describe).arg(i + 1).arg(r.value(0).toString()),
                                r.value(0).toString(), r.value(1).toString(), r.value(2).toString());
        row.hasSubnet = true;
        row.subnet = r.value(3).toString();
        row.serial = r.value(4).toInt();
        result->rows << row;
    }
}

} // namespace

ImportedFile readStaticDhcpdDatabase(Format format, const QString &source)
{
    ImportedFile result;
    const char *driver = format == Format::Sqlite ? "QSQLITE" : format == Format::PostgreSql ? "QPSQL" : "QMYSQL";
    const QString connection = QStringLiteral("qsd-import-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(driver), connection);
        QString describe;
        if (!db.isValid())
            result.error = QStringLiteral("Qt's SQL driver %1 is not installed").arg(QLatin1String(driver));
        else if (open(db, format, source, &describe, &result.error))
            readTables(db, describe, &result);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace qsd::import
