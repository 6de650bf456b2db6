#include "storerecords.h"

namespace qsd {

QJsonObject SubnetRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("subnet"), subnet},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("lease_time"), lease_time},
        {QStringLiteral("gateway"), gateway},
        {QStringLiteral("subnet_mask"), subnet_mask},
        {QStringLiteral("broadcast_address"), broadcast_address},
        {QStringLiteral("ntp_servers"), ntp_servers},
        {QStringLiteral("domain_name_servers"), domain_name_servers},
        {QStringLiteral("domain_name"), domain_name},
    };
}

bool operator==(const SubnetRecord &a, const SubnetRecord &b)
{
    return a.subnet == b.subnet && a.serial == b.serial && a.lease_time == b.lease_time && a.gateway == b.gateway
        && a.subnet_mask == b.subnet_mask && a.broadcast_address == b.broadcast_address
        && a.ntp_servers == b.ntp_servers && a.domain_name_servers == b.domain_name_servers
        && a.domain_name == b.domain_name;
}

QJsonObject MapRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("mac"), mac},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("subnet"), subnet},
        {QStringLiteral("serial"), serial},
    };
}

bool operator==(const MapRecord &a, const MapRecord &b)
{
    return a.mac == b.mac && a.ip == b.ip && a.hostname == b.hostname && a.subnet == b.subnet
        && a.serial == b.serial;
}

QJsonObject BlacklistEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("mac"), mac.toString()},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("added_at"), added_at.toSecsSinceEpoch()},
        {QStringLiteral("added_by"), added_by},
    };
}

} // namespace qsd
