#pragma once

#include "definitionadmin.h"
#include "definitionstore.h"
#include "lookuppool.h"
#include "storesettings.h"

#include <memory>

namespace qsd {

/// What the factory of one `[database] engine` opens, before StoreStack puts the cache and the lookup pool in
/// front of it.
struct OpenedEngine
{
    std::unique_ptr<DefinitionStore> store;   ///< the engine's store in the server thread; null: none is needed there (http)
    DefinitionAdmin *admin = nullptr;         ///< `store`'s administration (owned by `store`); null: the engine cannot edit
    QString description;                      ///< describe() of the engine's store: "SQLite database /var/lib/…"
    /// PostgreSQL, MySQL and HTTP: the lookups run in a LookupPool of `workers` threads, each with a store of this.
    LookupPool::StoreFactory workerStore;
    int workers = 0;
    QString unreachable;                      ///< the database could not be reached at start-up: why (an outage)
};

/// Opens `settings.engine`: one small function per engine (sqlite, postgresql, mysql, ini, http, none). False
/// with an error naming the key and the configuration file when it cannot open, or when no engine has that name.
bool openEngine(const StoreSettings &settings, OpenedEngine *opened, QString *error);

} // namespace qsd
