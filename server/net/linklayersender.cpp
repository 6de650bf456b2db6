#include "linklayersender.h"

#include <QtEndian>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace qsd {
namespace {

/// RFC 1071 one's-complement sum, folded.
quint32 sum16(const uchar *data, qsizetype length, quint32 sum = 0)
{
    for (qsizetype i = 0; i + 1 < length; i += 2)
        sum += quint32(data[i]) << 8 | data[i + 1];
    if (length % 2)
        sum += quint32(data[length - 1]) << 8;
    return sum;
}

quint16 fold(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

} // namespace

LinkLayerSender::~LinkLayerSender()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

QByteArray LinkLayerSender::ipUdpDatagram(IPv4 source, quint16 sourcePort, IPv4 destination, quint16 destinationPort,
                                          const QByteArray &payload)
{
    const int udpLength = 8 + int(payload.size());
    QByteArray d(20 + udpLength, '\0');
    auto *p = reinterpret_cast<uchar *>(d.data());
    p[0] = 0x45;                                   // IPv4, 20-byte header
    qToBigEndian(quint16(d.size()), p + 2);
    if (payload.size() <= 560)
        p[6] = 0x40;                               // don't fragment, as staticDHCPd's raw responder
    p[8] = 64;                                     // TTL
    p[9] = 17;                                     // UDP
    qToBigEndian(source.toUInt32(), p + 12);
    qToBigEndian(destination.toUInt32(), p + 16);
    qToBigEndian(fold(sum16(p, 20)), p + 10);
    uchar *udp = p + 20;
    qToBigEndian(sourcePort, udp);
    qToBigEndian(destinationPort, udp + 2);
    qToBigEndian(quint16(udpLength), udp + 4);
    memcpy(udp + 8, payload.constData(), size_t(payload.size()));
    // Pseudo-header (RFC 768): source, destination, protocol, UDP length.
    quint32 pseudo = sum16(p + 12, 8) + 17 + quint32(udpLength);
    quint16 checksum = fold(sum16(udp, udpLength, pseudo));
    qToBigEndian(checksum == 0 ? quint16(0xffff) : checksum, udp + 6);
    return d;
}

#ifdef Q_OS_LINUX

bool LinkLayerSender::open(int ifindex, QString *error)
{
    const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, htons(ETH_P_IP));
    if (fd < 0) {
        *error = QStringLiteral("cannot open a packet socket (%1)").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    sockaddr_ll addr{};
    addr.sll_family = AF_PACKET;
    addr.sll_protocol = htons(ETH_P_IP);
    addr.sll_ifindex = ifindex;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0) {
        *error = QStringLiteral("cannot bind a packet socket to interface %1 (%2)").arg(ifindex).arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return false;
    }
    // We only send: an empty receive buffer keeps the kernel from queueing every IP packet for us.
    const int zero = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &zero, sizeof zero);
    m_fd = fd;
    m_ifindex = ifindex;
    return true;
}

bool LinkLayerSender::send(const MAC &mac, IPv4 source, quint16 sourcePort, IPv4 destination, quint16 destinationPort,
                           const QByteArray &payload, QString *error)
{
    const QByteArray datagram = ipUdpDatagram(source, sourcePort, destination, destinationPort, payload);
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_protocol = htons(ETH_P_IP);
    to.sll_ifindex = m_ifindex;
    to.sll_halen = 6;
    memcpy(to.sll_addr, mac.octets().data(), 6);
    if (::sendto(m_fd, datagram.constData(), size_t(datagram.size()), 0, reinterpret_cast<sockaddr *>(&to), sizeof to) < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    return true;
}

#else

bool LinkLayerSender::open(int, QString *error)
{
    *error = QStringLiteral("link-layer unicast is not available on this platform; replies are broadcast");
    return false;
}

bool LinkLayerSender::send(const MAC &, IPv4, quint16, IPv4, quint16, const QByteArray &, QString *error)
{
    *error = QStringLiteral("link-layer unicast is not available on this platform");
    return false;
}

#endif

} // namespace qsd
