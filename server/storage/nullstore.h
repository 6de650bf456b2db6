#pragma once

#include "definitionstore.h"

namespace qsd {

/// `[database] engine = none`: no definitions at all; every client comes from the handleUnknownMAC hook
/// (staticDHCPd's generic.Null).
class NullStore final : public DefinitionStore
{
public:
    QString describe() const override { return QStringLiteral("no database (hooks only)"); }
    LookupResult lookupMAC(const MAC &) override { return {}; }
    bool reinitialise(QString *) override { return true; }
};

} // namespace qsd
