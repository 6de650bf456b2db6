#include "consolesingletons.h"

namespace consolesingletons {

namespace {
Instances g_instances;
}

void provide(const Instances &instances)
{
    g_instances = instances;
}

const Instances &provided()
{
    return g_instances;
}

} // namespace consolesingletons
