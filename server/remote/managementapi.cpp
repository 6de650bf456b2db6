// ManagementApi, the state half: status, counters, statistics, logs, blacklist, reinitialise, hooks. The
// definitions half (subnets, maps, edits, promotion, audit) is managementdefinitions.cpp.
#include "managementapi.h"
#include "managementvalues.h"

#include "platform/interfaces.h"
#include "service/dhcpservice.h"
#include "storage/definitionstore.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace qsd {

using namespace management;

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

    DefinitionAdmin *store = m_service->definitions();
    const quint64 databaseErrors = m_service->statistics().dropped(DropReason::DatabaseError);
    QString databaseError = m_lastStoreError;
    if (databaseErrors > m_databaseErrorsSeen && databaseError.isEmpty())
        databaseError = QStringLiteral("%1 lookups failed recently; see the log").arg(databaseErrors - m_databaseErrorsSeen);
    m_databaseErrorsSeen = databaseErrors;
    const LookupOutage &outage = m_service->outage();
    if (outage.active())
        databaseError = QStringLiteral("unreachable since %1: %2 (%3 lookups not sent to it; clients in the cache are still answered)")
                            .arg(QDateTime::currentDateTime().addMSecs(outage.sinceMs() - m_service->monotonicMs()).toString(Qt::ISODate),
                                 outage.error().simplified())   // libpq's messages span lines
                            .arg(outage.refusedCount());
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
            {QStringLiteral("config"), config.shownValues()},   // secrets as set or unset (ConfigKey::Secrecy)
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
            {QStringLiteral("temporaryBlacklist"), engine ? engine->abuse().ignoredCount() : 0},
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
            {QStringLiteral("mac"), c.mac.toString()}, {QStringLiteral("vendor"), m_oui.vendorOf(c.mac)},
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

// --- blacklist ---

bool ManagementApi::reloadPermanentBlacklist(QString *error)
{
    QList<BlacklistEntry> entries;
    if (!m_service->definitions()->listBlacklist(&entries, error))
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
    DefinitionAdmin *store = m_service->definitions();
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
        if (!m_service->definitions()->addToBlacklist(*parsed, reason, who, &error))
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
        if (!m_service->definitions()->removeFromBlacklist(*parsed, who, &error))
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
