#include "recordvalidator.h"

#include "definitionparser.h"
#include "protocol/ipv4.h"

#include <QStringList>

namespace qsd {

namespace {

/// A comma-separated list in normal form, or an error naming the field.
bool normaliseList(const QString &prefix, QLatin1String field, QString *text, int max, QString *error)
{
    QString bad;
    const auto list = DefinitionParser::parseAddressList(*text, -1, &bad);
    if (!list) {
        *error = QStringLiteral("%1: %2: '%3' is not an IPv4 address").arg(prefix, field, bad);
        return false;
    }
    if (max >= 0 && list->size() > max) {
        *error = QStringLiteral("%1: %2: at most %3 addresses are sent, %4 given")
                     .arg(prefix, field, QString::number(max), QString::number(list->size()));
        return false;
    }
    QStringList parts;
    for (const IPv4 ip : *list)
        parts.append(ip.toString());
    *text = parts.join(u',');
    return true;
}

bool normaliseAddress(const QString &prefix, QLatin1String field, QString *text, QString *error)
{
    *text = text->trimmed();
    if (text->isEmpty())
        return true;
    const auto ip = IPv4::fromString(*text);
    if (!ip) {
        *error = QStringLiteral("%1: %2: '%3' is not an IPv4 address").arg(prefix, field, *text);
        return false;
    }
    *text = ip->toString();
    return true;
}

} // namespace

std::optional<SubnetRecord> RecordValidator::normaliseSubnet(const SubnetRecord &in, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    SubnetRecord s = in;
    s.subnet = s.subnet.trimmed();
    s.domain_name = s.domain_name.trimmed();
    const QString prefix = QStringLiteral("subnet '%1'").arg(s.key());
    if (s.subnet.isEmpty()) {
        *error = QStringLiteral("subnet: the subnet name is empty");
        return std::nullopt;
    }
    if (s.serial < 0) {
        *error = QStringLiteral("%1: serial must be 0 or more").arg(prefix);
        return std::nullopt;
    }
    if (s.lease_time <= 0 || s.lease_time > qint64(0xffffffffu)) {
        *error = QStringLiteral("%1: lease_time must be between 1 and 4294967295 seconds, not %2")
                     .arg(prefix, QString::number(s.lease_time));
        return std::nullopt;
    }
    if (!normaliseList(prefix, QLatin1String("gateway"), &s.gateway, -1, error)
        || !normaliseAddress(prefix, QLatin1String("subnet_mask"), &s.subnet_mask, error)
        || !normaliseAddress(prefix, QLatin1String("broadcast_address"), &s.broadcast_address, error)
        || !normaliseList(prefix, QLatin1String("domain_name_servers"), &s.domain_name_servers, 3, error)
        || !normaliseList(prefix, QLatin1String("ntp_servers"), &s.ntp_servers, 3, error))
        return std::nullopt;
    if (!s.subnet_mask.isEmpty() && !IPv4::prefixFromMask(*IPv4::fromString(s.subnet_mask))) {
        *error = QStringLiteral("%1: subnet_mask: '%2' is not a contiguous netmask").arg(prefix, s.subnet_mask);
        return std::nullopt;
    }
    if (s.domain_name.toUtf8().size() > 255) {
        *error = QStringLiteral("%1: domain_name is longer than 255 bytes").arg(prefix);
        return std::nullopt;
    }
    return s;
}

std::optional<MapRecord> RecordValidator::normaliseMap(const MapRecord &in, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    MapRecord m = in;
    const auto mac = MAC::fromString(m.mac);
    if (!mac) {
        *error = QStringLiteral("map: '%1' is not a MAC address").arg(m.mac);
        return std::nullopt;
    }
    m.mac = mac->toString();
    const QString prefix = QStringLiteral("map %1").arg(m.mac);
    const auto ip = IPv4::fromString(m.ip);
    if (!ip) {
        *error = QStringLiteral("%1: ip '%2' is not an IPv4 address").arg(prefix, m.ip);
        return std::nullopt;
    }
    if (ip->isUnspecifiedOrBroadcast()) {
        *error = QStringLiteral("%1: ip %2 cannot be assigned").arg(prefix, ip->toString());
        return std::nullopt;
    }
    m.ip = ip->toString();
    m.hostname = m.hostname.trimmed();
    if (m.hostname.toUtf8().size() > 255) {
        *error = QStringLiteral("%1: hostname is longer than 255 bytes").arg(prefix);
        return std::nullopt;
    }
    m.subnet = m.subnet.trimmed();
    if (m.subnet.isEmpty()) {
        *error = QStringLiteral("%1: no subnet given").arg(prefix);
        return std::nullopt;
    }
    if (m.serial < 0) {
        *error = QStringLiteral("%1: serial must be 0 or more").arg(prefix);
        return std::nullopt;
    }
    return m;
}

bool RecordValidator::checkAddressInSubnet(const MapRecord &map, QString *error)
{
    if (!map.subnet.contains(u'/'))
        return true;
    const auto network = Subnet::parse(map.subnet);
    const auto ip = IPv4::fromString(map.ip);
    if (!network || !ip)
        return true;    // free text that merely contains a '/': nothing to check against
    QString problem;
    if (!network->contains(*ip))
        problem = QStringLiteral("is outside subnet %1").arg(map.subnet);
    else if (network->prefix <= 30 && *ip == network->networkAddress())
        problem = QStringLiteral("is the network address of subnet %1").arg(map.subnet);
    else if (network->prefix <= 30 && *ip == network->broadcastAddress())
        problem = QStringLiteral("is the broadcast address of subnet %1").arg(map.subnet);
    if (problem.isEmpty())
        return true;
    if (error)
        *error = QStringLiteral("map %1: ip %2 %3").arg(map.mac, ip->toString(), problem);
    return false;
}

} // namespace qsd
