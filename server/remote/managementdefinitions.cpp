// ManagementApi, the definitions half: subnets and maps with paging, validated edits with revisions, promotion
// of unknown clients, the audit. The other half (state, statistics, blacklist, server) is managementapi.cpp.
#include "managementapi.h"
#include "managementvalues.h"

#include "service/dhcpservice.h"
#include "storage/definitionstore.h"

#include <QDebug>

namespace qsd {

using namespace management;

// --- definitions ---

bool ManagementApi::findMap(const QString &mac, MapRecord *found, QString *error)
{
    const auto wanted = MAC::fromString(mac);
    if (!wanted) {
        *error = QStringLiteral("'%1' is not a MAC address").arg(mac);
        return false;
    }
    MapQuery query;
    query.search = wanted->toString();
    query.limit = 10000;
    MapPage page;
    if (!m_service->store()->listMaps(query, &page, error))
        return false;
    for (const MapRecord &m : std::as_const(page.maps)) {
        if (MAC::fromString(m.mac) == wanted) {
            *found = m;
            return true;
        }
    }
    *error = QStringLiteral("no definition for MAC %1 (deleted by someone else?)").arg(wanted->toString());
    return false;
}

bool ManagementApi::findSubnet(const QString &subnet, int serial, SubnetRecord *found, QString *error)
{
    QList<SubnetRecord> subnets;
    if (!m_service->store()->listSubnets(&subnets, error))
        return false;
    for (const SubnetRecord &s : std::as_const(subnets)) {
        if (s.subnet == subnet && s.serial == serial) {
            *found = s;
            return true;
        }
    }
    *error = QStringLiteral("unknown subnet %1 serial %2").arg(subnet).arg(serial);
    return false;
}

MapRow ManagementApi::mapRow(const MapRecord &map) const
{
    qint64 lastSeenMs = 0;
    if (const auto mac = MAC::fromString(map.mac)) {
        if (const auto last = m_service->statistics().lastEventOf(*mac))
            lastSeenMs = last->timeMs;
    }
    return toRow(map, lastSeenMs);
}

bool ManagementApi::countMaps(const SubnetRecord &subnet, qint64 *count, QString *error)
{
    MapQuery query;
    query.subnet = subnet.subnet;
    query.serial = subnet.serial;
    query.limit = 1;
    MapPage page;
    if (!m_service->store()->listMaps(query, &page, error))
        return false;
    *count = page.total;
    return true;
}

SubnetRow ManagementApi::subnetRow(const SubnetRecord &subnet)
{
    qint64 maps = 0;
    QString error;
    countMaps(subnet, &maps, &error);
    return toRow(subnet, maps);
}

namespace {

MapSort mapSortOf(SortColumnEnum::SortColumn column)
{
    switch (column) {
    case SortColumnEnum::Mac: return MapSort::Mac;
    case SortColumnEnum::Ip: return MapSort::Ip;
    case SortColumnEnum::Hostname: return MapSort::Hostname;
    case SortColumnEnum::Subnet: return MapSort::Subnet;
    }
    return MapSort::Mac;   // a number no SortColumn has
}

} // namespace

SubnetsAnswer ManagementApi::subnets()
{
    QList<SubnetRecord> subnets;
    QString error;
    if (!m_service->store()->listSubnets(&subnets, &error))
        return storeFailed<SubnetsAnswer>(error);
    QList<SubnetRow> rows;
    for (const SubnetRecord &s : std::as_const(subnets)) {
        qint64 maps = 0;
        if (!countMaps(s, &maps, &error))
            return storeFailed<SubnetsAnswer>(error);
        rows.append(toRow(s, maps));
    }
    m_lastStoreError.clear();
    SubnetsAnswer answer = accepted<SubnetsAnswer>();
    answer.setSubnets(rows);
    return answer;
}

MapsAnswer ManagementApi::maps(const QString &search, const QString &subnet, int serial, SortColumnEnum::SortColumn sort,
                               bool descending, int limit, int offset)
{
    MapQuery query;
    query.search = search;
    query.subnet = subnet;
    query.serial = serial;
    query.sort = mapSortOf(sort);
    query.descending = descending;
    query.limit = std::clamp(limit, 1, 10000);
    query.offset = std::max(offset, 0);
    MapPage page;
    QString error;
    if (!m_service->store()->listMaps(query, &page, &error))
        return storeFailed<MapsAnswer>(error);
    m_lastStoreError.clear();
    QList<MapRow> rows;
    rows.reserve(page.maps.size());
    for (const MapRecord &m : std::as_const(page.maps))
        rows.append(mapRow(m));
    MapsAnswer answer = accepted<MapsAnswer>();
    answer.setTotal(page.total);
    answer.setMaps(rows);
    return answer;
}

namespace {

/// The answer of a subnet edit: the row as stored now.
SubnetAnswer subnetStored(const SubnetRow &row)
{
    SubnetAnswer answer = accepted<SubnetAnswer>();
    answer.setSubnet(row);
    return answer;
}

MapAnswer mapStored(const MapRow &row)
{
    MapAnswer answer = accepted<MapAnswer>();
    answer.setMap(row);
    return answer;
}

} // namespace

SubnetAnswer ManagementApi::addSubnet(const QVariantMap &fields, const QString &who)
{
    SubnetRecord subnet;
    QString error;
    if (!applySubnet(fields, &subnet, &error) || !m_service->store()->addSubnet(subnet, who, &error))
        return refused<SubnetAnswer>(error);
    SubnetRecord stored = subnet;
    findSubnet(subnet.subnet, subnet.serial, &stored, &error);
    changed(ChangeKindEnum::Subnet, subnet.key(), who);
    return subnetStored(subnetRow(stored));
}

SubnetAnswer ManagementApi::updateSubnet(const QString &subnet, int serial, const QString &revision, const QVariantMap &fields, const QString &who)
{
    SubnetRecord current;
    QString error;
    if (!findSubnet(subnet, serial, &current, &error))
        return refused<SubnetAnswer>(error);
    if (revision != revisionOf(current)) {
        SubnetAnswer stale = refused<SubnetAnswer>(QStringLiteral("subnet %1 was %2").arg(current.key(), StaleEdit));
        stale.setCurrent(subnetRow(current));
        return stale;
    }
    SubnetRecord updated = current;
    if (!applySubnet(fields, &updated, &error) || !m_service->store()->updateSubnet(subnet, serial, updated, who, &error))
        return refused<SubnetAnswer>(error);
    findSubnet(updated.subnet, updated.serial, &updated, &error);
    changed(ChangeKindEnum::Subnet, current.key(), who);
    return subnetStored(subnetRow(updated));
}

SubnetAnswer ManagementApi::deleteSubnet(const QString &subnet, int serial, const QString &revision, const QString &who)
{
    SubnetRecord current;
    QString error;
    if (!findSubnet(subnet, serial, &current, &error))
        return refused<SubnetAnswer>(error);
    if (revision != revisionOf(current)) {
        SubnetAnswer stale = refused<SubnetAnswer>(QStringLiteral("subnet %1 was %2").arg(current.key(), StaleEdit));
        stale.setCurrent(subnetRow(current));
        return stale;
    }
    if (!m_service->store()->deleteSubnet(subnet, serial, who, &error))
        return refused<SubnetAnswer>(error);
    changed(ChangeKindEnum::Subnet, current.key(), who);
    return accepted<SubnetAnswer>();
}

MapAnswer ManagementApi::addMap(const QVariantMap &fields, const QString &who)
{
    MapRecord map;
    QString error;
    if (!applyMap(fields, &map, &error) || !m_service->store()->addMap(map, who, &error))
        return refused<MapAnswer>(error);
    const auto mac = MAC::fromString(map.mac);
    if (mac)
        m_service->release(*mac);   // a new definition ends the MAC's ignore period: its next request is served
    MapRecord stored = map;
    findMap(map.mac, &stored, &error);
    changed(ChangeKindEnum::Map, mac ? mac->toString() : map.mac, who);
    return mapStored(mapRow(stored));
}

MapAnswer ManagementApi::updateMap(const QString &mac, const QString &revision, const QVariantMap &fields, const QString &who)
{
    MapRecord current;
    QString error;
    if (!findMap(mac, &current, &error))
        return refused<MapAnswer>(error);
    if (revision != revisionOf(current)) {
        MapAnswer stale = refused<MapAnswer>(QStringLiteral("the definition of %1 was %2").arg(current.mac, StaleEdit));
        stale.setCurrent(mapRow(current));
        return stale;
    }
    MapRecord updated = current;
    if (!applyMap(fields, &updated, &error))
        return refused<MapAnswer>(error);
    const auto oldMac = MAC::fromString(current.mac);
    const auto newMac = MAC::fromString(updated.mac);
    if (!newMac)
        return refused<MapAnswer>(QStringLiteral("'%1' is not a MAC address").arg(updated.mac));
    if (!m_service->store()->updateMap(*oldMac, updated, who, &error))
        return refused<MapAnswer>(error);
    m_service->release(*oldMac);   // a changed definition ends the ignore periods of both MACs
    m_service->release(*newMac);
    findMap(newMac->toString(), &updated, &error);
    changed(ChangeKindEnum::Map, oldMac->toString(), who);
    if (*newMac != *oldMac)
        changed(ChangeKindEnum::Map, newMac->toString(), who);
    return mapStored(mapRow(updated));
}

MapAnswer ManagementApi::deleteMap(const QString &mac, const QString &revision, const QString &who)
{
    MapRecord current;
    QString error;
    if (!findMap(mac, &current, &error))
        return refused<MapAnswer>(error);
    if (revision != revisionOf(current)) {
        MapAnswer stale = refused<MapAnswer>(QStringLiteral("the definition of %1 was %2").arg(current.mac, StaleEdit));
        stale.setCurrent(mapRow(current));
        return stale;
    }
    const MAC key = *MAC::fromString(current.mac);
    if (!m_service->store()->deleteMap(key, who, &error))
        return refused<MapAnswer>(error);
    m_service->release(key);
    changed(ChangeKindEnum::Map, key.toString(), who);
    return accepted<MapAnswer>();
}

IpAnswer ManagementApi::nextFreeIp(const QString &subnet, int serial)
{
    SubnetRecord record;
    QString error;
    if (!findSubnet(subnet, serial, &record, &error))
        return refused<IpAnswer>(error);
    const auto network = Subnet::parse(record.subnet);
    if (!network)
        return refused<IpAnswer>(QStringLiteral("subnet '%1' is not written as a network (a.b.c.d/prefix): cannot suggest an address").arg(record.subnet));
    QSet<quint32> taken;
    const quint32 first = network->networkAddress().toUInt32();
    const quint32 last = network->broadcastAddress().toUInt32();
    if (network->prefix < 31) {
        taken << first << last;
    }
    for (const QString &list : {record.gateway, record.broadcast_address}) {
        for (const QString &text : list.split(u',', Qt::SkipEmptyParts)) {
            if (const auto ip = IPv4::fromString(text.trimmed()))
                taken << ip->toUInt32();
        }
    }
    MapQuery query;
    query.subnet = record.subnet;
    query.serial = record.serial;
    query.limit = 10000;
    for (;;) {
        MapPage page;
        if (!m_service->store()->listMaps(query, &page, &error))
            return storeFailed<IpAnswer>(error);
        for (const MapRecord &m : std::as_const(page.maps)) {
            if (const auto ip = IPv4::fromString(m.ip))
                taken << ip->toUInt32();
        }
        query.offset += query.limit;
        if (page.maps.size() < query.limit || query.offset >= page.total)
            break;
    }
    for (quint64 candidate = first; candidate <= last; ++candidate) {
        if (!taken.contains(quint32(candidate))) {
            IpAnswer answer = accepted<IpAnswer>();
            answer.setIp(IPv4(quint32(candidate)).toString());
            return answer;
        }
    }
    return refused<IpAnswer>(QStringLiteral("subnet %1 has no free address left").arg(record.subnet));
}

MapAnswer ManagementApi::promoteUnknown(const QString &mac, const QString &subnet, int serial, const QString &ip,
                                        const QString &hostname, const QString &who)
{
    const MapAnswer result = addMap({{QStringLiteral("mac"), mac}, {QStringLiteral("subnet"), subnet}, {QStringLiteral("serial"), serial},
                                     {QStringLiteral("ip"), ip}, {QStringLiteral("hostname"), hostname}}, who);
    if (result.ok()) {
        if (const auto parsed = MAC::fromString(mac))
            m_service->statistics().forgetUnknownClient(*parsed);
    }
    return result;
}

ImportAnswer ManagementApi::importDefinitions(const QVariantList &subnets, const QVariantList &maps, bool dryRun,
                                              const QString &who)
{
    DefinitionBatch batch;
    QString error;
    for (qsizetype i = 0; i < subnets.size(); ++i) {
        SubnetRecord s;
        if (!applySubnet(subnets[i].toMap(), &s, &error))
            return refused<ImportAnswer>(QStringLiteral("subnet %1 of the import: %2").arg(i + 1).arg(error));
        batch.subnets.append(s);
    }
    for (qsizetype i = 0; i < maps.size(); ++i) {
        MapRecord m;
        if (!applyMap(maps[i].toMap(), &m, &error))
            return refused<ImportAnswer>(QStringLiteral("map %1 of the import: %2").arg(i + 1).arg(error));
        batch.maps.append(m);
    }
    BatchResult result;
    if (!m_service->store()->applyBatch(batch, dryRun, who, &result, &error))
        return refused<ImportAnswer>(error);
    if (!dryRun && (result.subnetsAdded || result.mapsAdded || result.mapsUpdated)) {
        for (const MapRecord &m : std::as_const(batch.maps)) {
            if (const auto mac = MAC::fromString(m.mac))
                m_service->release(*mac);
        }
        qInfo().noquote() << QStringLiteral("import by %1: %2 subnets and %3 maps added, %4 maps updated")
                                 .arg(who).arg(result.subnetsAdded).arg(result.mapsAdded).arg(result.mapsUpdated);
        changed(ChangeKindEnum::Map, QString(), who);
    }
    ImportAnswer answer = accepted<ImportAnswer>();
    answer.setDryRun(dryRun);
    answer.setSubnetsAdded(result.subnetsAdded);
    answer.setSubnetsUnchanged(result.subnetsUnchanged);
    answer.setAdded(result.mapsAdded);
    answer.setUpdated(result.mapsUpdated);
    answer.setUnchanged(result.mapsUnchanged);
    return answer;
}

AuditAnswer ManagementApi::audit(int limit, int offset)
{
    QList<AuditRecord> records;
    QString error;
    if (!m_service->store()->listAudit(std::clamp(limit, 1, 10000), std::max(offset, 0), &records, &error))
        return refused<AuditAnswer>(error);
    QList<AuditRow> rows;
    for (const AuditRecord &r : std::as_const(records))
        rows.append(AuditRow(r.id, r.at.toMSecsSinceEpoch(), r.who, r.action, r.target, r.before, r.after));
    AuditAnswer answer = accepted<AuditAnswer>();
    answer.setRecords(rows);
    return answer;
}

} // namespace qsd
