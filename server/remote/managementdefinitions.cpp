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
    if (!m_service->definitions()->listMaps(query, &page, error))
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
    if (!m_service->definitions()->listSubnets(&subnets, error))
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

QVariantMap ManagementApi::subnets()
{
    DefinitionAdmin *store = m_service->definitions();
    QList<SubnetRecord> subnets;
    QString error;
    if (!store->listSubnets(&subnets, &error))
        return storeFailed(error);
    QVariantList rows;
    for (const SubnetRecord &s : std::as_const(subnets)) {
        QVariantMap row = toVariant(s);
        MapQuery query;
        query.subnet = s.subnet;
        query.serial = s.serial;
        query.limit = 1;
        MapPage page;
        if (!store->listMaps(query, &page, &error))
            return storeFailed(error);
        row.insert(QStringLiteral("maps"), page.total);
        rows.append(row);
    }
    m_lastStoreError.clear();
    return ok({{QStringLiteral("subnets"), rows}});
}

QVariantMap ManagementApi::maps(const QString &search, const QString &subnet, int serial, int sort, bool descending, int limit, int offset)
{
    MapQuery query;
    query.search = search;
    query.subnet = subnet;
    query.serial = serial;
    query.sort = MapSort(std::clamp(sort, int(MapSort::Mac), int(MapSort::Subnet)));
    query.descending = descending;
    query.limit = std::clamp(limit, 1, 10000);
    query.offset = std::max(offset, 0);
    MapPage page;
    QString error;
    if (!m_service->definitions()->listMaps(query, &page, &error))
        return storeFailed(error);
    m_lastStoreError.clear();
    QVariantList rows;
    rows.reserve(page.maps.size());
    for (const MapRecord &m : std::as_const(page.maps))
        rows.append(toVariant(m));
    return ok({{QStringLiteral("total"), page.total}, {QStringLiteral("maps"), rows}});
}

QVariantMap ManagementApi::addSubnet(const QVariantMap &fields, const QString &who)
{
    SubnetRecord subnet;
    QString error;
    if (!applySubnet(fields, &subnet, &error) || !m_service->definitions()->addSubnet(subnet, who, &error))
        return refused(error);
    SubnetRecord stored = subnet;
    findSubnet(subnet.subnet, subnet.serial, &stored, &error);
    changed(QStringLiteral("subnet"), subnet.key(), who);
    return ok({{QStringLiteral("subnet"), toVariant(stored)}});
}

QVariantMap ManagementApi::updateSubnet(const QString &subnet, int serial, const QString &revision, const QVariantMap &fields, const QString &who)
{
    SubnetRecord current;
    QString error;
    if (!findSubnet(subnet, serial, &current, &error))
        return refused(error);
    if (revision != ManagementApi::revision(current))
        return refused(QStringLiteral("subnet %1 was %2").arg(current.key(), StaleEdit), {{QStringLiteral("current"), toVariant(current)}});
    SubnetRecord updated = current;
    if (!applySubnet(fields, &updated, &error) || !m_service->definitions()->updateSubnet(subnet, serial, updated, who, &error))
        return refused(error);
    findSubnet(updated.subnet, updated.serial, &updated, &error);
    changed(QStringLiteral("subnet"), current.key(), who);
    return ok({{QStringLiteral("subnet"), toVariant(updated)}});
}

QVariantMap ManagementApi::deleteSubnet(const QString &subnet, int serial, const QString &revision, const QString &who)
{
    SubnetRecord current;
    QString error;
    if (!findSubnet(subnet, serial, &current, &error))
        return refused(error);
    if (revision != ManagementApi::revision(current))
        return refused(QStringLiteral("subnet %1 was %2").arg(current.key(), StaleEdit), {{QStringLiteral("current"), toVariant(current)}});
    if (!m_service->definitions()->deleteSubnet(subnet, serial, who, &error))
        return refused(error);
    changed(QStringLiteral("subnet"), current.key(), who);
    return ok();
}

QVariantMap ManagementApi::addMap(const QVariantMap &fields, const QString &who)
{
    MapRecord map;
    QString error;
    if (!applyMap(fields, &map, &error) || !m_service->definitions()->addMap(map, who, &error))
        return refused(error);
    const auto mac = MAC::fromString(map.mac);
    if (mac && m_service->engine())
        m_service->engine()->definitionChanged(*mac);
    MapRecord stored = map;
    findMap(map.mac, &stored, &error);
    changed(QStringLiteral("map"), mac ? mac->toString() : map.mac, who);
    return ok({{QStringLiteral("map"), toVariant(stored)}});
}

QVariantMap ManagementApi::updateMap(const QString &mac, const QString &revision, const QVariantMap &fields, const QString &who)
{
    MapRecord current;
    QString error;
    if (!findMap(mac, &current, &error))
        return refused(error);
    if (revision != ManagementApi::revision(current))
        return refused(QStringLiteral("the definition of %1 was %2").arg(current.mac, StaleEdit), {{QStringLiteral("current"), toVariant(current)}});
    MapRecord updated = current;
    if (!applyMap(fields, &updated, &error))
        return refused(error);
    const auto oldMac = MAC::fromString(current.mac);
    const auto newMac = MAC::fromString(updated.mac);
    if (!newMac)
        return refused(QStringLiteral("'%1' is not a MAC address").arg(updated.mac));
    if (!m_service->definitions()->updateMap(*oldMac, updated, who, &error))
        return refused(error);
    if (Engine *engine = m_service->engine()) {
        engine->definitionChanged(*oldMac);
        engine->definitionChanged(*newMac);
    }
    findMap(newMac->toString(), &updated, &error);
    changed(QStringLiteral("map"), oldMac->toString(), who);
    if (*newMac != *oldMac)
        changed(QStringLiteral("map"), newMac->toString(), who);
    return ok({{QStringLiteral("map"), toVariant(updated)}});
}

