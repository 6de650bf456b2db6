#include "managementapi.h"

#include "platform/interfaces.h"
#include "service/dhcpservice.h"
#include "storage/definitionstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace qsd {

namespace {

const QString StaleEdit = QStringLiteral("changed by someone else since you opened it");

QVariantMap ok(QVariantMap values = {})
{
    values.insert(QStringLiteral("ok"), true);
    values.insert(QStringLiteral("error"), QString());
    return values;
}

QVariantMap refused(const QString &error, QVariantMap values = {})
{
    values.insert(QStringLiteral("ok"), false);
    values.insert(QStringLiteral("error"), error);
    return values;
}

QString hashOf(const QJsonObject &o)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha1).toHex().left(16));
}

QVariantMap toVariant(const MapRecord &m)
{
    return {{QStringLiteral("mac"), m.mac}, {QStringLiteral("ip"), m.ip}, {QStringLiteral("hostname"), m.hostname},
            {QStringLiteral("subnet"), m.subnet}, {QStringLiteral("serial"), m.serial},
            {QStringLiteral("revision"), ManagementApi::revision(m)}};
}

QVariantMap toVariant(const SubnetRecord &s)
{
    return {{QStringLiteral("subnet"), s.subnet}, {QStringLiteral("serial"), s.serial},
            {QStringLiteral("lease_time"), s.lease_time}, {QStringLiteral("gateway"), s.gateway},
            {QStringLiteral("subnet_mask"), s.subnet_mask}, {QStringLiteral("broadcast_address"), s.broadcast_address},
            {QStringLiteral("ntp_servers"), s.ntp_servers}, {QStringLiteral("domain_name_servers"), s.domain_name_servers},
            {QStringLiteral("domain_name"), s.domain_name}, {QStringLiteral("revision"), ManagementApi::revision(s)}};
}

/// Reads an integer field of an edit; false with a message naming the field when it is not a number.
bool intField(const QVariantMap &from, const char *name, qint64 *value, QString *error)
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

void textField(const QVariantMap &from, const char *name, QString *value)
{
    const auto it = from.constFind(QLatin1String(name));
    if (it != from.constEnd())
        *value = it->toString().trimmed();
}

/// Applies the fields present in `from` to `map`.
bool applyMap(const QVariantMap &from, MapRecord *map, QString *error)
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

bool applySubnet(const QVariantMap &from, SubnetRecord *subnet, QString *error)
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

QVariantList perMethod(const std::array<quint32, size_t(Method::Count)> &values)
{
    QVariantList out;
    for (quint32 v : values)
        out.append(v);
    return out;
}

QVariantMap toVariant(const StatsBucket &b)
{
    return {{QStringLiteral("startSecs"), b.startSecs}, {QStringLiteral("received"), perMethod(b.received)},
            {QStringLiteral("discarded"), perMethod(b.discarded)},
            {QStringLiteral("processingMs"), double(b.processingNs) / 1e6}};
}

QVariantList methodNames()
{
    QVariantList names;
    for (int m = 0; m < int(Method::Count); ++m)
        names.append(methodName(Method(m)));
    return names;
}

QString optionalIp(const std::optional<IPv4> &ip)
{
    return ip ? ip->toString() : QString();
}

} // namespace

ManagementApi::ManagementApi(DhcpService *service)
    : m_service(service), m_startedAtMs(QDateTime::currentMSecsSinceEpoch())
{
}

QString ManagementApi::revision(const MapRecord &map) { return hashOf(map.toJson()); }
QString ManagementApi::revision(const SubnetRecord &subnet) { return hashOf(subnet.toJson()); }

void ManagementApi::changed(const QString &what, const QString &key, const QString &who)
{
    if (m_changed)
        m_changed(what, key, who);
}

QVariantMap ManagementApi::storeFailed(const QString &error)
{
    m_lastStoreError = error;
    return refused(error);
}

// --- published properties ---

