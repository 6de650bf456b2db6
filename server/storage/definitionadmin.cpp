#include "definitionadmin.h"

namespace qsd {

DefinitionAdmin::~DefinitionAdmin() = default;

} // namespace qsd
