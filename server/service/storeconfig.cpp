#include "storeconfig.h"

namespace qsd {
namespace {

SqlServerSettings postgresql(const ServerConfig &c)
{
    SqlServerSettings s;
    s.server = SqlServer::PostgreSQL;
    s.host = c.postgresqlHost;
    s.port = c.postgresqlPort;
    s.database = c.postgresqlDatabase;
    s.username = c.postgresqlUsername;
    s.password = c.postgresqlPassword;
    s.sslmode = c.postgresqlSslmode;
    s.maximumConnections = c.postgresqlMaximumConnections;
    return s;
}

SqlServerSettings mysql(const ServerConfig &c)
{
    SqlServerSettings s;
    s.server = SqlServer::MySQL;
    s.host = c.mysqlHost;
    s.port = c.mysqlPort;
    s.database = c.mysqlDatabase;
    s.username = c.mysqlUsername;
    s.password = c.mysqlPassword;
    s.maximumConnections = c.mysqlMaximumConnections;
    return s;
}

HttpStoreSettings http(const ServerConfig &c)
{
    HttpStoreSettings s;
    s.uri = c.httpUri;
    s.post = c.httpPost;
    s.parameters = c.httpParameters;
    s.macKey = c.httpParameterKeyMac;
    s.headers = c.httpHeaders;
    s.defaults = {c.httpDefaultNameServers, quint32(c.httpDefaultLeaseTime), c.httpDefaultSerial};
    s.timeoutMs = c.httpTimeoutMs;
    return s;
}

} // namespace

StoreSettings storeSettings(const ServerConfig &config)
{
    StoreSettings s;
    s.configFile = config.file;
    s.engine = config.databaseEngine;
    s.lookup.case_insensitive_macs = config.caseInsensitiveMacs;
    s.lookup.extra_maps = config.extraMaps;
    s.lookup.extra_subnets = config.extraSubnets;
    s.sqliteFile = config.sqliteFile;
    s.postgresql = postgresql(config);
    s.mysql = mysql(config);
    s.iniFile = config.iniFile;
    s.http = http(config);
    s.httpMaximumConnections = config.httpMaximumConnections;
    s.lookupQueue = config.lookupQueue;
    s.useCache = config.useCache;
    s.cacheMaxAge = config.cacheMaxAge;
    s.diskCache = config.diskCache;
    s.diskCachePersistent = config.diskCachePersistent;
    return s;
}

} // namespace qsd
