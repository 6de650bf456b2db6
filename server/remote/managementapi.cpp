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

void ManagementApi::changed(ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who)
{
    if (m_changed)
        m_changed(kind, key, who);
}

// --- published properties ---

ServerStatus ManagementApi::status(int connections, const QStringList &listening)
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
    const LookupOutage &outage = m_service->outage();
    if (outage.active())
        databaseError = QStringLiteral("unreachable since %1: %2 (%3 lookups not sent to it; clients in the cache are still answered)")
                            .arg(QDateTime::currentDateTime().addMSecs(outage.sinceMs() - m_service->monotonicMs()).toString(Qt::ISODate),
                                 outage.error().simplified())   // libpq's messages span lines
                            .arg(outage.refusedCount());
    const DatabaseStatus database(config.databaseEngine, store ? store->describe() : QStringLiteral("not open"),
                                  store && databaseError.isEmpty(), databaseError);
    HooksStatus hooks;
    if (m_hookFile)
        hooks = m_hookFile->status();
    else
        hooks.setStatus(config.hooksFile.isEmpty() ? QStringLiteral("none") : QStringLiteral("not loaded"));
    return ServerStatus(QStringLiteral(QSD_VERSION), m_startedAtMs, config.systemName, config.file,
                        config.shownValues(),   // secrets as set or unset (ConfigKey::Secrecy)
                        interfaces, database, hooks, connections, ManagementStatus(listening));
}

ServerCounters ManagementApi::counters()
{
    const Statistics &st = m_service->statistics();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<qint64> received, processed, discarded;
    for (int m = 0; m < int(Method::Count); ++m) {
        received.append(qint64(st.received(Method(m))));
        processed.append(qint64(st.processed(Method(m))));
        discarded.append(qint64(st.discarded(Method(m))));
    }
    QMap<QString, qint64> drops;
    for (int r = 1; r < int(DropReason::Count); ++r) {
        if (const quint64 n = st.dropped(DropReason(r)))
            drops.insert(dropReasonName(DropReason(r)), qint64(n));
    }
    QList<AverageRow> averages;
    for (int window : {0, 1, 2, 3, 12, 72, 288}) {
        const StatsBucket sum = st.sumOfBuckets(now, window);
        const double seconds = double(window) * Statistics::QuantisationSecs + double(now % Statistics::QuantisationSecs) + 1;
        averages.append(AverageRow(window, sum.total() / seconds, sum.totalDiscarded() / seconds));
    }
    QList<BucketRow> seconds;
    for (const StatsBucket &b : st.perSecond(now - 5, now - 1))
        seconds.append(toRow(b));
    const quint64 total = st.totalReceived();
    return ServerCounters(now, methodNames(), received, processed, discarded, drops, qint64(total),
                          total ? double(st.totalProcessingNs()) / double(total) / 1e6 : 0.0, averages, seconds,
                          int(st.unknownClients().size()), m_service->temporaryBlacklistCount(),
                          m_service->permanentBlacklistCount());
}

QList<ExtensionPanel> ManagementApi::extensionPanels()
{
    return m_extensions ? m_extensions->panels() : QList<ExtensionPanel>();
}

QList<ExtensionAction> ManagementApi::extensionActions()
{
    return m_extensions ? m_extensions->actions() : QList<ExtensionAction>();
}

QList<LogRow> ManagementApi::logRecords(const QList<LogRecord> &records)
{
    QList<LogRow> out;
    out.reserve(records.size());
    for (const LogRecord &r : records)
        out.append(LogRow(r.timeMs, int(r.severity), LogSink::levelName(r.severity), r.category, r.message));
    return out;
}

// --- statistics ---