QVariantMap ManagementApi::status(int connections, const QStringList &listening)
{
    const ServerConfig &config = m_service->config();
    QStringList interfaces;
    if (const auto iface = interfaceOwning(config.dhcpServerIp.toUInt32()))
        interfaces << QStringLiteral("%1 (%2)").arg(iface->name, config.dhcpServerIp.toString());
    else
        interfaces << config.dhcpServerIp.toString();

    DefinitionStore *store = m_service->store();
    const quint64 databaseErrors = m_service->statistics().dropped(DropReason::DatabaseError);
    QString databaseError = m_lastStoreError;
    if (databaseErrors > m_databaseErrorsSeen && databaseError.isEmpty())
        databaseError = QStringLiteral("%1 lookups failed recently; see the log").arg(databaseErrors - m_databaseErrorsSeen);
    m_databaseErrorsSeen = databaseErrors;
    const QVariantMap database{{QStringLiteral("engine"), config.databaseEngine},
                               {QStringLiteral("description"), store ? store->describe() : QStringLiteral("not open")},
                               {QStringLiteral("ok"), store && databaseError.isEmpty()},
                               {QStringLiteral("error"), databaseError}};
    QVariantMap hooks;
    if (m_hookFile)
        hooks = m_hookFile->status();
    else
        hooks = {{QStringLiteral("status"), config.hooksFile.isEmpty() ? QStringLiteral("none") : QStringLiteral("not loaded")},
                 {QStringLiteral("lastError"), QString()}};
    return {{QStringLiteral("version"), QStringLiteral(QSD_VERSION)},
            {QStringLiteral("startedAtMs"), m_startedAtMs},
            {QStringLiteral("systemName"), config.systemName},
            {QStringLiteral("configFile"), config.file},
            {QStringLiteral("config"), config.values},
            {QStringLiteral("interfaces"), interfaces},
            {QStringLiteral("database"), database},
            {QStringLiteral("hooks"), hooks},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("management"), QVariantMap{{QStringLiteral("listen"), listening}}}};
}

QVariantMap ManagementApi::counters()
{
    const Statistics &st = m_service->statistics();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVariantList received, processed, discarded;
    for (int m = 0; m < int(Method::Count); ++m) {
        received.append(st.received(Method(m)));
        processed.append(st.processed(Method(m)));
        discarded.append(st.discarded(Method(m)));
    }
    QVariantMap drops;
    for (int r = 1; r < int(DropReason::Count); ++r) {
        if (const quint64 n = st.dropped(DropReason(r)))
            drops.insert(dropReasonName(DropReason(r)), n);
    }
    QVariantList averages;
    for (int window : {0, 1, 2, 3, 12, 72, 288}) {
        const StatsBucket sum = st.sumOfBuckets(now, window);
        const double seconds = double(window) * Statistics::QuantisationSecs + double(now % Statistics::QuantisationSecs) + 1;
        averages.append(QVariantMap{{QStringLiteral("windowBuckets"), window},
                                    {QStringLiteral("packetsPerSecond"), sum.total() / seconds},
                                    {QStringLiteral("discardedPerSecond"), sum.totalDiscarded() / seconds}});
    }
    QVariantList seconds;
    for (const StatsBucket &b : st.perSecond(now - 5, now - 1))
        seconds.append(toVariant(b));
    const quint64 total = st.totalReceived();
    Engine *engine = m_service->engine();
    return {{QStringLiteral("timeSecs"), now},
            {QStringLiteral("methods"), methodNames()},
            {QStringLiteral("received"), received},
            {QStringLiteral("processed"), processed},
            {QStringLiteral("discarded"), discarded},
            {QStringLiteral("drops"), drops},
            {QStringLiteral("totalReceived"), total},
            {QStringLiteral("averageProcessingMs"), total ? double(st.totalProcessingNs()) / double(total) / 1e6 : 0.0},
            {QStringLiteral("averages"), averages},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("unknownClients"), st.unknownClients().size()},
            {QStringLiteral("temporaryBlacklist"), engine ? engine->abuse().entries().size() : 0},
            {QStringLiteral("permanentBlacklist"), engine ? engine->permanentBlacklist().size() : 0}};
}

