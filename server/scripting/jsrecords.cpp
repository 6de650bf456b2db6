#include "jsrecords.h"

#include "jspacket.h"
#include "jsvalues.h"
#include "protocol/dhcppacket.h"

#include <QJSEngine>

#include <limits>
#include <type_traits>

namespace qsd {
namespace {

/// The type of the member a member pointer names.
template<class M>
struct MemberType;
template<class Record, class T>
struct MemberType<T Record::*>
{
    using type = T;
};

template<class Field>
FieldKind kindOf(const Field &field)
{
    return std::visit([&](auto member) {
        using T = typename MemberType<decltype(member)>::type;
        if constexpr (std::is_same_v<T, IPv4> || std::is_same_v<T, std::optional<IPv4>>)
            return FieldKind::Address;
        else if constexpr (std::is_same_v<T, QList<IPv4>>)
            return FieldKind::Addresses;
        else if constexpr (std::is_same_v<T, QString>)
            return field.presence == Presence::Required ? FieldKind::Text : FieldKind::OptionalText;
        else if constexpr (std::is_same_v<T, std::optional<MAC>>)
            return FieldKind::Mac;
        else if constexpr (std::is_same_v<T, bool>)
            return FieldKind::Boolean;
        else if constexpr (std::is_integral_v<T>)
            return FieldKind::Integer;
        else if constexpr (std::is_floating_point_v<T>)
            return FieldKind::Number;
        else if constexpr (std::is_same_v<T, QVariantMap>)
            return FieldKind::Data;
        else
            static_assert(!sizeof(T), "a member type without a FieldKind");
    }, field.member);
}

/// An Integer field's largest value: its type's.
template<class Field>
double largestOf(const Field &field)
{
    return std::visit([](auto member) {
        using T = typename MemberType<decltype(member)>::type;
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
            return double(std::numeric_limits<T>::max());
        else
            return 0.0;
    }, field.member);
}

template<class Field, size_t N>
QJSValue describe(QJSEngine *engine, const Field (&fields)[N])
{
    QJSValue list = engine->newArray(uint(N));
    for (size_t i = 0; i < N; ++i) {
        const Field &f = fields[i];
        QJSValue row = engine->newObject();
        row.setProperty(QStringLiteral("name"), QLatin1String(f.name));
        row.setProperty(QStringLiteral("kind"), QLatin1String(fieldKindName(kindOf(f))));
        row.setProperty(QStringLiteral("required"), f.presence == Presence::Required);
        row.setProperty(QStringLiteral("limit"), f.limit);
        row.setProperty(QStringLiteral("largest"), largestOf(f));
        list.setProperty(quint32(i), row);
    }
    return list;
}

// --- C++ → JavaScript: the plain value of each kind -------------------------------------------------------------

QJSValue plain(QJSEngine *, IPv4 ip) { return double(ip.toUInt32()); }
QJSValue plain(QJSEngine *, const std::optional<IPv4> &ip) { return jsvalues::optionalIp(ip); }
QJSValue plain(QJSEngine *, const QString &text) { return text; }
QJSValue plain(QJSEngine *, const std::optional<MAC> &mac) { return mac ? mac->toString() : QString(); }
QJSValue plain(QJSEngine *, bool b) { return b; }
QJSValue plain(QJSEngine *, double d) { return d; }
template<class T, class = std::enable_if_t<std::is_integral_v<T>>>
QJSValue plain(QJSEngine *, T n) { return double(n); }

QJSValue plain(QJSEngine *engine, const QList<IPv4> &ips)
{
    QJSValue list = engine->newArray(uint(ips.size()));
    for (int i = 0; i < ips.size(); ++i)
        list.setProperty(quint32(i), double(ips[i].toUInt32()));
    return list;
}

QJSValue plain(QJSEngine *engine, const QVariantMap &data)
{
    return data.isEmpty() ? QJSValue(QJSValue::NullValue) : engine->toScriptValue(data);
}

template<class Record, class Field, size_t N>
QJSValueList arguments(QJSEngine *engine, const Field (&fields)[N], const Record &record)
{
    QJSValueList out;
    out.reserve(qsizetype(N));
    for (const Field &f : fields)
        out << std::visit([&](auto member) { return plain(engine, record.*member); }, f.member);
    return out;
}

// --- JavaScript → C++: a hook's value by the member's type; false if it is not valid -----------------------------

bool isAbsent(const QJSValue &v) { return v.isNull() || v.isUndefined(); }

bool read(const QJSValue &v, const DefinitionField &, IPv4 &out)
{
    const auto ip = ipFromJs(v);
    if (!ip || ip->isUnspecified())
        return false;
    out = *ip;
    return true;
}

bool read(const QJSValue &v, const DefinitionField &, std::optional<IPv4> &out)
{
    if (isAbsent(v))
        return out.reset(), true;
    out = ipFromJs(v);
    return out.has_value();
}

bool read(const QJSValue &v, const DefinitionField &field, QList<IPv4> &out)
{
    out.clear();
    if (isAbsent(v))
        return true;
    if (!v.isArray())
        return false;
    const int length = v.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i) {
        const auto ip = ipFromJs(v.property(quint32(i)));
        if (!ip)
            return false;
        if (field.limit == 0 || out.size() < field.limit)
            out << *ip;
    }
    return true;
}

bool read(const QJSValue &v, const DefinitionField &, QString &out)
{
    out = isAbsent(v) ? QString() : v.toString();
    return true;
}

template<class T, class = std::enable_if_t<std::is_integral_v<T>>>
bool read(const QJSValue &v, const DefinitionField &field, T &out)
{
    if (isAbsent(v) && field.presence == Presence::Optional)
        return out = 0, true;
    const double d = v.toNumber();
    if (!v.isNumber() || !(d >= 0 && d <= double(std::numeric_limits<T>::max())))
        return false;
    out = T(d);
    return true;
}

bool read(const QJSValue &v, const DefinitionField &, QVariantMap &out)
{
    out.clear();
    if (!v.isObject())   // null, or (only a changed Definition can hold one) not an object: no extra data
        return true;
    const auto data = jsvalues::toData(v);
    if (!data)
        return false;
    out = data->toMap();
    return true;
}

} // namespace

