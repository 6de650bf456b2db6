#include "readonlyadmin.h"

namespace qsd {

bool ReadOnlyAdmin::unsupported(const char *what, QString *error) const
{
    if (error)
        *error = QStringLiteral("%1 is read-only (%2 is not supported)").arg(m_description, QLatin1String(what));
    return false;
}

bool ReadOnlyAdmin::listSubnets(QList<SubnetRecord> *, QString *error)
{
    return unsupported("listing subnets", error);
}

bool ReadOnlyAdmin::listMaps(const MapQuery &, MapPage *, QString *error)
{
    return unsupported("listing maps", error);
}

bool ReadOnlyAdmin::addSubnet(const SubnetRecord &, const QString &, QString *error)
{
    return unsupported("adding a subnet", error);
}

bool ReadOnlyAdmin::updateSubnet(const QString &, int, const SubnetRecord &, const QString &, QString *error)
{
    return unsupported("changing a subnet", error);
}

bool ReadOnlyAdmin::deleteSubnet(const QString &, int, const QString &, QString *error)
{
    return unsupported("deleting a subnet", error);
}

bool ReadOnlyAdmin::addMap(const MapRecord &, const QString &, QString *error)
{
    return unsupported("adding a map", error);
}

bool ReadOnlyAdmin::updateMap(const MAC &, const MapRecord &, const QString &, QString *error)
{
    return unsupported("changing a map", error);
}

bool ReadOnlyAdmin::deleteMap(const MAC &, const QString &, QString *error)
{
    return unsupported("deleting a map", error);
}

bool ReadOnlyAdmin::applyBatch(const DefinitionBatch &, bool, const QString &, BatchResult *, QString *error)
{
    return unsupported("importing definitions", error);
}

bool ReadOnlyAdmin::listBlacklist(QList<BlacklistEntry> *, QString *error)
{
    return unsupported("a permanent blacklist", error);
}

bool ReadOnlyAdmin::addToBlacklist(const MAC &, const QString &, const QString &, QString *error)
{
    return unsupported("a permanent blacklist", error);
}

bool ReadOnlyAdmin::removeFromBlacklist(const MAC &, const QString &, QString *error)
{
    return unsupported("a permanent blacklist", error);
}

bool ReadOnlyAdmin::listAudit(int, int, QList<AuditRecord> *, QString *error)
{
    return unsupported("an audit log", error);
}

} // namespace qsd
