#pragma once

#include "httpstore.h"
#include "lookupquery.h"
#include "networksqlstore.h"

#include <QString>

#include <functional>

namespace qsd {

/// The `[database]` and `[cache]` settings that openEngine() and StoreStack::open() need, as plain values: the
/// storage layer does not know the configuration file's loader (the service fills this from ServerConfig).
struct StoreSettings
{
    QString configFile;                 ///< the configuration file, named in errors: "… ([database] ini_file in FILE)"

    // [database]
    QString engine;                     ///< sqlite, postgresql, mysql, ini, http or none
    LookupOptions lookup;               ///< case_insensitive_macs, extra_maps, extra_subnets (the SQL engines)
    QString sqliteFile;
    SqlServerSettings postgresql;       ///< postgresql_*
    SqlServerSettings mysql;            ///< mysql_*
    QString iniFile;
    HttpStoreSettings http;             ///< http_*
    int httpMaximumConnections = 4;     ///< the HTTP engine's lookup workers
    int lookupQueue = 256;              ///< network engines: lookups that may wait for a worker

    // [cache]
    bool useCache = false;
    int cacheMaxAge = 60;               ///< [cache] max_age, seconds
    bool diskCache = false;             ///< the disk cache alone (diskCachePersistent, or a temporary file)
    QString diskCachePersistent;        ///< the cache file that survives restarts; alone: memory in front of it

    /// The service's view of the network database's outage: non-empty while it is unreachable, saying why. The
    /// PostgreSQL or MySQL store of the server thread asks it before reconnecting (NetworkSqlStore::setKnownOutage).
    std::function<QString()> knownOutage;
};

} // namespace qsd
