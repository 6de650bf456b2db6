// The Linux UdpEndpoint: a native socket, read in batches with recvmmsg and IP_PKTINFO.
#include "udpendpoint.h"

#ifdef Q_OS_LINUX

#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace qsd {

std::unique_ptr<UdpEndpoint> createQtUdpEndpoint();

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(strerror(errno));
}

} // namespace

class LinuxUdpEndpoint final : public UdpEndpoint
{
public:
    static constexpr int Batch = 32;          ///< datagrams per recvmmsg
    static constexpr int MaxPerWakeUp = 256;  ///< then back to the event loop (ticks, management calls)
    static constexpr int BufferSize = 2048;   ///< larger than any DHCP message we accept

    ~LinuxUdpEndpoint() override { close(); }

    bool open(quint16 port, const QString &interfaceName, int receiveBufferBytes, const Receiver &receiver,
              QString *error) override
    {
        close();
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            *error = QStringLiteral("cannot create a UDP socket: %1").arg(systemError());
            return false;
        }
        const int on = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on);
        ::setsockopt(m_fd, IPPROTO_IP, IP_PKTINFO, &on, sizeof on);
        // SO_RCVBUF is capped by net.core.rmem_max (208 KiB by default: ~100 requests, a few ms at full rate);
        // while still root (start-up binds before the privilege drop) SO_RCVBUFFORCE gets the queue asked for.
        if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &receiveBufferBytes, sizeof receiveBufferBytes) < 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof receiveBufferBytes);
        if (!interfaceName.isEmpty()) {
            const QByteArray name = interfaceName.toLocal8Bit();
            if (::setsockopt(m_fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size() + 1)) < 0) {
                *error = QStringLiteral("cannot tie UDP port %1 to interface %2: %3").arg(port).arg(interfaceName, systemError());
                close();
                return false;
            }
        }
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_ANY);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0) {
            *error = bindError(port, systemError(), errno == EADDRINUSE, errno == EACCES || errno == EPERM);
            close();
            return false;
        }
        m_receiver = receiver;
        m_tied = !interfaceName.isEmpty();
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] { drain(); });
        return true;
    }

    void close() override
    {
        m_notifier.reset();
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_tied = false;
    }

    bool tiedToInterface() const override { return m_tied; }

    bool send(const QByteArray &data, IPv4 to, quint16 port, int interfaceIndex, QString *error) override
    {
        sockaddr_in dst{};
        dst.sin_family = AF_INET;
        dst.sin_port = htons(port);
        dst.sin_addr.s_addr = htonl(to.toUInt32());
        iovec iov{const_cast<char *>(data.constData()), size_t(data.size())};
        msghdr msg{};
        msg.msg_name = &dst;
        msg.msg_namelen = sizeof dst;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(in_pktinfo))] = {};
        if (interfaceIndex > 0) {   // the outgoing interface, for broadcasts (IP_PKTINFO, ip(7))
            msg.msg_control = control;
            msg.msg_controllen = sizeof control;
            cmsghdr *c = CMSG_FIRSTHDR(&msg);
            c->cmsg_level = IPPROTO_IP;
            c->cmsg_type = IP_PKTINFO;
            c->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
            in_pktinfo info{};
            info.ipi_ifindex = interfaceIndex;
            memcpy(CMSG_DATA(c), &info, sizeof info);
        }
        if (::sendmsg(m_fd, &msg, 0) != data.size()) {
            *error = systemError();
            return false;
        }
        return true;
    }

private:
    /// Reads everything queued (up to MaxPerWakeUp) in batches and hands each datagram to the receiver.
    void drain()
    {
        char buffers[Batch][BufferSize];
        sockaddr_in from[Batch];
        alignas(cmsghdr) char control[Batch][CMSG_SPACE(sizeof(in_pktinfo))];
        iovec iov[Batch];
        mmsghdr msgs[Batch];
        for (int handled = 0; handled < MaxPerWakeUp;) {
            for (int i = 0; i < Batch; ++i) {
                iov[i] = {buffers[i], BufferSize};
                msgs[i].msg_hdr = msghdr{&from[i], sizeof from[i], &iov[i], 1, control[i], sizeof control[i], 0};
                msgs[i].msg_len = 0;
            }
            const int n = ::recvmmsg(m_fd, msgs, Batch, MSG_DONTWAIT, nullptr);
            if (n <= 0)
                return;   // EAGAIN: drained
            for (int i = 0; i < n; ++i) {
                Datagram d;
                d.data = QByteArray(buffers[i], int(msgs[i].msg_len));
                d.source = IPv4(ntohl(from[i].sin_addr.s_addr));
                d.sourcePort = ntohs(from[i].sin_port);
                for (cmsghdr *c = CMSG_FIRSTHDR(&msgs[i].msg_hdr); c; c = CMSG_NXTHDR(&msgs[i].msg_hdr, c)) {
                    if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                        in_pktinfo info;
                        memcpy(&info, CMSG_DATA(c), sizeof info);
                        d.interfaceIndex = info.ipi_ifindex;
                        d.destination = IPv4(ntohl(info.ipi_addr.s_addr));
                    }
                }
                m_receiver(d);
            }
            handled += n;
            if (n < Batch)
                return;
        }
    }

    int m_fd = -1;
    bool m_tied = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
    Receiver m_receiver;
};

std::unique_ptr<UdpEndpoint> UdpEndpoint::create(Api api)
{
    if (api == Api::Qt)
        return createQtUdpEndpoint();
    return std::make_unique<LinuxUdpEndpoint>();
}

} // namespace qsd

#endif