QVariantList ManagementApi::extensionPanels()
{
    return m_extensions ? m_extensions->panels() : QVariantList();
}

QVariantList ManagementApi::extensionActions()
{
    return m_extensions ? m_extensions->actions() : QVariantList();
}

QVariantList ManagementApi::logRecords(const QList<LogRecord> &records)
{
    QVariantList out;
    out.reserve(records.size());
    for (const LogRecord &r : records)
        out.append(QVariantMap{{QStringLiteral("timeMs"), r.timeMs}, {QStringLiteral("severity"), int(r.severity)},
                               {QStringLiteral("level"), LogSink::levelName(r.severity)},
                               {QStringLiteral("category"), r.category}, {QStringLiteral("message"), r.message}});
    return out;
}

// --- statistics ---

QVariantMap ManagementApi::series(int resolutionSecs, qint64 fromSecs, qint64 toSecs)
{
    const Statistics &st = m_service->statistics();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVariantList buckets;
    if (resolutionSecs == 1) {
        const qint64 from = fromSecs > 0 ? std::max(fromSecs, now - Statistics::SecondsKept + 1) : now - Statistics::SecondsKept + 1;
        const qint64 to = toSecs > 0 ? std::min(toSecs, now) : now;
        if (from <= to) {
            for (const StatsBucket &b : st.perSecond(from, to))
                buckets.append(toVariant(b));
        }
    } else if (resolutionSecs == Statistics::QuantisationSecs) {
        for (const StatsBucket &b : st.perFiveMinutes(now)) {
            if ((fromSecs <= 0 || b.startSecs >= fromSecs) && (toSecs <= 0 || b.startSecs <= toSecs))
                buckets.append(toVariant(b));
        }
    } else {
        return refused(QStringLiteral("resolution %1 s is not kept: ask for 1 (the last hour) or 300 (two days)").arg(resolutionSecs));
    }
    return ok({{QStringLiteral("resolutionSecs"), resolutionSecs}, {QStringLiteral("methods"), methodNames()},
               {QStringLiteral("buckets"), buckets}});
}

QVariantMap ManagementApi::recentActivity(int limit)
{
    QVariantList events;
    for (const StatsEvent &e : m_service->statistics().recentActivity(limit > 0 ? limit : 100)) {
        events.append(QVariantMap{
            {QStringLiteral("timeMs"), e.timeMs}, {QStringLiteral("method"), methodName(e.method)},
            {QStringLiteral("mac"), e.mac.toString()}, {QStringLiteral("ip"), e.ip.isUnspecified() ? QString() : e.ip.toString()},
            {QStringLiteral("subnet"), e.subnet}, {QStringLiteral("serial"), e.serial},
            {QStringLiteral("processingMs"), double(e.processingNs) / 1e6}, {QStringLiteral("processed"), e.processed},
            {QStringLiteral("port"), e.port}, {QStringLiteral("sourceIp"), e.sourceIp.toString()},
            {QStringLiteral("relayIp"), optionalIp(e.relayIp)},
            {QStringLiteral("drop"), e.drop == DropReason::None ? QString() : dropReasonName(e.drop)},
            {QStringLiteral("dropHint"), e.drop == DropReason::None ? QString() : dropReasonHint(e.drop)},
            {QStringLiteral("reply"), e.replyType == MessageType::None ? QString() : messageTypeName(e.replyType).mid(5)},
            {QStringLiteral("detail"), e.detail}});
    }
    return ok({{QStringLiteral("events"), events}});
}

