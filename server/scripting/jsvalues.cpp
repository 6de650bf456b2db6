#include "jsvalues.h"

#include "protocol/dhcppacket.h"

#include <QJSEngine>
#include <QJSValueIterator>

namespace qsd::jsvalues {
namespace {

constexpr int MaximumNesting = 4;   // option types nest lists at most two deep (routes, classless routes)

/// An array's length when it fits an option, else -1 (a sparse `new Array(4e9)` costs a hook nothing).
int boundedLength(const QJSValue &array)
{
    const double length = array.property(QStringLiteral("length")).toNumber();
    return length >= 0 && length <= DhcpPacket::MaximumOptionLength ? int(length) : -1;
}

QVariant toNative(const QJSValue &value, int depth)
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
        const int length = boundedLength(value);
        if (length < 0 || depth >= MaximumNesting)
            return QVariant();
        QVariantList list;
        list.reserve(length);
        for (int i = 0; i < length; ++i)
            list << toNative(value.property(quint32(i)), depth + 1);
        return list;
    }
    return value.toString();   // IPv4, MAC and anything else with a string form
}

} // namespace

std::optional<QByteArray> toBytes(const QJSValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const int length = boundedLength(value);
    if (length < 0)
        return std::nullopt;
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

double lengthOf(const QJSValue &value)
{
    if (value.isString())
        return double(value.toString().size());   // the engine's string, shared: no copy
    if (value.isArray())
        return value.property(QStringLiteral("length")).toNumber();
    return 0;
}

QVariant toNative(const QJSValue &value)
{
    return toNative(value, 0);
}

std::optional<QVariant> toData(const QJSValue &value, int depth)
{
    if (value.isNull() || value.isUndefined())
        return QVariant::fromValue(nullptr);
    if (value.isBool() || value.isNumber() || value.isString())
        return value.toVariant();
    if (value.isCallable() || !value.isObject() || value.isDate() || value.isRegExp() || value.isQObject())
        return QVariant(value.toString());
    if (depth >= MaximumDataNesting)
        return std::nullopt;
    if (value.isArray()) {
        const int length = boundedLength(value);
        if (length < 0)
            return std::nullopt;
        QVariantList list;
        list.reserve(length);
        for (int i = 0; i < length; ++i) {
            auto item = toData(value.property(quint32(i)), depth + 1);
            if (!item)
                return std::nullopt;
            list << *item;
        }
        return list;
    }
    QVariantMap map;
    QJSValueIterator it(value);
    while (it.hasNext()) {
        it.next();
        auto item = toData(it.value(), depth + 1);
        if (!item)
            return std::nullopt;
        map.insert(it.name(), *item);
    }
    return map;
}

} // namespace qsd::jsvalues
