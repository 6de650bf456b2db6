#include "definitionstore.h"

namespace qsd {

DefinitionStore::~DefinitionStore() = default;

bool DefinitionStore::isEditable() const
{
    return false;
}

bool DefinitionStore::unsupported(const char *what, QString *error) const
{
    if (error)
        *error = QStringLiteral("%1 is read-only (%2 is not supported)").arg(describe(), QLatin1String(what));
    return false;
}

bool DefinitionStore::listSubnets(QList<SubnetRecord> *, QString *error)
{
    return unsupported("listing subnets", error);
}

bool DefinitionStore::listMaps(const MapQuery &, MapPage *, QString *error)
{
    return unsupported("listing maps", error);
}

bool DefinitionStore::addSubnet(const SubnetRecord &, const QString &, QString *error)
{
    return unsupported("adding a subnet", error);
}

bool DefinitionStore::updateSubnet(const QString &, int, const SubnetRecord &, const QString &, QString *error)
{
    return unsupported("changing a subnet", error);
}

bool DefinitionStore::deleteSubnet(const QString &, int, const QString &, QString *error)
{
    return unsupported("deleting a subnet", error);
}

bool DefinitionStore::addMap(const MapRecord &, const QString &, QString *error)
{
    return unsupported("adding a map", error);
}

bool DefinitionStore::updateMap(const MAC &, const MapRecord &, const QString &, QString *error)
{
    return unsupported("changing a map", error);
}

bool DefinitionStore::deleteMap(const MAC &, const QString &, QString *error)
{
    return unsupported("deleting a map", error);
}

bool DefinitionStore::applyBatch(const DefinitionBatch &, bool, const QString &, BatchResult *, QString *error)
{
    return unsupported("importing definitions", error);
}

bool DefinitionStore::listBlacklist(QList<BlacklistEntry> *, QString *error)
{
    return unsupported("a permanent blacklist", error);
}

bool DefinitionStore::addToBlacklist(const MAC &, const QString &, const QString &, QString *error)
{
    return unsupported("a permanent blacklist", error);
}

bool DefinitionStore::removeFromBlacklist(const MAC &, const QString &, QString *error)
{
    return unsupported("a permanent blacklist", error);
}

bool DefinitionStore::listAudit(int, int, QList<AuditRecord> *, QString *error)
{
    return unsupported("an audit log", error);
}

} // namespace qsd
