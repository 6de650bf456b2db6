#pragma once

#include "engine/config.h"
#include "storage/storesettings.h"

namespace qsd {

/// The `[database]` and `[cache]` keys of `config`, as the storage layer takes them (StoreStack::open).
/// The service adds its outage (StoreSettings::knownOutage).
StoreSettings storeSettings(const ServerConfig &config);

} // namespace qsd
