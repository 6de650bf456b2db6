#include "replyaddress.h"

namespace qsd {

Destination replyDestination(Exchange &x, quint16 serverPort, quint16 clientPort, quint16 proxyPort,
                             bool unicastToUnaddressed)
{
    DhcpPacket &reply = *x.reply;
    const bool nak = reply.messageType() == MessageType::Nak;
    Destination d;
    d.port = clientPort;
    d.sourcePort = x.localPort;
    if (!x.request.giaddr.isUnspecified()) {
        d.ip = x.request.giaddr;
        d.port = serverPort;
        if (nak)
            reply.setBroadcast(true);   // RFC 2131 §4.1: the relay must broadcast a DHCPNAK
        return d;
    }
    if (proxyPort && x.localPort == proxyPort) {
        // ProxyDHCP (PXE): back where the request came from, the IP header's source rather than ciaddr (a field
        // the sender writes); proxyReplyAllowed has checked the port.
        d.ip = x.sourceIp;
        d.port = x.sourcePort;
        return d;
    }
    if (nak) {
        d.ip = IPv4(0xffffffffu);
        return d;
    }
    if (!x.request.ciaddr.isUnspecified()) {
        d.ip = x.request.ciaddr;
        return d;
    }
    if (x.request.isBroadcast() || reply.yiaddr.isUnspecified() || !unicastToUnaddressed
        || x.request.htype != 1 || x.request.hlen != 6) {
        d.ip = IPv4(0xffffffffu);
        return d;
    }
    d.ip = reply.yiaddr;
    d.toUnaddressedClient = true;
    d.mac = x.request.hardwareAddress();
    return d;
}

bool proxyReplyAllowed(const Exchange &x, quint16 clientPort, quint16 proxyPort)
{
    if (!proxyPort || x.localPort != proxyPort || !x.request.giaddr.isUnspecified())
        return true;
    const bool loopback = x.sourceIp.isSubnetMember(IPv4(127, 0, 0, 0), 8);
    return !x.sourceIp.isUnspecifiedOrBroadcast() && (loopback || x.sourcePort == clientPort || x.sourcePort == proxyPort);
}

} // namespace qsd
