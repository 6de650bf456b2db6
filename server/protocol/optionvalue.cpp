#include "optionvalue.h"

#include "ipv4.h"

#include <QStringDecoder>
#include <QtEndian>

namespace qsd::OptionValue {
namespace {

/// (fixed length, minimum length, multiple) per type: libpydhcpserver's DHCP_FIELDS_SPECS.
struct LengthSpec
{
    int fixed;
    int minimum;
    int multiple;
};

LengthSpec lengthSpec(OptionType type)
{
    switch (type) {
    case OptionType::IPv4: return {4, 0, 1};
    case OptionType::IPv4Plus: return {0, 4, 4};
    case OptionType::IPv4Star: return {0, 0, 4};
    case OptionType::Byte: return {1, 0, 1};
    case OptionType::BytePlus: return {0, 1, 1};
    case OptionType::String: return {0, 0, 1};
    case OptionType::Bool: return {1, 0, 1};
    case OptionType::UInt16: return {2, 0, 1};
    case OptionType::UInt16Plus: return {0, 2, 2};
    case OptionType::UInt32: return {4, 0, 1};
    case OptionType::UInt32Plus: return {0, 4, 4};
    case OptionType::Identifier: return {0, 2, 1};
    case OptionType::None: return {0, 0, 1};
    case OptionType::Rfc:
    case OptionType::Unassigned:
    case OptionType::Reserved:
    case OptionType::Count: break;
    }
    return {0, 0, 1};
}

/// `d` as a number of at most `bits` bits, if it is a whole number in range (JavaScript's numbers are doubles).
std::optional<quint32> unsignedOf(double d, int bits)
{
    const double max = bits == 32 ? 4294967295.0 : double((1u << bits) - 1);
    if (!(d >= 0 && d <= max) || d != double(quint64(d)))   // NaN fails the first test, before the cast
        return std::nullopt;
    return quint32(d);
}

/// A number of at most `bits` bits from a QVariant holding an integer (or a whole double).
std::optional<quint32> toUnsigned(const QVariant &v, int bits)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || v.typeId() == QMetaType::QString || v.typeId() == QMetaType::Bool)
        return std::nullopt;
    return unsignedOf(d, bits);
}

/// `n` as `bits` / 8 big-endian bytes.
void appendNumber(QByteArray &out, quint32 n, int bits)
{
    char buf[4];
    if (bits == 8)
        out += char(n);
    else if (bits == 16)
        out += QByteArrayView(buf, (qToBigEndian(quint16(n), buf), 2));
    else
        out += QByteArrayView(buf, (qToBigEndian(n, buf), 4));
}

bool isList(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList;
}

std::optional<QByteArray> encodeAddresses(const QVariant &value, QString *error)
{
    QStringList items;
    if (value.typeId() == QMetaType::QString) {
        items = value.toString().split(u',', Qt::SkipEmptyParts);
    } else if (isList(value)) {
        const QVariantList list = value.toList();
        bool numbers = !list.isEmpty();
        for (const QVariant &item : list)
            numbers = numbers && item.typeId() != QMetaType::QString;
        if (numbers)   // a flat list of byte values
            return listToBytes(list);
        for (const QVariant &item : list)
            items << item.toString();
    } else {
        if (error)
            *error = QStringLiteral("expected IPv4 addresses");
        return std::nullopt;
    }
    QByteArray out;
    for (const QString &item : std::as_const(items)) {
        const auto ip = IPv4::fromString(item);
        if (!ip) {
            if (error)
                *error = QStringLiteral("'%1' is not an IPv4 address").arg(item.trimmed());
            return std::nullopt;
        }
        out += ip->toBytes();
    }
    return out;
}

std::optional<QByteArray> encodeNumbers(const QVariant &value, int bits, QString *error)
{
    const QVariantList list = isList(value) ? value.toList() : QVariantList{value};
    QByteArray out;
    for (const QVariant &item : list) {
        const auto n = toUnsigned(item, bits);
        if (!n) {
            if (error)
                *error = QStringLiteral("'%1' is not a %2-bit unsigned number").arg(item.toString()).arg(bits);
            return std::nullopt;
        }
        appendNumber(out, *n, bits);
    }
    return out;
}

QVariant decodeNumbers(QByteArrayView bytes, int width, bool single)
{
    QVariantList list;
    for (qsizetype i = 0; i + width <= bytes.size(); i += width) {
        const char *p = bytes.data() + i;
        list << (width == 1 ? uint(quint8(*p)) : width == 2 ? uint(qFromBigEndian<quint16>(p)) : qFromBigEndian<quint32>(p));
    }
    return single ? list.value(0) : QVariant(list);
}

} // namespace

bool isValidLength(OptionType type, qsizetype length)
{
    const LengthSpec spec = lengthSpec(type);
    if (spec.fixed)
        return length == spec.fixed;
    return length >= spec.minimum && length % spec.multiple == 0;
}

