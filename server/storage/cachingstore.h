#pragma once

#include "definitionstore.h"
#include "lookupcache.h"

#include <memory>

namespace qsd {

/// A LookupCache in front of a store's lookups (`[cache] use_cache`): a lookup is answered from the cache when the
/// MAC is cached; otherwise the inner store is asked and its answer passed through remember(). The engine looks up
/// through it for SQLite, INI and none. For PostgreSQL and MySQL the lookups run in the LookupPool and the service
/// uses the cache directly (cachedAnswer(), remember()); this store then only reinitialises the server thread's
/// store and hears its changes.
///
/// It stands in front of the lookups only: the inner store's administration (DefinitionAdmin) is used directly,
/// and its edit listener flushes this cache (StoreStack::open connects them). Changes made by another server on the
/// same PostgreSQL database flush it too (the inner store's change listener; the change is passed on to this
/// store's listener), and so does a reinitialise.
class CachingStore final : public DefinitionStore, public LookupCache
{
public:
    explicit CachingStore(std::unique_ptr<DefinitionStore> inner);
    ~CachingStore() override;

    DefinitionStore *inner() const { return m_inner.get(); }

    QString describe() const override;
    /// cachedAnswer(), else the inner store's answer through remember().
    LookupResult lookupMAC(const MAC &mac) override;
    /// Reinitialises the inner store, then flushes the cache; when the inner store fails (its database is
    /// unreachable) the cache is kept, to go on serving the known clients.
    bool reinitialise(QString *error) override;

private:
    std::unique_ptr<DefinitionStore> m_inner;
};

} // namespace qsd
