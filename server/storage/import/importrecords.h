#pragma once

#include "storage/storerecords.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qsd::import {

/// One definition read from a file, before it is compared with a server's.
struct ImportRow
{
    QString source;         ///< where it was read: "dnsmasq.conf:12", "kea.json:40 (Dhcp4.subnet4[0].reservations[1])"
    QString mac;            ///< "aa:bb:cc:dd:ee:ff" when valid, else as written
    QString ip;             ///< dotted quad when valid, else as written
    QString hostname;
    bool hasSubnet = false; ///< the format names the row's (subnet, serial): staticDHCPd INI and database, CSV
    QString subnet;
    int serial = 0;
    QString network;        ///< the enclosing network of the format (ISC `subnet`, Kea `subnet4`), a check only
    QString problem;        ///< non-empty: the row is invalid as written (the reason)
};

/// A subnet read from a file that has them (staticDHCPd INI and database).
struct ImportSubnet
{
    QString source;
    SubnetRecord record;
    QString problem;        ///< non-empty: invalid as written
};

/// What a file holds: rows, subnets, and warnings about what was left out (tags, lease times, client-ids…).
/// `error` non-empty: the file could not be read at all ("file:line: what").
struct ImportedFile
{
    QList<ImportRow> rows;
    QList<ImportSubnet> subnets;
    QStringList warnings;
    QString error;
};

/// "AA-BB-CC-DD-EE-FF", "aabb.ccdd.eeff", "0:1:2:3:4:5" → "aa:bb:cc:dd:ee:ff"; empty when not a MAC.
QString normalisedMac(const QString &text);

/// A row from text fields: MAC and IP are normalised, or the row gets a problem naming the bad field.
ImportRow makeRow(const QString &source, const QString &mac, const QString &ip, const QString &hostname);

/// "file:line".
QString sourceOf(const QString &file, int line);

} // namespace qsd::import