QVariant decode(OptionType type, QByteArrayView bytes)
{
    if (!isValidLength(type, bytes.size()))
        return {};
    switch (type) {
    case OptionType::IPv4:
        return IPv4::fromWire(bytes.data()).toString();
    case OptionType::IPv4Plus:
    case OptionType::IPv4Star: {
        QStringList ips;
        for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4)
            ips << IPv4::fromWire(bytes.data() + i).toString();
        return ips;
    }
    case OptionType::Byte: return decodeNumbers(bytes, 1, true);
    case OptionType::UInt16: return decodeNumbers(bytes, 2, true);
    case OptionType::UInt16Plus: return decodeNumbers(bytes, 2, false);
    case OptionType::UInt32: return decodeNumbers(bytes, 4, true);
    case OptionType::UInt32Plus: return decodeNumbers(bytes, 4, false);
    case OptionType::Bool:
        if (quint8(bytes[0]) > 1)
            return {};
        return bytes[0] != 0;
    case OptionType::String: {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes);
        if (utf8.hasError())
            return {};
        return text;
    }
    case OptionType::None:
        return QVariant::fromValue(nullptr);
    case OptionType::BytePlus:
    case OptionType::Identifier:
    case OptionType::Rfc:
    case OptionType::Unassigned:
    case OptionType::Reserved:
    case OptionType::Count:
        break;
    }
    return bytesToList(bytes);
}

std::optional<QByteArray> encode(OptionType type, const QVariant &value, QString *error)
{
    std::optional<QByteArray> out;
    if (value.typeId() == QMetaType::QByteArray) {
        out = value.toByteArray();
    } else {
        switch (type) {
        case OptionType::IPv4:
        case OptionType::IPv4Plus:
        case OptionType::IPv4Star:
            out = encodeAddresses(value, error);
            break;
        case OptionType::Byte:
            out = isList(value) ? listToBytes(value.toList()) : encodeNumbers(value, 8, error);
            break;
        case OptionType::UInt16:
        case OptionType::UInt16Plus:
            out = encodeNumbers(value, 16, error);
            break;
        case OptionType::UInt32:
        case OptionType::UInt32Plus:
            out = encodeNumbers(value, 32, error);
            break;
        case OptionType::Bool:
            if (value.typeId() == QMetaType::Bool)
                out = QByteArray(1, value.toBool() ? '\1' : '\0');
            else
                out = isList(value) ? listToBytes(value.toList()) : encodeNumbers(value, 8, error);
            break;
        case OptionType::String:
            out = isList(value) ? listToBytes(value.toList()) : std::optional(value.toString().toUtf8());
            break;
        case OptionType::None:
            out = (value.isNull() || value.typeId() == QMetaType::Bool || value.typeId() == QMetaType::Nullptr)
                      ? QByteArray()
                      : (isList(value) ? listToBytes(value.toList()) : std::nullopt);
            break;
        case OptionType::BytePlus:
        case OptionType::Identifier:
        case OptionType::Rfc:
        case OptionType::Unassigned:
        case OptionType::Reserved:
        case OptionType::Count:
            out = isList(value) ? listToBytes(value.toList()) : std::nullopt;
            break;
        }
        if (!out && error && error->isEmpty())
            *error = QStringLiteral("cannot convert '%1' to %2").arg(value.toString(), OptionTable::typeName(type));
    }
    if (out && !isValidLength(type, out->size())) {
        if (error)
            *error = QStringLiteral("a value of %1 bytes is not a valid %2").arg(out->size()).arg(OptionTable::typeName(type));
        return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> encode(OptionType type, double number, QString *error)
{
    int bits = 0;
    switch (type) {
    case OptionType::Byte:
    case OptionType::Bool:
        bits = 8;
        break;
    case OptionType::UInt16:
    case OptionType::UInt16Plus:
        bits = 16;
        break;
    case OptionType::UInt32:
    case OptionType::UInt32Plus:
        bits = 32;
        break;
    default:
        break;
    }
    const std::optional<quint32> n = bits ? unsignedOf(number, bits) : std::nullopt;
    if (!n)
        return encode(type, QVariant(number), error);   // other types, and the error message
    QByteArray out;
    appendNumber(out, *n, bits);
    return out;
}

std::optional<QByteArray> encode(OptionType type, const QString &text, QString *error)
{
    if (type != OptionType::String)
        return encode(type, QVariant(text), error);
    QByteArray out = text.toUtf8();
    if (!isValidLength(type, out.size()))
        return encode(type, QVariant(text), error);   // the error message
    return out;
}

QVariant decode(quint8 code, QByteArrayView bytes)
{
    const OptionDef *def = OptionTable::find(code);
    return def ? decode(def->type, bytes) : QVariant(bytesToList(bytes));
}

std::optional<QByteArray> encode(quint8 code, const QVariant &value, QString *error)
{
    const OptionDef *def = OptionTable::find(code);
    if (!def) {
        if (error)
            *error = QStringLiteral("option %1 cannot carry a value").arg(code);
        return std::nullopt;
    }
    return encode(def->type, value, error);
}

QVariantList bytesToList(QByteArrayView bytes)
{
    QVariantList list;
    list.reserve(bytes.size());
    for (char c : bytes)
        list << uint(quint8(c));
    return list;
}

std::optional<QByteArray> listToBytes(const QVariantList &list)
{
    QByteArray out;
    out.reserve(list.size());
    for (const QVariant &item : list) {
        const auto n = toUnsigned(item, 8);
        if (!n)
            return std::nullopt;
        out += char(*n);
    }
    return out;
}

} // namespace qsd::OptionValue
