#pragma once

#include "exchange.h"

namespace qsd {

/// Reply addressing per RFC 2131 §4.1, staticDHCPd's ProxyDHCP rule and the hook overrides:
///  1. giaddr set → the relay (giaddr) on the server port; a NAK gets the broadcast bit so the relay broadcasts it;
///  2. arrived on the ProxyDHCP port → back to the source address and port (see proxyReplyAllowed);
///  3. a NAK without giaddr → 255.255.255.255;
///  4. ciaddr set → unicast to ciaddr;
///  5. broadcast bit set → 255.255.255.255;
///  6. otherwise unicast to yiaddr at chaddr when `unicastToUnaddressed` (the platform can address a frame to a
///     MAC directly), broadcast when it cannot.
/// The reply's broadcast flag is left as the client set it, except for rule 1's NAK.
Destination replyDestination(Exchange &exchange, quint16 serverPort, quint16 clientPort, quint16 proxyPort,
                             bool unicastToUnaddressed);

/// Whether rule 2 may answer a direct request that arrived on the ProxyDHCP port: its reply goes where the request
/// came from, so only from a DHCP client's ports (68, or the ProxyDHCP port), else the server would reflect
/// traffic to any service. A local process (loopback, which no other machine can send from) may use any port.
/// Checked with the source policy, before the request costs a lookup.
bool proxyReplyAllowed(const Exchange &exchange, quint16 clientPort, quint16 proxyPort);

} // namespace qsd
