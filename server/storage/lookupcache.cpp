#include "lookupcache.h"

#include <QDateTime>
#include <QDebug>

namespace qsd {

LookupCache::LookupCache()
{
    m_clock.start();
}

LookupCache::~LookupCache() = default;

void LookupCache::setDiskCache(std::unique_ptr<DiskCache> disk, bool memoryInFront)
{
    m_disk = std::move(disk);
    m_memory = memoryInFront || !m_disk;
    if (!m_memory)
        m_cache.clear();
}

void LookupCache::flush()
{
    m_cache.clear();
    ++m_generation;
    if (m_disk) {
        QString error;
        diskChecked(m_disk->clear(&error), error);
    }
}

std::optional<DiskCache::Entry> LookupCache::diskFind(const MAC &mac)
{
    if (!m_disk)
        return std::nullopt;
    QString error;
    std::optional<DiskCache::Entry> entry = m_disk->find(mac, &error);
    diskChecked(error.isEmpty(), error);
    return entry;
}

void LookupCache::diskStore(const MAC &mac, const LookupResult &result)
{
    if (!m_disk)
        return;
    QString error;
    diskChecked(result.found() ? m_disk->store(mac, result.definitions, &error) : m_disk->remove(mac, &error), error);
}

void LookupCache::diskChecked(bool ok, const QString &error)
{
    if (!ok && !m_diskFailing)
        qWarning().noquote() << QStringLiteral("%1 (lookups go to the database; further disk cache errors are not "
                                               "logged until it works again)").arg(error);
    m_diskFailing = !ok;
}

std::optional<LookupResult> LookupCache::cachedAnswer(const MAC &mac)
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

LookupResult LookupCache::remember(const MAC &mac, LookupResult answer, quint64 generation)
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

} // namespace qsd