QVariantMap ManagementApi::unknownClients()
{
    QVariantList clients;
    for (const UnknownClient &c : m_service->statistics().unknownClients()) {
        clients.append(QVariantMap{
            {QStringLiteral("mac"), c.mac.toString()}, {QStringLiteral("vendor"), QString()},
            {QStringLiteral("firstSeenMs"), c.firstSeenMs}, {QStringLiteral("lastSeenMs"), c.lastSeenMs},
            {QStringLiteral("requests"), c.requests}, {QStringLiteral("lastMethod"), methodName(c.lastMethod)},
            {QStringLiteral("relayIp"), optionalIp(c.relayIp)},
            {QStringLiteral("lastReason"), dropReasonName(c.lastReason)},
            {QStringLiteral("lastReasonHint"), dropReasonHint(c.lastReason)},
            {QStringLiteral("lastPacketHex"), QString::fromLatin1(c.lastPacket.toHex())}});
    }
    return ok({{QStringLiteral("clients"), clients}});
}

QVariantMap ManagementApi::logs(int minimumSeverity, int limit)
{
    const Severity minimum = Severity(std::clamp(minimumSeverity, int(Severity::Debug), int(Severity::Critical)));
    return ok({{QStringLiteral("records"), logRecords(m_log.records(minimum, limit))}});
}

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

QVariantMap ManagementApi::subnets()
{
    DefinitionStore *store = m_service->store();
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
    if (!m_service->store()->listMaps(query, &page, &error))
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
    if (!applySubnet(fields, &subnet, &error) || !m_service->store()->addSubnet(subnet, who, &error))
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
    if (!applySubnet(fields, &updated, &error) || !m_service->store()->updateSubnet(subnet, serial, updated, who, &error))
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
    if (!m_service->store()->deleteSubnet(subnet, serial, who, &error))
        return refused(error);
    changed(QStringLiteral("subnet"), current.key(), who);
    return ok();
}

