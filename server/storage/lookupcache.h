#pragma once

#include "definitionstore.h"
#include "diskcache.h"

#include <QElapsedTimer>
#include <QHash>

#include <memory>
#include <optional>

namespace qsd {

/// staticDHCPd's in-process memory cache (`[cache] use_cache`; databases/_caching.py `MemoryCache`, inventory
/// §2 "Caching"): the answers of a store, by MAC. CachingStore puts it in front of a store's lookups in this
/// thread; for a network engine, whose lookups run in a LookupPool, the service asks it first and passes the
/// pool's answers to remember().
///
/// As in staticDHCPd, unknown MACs (no definition) and failed lookups are not cached, so a MAC added behind the
/// server's back is served without a reinitialise. The owner flushes it on a reinitialise, after every edit made
/// through the store's administration (DefinitionAdmin::setEditListener) and when another server changed a
/// shared PostgreSQL database (DefinitionStore::setChangeListener). Other edits made to the database show after
/// `maxAge` (`[cache] max_age`, the bound for MySQL, which has no notifications) or a reinitialise; with a max
/// age of 0 only after a reinitialise, as with staticDHCPd.
///
/// Not thread-safe, by design: the service calls it, and the stores behind it, from the server thread only. The
/// cache is unbounded, like staticDHCPd's. It may also be kept on disk: see setDiskCache().
class LookupCache
{
public:
    LookupCache();
    virtual ~LookupCache();
    LookupCache(const LookupCache &) = delete;
    LookupCache &operator=(const LookupCache &) = delete;

    /// Empties the cache.
    void flush();
    /// A cached answer older than `seconds` is read again from the inner store; 0: kept until flushed.
    void setMaxAge(int seconds) { m_maxAgeMs = qint64(seconds) * 1000; }
    int maxAge() const { return int(m_maxAgeMs / 1000); }
    /// Keeps the cache in an SQLite file too, chained as staticDHCPd chains its caches (inventory §2 "Caching"):
    /// - `memoryInFront` (`[cache] disk_cache_persistent` alone): MemoryCache over DiskCache. A memory miss reads
    ///   the file, a hit there back-fills memory, and every answer of the inner store is written to both; so a
    ///   restarted server starts warm, and serves the clients it knew even if the database is down.
    /// - otherwise (`[cache] disk_cache`): the DiskCache alone; nothing is kept in memory.
    /// `max_age` applies to the file as to memory, counted from when the entry was written (wall clock, so across
    /// restarts); an expired entry is still served while the inner store fails. flush() (so a reinitialise and
    /// every successful edit) empties the file too (staticDHCPd's reinitialise). Disk errors never fail a lookup:
    /// they are logged (once until the file works again) and the inner store answers.
    void setDiskCache(std::unique_ptr<DiskCache> disk, bool memoryInFront);
    DiskCache *diskCache() const { return m_disk.get(); }
    /// Number of MACs cached in memory.
    qsizetype size() const { return m_cache.size(); }
    /// Lookups answered from the cache, and lookups passed to the inner store, since construction.
    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

    /// Counted once per flush: an answer asked for before a flush is not remembered after it.
    quint64 generation() const { return m_generation; }

    /// The answer for `mac` when the cache holds a fresh one (a hit); nullopt otherwise (a miss: ask the inner
    /// store — the service does it in its LookupPool — and pass its answer to remember()).
    std::optional<LookupResult> cachedAnswer(const MAC &mac);
    /// Takes the inner store's answer for `mac`, asked for at generation `generation`, and returns what to use:
    /// the answer itself, remembered unless the cache was flushed meanwhile; for a failure, an expired entry of
    /// the MAC when there is one (cached clients are served through an outage).
    LookupResult remember(const MAC &mac, LookupResult answer, quint64 generation);

private:
    /// The disk cache's entry for `mac`, if there is a disk cache and it has one.
    std::optional<DiskCache::Entry> diskFind(const MAC &mac);
    /// Writes a found answer to the disk cache, or forgets the MAC there.
    void diskStore(const MAC &mac, const LookupResult &result);
    /// Logs a disk cache error, once until the file works again.
    void diskChecked(bool ok, const QString &error);

    struct Entry
    {
        QList<Definition> definitions;
        qint64 cachedAtMs;   ///< on m_clock
    };

    QHash<MAC, Entry> m_cache;
    QElapsedTimer m_clock;
    qint64 m_maxAgeMs = 0;
    quint64 m_generation = 0;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    std::unique_ptr<DiskCache> m_disk;   ///< [cache] disk_cache / disk_cache_persistent; null: memory only
    bool m_memory = true;                ///< false: the disk cache alone ([cache] disk_cache)
    bool m_diskFailing = false;
};

} // namespace qsd
