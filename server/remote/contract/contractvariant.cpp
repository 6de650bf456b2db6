#include "contractvariant.h"

#include <QAssociativeIterable>
#include <QMetaProperty>
#include <QSequentialIterable>

namespace contract {
namespace {

bool isRow(QMetaType type)
{
    return (type.flags() & QMetaType::IsGadget) && type.metaObject();
}

/// A declared row equal to a default-constructed one: "no row".
bool isEmptyRow(const QVariant &value)
{
    return isRow(value.metaType()) && value == QVariant(value.metaType());
}

} // namespace

QVariant toPlain(const QVariant &value)
{
    const QMetaType type = value.metaType();
    if (isRow(type)) {
        const QMetaObject *meta = type.metaObject();
        QVariantMap fields;
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            const QVariant field = property.readOnGadget(value.constData());
            if (!isEmptyRow(field))
                fields.insert(QString::fromLatin1(property.name()), toPlain(field));
        }
        return fields;
    }
    switch (type.id()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::QStringList:
        return value;
    default:
        break;
    }
    if (QMetaType::canView(type, QMetaType::fromType<QAssociativeIterable>())) {
        QVariantMap entries;
        const QAssociativeIterable map = value.value<QAssociativeIterable>();
        for (auto it = map.begin(); it != map.end(); ++it)
            entries.insert(it.key().toString(), toPlain(it.value()));
        return entries;
    }
    if (QMetaType::canView(type, QMetaType::fromType<QSequentialIterable>())) {
        QVariantList items;
        for (const QVariant &item : value.value<QSequentialIterable>())
            items.append(toPlain(item));
        return items;
    }
    return value;
}

} // namespace contract
