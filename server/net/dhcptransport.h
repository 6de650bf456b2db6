#pragma once

#include "engine/exchange.h"
#include "linklayersender.h"
#include "udpendpoint.h"

#include <QObject>

#include <functional>
#include <memory>

namespace qsd {

/// The sockets of the server: UDP on the server port (67) and optionally the ProxyDHCP port, receiving into
/// Exchanges and sending replies from the port they arrived on (RFC 2131 §4.1; iPXE needs source port 67,
/// staticDHCPd issue #29). Everything platform-specific sits in LinkLayerSender.
///
/// Without relays the socket is tied to the interface owning dhcp_server_ip (SO_BINDTODEVICE on Linux, as
/// staticDHCPd), so no other network is served. With relays, or on the portable path (QUdpSocket, which cannot be
/// tied to an interface), it listens everywhere, and marks what another interface brought
/// (Exchange::onOtherInterface): the engine answers direct (non-relayed) requests only from that interface.
class DhcpTransport : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        IPv4 serverIp;
        quint16 serverPort = 67;
        quint16 proxyPort = 0;
        int interfaceIndex = 0;      ///< the interface owning serverIp
        QString interfaceName;
        bool bindToInterface = true; ///< false when relays are allowed
        bool linkLayerUnicast = true;
        UdpEndpoint::Api socketApi = UdpEndpoint::Api::Native;   ///< Qt: QUdpSocket and no link-layer sender
        int receiveBufferBytes = 1024 * 1024;   ///< the bounded queue: ~50 ms at 16 000 packets/s
    };
    using Handler = std::function<void(Exchange &)>;

    explicit DhcpTransport(QObject *parent = nullptr);
    ~DhcpTransport() override;

    /// Binds the sockets and opens the link-layer sender on `linkLayerIndex` (needs root: do it before dropping
    /// privileges). Errors say which port could not be bound and, where the OS tells, who holds it.
    bool open(const Settings &settings, int linkLayerIndex, const Handler &handler, QString *error);
    void close();
    /// False when replies to clients without an address must be broadcast (no link-layer sender).
    bool canUnicastToUnaddressed() const { return m_linkLayer.isOpen(); }
    QString linkLayerProblem() const { return m_linkLayerProblem; }

    /// Sends `x.reply` (encoded as `wire`) to `x.destination`; false with `error` on failure.
    bool send(const Exchange &x, const QByteArray &wire, QString *error);

private:
    void receive(UdpEndpoint::Datagram &datagram, quint16 localPort);
    /// False when the port a request came in on hears every interface, so direct requests must be checked for
    /// their interface.
    bool tiedToInterface(quint16 localPort) const
    {
        const UdpEndpoint *endpoint = m_proxy && localPort == m_settings.proxyPort ? m_proxy.get() : m_server.get();
        return endpoint && endpoint->tiedToInterface();
    }

    Settings m_settings;
    Handler m_handler;
    std::unique_ptr<UdpEndpoint> m_server;
    std::unique_ptr<UdpEndpoint> m_proxy;
    LinkLayerSender m_linkLayer;
    QString m_linkLayerProblem;
};

} // namespace qsd
