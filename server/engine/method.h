#pragma once

#include "protocol/dhcppacket.h"

#include <QString>

namespace qsd {

/// The kind of request, as staticDHCPd names it in logs, statistics and hook arguments (inventory §4).
enum class Method : quint8 {
    Other,              ///< not a DHCP request: malformed, BOOTP, a reply, an unknown message type
    Discover,
    RequestSelecting,
    RequestInitReboot,
    RequestRenew,
    RequestRebind,
    Request,            ///< a DHCPREQUEST that fits none of RFC 2131 §4.3.2's states
    Decline,
    Release,
    Inform,
    LeaseQuery,
    Count
};

/// "DISCOVER", "REQUEST:SELECTING", …; "OTHER" for Method::Other.
QString methodName(Method method);
Method methodFromName(QStringView name);

/// What the classification needs to know about how the packet arrived.
struct Arrival
{
    IPv4 sourceIp;
    IPv4 destinationIp;   ///< 0.0.0.0 when the platform did not say
};

/// Classifies a decoded request exactly as staticDHCPd (inventory §4 "REQUEST sub-classification"), with one
/// correction: RENEW and REBIND are told apart by where the request was sent — to this server (RENEW) or to
/// 255.255.255.255 / through a relay (REBIND) — where staticDHCPd looked at the source address, which is the
/// client's own address in both states (RFC 2131 §4.4.5). Without a known destination its rule applies.
Method classify(const DhcpPacket &packet, const Arrival &arrival);

} // namespace qsd
