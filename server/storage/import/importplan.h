#pragma once

#include "importrecords.h"

#include <QList>
#include <QString>

namespace qsd::import {

enum class RowStatus { New, Update, Same, Conflict, Invalid };
QString statusName(RowStatus status);

struct PlannedRow
{
    ImportRow row;          ///< with the (subnet, serial) it resolves to
    RowStatus status = RowStatus::New;
    QString reason;         ///< conflict or invalid: why; update: what it was
};

struct PlannedSubnet
{
    ImportSubnet subnet;    ///< normalised when valid
    RowStatus status = RowStatus::New;   ///< New, Same, Conflict or Invalid
    QString reason;
};

/// Where rows without a subnet of their own go: `subnet` empty = the server's subnet containing the IP.
struct SubnetOverride
{
    QString subnet;
    int serial = 0;
};

/// An import compared with what a server has: each row and subnet classified, nothing written.
///
/// A row's (subnet, serial) is the override when given, else the file's, else the one subnet (of the server or
/// the file) whose CIDR contains the IP. Conflicts: unknown subnet (none, or several, contain the IP; or the
/// named one exists nowhere), IP outside its subnet (or outside the file's enclosing network), the same MAC or
/// the same IP (in one subnet) twice in the file — every such row is a conflict, not only the later ones —, an
/// IP the server gives to another MAC, a subnet the server has with other values. A MAC the server has is an
/// update, or `same` when nothing differs.
struct ImportPlan
{
    QList<PlannedSubnet> subnets;
    QList<PlannedRow> rows;

    int count(RowStatus status) const;
    /// Conflicts or invalid rows/subnets: a write is refused unless they are skipped.
    bool hasProblems() const;
    /// The subnets to add and the maps to add or update (problems left out).
    DefinitionBatch batch() const;
};

ImportPlan planImport(const ImportedFile &file, const QList<SubnetRecord> &serverSubnets, const QList<MapRecord> &serverMaps,
                      const SubnetOverride &override);

} // namespace qsd::import
