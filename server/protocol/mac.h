#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>
#include <cstring>
#include <optional>

namespace qsd {

/// A 48-bit hardware address; the value type of libpydhcpserver's `MAC`.
/// Printed lower-case with colons (`aa:bb:cc:dd:ee:ff`), the form staticDHCPd stores and looks up.
class MAC
{
public:
    constexpr MAC() = default;
    constexpr explicit MAC(std::array<quint8, 6> octets) : m_octets(octets) { }

    /// 12 hex digits in either case, with any of ':', '-', '.', ' ' as separators ("AA-BB-CC-DD-EE-FF",
    /// "aabb.ccdd.eeff", "aabbccddeeff"); nullopt for anything else.
    static std::optional<MAC> fromString(QStringView text);
    /// Six bytes; nullopt unless exactly six are given.
    static std::optional<MAC> fromBytes(QByteArrayView bytes);
    /// The low 48 bits of `value`.
    static MAC fromUInt64(quint64 value);

    QString toString() const;
    QByteArray toBytes() const;
    quint64 toUInt64() const;
    constexpr quint8 operator[](int i) const { return m_octets[size_t(i)]; }
    constexpr const std::array<quint8, 6> &octets() const { return m_octets; }
    bool isZero() const { return toUInt64() == 0; }

    /// The six octets as one number, in memory order: what hashing and equality use (MACs are hash keys on every
    /// packet's path, and comparing std::arrays of bytes is a call to memcmp).
    quint64 key() const
    {
        quint64 k = 0;
        std::memcpy(&k, m_octets.data(), m_octets.size());
        return k;
    }

    friend bool operator==(const MAC &a, const MAC &b) { return a.key() == b.key(); }
    friend bool operator!=(const MAC &a, const MAC &b) { return a.key() != b.key(); }
    friend bool operator<(const MAC &a, const MAC &b) { return a.m_octets < b.m_octets; }

private:
    std::array<quint8, 6> m_octets{};
};

inline size_t qHash(const MAC &mac, size_t seed = 0) noexcept { return ::qHash(mac.key(), seed); }

} // namespace qsd
