#pragma once

#include "protocol/mac.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qsd {

/// One row of staticDHCPd's `subnets` table, in the text form it is stored in. An empty string is NULL.
struct SubnetRecord
{
    QString subnet;                 ///< free text, usually CIDR ("198.18.0.0/24"); part of the key
    int serial = 0;                 ///< part of the key
    qint64 lease_time = 0;          ///< seconds, > 0 and <= 0xffffffff
    QString gateway;                ///< comma-separated IPv4 list, unlimited
    QString subnet_mask;            ///< dotted quad (staticDHCPd does not take CIDR here)
    QString broadcast_address;      ///< dotted quad
    QString ntp_servers;            ///< comma-separated, at most 3
    QString domain_name_servers;    ///< comma-separated, at most 3
    QString domain_name;

    /// "198.18.0.0/24|0", the INI section name of staticDHCPd; used in messages and as the audit target.
    QString key() const { return subnet + u'|' + QString::number(serial); }
    QJsonObject toJson() const;
    friend bool operator==(const SubnetRecord &a, const SubnetRecord &b);
    friend bool operator!=(const SubnetRecord &a, const SubnetRecord &b) { return !(a == b); }
};

/// One row of staticDHCPd's `maps` table, as stored.
struct MapRecord
{
    QString mac;        ///< stored as written; edits store the canonical lower-case "aa:bb:cc:dd:ee:ff"
    QString ip;
    QString hostname;   ///< empty = NULL
    QString subnet;
    int serial = 0;

    QJsonObject toJson() const;
    friend bool operator==(const MapRecord &a, const MapRecord &b);
    friend bool operator!=(const MapRecord &a, const MapRecord &b) { return !(a == b); }
};

/// Column a map listing is sorted by; ties are broken by MAC. IPs sort as text.
enum class MapSort { Mac, Ip, Hostname, Subnet };

/// A page of the maps table: filter, order, LIMIT/OFFSET.
struct MapQuery
{
    QString search;         ///< case-insensitive substring of mac, ip, hostname or subnet; empty = all
    QString subnet;         ///< only this subnet when not empty
    int serial = -1;        ///< only this serial when >= 0
    MapSort sort = MapSort::Mac;
    bool descending = false;
    int limit = 100;        ///< rows per page, 1..10000
    int offset = 0;
};

/// The answer to a MapQuery.
struct MapPage
{
    QList<MapRecord> maps;
    qint64 total = 0;       ///< rows matching the filter, all pages together
};

/// Edits applied all together or not at all (an import, qstaticdhcpctl import): subnets to add and maps to
/// add or to replace (the map of the same MAC). Rows equal to what is stored are left alone.
struct DefinitionBatch
{
    QList<SubnetRecord> subnets;    ///< added; a subnet already stored with the same values is unchanged
    QList<MapRecord> maps;          ///< added, or replacing the stored map of the same MAC
};

/// What a DefinitionBatch did (or, in a dry run, would do).
struct BatchResult
{
    int subnetsAdded = 0;
    int subnetsUnchanged = 0;
    int mapsAdded = 0;
    int mapsUpdated = 0;
    int mapsUnchanged = 0;
};

/// A permanently blacklisted MAC (table `qsd_blacklist`).
struct BlacklistEntry
{
    MAC mac;
    QString reason;
    QDateTime added_at;     ///< UTC, second precision
    QString added_by;

    QJsonObject toJson() const;
};

/// One row of the audit table `qsd_audit`: who changed what, with the record before and after as JSON.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;           ///< UTC, second precision
    QString who;
    QString action;         ///< "map.add", "map.update", "map.delete", "subnet.*", "blacklist.add|remove"
    QString target;         ///< the MAC, or "subnet|serial"
    QString before;         ///< compact JSON object; empty for an addition
    QString after;          ///< compact JSON object; empty for a deletion
};

} // namespace qsd
