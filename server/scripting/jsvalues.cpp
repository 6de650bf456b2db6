#include "jsvalues.h"

#include <QJSEngine>

namespace qsd::jsvalues {

std::optional<QByteArray> toBytes(const QJSValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const int length = value.property(QStringLiteral("length")).toInt();
    QByteArray out(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i) {
        const QJSValue item = value.property(quint32(i));
        if (!item.isNumber())
            return std::nullopt;
        const double d = item.toNumber();
        if (d < 0 || d > 255 || d != double(int(d)))
            return std::nullopt;
        out[i] = char(int(d));
    }
    return out;
}

QJSValue fromBytes(QJSEngine *engine, QByteArrayView bytes)
{
    QJSValue array = engine->newArray(uint(bytes.size()));
    for (qsizetype i = 0; i < bytes.size(); ++i)
        array.setProperty(quint32(i), int(quint8(bytes[i])));
    return array;
}

QVariant toNative(const QJSValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant::fromValue(nullptr);
    if (value.isBool())
        return value.toBool();
    if (value.isNumber())
        return value.toNumber();
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        const int length = value.property(QStringLiteral("length")).toInt();
        QVariantList list;
        list.reserve(length);
        for (int i = 0; i < length; ++i)
            list << toNative(value.property(quint32(i)));
        return list;
    }
    return value.toString();   // IPv4, MAC and anything else with a string form
}

} // namespace qsd::jsvalues
