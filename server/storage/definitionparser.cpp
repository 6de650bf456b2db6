#include "definitionparser.h"

namespace qsd {

namespace {

QString columnError(const MAC &mac, QLatin1String column, const QString &what)
{
    return QStringLiteral("MAC %1: %2: %3").arg(mac.toString(), column, what);
}

QString notAnAddress(const QString &text)
{
    return QStringLiteral("'%1' is not an IPv4 address").arg(text);
}

/// An optional single address; an empty or NULL column is "not set".
bool parseOptionalAddress(const QVariant &value, const MAC &mac, QLatin1String column, std::optional<IPv4> *out,
                          QString *error)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return true;
    *out = IPv4::fromString(text);
    if (!*out) {
        *error = columnError(mac, column, notAnAddress(text));
        return false;
    }
    return true;
}

bool parseList(const QVariant &value, int limit, const MAC &mac, QLatin1String column, QList<IPv4> *out,
               QString *error)
{
    QString bad;
    const auto list = DefinitionParser::parseAddressList(value.toString(), limit, &bad);
    if (!list) {
        *error = columnError(mac, column, notAnAddress(bad));
        return false;
    }
    *out = *list;
    return true;
}

} // namespace

std::optional<QList<IPv4>> DefinitionParser::parseAddressList(QStringView text, int limit, QString *badItem)
{
    QList<IPv4> out;
    for (const QStringView item : text.split(u',')) {
        if (limit >= 0 && out.size() >= limit)
            break;
        const QStringView trimmed = item.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto ip = IPv4::fromString(trimmed);
        if (!ip) {
            if (badItem)
                *badItem = trimmed.toString();
            return std::nullopt;
        }
        out.append(*ip);
    }
    return out;
}

std::optional<Definition> DefinitionParser::fromColumns(const DefinitionColumns &columns, const MAC &mac,
                                                        QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    Definition d;

    const QString ipText = columns.ip.toString().trimmed();
    const auto ip = IPv4::fromString(ipText);
    if (!ip) {
        *error = columnError(mac, QLatin1String("maps.ip"),
                             ipText.isEmpty() ? QStringLiteral("is empty; an IP address is required")
                                              : notAnAddress(ipText));
        return std::nullopt;
    }
    d.ip = *ip;

    bool ok = false;
    const qlonglong lease = columns.lease_time.toLongLong(&ok);
    if (!ok || lease < 0 || lease > qlonglong(0xffffffffu)) {
        *error = columnError(mac, QLatin1String("subnets.lease_time"),
                             QStringLiteral("'%1' is not a number of seconds").arg(columns.lease_time.toString()));
        return std::nullopt;
    }
    d.lease_time = quint32(lease);

    d.subnet = columns.subnet.toString();
    d.serial = columns.serial.toInt(&ok);
    if (!ok) {
        *error = columnError(mac, QLatin1String("subnets.serial"),
                             QStringLiteral("'%1' is not an integer").arg(columns.serial.toString()));
        return std::nullopt;
    }

    d.hostname = columns.hostname.toString();
    d.domain_name = columns.domain_name.toString();
    if (!parseList(columns.gateway, -1, mac, QLatin1String("subnets.gateway"), &d.gateways, error)
        || !parseOptionalAddress(columns.subnet_mask, mac, QLatin1String("subnets.subnet_mask"), &d.subnet_mask, error)
        || !parseOptionalAddress(columns.broadcast_address, mac, QLatin1String("subnets.broadcast_address"),
                                 &d.broadcast_address, error)
        || !parseList(columns.domain_name_servers, Definition::MaxServers, mac,
                      QLatin1String("subnets.domain_name_servers"), &d.domain_name_servers, error)
        || !parseList(columns.ntp_servers, Definition::MaxServers, mac, QLatin1String("subnets.ntp_servers"),
                      &d.ntp_servers, error))
        return std::nullopt;
    return d;
}

} // namespace qsd
