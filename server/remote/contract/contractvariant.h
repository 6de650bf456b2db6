#pragma once

#include <QJsonObject>
#include <QVariant>
#include <QVariantMap>

/// A value of a type declared in management.rep (a POD, a list of them, a map of plain values) as the plain
/// QVariantMap/QVariantList it stands for: every field under its name, nested rows and lists converted alike,
/// through the type's staticMetaObject. A row whose fields are all at their defaults stands for "no row"
/// (management.rep) and is left out of the row that holds it. qstaticdhcpctl prints answers with it (--json),
/// and the tests read fields by name with it.
namespace contract {

QVariant toPlain(const QVariant &value);

template <typename Declared>
QVariantMap toMap(const Declared &value)
{
    return toPlain(QVariant::fromValue(value)).toMap();
}

template <typename Declared>
QJsonObject toJson(const Declared &value)
{
    return QJsonObject::fromVariantMap(toMap(value));
}

} // namespace contract
