#include "cachingstore.h"

#include <QDateTime>
#include <QDebug>

namespace qsd {

CachingStore::CachingStore(std::unique_ptr<DefinitionStore> inner) : m_inner(std::move(inner))
{
    m_clock.start();
    // Another server changed the shared database: what we remember may be wrong.
    m_inner->setChangeListener([this](const StoreChange &change) {
        flush();
        announceChange(change);
    });
    // The database went away: passed on, and the cache kept (it serves the known clients meanwhile).
    m_inner->setOutageListener([this](const QString &problem) { announceOutage(problem); });
}

CachingStore::~CachingStore() = default;

void CachingStore::setDiskCache(std::unique_ptr<DiskCache> disk, bool memoryInFront)
{
    m_disk = std::move(disk);
    m_memory = memoryInFront || !m_disk;
    if (!m_memory)
        m_cache.clear();
}

void CachingStore::flush()
{
    m_cache.clear();
    ++m_generation;
    if (m_disk) {
        QString error;
        diskChecked(m_disk->clear(&error), error);
    }
}

std::optional<DiskCache::Entry> CachingStore::diskFind(const MAC &mac)
{
    if (!m_disk)
        return std::nullopt;
    QString error;
    std::optional<DiskCache::Entry> entry = m_disk->find(mac, &error);
    diskChecked(error.isEmpty(), error);
    return entry;
}

void CachingStore::diskStore(const MAC &mac, const LookupResult &result)
{
    if (!m_disk)
        return;
    QString error;
    diskChecked(result.found() ? m_disk->store(mac, result.definitions, &error) : m_disk->remove(mac, &error), error);
}

void CachingStore::diskChecked(bool ok, const QString &error)
{
    if (!ok && !m_diskFailing)
        qWarning().noquote() << QStringLiteral("%1 (lookups go to the database; further disk cache errors are not "
                                               "logged until it works again)").arg(error);
    m_diskFailing = !ok;
}

bool CachingStore::flushIf(bool ok)
{
    if (ok)
        flush();
    return ok;
}

QString CachingStore::describe() const
{
    return m_inner->describe();
}

LookupResult CachingStore::lookupMAC(const MAC &mac)
{
    if (auto answer = cachedAnswer(mac))
        return *std::move(answer);
    return remember(mac, m_inner->lookupMAC(mac), m_generation);
}

std::optional<LookupResult> CachingStore::cachedAnswer(const MAC &mac)
{
    const qint64 now = m_clock.elapsed();
    const auto cached = m_cache.constFind(mac);
    if (cached != m_cache.constEnd() && (m_maxAgeMs <= 0 || now - cached->cachedAtMs < m_maxAgeMs)) {
        ++m_hits;
        return LookupResult{cached->definitions, QString()};
    }
    // Disk cache: a memory miss reads the file; a fresh entry there is a hit and back-fills memory.
    const std::optional<DiskCache::Entry> onDisk = diskFind(mac);
    const qint64 diskAgeMs = onDisk ? QDateTime::currentMSecsSinceEpoch() - onDisk->cachedAtMs : 0;
    if (onDisk && (m_maxAgeMs <= 0 || (diskAgeMs >= 0 && diskAgeMs < m_maxAgeMs))) {   // < 0: the clock went back
        ++m_hits;
        if (m_memory)
            m_cache.insert(mac, Entry{onDisk->definitions, now - diskAgeMs});
        return LookupResult{onDisk->definitions, QString()};
    }
    ++m_misses;
    return std::nullopt;
}

LookupResult CachingStore::remember(const MAC &mac, LookupResult answer, quint64 generation)
{
    const auto cached = m_cache.constFind(mac);
    if (answer.failed()) {
        // The database is unreachable: an expired answer is better than none (the outage is the store's to report).
        if (cached != m_cache.constEnd())
            return LookupResult{cached->definitions, QString()};
        if (const std::optional<DiskCache::Entry> onDisk = diskFind(mac))   // e.g. just restarted with the database down
            return LookupResult{onDisk->definitions, QString()};
        return answer;
    }
    if (generation != m_generation)
        return answer;   // read before an edit or a reinitialise flushed the cache: use it once, do not keep it
    if (answer.found() && m_memory)
        m_cache.insert(mac, Entry{answer.definitions, m_clock.elapsed()});
    else if (cached != m_cache.constEnd())
        m_cache.remove(mac);   // expired, and deleted meanwhile
    diskStore(mac, answer);
    return answer;
}

// staticDHCPd flushes first, whatever happens; here a reinitialise that cannot reach the database keeps the
// cache, which is what answers the known clients until the database is back.
bool CachingStore::reinitialise(QString *error)
{
    return flushIf(m_inner->reinitialise(error));
}

bool CachingStore::isEditable() const
{
    return m_inner->isEditable();
}

bool CachingStore::listSubnets(QList<SubnetRecord> *subnets, QString *error)
{
    return m_inner->listSubnets(subnets, error);
}

bool CachingStore::listMaps(const MapQuery &query, MapPage *page, QString *error)
{
    return m_inner->listMaps(query, page, error);
}

bool CachingStore::addSubnet(const SubnetRecord &subnet, const QString &who, QString *error)
{
    return flushIf(m_inner->addSubnet(subnet, who, error));
}

bool CachingStore::updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                                QString *error)
{
    return flushIf(m_inner->updateSubnet(subnet, serial, changed, who, error));
}

bool CachingStore::deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error)
{
    return flushIf(m_inner->deleteSubnet(subnet, serial, who, error));
}

bool CachingStore::addMap(const MapRecord &map, const QString &who, QString *error)
{
    return flushIf(m_inner->addMap(map, who, error));
}

bool CachingStore::updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error)
{
    return flushIf(m_inner->updateMap(mac, changed, who, error));
}

bool CachingStore::deleteMap(const MAC &mac, const QString &who, QString *error)
{
    return flushIf(m_inner->deleteMap(mac, who, error));
}

bool CachingStore::listBlacklist(QList<BlacklistEntry> *entries, QString *error)
{
    return m_inner->listBlacklist(entries, error);
}

bool CachingStore::addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error)
{
    return flushIf(m_inner->addToBlacklist(mac, reason, who, error));
}

bool CachingStore::removeFromBlacklist(const MAC &mac, const QString &who, QString *error)
{
    return flushIf(m_inner->removeFromBlacklist(mac, who, error));
}

bool CachingStore::listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error)
{
    return m_inner->listAudit(limit, offset, records, error);
}

bool CachingStore::applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                            QString *error)
{
    const bool done = m_inner->applyBatch(batch, dryRun, who, result, error);
    return dryRun ? done : flushIf(done);
}

} // namespace qsd