SeriesAnswer ManagementApi::series(int resolutionSecs, qint64 fromSecs, qint64 toSecs)
{
    const Statistics &st = m_service->statistics();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<BucketRow> buckets;
    if (resolutionSecs == 1) {
        const qint64 from = fromSecs > 0 ? std::max(fromSecs, now - Statistics::SecondsKept + 1) : now - Statistics::SecondsKept + 1;
        const qint64 to = toSecs > 0 ? std::min(toSecs, now) : now;
        if (from <= to) {
            for (const StatsBucket &b : st.perSecond(from, to))
                buckets.append(toRow(b));
        }
    } else if (resolutionSecs == Statistics::QuantisationSecs) {
        for (const StatsBucket &b : st.perFiveMinutes(now)) {
            if ((fromSecs <= 0 || b.startSecs >= fromSecs) && (toSecs <= 0 || b.startSecs <= toSecs))
                buckets.append(toRow(b));
        }
    } else {
        return refused<SeriesAnswer>(QStringLiteral("resolution %1 s is not kept: ask for 1 (the last hour) or 300 (two days)").arg(resolutionSecs));
    }
    SeriesAnswer answer = accepted<SeriesAnswer>();
    answer.setResolutionSecs(resolutionSecs);
    answer.setMethods(methodNames());
    answer.setBuckets(buckets);
    return answer;
}

ActivityAnswer ManagementApi::recentActivity(int limit)
{
    QList<ActivityRow> events;
    for (const StatsEvent &e : m_service->statistics().recentActivity(limit > 0 ? limit : 100)) {
        const bool dropped = e.drop != DropReason::None;
        events.append(ActivityRow(e.timeMs, methodName(e.method), e.mac.toString(), e.ip.isUnspecified() ? QString() : e.ip.toString(),
                                  e.subnet, e.serial, double(e.processingNs) / 1e6, e.processed, e.port, e.sourceIp.toString(),
                                  optionalIp(e.relayIp), dropped ? dropReasonName(e.drop) : QString(),
                                  dropped ? dropReasonHint(e.drop) : QString(),
                                  e.replyType == MessageType::None ? QString() : messageTypeName(e.replyType).mid(5), e.detail));
    }
    ActivityAnswer answer = accepted<ActivityAnswer>();
    answer.setEvents(events);
    return answer;
}

UnknownClientsAnswer ManagementApi::unknownClients()
{
    QList<UnknownClientRow> clients;
    for (const UnknownClient &c : m_service->statistics().unknownClients()) {
        clients.append(UnknownClientRow(c.mac.toString(), m_oui.vendorOf(c.mac), c.firstSeenMs, c.lastSeenMs, qint64(c.requests),
                                        methodName(c.lastMethod), optionalIp(c.relayIp), dropReasonName(c.lastReason),
                                        dropReasonHint(c.lastReason), QString::fromLatin1(c.lastPacket.toHex())));
    }
    UnknownClientsAnswer answer = accepted<UnknownClientsAnswer>();
    answer.setClients(clients);
    return answer;
}

LogsAnswer ManagementApi::logs(int minimumSeverity, int limit)
{
    const Severity minimum = Severity(std::clamp(minimumSeverity, int(Severity::Debug), int(Severity::Critical)));
    LogsAnswer answer = accepted<LogsAnswer>();
    answer.setRecords(logRecords(m_log.records(minimum, limit)));
    return answer;
}

// --- blacklist: the engine's through the service (DhcpService's blacklist interface), the permanent one stored ---

BlacklistAnswer ManagementApi::blacklist()
{
    QList<TemporaryBlacklistRow> temporary;
    for (const AbuseControl::Entry &e : m_service->temporaryBlacklist())
        temporary.append(TemporaryBlacklistRow(e.mac.toString(), e.secondsLeft, e.reason));
    QList<PermanentBlacklistRow> permanent;
    DefinitionStore *store = m_service->store();
    if (store->isEditable()) {
        QList<BlacklistEntry> entries;
        QString error;
        if (!store->listBlacklist(&entries, &error))
            return storeFailed<BlacklistAnswer>(error);
        for (const BlacklistEntry &e : std::as_const(entries))
            permanent.append(PermanentBlacklistRow(e.mac.toString(), e.reason, e.added_at.toMSecsSinceEpoch(), e.added_by));
    }
    BlacklistAnswer answer = accepted<BlacklistAnswer>();
    answer.setTemporary(temporary);
    answer.setPermanent(permanent);
    return answer;
}

