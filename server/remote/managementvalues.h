#pragma once

// Values shared by ManagementApi's two source files: answers, revisions and the conversions between store rows,
// statistics and the QVariantMaps the management API speaks (management.rep).

#include "engine/method.h"
#include "engine/statistics.h"
#include "storage/storerecords.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <array>
#include <optional>

namespace qsd::management {

inline const QString StaleEdit = QStringLiteral("changed by someone else since you opened it");

inline QVariantMap ok(QVariantMap values = {})
{
    values.insert(QStringLiteral("ok"), true);
    values.insert(QStringLiteral("error"), QString());
    return values;
}

inline QVariantMap refused(const QString &error, QVariantMap values = {})
{
    values.insert(QStringLiteral("ok"), false);
    values.insert(QStringLiteral("error"), error);
    return values;
}

inline QString hashOf(const QJsonObject &o)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha1).toHex().left(16));
}

inline QVariantMap toVariant(const MapRecord &m)
{
    return {{QStringLiteral("mac"), m.mac}, {QStringLiteral("ip"), m.ip}, {QStringLiteral("hostname"), m.hostname},
            {QStringLiteral("subnet"), m.subnet}, {QStringLiteral("serial"), m.serial},
            {QStringLiteral("revision"), ManagementApi::revision(m)}};
}

inline QVariantMap toVariant(const SubnetRecord &s)
{
    return {{QStringLiteral("subnet"), s.subnet}, {QStringLiteral("serial"), s.serial},
            {QStringLiteral("lease_time"), s.lease_time}, {QStringLiteral("gateway"), s.gateway},
            {QStringLiteral("subnet_mask"), s.subnet_mask}, {QStringLiteral("broadcast_address"), s.broadcast_address},
            {QStringLiteral("ntp_servers"), s.ntp_servers}, {QStringLiteral("domain_name_servers"), s.domain_name_servers},
            {QStringLiteral("domain_name"), s.domain_name}, {QStringLiteral("revision"), ManagementApi::revision(s)}};
}

/// Reads an integer field of an edit; false with a message naming the field when it is not a number.
inline bool intField(const QVariantMap &from, const char *name, qint64 *value, QString *error)
{
    const auto it = from.constFind(QLatin1String(name));
    if (it == from.constEnd())
        return true;
    bool isNumber = false;
    const qint64 v = it->toLongLong(&isNumber);
    if (!isNumber) {
        *error = QStringLiteral("%1: '%2' is not a number").arg(QLatin1String(name), it->toString());
        return false;
    }
    *value = v;
    return true;
}

inline void textField(const QVariantMap &from, const char *name, QString *value)
{
    const auto it = from.constFind(QLatin1String(name));
    if (it != from.constEnd())
        *value = it->toString().trimmed();
}

/// Applies the fields present in `from` to `map`.
inline bool applyMap(const QVariantMap &from, MapRecord *map, QString *error)
{
    textField(from, "mac", &map->mac);
    textField(from, "ip", &map->ip);
    textField(from, "hostname", &map->hostname);
    textField(from, "subnet", &map->subnet);
    qint64 serial = map->serial;
    if (!intField(from, "serial", &serial, error))
        return false;
    map->serial = int(serial);
    return true;
}

inline bool applySubnet(const QVariantMap &from, SubnetRecord *subnet, QString *error)
{
    textField(from, "subnet", &subnet->subnet);
    qint64 serial = subnet->serial;
    if (!intField(from, "serial", &serial, error) || !intField(from, "lease_time", &subnet->lease_time, error))
        return false;
    subnet->serial = int(serial);
    textField(from, "gateway", &subnet->gateway);
    textField(from, "subnet_mask", &subnet->subnet_mask);
    textField(from, "broadcast_address", &subnet->broadcast_address);
    textField(from, "ntp_servers", &subnet->ntp_servers);
    textField(from, "domain_name_servers", &subnet->domain_name_servers);
    textField(from, "domain_name", &subnet->domain_name);
    return true;
}

inline QVariantList perMethod(const std::array<quint32, size_t(Method::Count)> &values)
{
    QVariantList out;
    for (quint32 v : values)
        out.append(v);
    return out;
}

inline QVariantMap toVariant(const StatsBucket &b)
{
    return {{QStringLiteral("startSecs"), b.startSecs}, {QStringLiteral("received"), perMethod(b.received)},
            {QStringLiteral("discarded"), perMethod(b.discarded)},
            {QStringLiteral("processingMs"), double(b.processingNs) / 1e6}};
}

inline QVariantList methodNames()
{
    QVariantList names;
    for (int m = 0; m < int(Method::Count); ++m)
        names.append(methodName(Method(m)));
    return names;
}

inline QString optionalIp(const std::optional<IPv4> &ip)
{
    return ip ? ip->toString() : QString();
}

} // namespace qsd::management
