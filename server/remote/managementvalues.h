#pragma once

// Values shared by ManagementApi's two source files: answers, revisions and the conversions between store rows,
// statistics and the types the management API declares (management.rep, rep_management_merged.h).

#include "engine/method.h"
#include "engine/statistics.h"
#include "storage/storerecords.h"

#include "rep_management_merged.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <array>
#include <optional>

namespace qsd::management {

inline const QString StaleEdit = QStringLiteral("changed by someone else since you opened it");

/// An answer of a declared type that says yes: ok, no error; the caller fills the rest.
template <typename Reply>
Reply accepted()
{
    Reply answer;
    answer.setOk(true);
    return answer;
}

/// An answer of a declared type that says no, and why.
template <typename Reply>
Reply refused(const QString &error)
{
    Reply answer;
    answer.setOk(false);
    answer.setError(error);
    return answer;
}

inline QString hashOf(const QJsonObject &o)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha1).toHex().left(16));
}

/// The revision of a row: a short hash of its content.
inline QString revisionOf(const MapRecord &m) { return hashOf(m.toJson()); }
inline QString revisionOf(const SubnetRecord &s) { return hashOf(s.toJson()); }

/// A map as the API shows it; lastSeenMs is the caller's (it comes from the statistics, not the store).
inline MapRow toRow(const MapRecord &m, qint64 lastSeenMs)
{
    return MapRow(m.mac, m.ip, m.hostname, m.subnet, m.serial, revisionOf(m), lastSeenMs);
}

/// A subnet as the API shows it; `maps` is the caller's (a count the store makes).
inline SubnetRow toRow(const SubnetRecord &s, qint64 maps)
{
    return SubnetRow(s.subnet, s.serial, s.lease_time, s.gateway, s.subnet_mask, s.broadcast_address, s.ntp_servers,
                     s.domain_name_servers, s.domain_name, revisionOf(s), maps);
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

inline QList<qint64> perMethod(const std::array<quint32, size_t(Method::Count)> &values)
{
    return QList<qint64>(values.cbegin(), values.cend());
}

inline BucketRow toRow(const StatsBucket &b)
{
    return BucketRow(b.startSecs, perMethod(b.received), perMethod(b.discarded), double(b.processingNs) / 1e6);
}

inline QStringList methodNames()
{
    QStringList names;
    for (int m = 0; m < int(Method::Count); ++m)
        names.append(methodName(Method(m)));
    return names;
}

inline QString optionalIp(const std::optional<IPv4> &ip)
{
    return ip ? ip->toString() : QString();
}

} // namespace qsd::management
