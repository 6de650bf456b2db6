#include "mac.h"

namespace qsd {

std::optional<MAC> MAC::fromString(QStringView text)
{
    std::array<quint8, 6> octets{};
    int nibbles = 0;
    for (const QChar ch : text.trimmed()) {
        const char16_t c = ch.unicode();
        int value;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'a' && c <= u'f')
            value = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            value = c - u'A' + 10;
        else if (c == u':' || c == u'-' || c == u'.' || c == u' ')
            continue;
        else
            return std::nullopt;
        if (nibbles == 12)
            return std::nullopt;
        octets[size_t(nibbles / 2)] = quint8(octets[size_t(nibbles / 2)] << 4 | value);
        ++nibbles;
    }
    if (nibbles != 12)
        return std::nullopt;
    return MAC(octets);
}

std::optional<MAC> MAC::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 6)
        return std::nullopt;
    std::array<quint8, 6> octets{};
    for (size_t i = 0; i < 6; ++i)
        octets[i] = quint8(bytes[qsizetype(i)]);
    return MAC(octets);
}

MAC MAC::fromUInt64(quint64 value)
{
    std::array<quint8, 6> octets{};
    for (int i = 5; i >= 0; --i, value >>= 8)
        octets[size_t(i)] = quint8(value);
    return MAC(octets);
}

QString MAC::toString() const
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out(17, u':');
    for (int i = 0; i < 6; ++i) {
        out[i * 3] = QLatin1Char(hex[m_octets[size_t(i)] >> 4]);
        out[i * 3 + 1] = QLatin1Char(hex[m_octets[size_t(i)] & 0xf]);
    }
    return out;
}

QByteArray MAC::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_octets.data()), 6);
}

quint64 MAC::toUInt64() const
{
    quint64 value = 0;
    for (quint8 o : m_octets)
        value = value << 8 | o;
    return value;
}

} // namespace qsd
