#include "dhcptransport.h"


namespace qsd {
DhcpTransport::DhcpTransport(QObject *parent) : QObject(parent) { }

DhcpTransport::~DhcpTransport() = default;

bool DhcpTransport::open(const Settings &settings, int linkLayerIndex, const Handler &handler, QString *error)
{
    close();
    m_settings = settings;
    m_handler = handler;
    const QString device = settings.bindToInterface ? settings.interfaceName : QString();
    m_server = UdpEndpoint::create(settings.socketApi);
    if (!m_server->open(settings.serverPort, device, settings.receiveBufferBytes,
                        [this](UdpEndpoint::Datagram &d) { receive(d, m_settings.serverPort); }, error)) {
        close();
        return false;
    }
    if (settings.proxyPort) {
        m_proxy = UdpEndpoint::create(settings.socketApi);
        // Tied to the serving interface even with relays: ProxyDHCP serves the local PXE clients.
        if (!m_proxy->open(settings.proxyPort, settings.interfaceName, settings.receiveBufferBytes,
                           [this](UdpEndpoint::Datagram &d) { receive(d, m_settings.proxyPort); }, error)) {
            close();
            return false;
        }
    }
    m_linkLayerProblem.clear();
    if (settings.linkLayerUnicast && settings.socketApi == UdpEndpoint::Api::Qt)
        m_linkLayerProblem = QStringLiteral("[server] socket_api=qt has no link-layer sender (as on Windows and macOS)");
    else if (settings.linkLayerUnicast && linkLayerIndex > 0)
        m_linkLayer.open(linkLayerIndex, &m_linkLayerProblem);
    else if (settings.linkLayerUnicast)
        m_linkLayerProblem = QStringLiteral("no interface for link-layer replies");
    return true;
}

void DhcpTransport::close()
{
    m_server.reset();
    m_proxy.reset();
}

void DhcpTransport::receive(UdpEndpoint::Datagram &datagram, quint16 localPort)
{
    Exchange x;
    x.receivedNs = monotonicNs();
    x.wire = std::move(datagram.data);
    x.sourceIp = datagram.source;
    x.sourcePort = datagram.sourcePort;
    x.destinationIp = datagram.destination;
    x.localPort = localPort;
    x.interfaceIndex = datagram.interfaceIndex;
    x.onOtherInterface = !tiedToInterface(localPort) && x.interfaceIndex > 0 && x.interfaceIndex != m_settings.interfaceIndex;
    m_handler(x);
}

bool DhcpTransport::send(const Exchange &x, const QByteArray &wire, QString *error)
{
    const Destination &d = x.destination;
    if (d.toUnaddressedClient && m_linkLayer.isOpen())
        return m_linkLayer.send(d.mac, m_settings.serverIp, d.sourcePort, d.ip, d.port, wire, error);
    UdpEndpoint *endpoint = (m_proxy && d.sourcePort == m_settings.proxyPort) ? m_proxy.get() : m_server.get();
    const IPv4 to = d.toUnaddressedClient ? IPv4(0xffffffffu) : d.ip;
    // Broadcasts leave through the interface the request came in on, not the default route's.
    const int interfaceIndex = to.isBroadcast() ? x.interfaceIndex : 0;
    return endpoint->send(wire, to, d.port, interfaceIndex, error);
}

} // namespace qsd
