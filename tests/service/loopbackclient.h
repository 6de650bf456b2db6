#pragma once

// Shared by the service tests that talk to a real DhcpServer over loopback (loopbackconfig.h): calls into the
// server thread, and a client's INIT-REBOOT REQUEST with the address it was answered.

#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "service/dhcpserver.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <optional>

namespace qsd::test {

/// Runs `f` on the service in its thread and returns its result (statistics belong to that thread).
template<typename F>
auto inServerThread(DhcpServer &server, F f)
{
    decltype(f(*server.service())) result{};
    QMetaObject::invokeMethod(server.service(), [&] { result = f(*server.service()); }, Qt::BlockingQueuedConnection);
    return result;
}

inline quint64 droppedFor(DhcpServer &server, DropReason reason)
{
    return inServerThread(server, [reason](DhcpService &s) { return s.statistics().dropped(reason); });
}

inline quint64 receivedInAll(DhcpServer &server)
{
    return inServerThread(server, [](DhcpService &s) { return s.statistics().totalReceived(); });
}

inline int waitingExchanges(DhcpServer &server)
{
    return inServerThread(server, [](DhcpService &s) { return s.waitingExchanges(); });
}

/// An INIT-REBOOT REQUEST from `mac` for 198.18.0.`host`.
inline DhcpPacket initRebootRequest(const QString &mac, quint8 host)
{
    DhcpPacket p;
    p.xid = 0x0a0b0c00u + host;
    p.setHardwareAddress(*MAC::fromString(mac));
    p.setOption(Opt::DhcpMessageType, QByteArray(1, char(MessageType::Request)));
    p.setOption(Opt::RequestedIpAddress, IPv4(198, 18, 0, host).toBytes());
    return p;
}

inline void sendTo(QUdpSocket &client, const DhcpPacket &p, quint16 port)
{
    client.writeDatagram(PacketEncoder::encode(p), QHostAddress::LocalHost, port);
}

/// The address of the ACK that arrives within `waitMs`; nothing for no reply or another reply.
inline std::optional<IPv4> ackedAddress(QUdpSocket &client, int waitMs)
{
    if (!client.hasPendingDatagrams() && !client.waitForReadyRead(waitMs))
        return std::nullopt;
    const DhcpPacket reply = PacketDecoder::decode(client.receiveDatagram().data()).packet;
    return reply.messageType() == MessageType::Ack ? std::optional<IPv4>(reply.yiaddr) : std::nullopt;
}

} // namespace qsd::test
