#include "conversion.h"

#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace qsd::conversion {

namespace {

std::nullopt_t fail(QString *error, const char *function, const QString &message)
{
    if (error)
        *error = QLatin1String(function) + u": "_s + message;
    return std::nullopt;
}

/// Checks that `list` holds exactly `size` octets, or a multiple of `size` when `multiple`.
bool checkLength(QByteArrayView list, qsizetype size, bool multiple, const char *function, QString *error)
{
    const bool ok = multiple ? list.size() % size == 0 : list.size() == size;
    if (!ok) {
        fail(error, function, multiple ? u"%1 octets is not a multiple of %2"_s.arg(list.size()).arg(size)
                                       : u"%1 octets given; exactly %2 needed"_s.arg(list.size()).arg(size));
    }
    return ok;
}

/// Appends the low `width` octets of `value`, big-endian, after checking it fits.
bool appendUnsigned(QByteArray &out, qint64 value, int width, const char *function, QString *error)
{
    const qint64 max = width == 2 ? 0xffff : 0xffffffffLL;
    if (value < 0 || value > max) {
        fail(error, function, u"%1 is outside 0..%2"_s.arg(value).arg(max));
        return false;
    }
    for (int shift = 8 * (width - 1); shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
    return true;
}

} // namespace

std::optional<IPv4> listToIP(QByteArrayView list, QString *error)
{
    if (!checkLength(list, 4, false, "listToIP", error))
        return std::nullopt;
    return IPv4::fromWire(list.data());
}

std::optional<QList<IPv4>> listToIPs(QByteArrayView list, QString *error)
{
    if (!checkLength(list, 4, true, "listToIPs", error))
        return std::nullopt;
    QList<IPv4> out;
    for (qsizetype pos = 0; pos < list.size(); pos += 4)
        out.append(IPv4::fromWire(list.data() + pos));
    return out;
}

QByteArray ipToList(IPv4 ip)
{
    return ip.toBytes();
}

std::optional<QByteArray> ipToList(QStringView ip, QString *error)
{
    const auto parsed = IPv4::fromString(ip);
    if (!parsed)
        return fail(error, "ipToList", u"\"%1\" is not an IPv4 address"_s.arg(ip.toString()));
    return parsed->toBytes();
}

QByteArray ipsToList(const QList<IPv4> &ips)
{
    QByteArray out;
    out.reserve(ips.size() * 4);
    for (IPv4 ip : ips)
        out += ip.toBytes();
    return out;
}

std::optional<QByteArray> ipsToList(QStringView commaSeparatedIps, QString *error)
{
    QByteArray out;
    for (QStringView item : commaSeparatedIps.split(u',')) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const auto ip = IPv4::fromString(item);
        if (!ip)
            return fail(error, "ipsToList", u"\"%1\" is not an IPv4 address"_s.arg(item.toString()));
        out += ip->toBytes();
    }
    return out;
}

std::optional<quint16> listToInt(QByteArrayView list, QString *error)
{
    if (!checkLength(list, 2, false, "listToInt", error))
        return std::nullopt;
    return qFromBigEndian<quint16>(list.data());
}

std::optional<QList<quint16>> listToInts(QByteArrayView list, QString *error)
{
    if (!checkLength(list, 2, true, "listToInts", error))
        return std::nullopt;
    QList<quint16> out;
    for (qsizetype pos = 0; pos < list.size(); pos += 2)
        out.append(qFromBigEndian<quint16>(list.data() + pos));
    return out;
}

std::optional<quint32> listToLong(QByteArrayView list, QString *error)
{
    if (!checkLength(list, 4, false, "listToLong", error))
        return std::nullopt;
    return qFromBigEndian<quint32>(list.data());
}

std::optional<QList<quint32>> listToLongs(QByteArrayView list, QString *error)
{
    if (!checkLength(list, 4, true, "listToLongs", error))
        return std::nullopt;
    QList<quint32> out;
    for (qsizetype pos = 0; pos < list.size(); pos += 4)
        out.append(qFromBigEndian<quint32>(list.data() + pos));
    return out;
}

std::optional<quint64> listToNumber(QByteArrayView list, QString *error)
{
    if (list.size() > 8)
        return fail(error, "listToNumber", u"%1 octets do not fit 64 bits"_s.arg(list.size()));
    quint64 value = 0;
    for (const char c : list)
        value = value << 8 | quint8(c);
    return value;
}

std::optional<QByteArray> intToList(qint64 value, QString *error)
{
    QByteArray out;
    if (!appendUnsigned(out, value, 2, "intToList", error))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> intsToList(const QList<qint64> &values, QString *error)
{
    QByteArray out;
    for (qint64 value : values) {
        if (!appendUnsigned(out, value, 2, "intsToList", error))
            return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> longToList(qint64 value, QString *error)
{
    QByteArray out;
    if (!appendUnsigned(out, value, 4, "longToList", error))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> longsToList(const QList<qint64> &values, QString *error)
{
    QByteArray out;
    for (qint64 value : values) {
        if (!appendUnsigned(out, value, 4, "longsToList", error))
            return std::nullopt;
    }
    return out;
}

QByteArray strToList(QStringView text)
{
    return text.toUtf8();
}

std::optional<QByteArray> strToPaddedList(QStringView text, qsizetype length, QString *error)
{
    if (length < 0)
        return fail(error, "strToPaddedList", u"length %1 is negative"_s.arg(length));
    QByteArray out = text.toUtf8().left(length);
    out.append(length - out.size(), '\0');
    return out;
}

QString listToStr(QByteArrayView list)
{
    return QString::fromUtf8(list);
}

} // namespace qsd::conversion
