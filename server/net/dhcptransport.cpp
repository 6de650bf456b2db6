#include "dhcptransport.h"

#include "platform/portdiagnostics.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <sys/socket.h>
#endif

namespace qsd {
namespace {

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.nsecsElapsed();
}

IPv4 toIPv4(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v = address.toIPv4Address(&ok);
    return ok ? IPv4(v) : IPv4();
}

} // namespace

DhcpTransport::DhcpTransport(QObject *parent) : QObject(parent) { }

DhcpTransport::~DhcpTransport() = default;

bool DhcpTransport::bindSocket(QUdpSocket *socket, quint16 port, QString *error)
{
    // DontShareAddress: a second DHCP server on the port must be an error, not a silent co-tenant.
    if (!socket->bind(QHostAddress::AnyIPv4, port, QAbstractSocket::DontShareAddress)) {
        *error = QStringLiteral("cannot listen on UDP port %1: %2").arg(port).arg(socket->errorString());
        if (socket->error() == QAbstractSocket::AddressInUseError) {
            const QString holder = describeUdpPortHolder(port);
            *error += holder.isEmpty() ? QStringLiteral(" (another DHCP server is running?)")
                                       : QStringLiteral(" (in use by %1)").arg(holder);
        } else if (socket->error() == QAbstractSocket::SocketAccessError) {
            *error += QStringLiteral(" (ports below 1024 need root or CAP_NET_BIND_SERVICE)");
        }
        return false;
    }
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, m_settings.receiveBufferBytes);
#ifdef Q_OS_LINUX
    if (m_settings.bindToInterface && !m_settings.interfaceName.isEmpty()) {
        const QByteArray name = m_settings.interfaceName.toLocal8Bit();
        if (::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_BINDTODEVICE, name.constData(),
                         socklen_t(name.size() + 1)) < 0) {
            *error = QStringLiteral("cannot bind UDP port %1 to interface %2: %3")
                         .arg(port).arg(m_settings.interfaceName, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }
#endif
    return true;
}

bool DhcpTransport::open(const Settings &settings, int linkLayerIndex, const Handler &handler, QString *error)
{
    close();
    m_settings = settings;
    m_handler = handler;
    m_server = new QUdpSocket(this);
    if (!bindSocket(m_server, settings.serverPort, error)) {
        close();
        return false;
    }
    connect(m_server, &QUdpSocket::readyRead, this, [this] { readPending(m_server, m_settings.serverPort); });
    if (settings.proxyPort) {
        m_proxy = new QUdpSocket(this);
        if (!bindSocket(m_proxy, settings.proxyPort, error)) {
            close();
            return false;
        }
        connect(m_proxy, &QUdpSocket::readyRead, this, [this] { readPending(m_proxy, m_settings.proxyPort); });
    }
    m_linkLayerProblem.clear();
    if (settings.linkLayerUnicast && linkLayerIndex > 0)
        m_linkLayer.open(linkLayerIndex, &m_linkLayerProblem);
    else if (settings.linkLayerUnicast)
        m_linkLayerProblem = QStringLiteral("no interface for link-layer replies");
    return true;
}

void DhcpTransport::close()
{
    delete m_server;
    m_server = nullptr;
    delete m_proxy;
    m_proxy = nullptr;
}

void DhcpTransport::readPending(QUdpSocket *socket, quint16 localPort)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram(2048);
        if (!datagram.isValid())
            continue;
        Exchange x;
        x.receivedNs = monotonicNs();
        x.wire = datagram.data();
        x.sourceIp = toIPv4(datagram.senderAddress());
        x.sourcePort = quint16(datagram.senderPort());
        x.destinationIp = toIPv4(datagram.destinationAddress());
        x.localPort = localPort;
        x.interfaceIndex = int(datagram.interfaceIndex());
        m_handler(x);
    }
}

bool DhcpTransport::send(const Exchange &x, const QByteArray &wire, QString *error)
{
    const Destination &d = x.destination;
    if (d.toUnaddressedClient && m_linkLayer.isOpen())
        return m_linkLayer.send(d.mac, m_settings.serverIp, d.sourcePort, d.ip, d.port, wire, error);
    QUdpSocket *socket = (m_proxy && d.sourcePort == m_settings.proxyPort) ? m_proxy : m_server;
    QNetworkDatagram datagram(wire, QHostAddress(d.toUnaddressedClient ? 0xffffffffu : d.ip.toUInt32()), d.port);
    // Broadcasts leave through the interface the request came in on (IP_PKTINFO), not the default route's.
    if ((d.ip.isBroadcast() || d.toUnaddressedClient) && x.interfaceIndex > 0)
        datagram.setInterfaceIndex(uint(x.interfaceIndex));
    if (socket->writeDatagram(datagram) != wire.size()) {
        *error = socket->errorString();
        return false;
    }
    return true;
}

} // namespace qsd