QVariantMap ManagementApi::deleteMap(const QString &mac, const QString &revision, const QString &who)
{
    MapRecord current;
    QString error;
    if (!findMap(mac, &current, &error))
        return refused(error);
    if (revision != ManagementApi::revision(current))
        return refused(QStringLiteral("the definition of %1 was %2").arg(current.mac, StaleEdit), {{QStringLiteral("current"), toVariant(current)}});
    const MAC key = *MAC::fromString(current.mac);
    if (!m_service->definitions()->deleteMap(key, who, &error))
        return refused(error);
    if (Engine *engine = m_service->engine())
        engine->definitionChanged(key);
    changed(QStringLiteral("map"), key.toString(), who);
    return ok();
}

QVariantMap ManagementApi::nextFreeIp(const QString &subnet, int serial)
{
    SubnetRecord record;
    QString error;
    if (!findSubnet(subnet, serial, &record, &error))
        return refused(error);
    const auto network = Subnet::parse(record.subnet);
    if (!network)
        return refused(QStringLiteral("subnet '%1' is not written as a network (a.b.c.d/prefix): cannot suggest an address").arg(record.subnet));
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
        if (!m_service->definitions()->listMaps(query, &page, &error))
            return storeFailed(error);
        for (const MapRecord &m : std::as_const(page.maps)) {
            if (const auto ip = IPv4::fromString(m.ip))
                taken << ip->toUInt32();
        }
        query.offset += query.limit;
        if (page.maps.size() < query.limit || query.offset >= page.total)
            break;
    }
    for (quint64 candidate = first; candidate <= last; ++candidate) {
        if (!taken.contains(quint32(candidate)))
            return ok({{QStringLiteral("ip"), IPv4(quint32(candidate)).toString()}});
    }
    return refused(QStringLiteral("subnet %1 has no free address left").arg(record.subnet));
}

QVariantMap ManagementApi::promoteUnknown(const QString &mac, const QString &subnet, int serial, const QString &ip,
                                          const QString &hostname, const QString &who)
{
    QVariantMap result = addMap({{QStringLiteral("mac"), mac}, {QStringLiteral("subnet"), subnet}, {QStringLiteral("serial"), serial},
                                 {QStringLiteral("ip"), ip}, {QStringLiteral("hostname"), hostname}}, who);
    if (result.value(QStringLiteral("ok")).toBool()) {
        if (const auto parsed = MAC::fromString(mac))
            m_service->statistics().forgetUnknownClient(*parsed);
    }
    return result;
}

QVariantMap ManagementApi::importDefinitions(const QVariantList &subnets, const QVariantList &maps, bool dryRun,
                                             const QString &who)
{
    DefinitionBatch batch;
    QString error;
    for (qsizetype i = 0; i < subnets.size(); ++i) {
        SubnetRecord s;
        if (!applySubnet(subnets[i].toMap(), &s, &error))
            return refused(QStringLiteral("subnet %1 of the import: %2").arg(i + 1).arg(error));
        batch.subnets.append(s);
    }
    for (qsizetype i = 0; i < maps.size(); ++i) {
        MapRecord m;
        if (!applyMap(maps[i].toMap(), &m, &error))
            return refused(QStringLiteral("map %1 of the import: %2").arg(i + 1).arg(error));
        batch.maps.append(m);
    }
    BatchResult result;
    if (!m_service->definitions()->applyBatch(batch, dryRun, who, &result, &error))
        return refused(error);
    if (!dryRun && (result.subnetsAdded || result.mapsAdded || result.mapsUpdated)) {
        if (Engine *engine = m_service->engine()) {
            for (const MapRecord &m : std::as_const(batch.maps)) {
                if (const auto mac = MAC::fromString(m.mac))
                    engine->definitionChanged(*mac);
            }
        }
        qInfo().noquote() << QStringLiteral("import by %1: %2 subnets and %3 maps added, %4 maps updated")
                                 .arg(who).arg(result.subnetsAdded).arg(result.mapsAdded).arg(result.mapsUpdated);
        changed(QStringLiteral("map"), QString(), who);
    }
    return ok({{QStringLiteral("dryRun"), dryRun}, {QStringLiteral("subnetsAdded"), result.subnetsAdded},
               {QStringLiteral("subnetsUnchanged"), result.subnetsUnchanged}, {QStringLiteral("added"), result.mapsAdded},
               {QStringLiteral("updated"), result.mapsUpdated}, {QStringLiteral("unchanged"), result.mapsUnchanged}});
}

QVariantMap ManagementApi::audit(int limit, int offset)
{
    QList<AuditRecord> records;
    QString error;
    if (!m_service->definitions()->listAudit(std::clamp(limit, 1, 10000), std::max(offset, 0), &records, &error))
        return refused(error);
    QVariantList rows;
    for (const AuditRecord &r : std::as_const(records))
        rows.append(QVariantMap{{QStringLiteral("id"), r.id}, {QStringLiteral("atMs"), r.at.toMSecsSinceEpoch()},
                                {QStringLiteral("who"), r.who}, {QStringLiteral("action"), r.action},
                                {QStringLiteral("target"), r.target}, {QStringLiteral("before"), r.before},
                                {QStringLiteral("after"), r.after}});
    return ok({{QStringLiteral("records"), rows}});
}

} // namespace qsd
