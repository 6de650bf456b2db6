#pragma once

#include "definitionadmin.h"
#include "definitionstore.h"
#include "lookupcache.h"
#include "lookuppool.h"
#include "storesettings.h"

#include <memory>

namespace qsd {

/// The definitions of one `[database] engine` as the server thread uses them, opened by open():
/// - lookups(): the engine's store in this thread, behind a CachingStore with `[cache] use_cache`: the Engine's
///   store. Null for HTTP, which needs no store in this thread.
/// - pool(): for PostgreSQL, MySQL and HTTP, the LookupPool whose workers make the lookups (the service asks it,
///   with cache() in front); null for the others.
/// - cache(): the LookupCache of `[cache] use_cache` (the CachingStore in lookups(), or one of its own for HTTP);
///   null without it. Every edit made through admin() flushes it.
/// - admin(): what the management API lists and edits: the engine's store when it can edit (SQLite, PostgreSQL,
///   MySQL), otherwise a ReadOnlyAdmin that refuses every call.
/// Everything here belongs to the thread that called open().
class StoreStack
{
public:
    /// Opens the engine (openEngine(), one factory per engine) and puts the cache, the disk cache and the lookup
    /// pool that `settings` ask for in front of it. Null with an error naming the key and the configuration file.
    static std::unique_ptr<StoreStack> open(const StoreSettings &settings, QString *error);
    ~StoreStack();

    DefinitionStore *lookups() const { return m_lookups.get(); }
    DefinitionAdmin &admin() const { return *m_admin; }
    LookupCache *cache() const { return m_cache; }
    LookupPool *pool() const { return m_pool.get(); }
    /// describe() of the engine's store: "SQLite database /var/lib/qstaticdhcp/dhcp.sqlite".
    QString describe() const { return m_admin->describe(); }
    /// A network database that could not be reached when it was opened: why (an outage; the server starts
    /// anyway). Empty otherwise.
    QString unreachableAtOpen() const { return m_unreachable; }

    /// staticDHCPd's reinitialise of the store: the engine's store in this thread is reinitialised (a file
    /// re-read, a connection renewed), then the cache flushed; when the store fails the cache is kept, to go on
    /// serving the known clients.
    bool reinitialise(QString *error);
    /// Stops the lookup workers (it waits for the lookups being run; the queued ones are dropped unanswered).
    void stopPool() { m_pool.reset(); }

private:
    StoreStack() = default;

    std::unique_ptr<DefinitionStore> m_lookups;
    std::unique_ptr<LookupCache> m_ownCache;      ///< the cache when no store in this thread stands behind it (HTTP)
    LookupCache *m_cache = nullptr;               ///< the CachingStore in m_lookups, or m_ownCache
    std::unique_ptr<DefinitionAdmin> m_readOnly;  ///< the administration of an engine that cannot edit
    DefinitionAdmin *m_admin = nullptr;           ///< the engine's store (owned by m_lookups), or m_readOnly
    QString m_unreachable;
    std::unique_ptr<LookupPool> m_pool;           ///< last: its workers stop first
};

} // namespace qsd
