#pragma once

#include "engine/config.h"
#include "engine/engine.h"
#include "engine/statistics.h"
#include "net/dhcptransport.h"
#include "scripting/hookrunner.h"
#include "storage/lookupoutage.h"
#include "storage/lookuppool.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_map>

namespace qsd {

class CachingStore;
class DefinitionStore;
struct StoreChange;

/// The DHCP service: store, engine, transport, statistics and the one-second tick, all living in one thread
/// (the server thread; STYLE.md §7: the socket, the SQL connection and later the QJSEngine are created in
/// `start()`, inside that thread). DhcpServer owns the thread; tests may drive a service directly.
class DhcpService : public QObject
{
    Q_OBJECT
public:
    explicit DhcpService(const ServerConfig &config, QObject *parent = nullptr);
    ~DhcpService() override;

    /// Start-up, phase 1 (as root): checks the interface and binds the sockets. Returns false with an error
    /// that names the key or port at fault.
    bool bind(QString *error);
    /// Start-up, phase 2 (after privileges were dropped): opens the definitions store and starts serving.
    bool open(QString *error);
    /// Both phases.
    bool start(QString *error) { return bind(error) && open(error); }
    /// staticDHCPd's reinitialise (SIGHUP): the store is reinitialised (caches flushed, file reopened),
    /// the permanent blacklist reloaded, recent activity cleared, the hooks' reinit handlers run and the hook
    /// file reloaded. False with `error` if the store failed or the hook file no longer loads (the previous
    /// hooks then stay active).
    bool reinitialise(QString *error);
    void stop();

    Statistics &statistics() { return m_statistics; }
    Engine *engine() { return m_engine.get(); }
    DefinitionStore *store() { return m_store.get(); }
    /// The JavaScript hooks; null without a [hooks] file.
    HookRunner *hooks() { return m_hooks.get(); }
    const DhcpTransport &transport() const { return *m_transport; }
    const ServerConfig &config() const { return m_config; }
    /// Runs one received exchange through the pipeline, sends the reply and records it (the transport's handler).
    /// An exchange whose lookup went to the LookupPool waits, moved out of `x`, and is completed later.
    void process(Exchange &x);

    /// The network database's outage, as the lookups see it (inactive for SQLite, INI and none).
    const LookupOutage &outage() const { return m_outage; }
    /// The clock of outage().sinceMs().
    qint64 monotonicMs() const { return m_clock.elapsed(); }
    /// The lookup workers of a network engine; null otherwise.
    LookupPool *lookupPool() { return m_pool.get(); }
    /// Exchanges waiting for their lookup.
    int waitingExchanges() const { return int(m_waiting.size()); }

    // The blacklists, for the management API (which does not reach into the engine; serviceblacklist.cpp).
    // Before open() there is no engine: nothing is blacklisted, and ignoreFor() refuses.
    /// The temporary entries: MACs ignored for a while (unknown, misbehaving, or blacklisted with a duration).
    QList<AbuseControl::Entry> temporaryBlacklist() const;
    int temporaryBlacklistCount() const;
    /// Ignores `mac` for `seconds`; false when the service is not open.
    bool ignoreFor(const MAC &mac, int seconds, const QString &reason);
    /// Ends `mac`'s ignore period (a temporary entry); false if it had none. A changed definition does this too.
    bool release(const MAC &mac);
    bool isPermanentlyBlacklisted(const MAC &mac) const;
    int permanentBlacklistCount() const;
    /// Reads the permanent blacklist from the store into the engine again (after an edit, a reinitialise, a
    /// change by another server, the end of an outage): the one place it is loaded.
    bool reloadBlacklist(QString *error);

signals:
    void started();
    /// Another server sharing the database changed a definition, subnet or the permanent blacklist (what, key and
    /// who as ManagementApi's changed callback); the cache was flushed and the blacklist reloaded already.
    /// After the database was unreachable, ("map", "", "") and ("blacklist", "", ""): re-read everything.
    void changedElsewhere(const QString &what, const QString &key, const QString &who);

private:
    bool openStore(QString *error);
    /// Starts the pool of lookup workers for a network engine (Engine's lookup starter).
    void startLookupPool(LookupPool::StoreFactory factory, int workers);
    bool startLookup(Exchange &x, LookupResult *answer);
    void lookupAnswered(quint64 ticket, const MAC &mac, const LookupResult &answer);
    /// What the engine should use for the store's `answer` (CachingStore::remember), or the answer without a cache.
    LookupResult throughCache(const MAC &mac, const LookupResult &answer, quint64 generation);
    quint64 currentGeneration() const;
    /// Logs an outage's beginning or end, once.
    void outageChanged(LookupOutage::Change change);
    /// Sends the reply of a handled exchange and records it.
    void complete(Exchange &x);
    bool loadHooks(QString *error);
    void storeChanged(const StoreChange &change);
    void scheduleTick();
    void tick();

    ServerConfig m_config;
    std::unique_ptr<DefinitionStore> m_store;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<HookRunner> m_hooks;
    CachingStore *m_cache = nullptr;     ///< m_store when [cache] use_cache
    std::unique_ptr<LookupPool> m_pool;
    LookupOutage m_outage;
    QElapsedTimer m_clock;                ///< for m_outage
    std::unordered_map<quint64, Exchange> m_waiting;   ///< by lookup ticket; after m_hooks: freed first
    quint64 m_nextTicket = 1;
    DhcpTransport *m_transport = nullptr;
    Statistics m_statistics;
    DhcpTransport::Settings m_transportSettings;
    QString m_interfaceName;
    QTimer *m_tick;   // a child: it moves into the server thread with the service
};

} // namespace qsd
