#pragma once

#include "dropreason.h"
#include "method.h"
#include "protocol/dhcppacket.h"
#include "scripting/hooktypes.h"
#include "storage/definition.h"

#include <QByteArray>

#include <chrono>
#include <optional>

namespace qsd {

/// The monotonic clock of processing times: one for the whole server, so that stamps taken in the transport
/// and in the service compare.
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// Where and how a reply goes (RFC 2131 §4.1).
struct Destination
{
    IPv4 ip;
    quint16 port = 68;
    quint16 sourcePort = 67;
    /// Unicast to a client that has no address yet: the IP datagram goes to `ip` but the frame must be
    /// addressed to `mac` directly, since ARP cannot resolve an address the client does not have.
    bool toUnaddressedClient = false;
    MAC mac;
};

/// The exchange's definition, held by sharing the list its lookup answered with: copying a Definition touches each
/// of its implicitly shared members (texts, address lists, extra) in memory that is usually cold, on every packet.
class ChosenDefinition
{
public:
    ChosenDefinition() = default;
    /// `list[index]`, sharing `list`.
    ChosenDefinition(QList<Definition> list, qsizetype index) : m_list(std::move(list)), m_index(index) { }
    explicit ChosenDefinition(const std::optional<Definition> &d) { if (d) m_list = {*d}; }

    explicit operator bool() const { return !m_list.isEmpty(); }
    const Definition &operator*() const { return m_list.at(m_index); }
    const Definition *operator->() const { return &m_list.at(m_index); }

private:
    QList<Definition> m_list;   // never modified, so never detached: the pointers above stay valid
    qsizetype m_index = 0;
};

/// One request and everything the pipeline learns about it, from arrival to the statistics record
/// (Kea's Dhcpv4Exchange). A value: the engine fills it, the transport sends it, the statistics record it.
struct Exchange
{
    // --- how it arrived ---
    QByteArray wire;
    IPv4 sourceIp;
    quint16 sourcePort = 68;
    IPv4 destinationIp;        ///< 0.0.0.0 when the platform did not report it
    quint16 localPort = 67;    ///< the server port or the ProxyDHCP port it arrived on
    int interfaceIndex = 0;
    /// It came in on an interface that does not own [server] dhcp_server_ip (known only when the socket hears
    /// every interface: relays allowed, or QUdpSocket). The engine drops it unless a relay sent it (OtherNetwork).
    bool onOtherInterface = false;
    qint64 receivedNs = 0;     ///< monotonic clock, for the processing time

    // --- what it is ---
    DhcpPacket request;
    Method method = Method::Other;
    MAC mac;
    std::optional<IPv4> clientIp;   ///< as hooks see it: option 50, or ciaddr for RENEW/REBIND/INFORM/RELEASE
    std::optional<IPv4> relayIp;    ///< giaddr
    ChosenDefinition definition;

    // --- waiting for the definitions database (Engine::resume) ---
    bool awaitingLookup = false;
    quint64 lookupTicket = 0;
    quint64 lookupGeneration = 0;   ///< the service's cache generation when the lookup was queued
    SuspendedHookState hookState;

    // --- the outcome ---
    std::optional<DhcpPacket> reply;
    Destination destination;
    DropReason drop = DropReason::None;
    QString detail;            ///< words for the log: why it was dropped, or what was done
    bool processed = false;    ///< a reply was sent, or a DECLINE/RELEASE accepted (staticDHCPd's "processed")
    qint64 processingNs = 0;

    bool dropped() const { return drop != DropReason::None; }
    void dropWith(DropReason reason, const QString &why = {})
    {
        drop = reason;
        detail = why;
        reply.reset();
    }
};

} // namespace qsd
