#include "cachingstore.h"

namespace qsd {

CachingStore::CachingStore(std::unique_ptr<DefinitionStore> inner) : m_inner(std::move(inner))
{
    // Another server changed the shared database: what we remember may be wrong.
    m_inner->setChangeListener([this](const StoreChange &change) {
        flush();
        announceChange(change);
    });
    // The database went away: passed on, and the cache kept (it serves the known clients meanwhile).
    m_inner->setOutageListener([this](const QString &problem) { announceOutage(problem); });
}

CachingStore::~CachingStore() = default;

QString CachingStore::describe() const
{
    return m_inner->describe();
}

LookupResult CachingStore::lookupMAC(const MAC &mac)
{
    if (auto answer = cachedAnswer(mac))
        return *std::move(answer);
    return remember(mac, m_inner->lookupMAC(mac), generation());
}

// staticDHCPd flushes first, whatever happens; here a reinitialise that cannot reach the database keeps the
// cache, which is what answers the known clients until the database is back.
bool CachingStore::reinitialise(QString *error)
{
    if (!m_inner->reinitialise(error))
        return false;
    flush();
    return true;
}

} // namespace qsd