QVariantMap ManagementApi::addMap(const QVariantMap &fields, const QString &who)
{
    MapRecord map;
    QString error;
    if (!applyMap(fields, &map, &error) || !m_service->store()->addMap(map, who, &error))
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
    if (!m_service->store()->updateMap(*oldMac, updated, who, &error))
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
    if (!m_service->store()->deleteMap(key, who, &error))
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
        if (!m_service->store()->listMaps(query, &page, &error))
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

QVariantMap ManagementApi::audit(int limit, int offset)
{
    QList<AuditRecord> records;
    QString error;
    if (!m_service->store()->listAudit(std::clamp(limit, 1, 10000), std::max(offset, 0), &records, &error))
        return refused(error);
    QVariantList rows;
    for (const AuditRecord &r : std::as_const(records))
        rows.append(QVariantMap{{QStringLiteral("id"), r.id}, {QStringLiteral("atMs"), r.at.toMSecsSinceEpoch()},
                                {QStringLiteral("who"), r.who}, {QStringLiteral("action"), r.action},
                                {QStringLiteral("target"), r.target}, {QStringLiteral("before"), r.before},
                                {QStringLiteral("after"), r.after}});
    return ok({{QStringLiteral("records"), rows}});
}

// --- blacklist ---

bool ManagementApi::reloadPermanentBlacklist(QString *error)
{
    QList<BlacklistEntry> entries;
    if (!m_service->store()->listBlacklist(&entries, error))
        return false;
    QSet<MAC> macs;
    for (const BlacklistEntry &e : std::as_const(entries))
        macs.insert(e.mac);
    if (Engine *engine = m_service->engine())
        engine->setPermanentBlacklist(macs);
    return true;
}

QVariantMap ManagementApi::blacklist()
{
    QVariantList temporary, permanent;
    if (Engine *engine = m_service->engine()) {
        for (const AbuseControl::Entry &e : engine->abuse().entries())
            temporary.append(QVariantMap{{QStringLiteral("mac"), e.mac.toString()}, {QStringLiteral("secondsLeft"), e.secondsLeft},
                                         {QStringLiteral("reason"), e.reason}});
    }
    DefinitionStore *store = m_service->store();
    if (store->isEditable()) {
        QList<BlacklistEntry> entries;
        QString error;
        if (!store->listBlacklist(&entries, &error))
            return storeFailed(error);
        for (const BlacklistEntry &e : std::as_const(entries))
            permanent.append(QVariantMap{{QStringLiteral("mac"), e.mac.toString()}, {QStringLiteral("reason"), e.reason},
                                         {QStringLiteral("addedAtMs"), e.added_at.toMSecsSinceEpoch()},
                                         {QStringLiteral("addedBy"), e.added_by}});
    }
    return ok({{QStringLiteral("temporary"), temporary}, {QStringLiteral("permanent"), permanent}});
}

QVariantMap ManagementApi::blacklistAdd(const QString &mac, int seconds, const QString &reason, const QString &who)
{
    const auto parsed = MAC::fromString(mac);
    if (!parsed)
        return refused(QStringLiteral("'%1' is not a MAC address").arg(mac));
    if (seconds < 0)
        return refused(QStringLiteral("a temporary blacklist entry needs a positive number of seconds, not %1").arg(seconds));
    QString error;
    if (seconds > 0) {
        Engine *engine = m_service->engine();
        if (!engine)
            return refused(QStringLiteral("the server is not running"));
        engine->abuse().ignoreFor(*parsed, seconds, reason.isEmpty() ? QStringLiteral("blacklisted by %1").arg(who) : reason);
    } else {
        if (!m_service->store()->addToBlacklist(*parsed, reason, who, &error))
            return refused(error);
        if (!reloadPermanentBlacklist(&error))
            return storeFailed(error);
    }
    changed(QStringLiteral("blacklist"), parsed->toString(), who);
    return ok();
}

QVariantMap ManagementApi::blacklistRemove(const QString &mac, const QString &who)
{
    const auto parsed = MAC::fromString(mac);
    if (!parsed)
        return refused(QStringLiteral("'%1' is not a MAC address").arg(mac));
    Engine *engine = m_service->engine();
    const bool released = engine && engine->abuse().release(*parsed);
    bool removed = false;
    if (engine && engine->permanentBlacklist().contains(*parsed)) {
        QString error;
        if (!m_service->store()->removeFromBlacklist(*parsed, who, &error))
            return refused(error, {{QStringLiteral("released"), released}, {QStringLiteral("removed"), false}});
        if (!reloadPermanentBlacklist(&error))
            return storeFailed(error);
        removed = true;
    }
    if (!released && !removed)
        return refused(QStringLiteral("%1 is not blacklisted").arg(parsed->toString()),
                       {{QStringLiteral("released"), false}, {QStringLiteral("removed"), false}});
    changed(QStringLiteral("blacklist"), parsed->toString(), who);
    return ok({{QStringLiteral("released"), released}, {QStringLiteral("removed"), removed}});
}

// --- server ---

QVariantMap ManagementApi::reinitialise(const QString &who)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool done = m_service->reinitialise(&error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo().noquote() << "reinitialise requested by" << who << (done ? QStringLiteral("succeeded") : QStringLiteral("failed: ") + error);
    if (!done)
        return storeFailed(error);
    m_lastStoreError.clear();
    changed(QStringLiteral("all"), QString(), who);
    return ok({{QStringLiteral("seconds"), seconds}});
}

QVariantMap ManagementApi::invokeAction(const QString &path, const QVariantMap &query, const QString &who)
{
    if (!m_extensions)
        return refused(QStringLiteral("no extension action is registered at '%1'").arg(path));
    return m_extensions->invoke(path, query, who);
}

namespace {
const QString NoHooks = QStringLiteral("hooks are not configured");
}

QVariantMap ManagementApi::hookSource()
{
    return m_hookFile ? m_hookFile->source() : refused(NoHooks);
}

QVariantMap ManagementApi::setHookSource(const QString &source, const QString &who)
{
    return m_hookFile ? m_hookFile->setSource(source, who) : refused(NoHooks);
}

QVariantMap ManagementApi::validateHookSource(const QString &source)
{
    return m_hookFile ? m_hookFile->validate(source) : refused(NoHooks);
}

QVariantMap ManagementApi::reloadHooks(const QString &who)
{
    return m_hookFile ? m_hookFile->reload(who) : refused(NoHooks);
}

} // namespace qsd
