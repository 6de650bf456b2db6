#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

namespace qsd {

/// An IPv4 address held in host byte order; the value type of libpydhcpserver's `IPv4`.
/// Default-constructed it is 0.0.0.0, the "unspecified" address of DHCP header fields.
class IPv4
{
public:
    constexpr IPv4() = default;
    constexpr explicit IPv4(quint32 value) : m_value(value) { }
    constexpr IPv4(quint8 a, quint8 b, quint8 c, quint8 d)
        : m_value(quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d)) { }

    /// Dotted quad "a.b.c.d", surrounding spaces allowed; nothing else is accepted.
    static std::optional<IPv4> fromString(QStringView text);
    /// Four bytes in network order; nullopt unless exactly four bytes are given.
    static std::optional<IPv4> fromBytes(QByteArrayView bytes);
    /// Reads four bytes in network order at `p` (the caller checked the bounds).
    static IPv4 fromWire(const char *p);

    constexpr quint32 toUInt32() const { return m_value; }
    QString toString() const;
    QByteArray toBytes() const;
    /// Octet `i` (0..3) as in `definition.ip[3]`.
    constexpr quint8 operator[](int i) const { return quint8(m_value >> (8 * (3 - i))); }

    constexpr bool isUnspecified() const { return m_value == 0; }
    constexpr bool isBroadcast() const { return m_value == 0xffffffffu; }
    /// 0.0.0.0 and 255.255.255.255: a DHCP source address of a client without an address.
    constexpr bool isUnspecifiedOrBroadcast() const { return isUnspecified() || isBroadcast(); }

    /// True when this address lies in `network`/`prefix` (prefix 0..32).
    bool isSubnetMember(IPv4 network, int prefix) const;
    /// True when this address lies in the network `network` with dotted mask `mask`; false for a non-contiguous mask.
    bool isSubnetMember(IPv4 network, IPv4 mask) const;

    /// The netmask of a prefix length: 24 → 255.255.255.0.
    static IPv4 maskFromPrefix(int prefix);
    /// The prefix length of a contiguous netmask: 255.255.255.0 → 24; nullopt for 255.0.255.0.
    static std::optional<int> prefixFromMask(IPv4 mask);

    friend constexpr bool operator==(IPv4 a, IPv4 b) { return a.m_value == b.m_value; }
    friend constexpr bool operator!=(IPv4 a, IPv4 b) { return a.m_value != b.m_value; }
    friend constexpr bool operator<(IPv4 a, IPv4 b) { return a.m_value < b.m_value; }

private:
    quint32 m_value = 0;
};

inline size_t qHash(IPv4 ip, size_t seed = 0) noexcept { return ::qHash(ip.toUInt32(), seed); }

/// A network as `address/prefix`, parsed from "a.b.c.d/24" or "a.b.c.d/255.255.255.0" (IPv4.parseSubnet).
struct Subnet
{
    IPv4 network;   ///< the address as written, host bits included
    int prefix = 32;

    static std::optional<Subnet> parse(QStringView text);
    IPv4 mask() const { return IPv4::maskFromPrefix(prefix); }
    IPv4 networkAddress() const { return IPv4(network.toUInt32() & mask().toUInt32()); }
    IPv4 broadcastAddress() const { return IPv4(network.toUInt32() | ~mask().toUInt32()); }
    bool contains(IPv4 ip) const { return ip.isSubnetMember(network, prefix); }
    QString toString() const;
};

} // namespace qsd
