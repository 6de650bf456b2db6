#pragma once

#include "definition.h"
#include "protocol/mac.h"

#include <QList>
#include <QString>

#include <optional>

namespace qsd {

/// staticDHCPd's on-disk definitions cache (databases/_caching.py `DiskCache`, inventory §2 "Caching";
/// `[cache] disk_cache`, `[cache] disk_cache_persistent`): an SQLite file with staticDHCPd's two tables,
///
///     subnets(subnet TEXT, serial INTEGER, lease_time INTEGER, gateway TEXT, subnet_mask TEXT,
///             broadcast_address TEXT, ntp_servers TEXT, domain_name_servers TEXT, domain_name TEXT,
///             PRIMARY KEY(subnet, serial))
///     maps(mac INTEGER PRIMARY KEY, details TEXT)
///
/// where `maps.mac` is the MAC as a 48-bit integer and `details` a JSON list of `[ip, hostname, extra, subnet,
/// serial]`, one entry per definition. Our one addition is `qsd_cache_times(mac INTEGER PRIMARY KEY, cached_at
/// INTEGER)`, the time (ms since the epoch, UTC) each MAC was cached, so `[cache] max_age` applies to the file too;
/// a MAC without a time (a file written by staticDHCPd) counts as cached at the epoch.
///
/// The file is opened in WAL mode with synchronous=NORMAL: a write costs no fsync, yet a crash loses at most the
/// last writes, never the file. An existing file is used only if it holds these tables and no others; anything
/// else (another SQLite database, e.g. the definitions themselves, or not SQLite at all) is refused with an error
/// naming the file, since `clear()` would empty it.
///
/// Has its own named QSqlDatabase connection: use it from the thread that opened it.
class DiskCache
{
public:
    struct Entry
    {
        QList<Definition> definitions;
        qint64 cachedAtMs = 0;   ///< ms since the epoch, UTC (wall clock, so it survives a restart)
    };

    DiskCache();
    ~DiskCache();
    DiskCache(const DiskCache &) = delete;
    DiskCache &operator=(const DiskCache &) = delete;

    /// Opens (creating if needed) the cache file `path`; an empty path makes a temporary file in the system's
    /// temporary directory, deleted by close() (staticDHCPd's NamedTemporaryFile). Errors name the file.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }
    /// The file in use (the temporary one's name when opened with an empty path).
    QString path() const { return m_path; }
    bool isTemporary() const { return m_temporary; }

    /// The cached definitions of `mac`; nullopt when it is not cached, or on error (then `*error` says why;
    /// it is cleared otherwise).
    std::optional<Entry> find(const MAC &mac, QString *error);
    /// Caches `definitions` for `mac`, cached now, in one transaction: the subnet rows, then the map.
    bool store(const MAC &mac, const QList<Definition> &definitions, QString *error);
    /// Forgets `mac` (it has no definition any more).
    bool remove(const MAC &mac, QString *error);
    /// Forgets everything: staticDHCPd's reinitialise (`DELETE FROM` each table).
    bool clear(QString *error);
    /// Number of cached MACs; -1 on error.
    qsizetype size();

private:
    bool prepareSchema(QString *problem);
    bool fail(QString *error, const QString &problem) const;

    QString m_path;
    QString m_connectionName;   ///< empty: closed
    bool m_temporary = false;
};

} // namespace qsd
