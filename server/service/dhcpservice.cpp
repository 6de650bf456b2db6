#include "dhcpservice.h"

#include "storeconfig.h"

#include "platform/interfaces.h"
#include "protocol/packetencoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

namespace qsd {
namespace {

/// The statistics record of staticDHCPd's stats callbacks (inventory §6).
StatsRecord statsRecord(const StatsEvent &e)
{
    StatsRecord r;
    r.sourceAddress = e.sourceIp;
    if (!e.mac.isZero())
        r.mac = e.mac;
    if (!e.ip.isUnspecified())
        r.ip = e.ip;
    r.subnet = e.subnet;
    r.serial = e.serial;
    r.method = e.method == Method::Other ? QString() : methodName(e.method);
    r.processingTime = e.processingNs / 1e9;
    r.processed = e.processed;
    r.port = e.port;
    return r;
}

} // namespace

DhcpService::DhcpService(const ServerConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_tick(new QTimer(this))
{
    m_clock.start();
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, &DhcpService::tick);
}

DhcpService::~DhcpService()
{
    stop();
}

bool DhcpService::openStore(QString *error)
{
    StoreSettings settings = storeSettings(m_config);
    settings.knownOutage = [this] { return m_outage.active() ? m_outage.error() : QString(); };
    m_stores = StoreStack::open(settings, error);
    if (!m_stores)
        return false;
    // A database that is down at start-up is an outage, not a failure (StoreStack::unreachableAtOpen).
    if (!m_stores->unreachableAtOpen().isEmpty())
        outageChanged(m_outage.record(LookupResult::outage(m_stores->unreachableAtOpen()), m_clock.elapsed()));
    if (LookupPool *pool = m_stores->pool())
        connect(pool, &LookupPool::answered, this, &DhcpService::lookupAnswered);
    if (DefinitionStore *lookups = m_stores->lookups()) {
        lookups->setChangeListener([this](const StoreChange &change) { storeChanged(change); });
        lookups->setOutageListener([this](const QString &problem) {
            if (!m_outage.active())   // an outage the lookups have not met yet (an idle server)
                outageChanged(m_outage.record(LookupResult::outage(problem), m_clock.elapsed()));
        });
    }
    return true;
}

// An edit by another server on the same database (the cache, if any, is flushed already): what the management
// API does after an edit of its own, but for the audit and the database write.
void DhcpService::storeChanged(const StoreChange &change)
{
    if (!m_engine)
        return;
    const bool everything = change.what.isEmpty();
    // As after a local edit: a MAC ignored for a while (unknown, or blacklisted) is heard again at once.
    if (change.what == QLatin1String("map") || change.what == QLatin1String("blacklist")) {
        if (const auto mac = MAC::fromString(change.key))
            m_engine->definitionChanged(*mac);
    }
    if (everything || change.what == QLatin1String("blacklist")) {
        QString error;
        if (!reloadBlacklist(&error))
            qCWarning(lcDhcp).noquote() << "cannot reload the permanent blacklist after a change by another server:" << error;
    }
    if (everything) {
        emit changedElsewhere(QStringLiteral("map"), QString(), QString());
        emit changedElsewhere(QStringLiteral("blacklist"), QString(), QString());
    } else {
        qCInfo(lcDhcp).noquote() << QStringLiteral("%1 %2 changed by %3 on another server")
                                        .arg(change.what, change.key.isEmpty() ? QStringLiteral("(several)") : change.key,
                                             change.who);
        emit changedElsewhere(change.what, change.key, change.who);
    }
}

LookupResult DhcpService::throughCache(const MAC &mac, const LookupResult &answer, quint64 generation)
{
    LookupCache *cache = m_stores->cache();
    return cache ? cache->remember(mac, answer, generation) : answer;
}

quint64 DhcpService::currentGeneration() const
{
    const LookupCache *cache = m_stores->cache();
    return cache ? cache->generation() : 0;
}

// The engine's lookup starter for network engines: the cache answers now when it can, the pool later.
bool DhcpService::startLookup(Exchange &x, LookupResult *answer)
{
    if (LookupCache *cache = m_stores->cache()) {
        if (auto cached = cache->cachedAnswer(x.mac)) {
            *answer = *std::move(cached);
            return true;
        }
    }
    if (!m_outage.mayTry(m_clock.elapsed())) {
        m_outage.refused();
        const LookupResult outage = LookupResult::outage(
            QStringLiteral("database unreachable for %1 s: %2")
                .arg((m_clock.elapsed() - m_outage.sinceMs()) / 1000).arg(m_outage.error()));
        *answer = throughCache(x.mac, outage, currentGeneration());
        return true;
    }
    LookupPool *pool = m_stores->pool();
    if (!pool->submit(m_nextTicket, x.mac)) {
        const LookupResult busy = LookupResult::busy(QStringLiteral("%1 lookups are already waiting for %2 ([database] lookup_queue)")
                                                         .arg(pool->queueLimit()).arg(m_stores->describe()));
        *answer = throughCache(x.mac, busy, currentGeneration());   // an expired entry, if any
        return true;
    }
    x.lookupTicket = m_nextTicket++;
    x.lookupGeneration = currentGeneration();
    return false;
}

// The probe of an idle outage has ticket 0 and no exchange.
void DhcpService::lookupAnswered(quint64 ticket, const MAC &mac, const LookupResult &answer)
{
    const LookupOutage::Change change = m_outage.record(answer, m_clock.elapsed());
    outageChanged(change);
    const auto waiting = m_waiting.find(ticket);
    if (waiting == m_waiting.end())
        return;   // the probe, or dropped by a reinitialise
    // The probe that ended an outage reached the database but failed, e.g. on a new database whose tables the
    // end of the outage has just created (outageChanged): ask once more rather than drop the client.
    if (change == LookupOutage::Change::Ended && answer.failed() && m_stores->pool()->submit(ticket, mac))
        return;
    Exchange x = std::move(waiting->second);
    m_waiting.erase(waiting);
    m_engine->resume(x, throughCache(mac, answer, x.lookupGeneration));
    complete(x);
}

void DhcpService::outageChanged(LookupOutage::Change change)
{
    const QString database = m_stores ? m_stores->describe() : QStringLiteral("the definitions database");
    switch (change) {
    case LookupOutage::Change::None:
        break;
    case LookupOutage::Change::Began:
        qCWarning(lcDhcp).noquote() << QStringLiteral("definitions database unreachable: %1. Clients in the cache are "
                                                      "still answered, others are dropped (database-unavailable) until it "
                                                      "is back; retrying every few seconds")
                                           .arg(m_outage.error().simplified());   // libpq's messages span lines
        break;
    case LookupOutage::Change::Ended: {
        qCInfo(lcDhcp).noquote() << QStringLiteral("%1 is reachable again after %2 s; %3 lookups were not sent to it meanwhile (answered from the "
                                                       "cache or dropped)")
                                        .arg(database)
                                        .arg((m_clock.elapsed() - m_outage.sinceMs()) / 1000.0, 0, 'f', 1)
                                        .arg(m_outage.refusedCount());
        // Twice: the first call may only find that the connection from before the outage is gone.
        QString error;
        if (m_engine && !reloadBlacklist(&error) && !reloadBlacklist(&error))
            qCWarning(lcDhcp).noquote() << "cannot reload the permanent blacklist:" << error;
        break;
    }
    }
}

bool DhcpService::reloadBlacklist(QString *error)
{
    if (!definitions()->isEditable())
        return true;
    QList<BlacklistEntry> entries;
    if (!definitions()->listBlacklist(&entries, error))
        return false;
    QSet<MAC> macs;
    for (const BlacklistEntry &e : std::as_const(entries))
        macs.insert(e.mac);
    m_engine->setPermanentBlacklist(macs);
    return true;
}

bool DhcpService::bind(QString *error)
{
    const auto iface = interfaceOwning(m_config.dhcpServerIp.toUInt32());
    if (!iface) {
        *error = QStringLiteral("%1: [server] dhcp_server_ip=%2: no network interface has this address")
                     .arg(m_config.file, m_config.dhcpServerIp.toString());
        return false;
    }
    m_interfaceName = iface->name;
    m_transportSettings.serverIp = m_config.dhcpServerIp;
    m_transportSettings.serverPort = m_config.dhcpServerPort;
    m_transportSettings.proxyPort = m_config.proxyPort;
    m_transportSettings.interfaceIndex = iface->index;
    m_transportSettings.interfaceName = iface->name;
    m_transportSettings.bindToInterface = !m_config.allowDhcpRelays;
    m_transportSettings.linkLayerUnicast = !m_config.dhcpResponseInterface.isEmpty();
    m_transportSettings.socketApi = m_config.socketApi == QLatin1String("qt") ? UdpEndpoint::Api::Qt : UdpEndpoint::Api::Native;
    int linkLayerIndex = iface->index;
    if (m_config.dhcpResponseInterface != QLatin1String("-") && !m_config.dhcpResponseInterface.isEmpty()) {
        const auto named = interfaceByName(m_config.dhcpResponseInterface);
        if (!named) {
            *error = QStringLiteral("%1: [server] dhcp_response_interface: no interface named '%2'")
                         .arg(m_config.file, m_config.dhcpResponseInterface);
            return false;
        }
        linkLayerIndex = named->index;
    }
    m_transport = new DhcpTransport(this);
    return m_transport->open(m_transportSettings, linkLayerIndex, [this](Exchange &x) { process(x); }, error);
}

// The hook file is loaded after the privilege drop (it runs as the service user) and in the server thread,
// where its QJSEngine lives; init() runs once the store and the engine are up (staticDHCPd's conf.init()).
bool DhcpService::loadHooks(QString *error)
{
    if (m_config.hooksFile.isEmpty())
        return true;
    auto hooks = std::make_unique<HookRunner>(m_config.hooksTimeoutMs);
    QString why;
    if (!hooks->load(m_config.hooksFile, &why) || !hooks->init(&why)) {
        *error = QStringLiteral("%1: [hooks] file: %2").arg(m_config.file, why);
        return false;
    }
    m_hooks = std::move(hooks);
    m_engine->setHooks(m_hooks.get());
    return true;
}

bool DhcpService::open(QString *error)
{
    if (!openStore(error))
        return false;
    m_engine = std::make_unique<Engine>(m_config, m_stores->lookups());
    if (m_stores->pool())
        m_engine->setLookupStarter([this](Exchange &x, LookupResult *answer) { return startLookup(x, answer); });
    if (m_outage.active()) {
        qCWarning(lcDhcp).noquote() << "the permanent blacklist will be read when the database is back";
    } else if (!reloadBlacklist(error)) {
        return false;
    }
    if (!loadHooks(error))
        return false;
    m_engine->setUnicastToUnaddressed(m_transport->canUnicastToUnaddressed());
    if (m_transportSettings.linkLayerUnicast && !m_transport->canUnicastToUnaddressed())
        qCWarning(lcDhcp).noquote() << "replies to clients without an address will be broadcast:"
                                    << m_transport->linkLayerProblem();
    qCInfo(lcDhcp).noquote() << QStringLiteral("serving %1 on %2 (port %3%4), definitions from %5")
                                    .arg(m_config.dhcpServerIp.toString(), m_interfaceName)
                                    .arg(m_config.dhcpServerPort)
                                    .arg(m_config.proxyPort ? QStringLiteral(", ProxyDHCP %1").arg(m_config.proxyPort) : QString())
                                    .arg(m_stores->describe());
    scheduleTick();
    emit started();
    return true;
}

bool DhcpService::reinitialise(QString *error)
{
    if (!m_stores)
        return true;
    QElapsedTimer timer;
    timer.start();
    if (!m_stores->reinitialise(error) || !reloadBlacklist(error))
        return false;
    m_statistics.clearRecentActivity();
    m_waiting.clear();   // their hook state belongs to the hook file being replaced; the clients retransmit
    if (m_hooks && !m_hooks->reload(error))
        return false;
    qCInfo(lcDhcp).noquote() << QStringLiteral("reinitialisation completed in %1 seconds").arg(timer.nsecsElapsed() / 1e9, 0, 'f', 3);
    return true;
}

void DhcpService::stop()
{
    m_tick->stop();
    if (m_stores)
        m_stores->stopPool();
    m_waiting.clear();
    if (m_transport)
        m_transport->close();
}

void DhcpService::process(Exchange &x)
{
    if (!m_engine)
        return;   // bound but not yet open (start-up): the client retransmits
    m_engine->handle(x);
    if (x.awaitingLookup) {
        const quint64 ticket = x.lookupTicket;
        m_waiting.emplace(ticket, std::move(x));
        return;
    }
    complete(x);
}

void DhcpService::complete(Exchange &x)
{
    if (x.reply) {
        const QByteArray wire = PacketEncoder::encode(*x.reply);
        QString error;
        if (m_transport->send(x, wire, &error)) {
            x.processed = true;
            qCDebug(lcDhcp).noquote() << QStringLiteral("%1 sent to %2 for %3 via %4:%5 [%6 bytes]")
                                             .arg(x.reply->messageTypeName().mid(5), x.mac.toString(), x.reply->yiaddr.toString(),
                                                  x.destination.ip.toString())
                                             .arg(x.destination.port).arg(wire.size());
        } else {
            qCWarning(lcDhcp).noquote() << "cannot send" << x.reply->messageTypeName() << "to" << x.mac.toString()
                                        << "at" << x.destination.ip.toString() << ":" << error;
            x.dropWith(DropReason::SendFailed, error);
        }
    } else if (x.dropped()) {
        qCDebug(lcDhcp).noquote() << "ignored" << methodName(x.method) << "from" << x.mac.toString() << "-"
                                  << dropReasonName(x.drop) << x.detail;
    }
    x.processingNs = monotonicNs() - x.receivedNs;
    const StatsEvent event = StatsEvent::from(x, QDateTime::currentMSecsSinceEpoch());
    m_statistics.record(event, x.drop == DropReason::UnknownClient ? x.wire : QByteArray());
    if (m_hooks && m_hooks->hasStatsHandlers())
        m_hooks->emitStatistics(statsRecord(event));
}

// Ticks land on whole seconds of the wall clock, so they do not drift however long a tick takes.
void DhcpService::scheduleTick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tick->start(int(1000 - now % 1000));
}

void DhcpService::tick()
{
    if (m_engine)
        m_engine->tick();
    // An outage with no traffic still ends by itself (and the status says so): probe now and then.
    LookupPool *pool = lookupPool();
    if (pool && m_outage.active() && m_outage.mayTry(m_clock.elapsed()) && !pool->submit(0, MAC()))
        m_outage.record(LookupResult::outage(m_outage.error()), m_clock.elapsed());   // no probe after all
    if (m_hooks)
        m_hooks->tick();
    scheduleTick();
}

} // namespace qsd
