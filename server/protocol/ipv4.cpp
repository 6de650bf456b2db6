#include "ipv4.h"

#include <QtEndian>

namespace qsd {

std::optional<IPv4> IPv4::fromString(QStringView text)
{
    text = text.trimmed();
    quint32 value = 0;
    int octets = 0;
    int digits = 0;
    quint32 octet = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'.') {
            if (digits == 0 || octet > 255 || octets == 4)
                return std::nullopt;
            value = value << 8 | octet;
            ++octets;
            digits = 0;
            octet = 0;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9' || ++digits > 3)
            return std::nullopt;
        octet = octet * 10 + (c - u'0');
    }
    if (octets != 4)
        return std::nullopt;
    return IPv4(value);
}

std::optional<IPv4> IPv4::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 4)
        return std::nullopt;
    return fromWire(bytes.data());
}

IPv4 IPv4::fromWire(const char *p)
{
    return IPv4(qFromBigEndian<quint32>(p));
}

QString IPv4::toString() const
{
    return QStringLiteral("%1.%2.%3.%4").arg((*this)[0]).arg((*this)[1]).arg((*this)[2]).arg((*this)[3]);
}

QByteArray IPv4::toBytes() const
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(m_value, out.data());
    return out;
}

IPv4 IPv4::maskFromPrefix(int prefix)
{
    if (prefix <= 0)
        return IPv4(0);
    if (prefix >= 32)
        return IPv4(0xffffffffu);
    return IPv4(~((1u << (32 - prefix)) - 1));
}

std::optional<int> IPv4::prefixFromMask(IPv4 mask)
{
    const quint32 m = mask.toUInt32();
    const quint32 inverted = ~m;
    if ((inverted & (inverted + 1)) != 0)   // host bits must be a run of low ones
        return std::nullopt;
    int prefix = 0;
    for (quint32 bit = 0x80000000u; bit && (m & bit); bit >>= 1)
        ++prefix;
    return prefix;
}

bool IPv4::isSubnetMember(IPv4 network, int prefix) const
{
    const quint32 mask = maskFromPrefix(prefix).toUInt32();
    return (m_value & mask) == (network.m_value & mask);
}

bool IPv4::isSubnetMember(IPv4 network, IPv4 mask) const
{
    const auto prefix = prefixFromMask(mask);
    return prefix && isSubnetMember(network, *prefix);
}

std::optional<Subnet> Subnet::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const auto ip = IPv4::fromString(text);
        if (!ip)
            return std::nullopt;
        return Subnet{*ip, 32};
    }
    const auto ip = IPv4::fromString(text.left(slash));
    if (!ip)
        return std::nullopt;
    const QStringView rest = text.mid(slash + 1).trimmed();
    if (rest.contains(u'.')) {
        const auto mask = IPv4::fromString(rest);
        const auto prefix = mask ? IPv4::prefixFromMask(*mask) : std::nullopt;
        if (!prefix)
            return std::nullopt;
        return Subnet{*ip, *prefix};
    }
    bool ok = false;
    const int prefix = rest.toInt(&ok);
    if (!ok || prefix < 0 || prefix > 32 || rest.isEmpty() || !rest[0].isDigit())
        return std::nullopt;
    return Subnet{*ip, prefix};
}

QString Subnet::toString() const
{
    return network.toString() + u'/' + QString::number(prefix);
}

} // namespace qsd