Answer ManagementApi::blacklistAdd(const QString &mac, int seconds, const QString &reason, const QString &who)
{
    const auto parsed = MAC::fromString(mac);
    if (!parsed)
        return refused<Answer>(QStringLiteral("'%1' is not a MAC address").arg(mac));
    if (seconds < 0)
        return refused<Answer>(QStringLiteral("a temporary blacklist entry needs a positive number of seconds, not %1").arg(seconds));
    QString error;
    if (seconds > 0) {
        if (!m_service->ignoreFor(*parsed, seconds, reason.isEmpty() ? QStringLiteral("blacklisted by %1").arg(who) : reason))
            return refused<Answer>(QStringLiteral("the server is not running"));
    } else {
        if (!m_service->store()->addToBlacklist(*parsed, reason, who, &error))
            return refused<Answer>(error);
        if (!m_service->reloadBlacklist(&error))
            return storeFailed<Answer>(error);
    }
    changed(ChangeKindEnum::Blacklist, parsed->toString(), who);
    return accepted<Answer>();
}

BlacklistRemoveAnswer ManagementApi::blacklistRemove(const QString &mac, const QString &who)
{
    const auto parsed = MAC::fromString(mac);
    if (!parsed)
        return refused<BlacklistRemoveAnswer>(QStringLiteral("'%1' is not a MAC address").arg(mac));
    BlacklistRemoveAnswer answer = accepted<BlacklistRemoveAnswer>();
    answer.setReleased(m_service->release(*parsed));
    if (m_service->isPermanentlyBlacklisted(*parsed)) {
        QString error;
        if (!m_service->store()->removeFromBlacklist(*parsed, who, &error)) {
            answer.setOk(false);
            answer.setError(error);
            return answer;
        }
        if (!m_service->reloadBlacklist(&error))
            return storeFailed<BlacklistRemoveAnswer>(error);
        answer.setRemoved(true);
    }
    if (!answer.released() && !answer.removed())
        return refused<BlacklistRemoveAnswer>(QStringLiteral("%1 is not blacklisted").arg(parsed->toString()));
    changed(ChangeKindEnum::Blacklist, parsed->toString(), who);
    return answer;
}

// --- server ---

ReinitialiseAnswer ManagementApi::reinitialise(const QString &who)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool done = m_service->reinitialise(&error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo().noquote() << "reinitialise requested by" << who << (done ? QStringLiteral("succeeded") : QStringLiteral("failed: ") + error);
    if (!done)
        return storeFailed<ReinitialiseAnswer>(error);
    m_lastStoreError.clear();
    changed(ChangeKindEnum::All, QString(), who);
    ReinitialiseAnswer answer = accepted<ReinitialiseAnswer>();
    answer.setSeconds(seconds);
    return answer;
}

ActionResult ManagementApi::invokeAction(const QString &path, const QVariantMap &query, const QString &who)
{
    if (!m_extensions)
        return refused<ActionResult>(QStringLiteral("no extension action is registered at '%1'").arg(path));
    return m_extensions->invoke(path, query, who);
}

namespace {
const QString NoHooks = QStringLiteral("hooks are not configured");
}

HookSourceAnswer ManagementApi::hookSource()
{
    return m_hookFile ? m_hookFile->source() : refused<HookSourceAnswer>(NoHooks);
}

Answer ManagementApi::setHookSource(const QString &source, const QString &who)
{
    if (!m_hookFile)
        return refused<Answer>(NoHooks);
    const Answer answer = m_hookFile->setSource(source, who);
    if (answer.ok())
        changed(ChangeKindEnum::Hooks, m_service->config().hooksFile, who);
    return answer;
}

HookValidationAnswer ManagementApi::validateHookSource(const QString &source)
{
    return m_hookFile ? m_hookFile->validate(source) : refused<HookValidationAnswer>(NoHooks);
}

Answer ManagementApi::reloadHooks(const QString &who)
{
    if (!m_hookFile)
        return refused<Answer>(NoHooks);
    const Answer answer = m_hookFile->reload(who);
    if (answer.ok())
        changed(ChangeKindEnum::Hooks, m_service->config().hooksFile, who);
    return answer;
}

} // namespace qsd
