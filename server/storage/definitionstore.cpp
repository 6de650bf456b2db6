#include "definitionstore.h"

namespace qsd {

DefinitionStore::~DefinitionStore() = default;

} // namespace qsd
