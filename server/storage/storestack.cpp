#include "storestack.h"

#include "cachingstore.h"
#include "readonlyadmin.h"
#include "storefactory.h"

namespace qsd {
namespace {

/// staticDHCPd's chain: disk_cache → the file alone (disk_cache_persistent or a temporary file);
/// disk_cache_persistent alone → memory in front of the file. Unlike staticDHCPd, a file that does not open
/// stops the start (nothing falls back silently).
bool openDiskCache(const StoreSettings &s, LookupCache *cache, QString *error)
{
    if (!s.diskCache && s.diskCachePersistent.isEmpty())
        return true;
    auto disk = std::make_unique<DiskCache>();
    if (!disk->open(s.diskCachePersistent, error)) {
        *error = QStringLiteral("%1 ([cache] %2 in %3)")
                     .arg(*error, s.diskCachePersistent.isEmpty() ? QStringLiteral("disk_cache") : QStringLiteral("disk_cache_persistent"),
                          s.configFile);
        return false;
    }
    cache->setDiskCache(std::move(disk), !s.diskCache);
    return true;
}

} // namespace

StoreStack::~StoreStack() = default;

std::unique_ptr<StoreStack> StoreStack::open(const StoreSettings &settings, QString *error)
{
    OpenedEngine engine;
    if (!openEngine(settings, &engine, error))
        return nullptr;
    std::unique_ptr<StoreStack> stack(new StoreStack);
    stack->m_unreachable = engine.unreachable;
    if (engine.admin) {
        stack->m_admin = engine.admin;
    } else {
        stack->m_readOnly = std::make_unique<ReadOnlyAdmin>(engine.description);
        stack->m_admin = stack->m_readOnly.get();
    }
    stack->m_lookups = std::move(engine.store);
    if (settings.useCache) {
        if (stack->m_lookups) {
            auto caching = std::make_unique<CachingStore>(std::move(stack->m_lookups));
            stack->m_cache = caching.get();
            stack->m_lookups = std::move(caching);
        } else {
            stack->m_ownCache = std::make_unique<LookupCache>();
            stack->m_cache = stack->m_ownCache.get();
        }
        stack->m_cache->setMaxAge(settings.cacheMaxAge);
        if (!openDiskCache(settings, stack->m_cache, error))
            return nullptr;
        LookupCache *cache = stack->m_cache;
        stack->m_admin->setEditListener([cache] { cache->flush(); });
    }
    if (engine.workerStore)
        stack->m_pool = std::make_unique<LookupPool>(engine.workers, settings.lookupQueue, std::move(engine.workerStore));
    return stack;
}

bool StoreStack::reinitialise(QString *error)
{
    if (m_lookups)
        return m_lookups->reinitialise(error);   // a CachingStore flushes after its store
    if (m_cache)
        m_cache->flush();
    return true;
}

} // namespace qsd
