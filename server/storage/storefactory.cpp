#include "storefactory.h"

#include "httpstore.h"
#include "inistore.h"
#include "networksqlstore.h"
#include "nullstore.h"
#include "sqlitestore.h"

namespace qsd {
namespace {

bool openSqlite(const StoreSettings &s, OpenedEngine *opened, QString *error)
{
    auto sqlite = std::make_unique<SqliteStore>(s.sqliteFile, s.lookup);
    if (!sqlite->open(error)) {
        *error = QStringLiteral("%1 ([database] sqlite_file in %2)").arg(*error, s.configFile);
        return false;
    }
    opened->description = sqlite->describe();
    opened->admin = sqlite.get();
    opened->store = std::move(sqlite);
    return true;
}

/// PostgreSQL and MySQL: the server thread's store edits, lists and listens; the lookups run in the pool's
/// lookup-only stores. A database that is down at start-up is an outage, not a failure: the server starts,
/// answers what its cache knows, and serves everyone once the database is back (a daemon may start before its
/// database).
bool openSqlServer(const StoreSettings &s, const SqlServerSettings &server, OpenedEngine *opened, QString *error)
{
    auto sql = std::make_unique<NetworkSqlStore>(server, s.lookup);
    if (!sql->openLazily(error, &opened->unreachable)) {
        *error = QStringLiteral("%1 ([database] %2_* in %3)").arg(*error, s.engine, s.configFile);
        return false;
    }
    if (s.knownOutage)
        sql->setKnownOutage(s.knownOutage);
    opened->description = sql->describe();
    opened->admin = sql.get();
    opened->store = std::move(sql);
    opened->workers = server.maximumConnections;
    opened->workerStore = [server, options = s.lookup] {
        auto worker = std::make_unique<NetworkSqlStore>(server, options);
        worker->setLookupOnly(true);
        QString error, unreachable;
        worker->openLazily(&error, &unreachable);   // settings were checked above; an outage shows in lookups
        return worker;
    };
    return true;
}

bool openPostgresql(const StoreSettings &s, OpenedEngine *opened, QString *error)
{
    return openSqlServer(s, s.postgresql, opened, error);
}

bool openMysql(const StoreSettings &s, OpenedEngine *opened, QString *error)
{
    return openSqlServer(s, s.mysql, opened, error);
}

/// Every lookup runs in the pool's stores; the server thread needs none (the engine cannot edit).
bool openHttp(const StoreSettings &s, OpenedEngine *opened, QString *)
{
    opened->description = HttpStore::description(s.http);
    opened->workers = s.httpMaximumConnections;
    opened->workerStore = [http = s.http] { return std::make_unique<HttpStore>(http); };
    return true;
}

bool openIni(const StoreSettings &s, OpenedEngine *opened, QString *error)
{
    auto ini = std::make_unique<IniStore>(s.iniFile);
    if (!ini->open(error)) {
        *error = QStringLiteral("%1 ([database] ini_file in %2)").arg(*error, s.configFile);
        return false;
    }
    opened->description = ini->describe();
    opened->store = std::move(ini);
    return true;
}

bool openNone(const StoreSettings &, OpenedEngine *opened, QString *)
{
    opened->store = std::make_unique<NullStore>();
    opened->description = opened->store->describe();
    return true;
}

using Opener = bool (*)(const StoreSettings &, OpenedEngine *, QString *);

const struct
{
    const char *name;
    Opener open;
} kEngines[] = {
    {"sqlite", openSqlite}, {"postgresql", openPostgresql}, {"mysql", openMysql},
    {"ini", openIni},       {"http", openHttp},             {"none", openNone},
};

QStringList engineNames()
{
    QStringList names;
    for (const auto &engine : kEngines)
        names << QLatin1String(engine.name);
    return names;
}

} // namespace

bool openEngine(const StoreSettings &settings, OpenedEngine *opened, QString *error)
{
    for (const auto &engine : kEngines) {
        if (settings.engine == QLatin1String(engine.name))
            return engine.open(settings, opened, error);
    }
    QStringList names = engineNames();
    const QString last = names.takeLast();
    *error = QStringLiteral("%1: [database] engine=%2 is not available in this version (use %3 or %4)")
                 .arg(settings.configFile, settings.engine, names.join(QStringLiteral(", ")), last);
    return false;
}

} // namespace qsd
