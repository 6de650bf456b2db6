#pragma once

#include <QList>
#include <QMetaObject>
#include <QMetaProperty>
#include <QStringList>
#include <QVariantList>

#include "contractvariant.h"

/// Rows of management.rep's declared types (its PODs: Q_GADGETs with one property per field) as the console's
/// RowsModels and QML read them: plain maps whose keys are the fields' names (contract::toPlain). The names come
/// from the types themselves, so a field renamed in the .rep is renamed here too; C++ reads the typed fields.
namespace consolevalues {

/// The field names of a declared row, in declaration order: the roles of a RowsModel of such rows.
template <typename Row>
QStringList fieldNames()
{
    QStringList names;
    const QMetaObject &meta = Row::staticMetaObject;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
        names.append(QString::fromLatin1(meta.property(i).name()));
    return names;
}

/// Declared rows as plain maps (RowsModel::setRows).
template <typename Row>
QVariantList plainRows(const QList<Row> &rows)
{
    QVariantList out;
    out.reserve(rows.size());
    for (const Row &row : rows)
        out.append(contract::toMap(row));
    return out;
}

} // namespace consolevalues
