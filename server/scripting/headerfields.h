#pragma once

#include "protocol/dhcppacket.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <iterator>
#include <variant>

namespace qsd {

/// One fixed field of the DHCP header (RFC 2131 §2) as hooks see it: a property of the packet (`packet.siaddr`),
/// and a name that getOption, setOption, isOption and extractIPOrNone take besides the options' (libpydhcpserver's
/// DHCPPacket). The type of its DhcpPacket member decides how it reads and writes:
/// - quint8, quint16, quint32 (op … flags): a number; as bytes, in network order
/// - IPv4 (ciaddr … giaddr): an IPv4 object, and null writes 0.0.0.0; four bytes
/// - std::array<quint8, 16> (chaddr): a MAC, its first six bytes; as bytes, all 16
/// - QByteArray (sname, file): the text up to the first NUL, and null writes ""; the field's bytes, NUL-padded
struct HeaderField
{
    using Member = std::variant<quint8 DhcpPacket::*, quint16 DhcpPacket::*, quint32 DhcpPacket::*, IPv4 DhcpPacket::*,
                                std::array<quint8, 16> DhcpPacket::*, QByteArray DhcpPacket::*>;
    const char *name;   ///< RFC 2131's name, also libpydhcpserver's
    Member member;
    int size;           ///< bytes on the wire
};

/// The one list of header fields: jspacket.cpp reads and writes them through it, and bootstrap.js gets their names
/// at start (the Packet class's properties and the field names of getOption and setOption).
inline constexpr HeaderField kHeaderFields[] = {
    {"op", &DhcpPacket::op, 1},
    {"htype", &DhcpPacket::htype, 1},
    {"hlen", &DhcpPacket::hlen, 1},
    {"hops", &DhcpPacket::hops, 1},
    {"xid", &DhcpPacket::xid, 4},
    {"secs", &DhcpPacket::secs, 2},
    {"flags", &DhcpPacket::flags, 2},
    {"ciaddr", &DhcpPacket::ciaddr, 4},
    {"yiaddr", &DhcpPacket::yiaddr, 4},
    {"siaddr", &DhcpPacket::siaddr, 4},
    {"giaddr", &DhcpPacket::giaddr, 4},
    {"chaddr", &DhcpPacket::chaddr, 16},
    {"sname", &DhcpPacket::sname, 64},
    {"file", &DhcpPacket::file, 128},
};
constexpr int kHeaderFieldCount = int(std::size(kHeaderFields));

constexpr bool headerSizesMatch()
{
    constexpr int fixedSize[] = {1, 2, 4, 4, 16};   // by the member's type, in HeaderField::Member's order
    int total = 0;
    for (const HeaderField &f : kHeaderFields) {
        if (f.member.index() < std::size(fixedSize) && f.size != fixedSize[f.member.index()])
            return false;
        total += f.size;
    }
    return total == DhcpPacket::HeaderSize;
}
static_assert(headerSizesMatch(), "each field's size is its type's, and together they are the 236 bytes of the header");

/// The field's bytes, as getOption(name) returns them.
QByteArray headerBytes(const DhcpPacket &packet, const HeaderField &field);
/// Sets the field to `bytes` (setOption(name, bytes)); false with `error` if they do not fit it: the numbers and
/// addresses take their exact size, chaddr, sname and file at most theirs (the rest is zeroed).
bool setHeaderBytes(DhcpPacket &packet, const HeaderField &field, const QByteArray &bytes, QString *error);

} // namespace qsd