const char *fieldKindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Address: return "address";
    case FieldKind::Addresses: return "addresses";
    case FieldKind::Text: return "text";
    case FieldKind::OptionalText: return "optionalText";
    case FieldKind::Mac: return "mac";
    case FieldKind::Integer: return "integer";
    case FieldKind::Number: return "number";
    case FieldKind::Boolean: return "boolean";
    case FieldKind::Data: return "data";
    }
    return "";
}

QJSValue describeDefinitionFields(QJSEngine *engine)
{
    return describe(engine, kDefinitionFields);
}

QJSValue describeStatsFields(QJSEngine *engine)
{
    return describe(engine, kStatsFields);
}

QJSValueList definitionArguments(QJSEngine *engine, const Definition &d)
{
    return arguments(engine, kDefinitionFields, d);
}

QJSValueList statsArguments(QJSEngine *engine, const StatsRecord &r)
{
    return arguments(engine, kStatsFields, r);
}

std::optional<Definition> definitionFromJs(const QJSValue &v, QString *error)
{
    Definition d;
    for (const DefinitionField &field : kDefinitionFields) {
        const QJSValue value = v.property(QLatin1String(field.name));
        const bool valid = std::visit([&](auto member) { return read(value, field, d.*member); }, field.member);
        if (valid)
            continue;
        if (std::holds_alternative<QVariantMap Definition::*>(field.member)) {
            *error = QStringLiteral("the definition's %1 is not data (nested deeper than %2, or a list longer than %3)")
                         .arg(QLatin1String(field.name)).arg(jsvalues::MaximumDataNesting).arg(DhcpPacket::MaximumOptionLength);
        } else {
            *error = QStringLiteral("the definition's %1 is not valid: %2").arg(QLatin1String(field.name), value.toString());
        }
        return std::nullopt;
    }
    return d;
}

} // namespace qsd
