#include "headerfields.h"

#include <QtEndian>

#include <algorithm>
#include <type_traits>

namespace qsd {

QByteArray headerBytes(const DhcpPacket &packet, const HeaderField &field)
{
    return std::visit([&](auto member) -> QByteArray {
        const auto &value = packet.*member;
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, QByteArray>) {
            return value;
        } else if constexpr (std::is_same_v<T, IPv4>) {
            return value.toBytes();
        } else if constexpr (std::is_same_v<T, std::array<quint8, 16>>) {
            return QByteArray(reinterpret_cast<const char *>(value.data()), int(value.size()));
        } else {
            char bytes[sizeof(T)];
            qToBigEndian(value, bytes);
            return QByteArray(bytes, sizeof(T));
        }
    }, field.member);
}

bool setHeaderBytes(DhcpPacket &packet, const HeaderField &field, const QByteArray &bytes, QString *error)
{
    const bool variable = std::holds_alternative<QByteArray DhcpPacket::*>(field.member)
                          || std::holds_alternative<std::array<quint8, 16> DhcpPacket::*>(field.member);
    if (variable ? bytes.size() > field.size : bytes.size() != field.size) {
        *error = variable ? QStringLiteral("at most %1 bytes").arg(field.size)
                          : QStringLiteral("expected %1 bytes, got %2").arg(field.size).arg(bytes.size());
        return false;
    }
    std::visit([&](auto member) {
        auto &value = packet.*member;
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, QByteArray>) {
            value = bytes.leftJustified(field.size, '\0');
        } else if constexpr (std::is_same_v<T, IPv4>) {
            value = IPv4::fromWire(bytes.constData());
        } else if constexpr (std::is_same_v<T, std::array<quint8, 16>>) {
            value.fill(0);
            std::copy(bytes.begin(), bytes.end(), value.begin());
        } else {
            value = qFromBigEndian<T>(bytes.constData());
        }
    }, field.member);
    return true;
}

} // namespace qsd
