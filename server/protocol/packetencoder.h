#pragma once

#include "dhcppacket.h"

#include <QList>

namespace qsd {

/// What the encoder had to leave out or do to fit the receiver's maximum message size.
struct EncodeReport
{
    QList<quint8> dropped;   ///< selected options that did not fit even with overload
    int overload = 0;        ///< the value of option 52 written (0: none needed)
};

/// Encodes a DhcpPacket for the wire (RFC 2131 §2, §4.1; RFC 2132; RFC 3396).
///  - Only selected options are written (DhcpPacket's selection), 53, 54 and 51 first, then by code, 82 last.
///  - Values longer than 255 bytes are split into consecutive instances (RFC 3396 §7).
///  - The message never exceeds the receiver's maximum size: `maximumMessageSize()` is an IP datagram size
///    (RFC 2132 §9.10), so the DHCP message gets 28 bytes less. When the options field is full, option 52
///    moves the rest into `file`, then `sname`, where those fields are unused (all zero).
///  - Messages shorter than 300 bytes are zero-padded (RFC 951 / RFC 1542 §2.1).
class PacketEncoder
{
public:
    static QByteArray encode(const DhcpPacket &packet, EncodeReport *report = nullptr);
};

} // namespace qsd
