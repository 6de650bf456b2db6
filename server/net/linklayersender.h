#pragma once

#include "protocol/ipv4.h"
#include "protocol/mac.h"

#include <QByteArray>
#include <QString>

namespace qsd {

/// Sends a UDP datagram in an Ethernet frame addressed to a MAC directly: how a reply reaches a client that has
/// no IP address yet and did not ask for broadcast (RFC 2131 §4.1). staticDHCPd did this with a raw socket,
/// dnsmasq with the ARP cache. On Linux this is an AF_PACKET socket, opened before privileges are dropped
/// (it needs CAP_NET_RAW); elsewhere `open()` fails and the server broadcasts instead.
class LinkLayerSender
{
public:
    LinkLayerSender() = default;
    ~LinkLayerSender();
    LinkLayerSender(const LinkLayerSender &) = delete;
    LinkLayerSender &operator=(const LinkLayerSender &) = delete;

    /// Opens the sender on interface `ifindex`; false with `error` when the platform or privileges do not allow it.
    bool open(int ifindex, QString *error);
    bool isOpen() const { return m_fd >= 0; }
    /// Sends `payload` as UDP from source:sourcePort to destination:destinationPort in a frame to `mac`.
    bool send(const MAC &mac, IPv4 source, quint16 sourcePort, IPv4 destination, quint16 destinationPort,
              const QByteArray &payload, QString *error);

    /// The IPv4 + UDP headers (checksums included) in front of `payload`: exposed for tests.
    static QByteArray ipUdpDatagram(IPv4 source, quint16 sourcePort, IPv4 destination, quint16 destinationPort,
                                    const QByteArray &payload);

private:
    int m_fd = -1;
    int m_ifindex = 0;
};

} // namespace qsd
