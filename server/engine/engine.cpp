#include "engine.h"

#include "replyaddress.h"
#include "scripting/hookrunner.h"
#include "protocol/packetdecoder.h"
#include "storage/definitionstore.h"

#include <QtEndian>

#include <utility>

namespace qsd {

Q_LOGGING_CATEGORY(lcDhcp, "dhcp")

namespace {

AbuseControl::Settings abuseSettings(const ServerConfig &c)
{
    return {c.enableSuspend, c.suspendThreshold, c.misbehavingClientTimeout, c.unauthorizedClientTimeout,
            c.maximumTrackedClients};
}

QByteArray uint32Bytes(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray addressList(const QList<IPv4> &ips)
{
    QByteArray out;
    for (const IPv4 &ip : ips)
        out += ip.toBytes();
    return out;
}

QString subnetOf(const Definition &d)
{
    return QStringLiteral("(%1, %2)").arg(d.subnet).arg(d.serial);
}

} // namespace

Engine::Engine(const ServerConfig &config, DefinitionStore *store)
    : m_config(config), m_store(store), m_abuse(abuseSettings(config))
{
}

void Engine::handle(Exchange &x)
{
    if (!decode(x) || !acceptSource(x) || !acceptClient(x))
        return;
    if (m_hooks) {
        m_hooks->beginExchange();
        if (!filterPacket(x)) {
            m_hooks->endExchange();
            return;
        }
    }
    LookupResult answer;
    if (!startLookup(x, &answer)) {
        x.awaitingLookup = true;
        if (m_hooks)
            x.hookState = m_hooks->suspendExchange();
        return;
    }
    finish(x, std::move(answer));
}

void Engine::resume(Exchange &x, LookupResult answer)
{
    x.awaitingLookup = false;
    if (m_hooks)
        m_hooks->resumeExchange(std::exchange(x.hookState, {}));
    finish(x, std::move(answer));
}

void Engine::finish(Exchange &x, LookupResult answer)
{
    if (acceptAnswer(x, answer) && resolveDefinitions(x, std::move(answer.definitions))) {
        decide(x);
        if (m_hooks)
            loadDHCPPacket(x);
        route(x);
    }
    if (m_hooks)
        m_hooks->endExchange();
}

// Step 11's addressing, with the hooks' response_* overrides (libpydhcpserver's DHCPPacket attributes).
void Engine::route(Exchange &x)
{
    if (!x.reply)
        return;
    Destination &d = x.destination;
    d = replyDestination(x, m_config.dhcpServerPort, m_config.dhcpClientPort, m_config.proxyPort, m_unicastToUnaddressed);
    if (!m_hooks)
        return;
    const ResponseOverrides o = m_hooks->responseOverrides();
    if (!o.any())
        return;
    if (o.ip && !x.request.isBroadcast()) {   // as libpydhcpserver: only when the client did not ask for broadcast
        d.ip = *o.ip;
        d.toUnaddressedClient = false;
    }
    if (o.mac && m_unicastToUnaddressed && !d.ip.isBroadcast()) {
        d.mac = *o.mac;
        d.toUnaddressedClient = true;
    }
    if (o.port)
        d.port = *o.port;
    if (o.sourcePort)   // the transport answers from the server or the ProxyDHCP socket
        d.sourcePort = *o.sourcePort;
}

HookArguments Engine::hookArguments(const Exchange &x) const
{
    return HookArguments{methodName(x.method), x.mac, x.clientIp, x.relayIp, x.localPort};
}

// Step 6: filterPacket → true proceed / false drop / null ignore the MAC for unauthorized_client_timeout.
bool Engine::filterPacket(Exchange &x)
{
    if (!m_hooks->has(Hook::FilterPacket))
        return true;
    QString error;
    switch (m_hooks->filterPacket(x.request, hookArguments(x), &error)) {
    case FilterVerdict::Accept:
        return true;
    case FilterVerdict::Reject:
        x.dropWith(DropReason::HookRejected, QStringLiteral("filterPacket returned false"));
        return false;
    case FilterVerdict::Ignore:
        dropAndIgnore(x, DropReason::HookIgnored, QStringLiteral("filterPacket returned null"));
        return false;
    case FilterVerdict::Failed:
        x.dropWith(DropReason::HookFailed, QStringLiteral("filterPacket: ") + error);
        return false;
    }
    return false;
}

bool Engine::resolveDefinitions(Exchange &x, QList<Definition> definitions)
{
    bool fromHook = false;
    if (definitions.isEmpty() && m_hooks && m_hooks->has(Hook::HandleUnknownMAC)) {
        auto r = m_hooks->handleUnknownMAC(x.request, hookArguments(x));
        if (!r.ok) {
            x.dropWith(DropReason::HookFailed, QStringLiteral("handleUnknownMAC: ") + r.error);
            return false;
        }
        definitions = r.value;
        fromHook = true;
    }
    // staticDHCPd passes any list through filterRetrievedDefinitions; a store's single row is not a list.
    if (m_hooks && m_hooks->has(Hook::FilterRetrievedDefinitions)
        && (definitions.size() > 1 || (fromHook && definitions.size() == 1))) {
        auto r = m_hooks->filterRetrievedDefinitions(definitions, x.request, hookArguments(x));
        if (!r.ok) {
            x.dropWith(DropReason::HookFailed, QStringLiteral("filterRetrievedDefinitions: ") + r.error);
            return false;
        }
        x.definition = ChosenDefinition(r.value);
        return true;
    }
    if (definitions.size() == 1)
        x.definition = ChosenDefinition(std::move(definitions), 0);
    else if (definitions.size() > 1)
        qCWarning(lcDhcp).noquote() << x.mac.toString() << "has" << definitions.size()
                                    << "definitions and no filterRetrievedDefinitions hook chooses one";
    return true;
}

// Step 10: loadDHCPPacket sees replies built from a definition (not the NAK paths, as staticDHCPd).
void Engine::loadDHCPPacket(Exchange &x)
{
    if (!x.reply || !x.definition || x.reply->messageType() == MessageType::Nak || !m_hooks->has(Hook::LoadDHCPPacket))
        return;
    auto r = m_hooks->loadDHCPPacket(*x.reply, hookArguments(x), *x.definition, x.wire);
    if (!r.ok)
        x.dropWith(DropReason::HookFailed, QStringLiteral("loadDHCPPacket: ") + r.error);
    else if (!r.value)
        x.dropWith(DropReason::HookVetoed, QStringLiteral("loadDHCPPacket returned false"));
}

// Step 2 and 3: decode and classify; what is not a DHCP request is "other" in the statistics. Step 4's interface
// rule comes first: a request from another network is not ours, whatever it is.
bool Engine::decode(Exchange &x)
{
    DecodeResult decoded = PacketDecoder::decode(x.wire);
    x.request = std::move(decoded.packet);
    if (!decoded.usable()) {
        x.dropWith(DropReason::Malformed, decodeErrorName(decoded.error) + QStringLiteral(": ") + decoded.detail);
        return false;
    }
    x.mac = x.request.hardwareAddress();
    if (x.onOtherInterface && x.request.giaddr.isUnspecified()) {
        // Step 4 before anything else: a direct request heard on another interface than dhcp_server_ip's (the
        // socket hears every interface when relays are allowed, or with QUdpSocket) is another network's.
        x.method = classify(x.request, Arrival{x.sourceIp, x.destinationIp});
        x.dropWith(DropReason::OtherNetwork, QStringLiteral("interface %1").arg(x.interfaceIndex));
        return false;
    }
    if (decoded.malformed()) {
        x.dropWith(DropReason::Malformed, decodeErrorName(decoded.error) + QStringLiteral(": ") + decoded.detail);
        return false;
    }
    if (x.request.op != 1) {
        x.dropWith(DropReason::NotARequest, QStringLiteral("op %1").arg(x.request.op));
        return false;
    }
    x.method = classify(x.request, Arrival{x.sourceIp, x.destinationIp});
    if (!x.request.giaddr.isUnspecified())
        x.relayIp = x.request.giaddr;
    switch (x.method) {
    case Method::Discover:
        break;   // staticDHCPd hides option 50 from hooks for DISCOVER
    case Method::RequestRenew:
    case Method::RequestRebind:
    case Method::Inform:
    case Method::Release:
        if (!x.request.ciaddr.isUnspecified())
            x.clientIp = x.request.ciaddr;
        break;
    default:
        x.clientIp = x.request.ipOption(Opt::RequestedIpAddress);
        break;
    }
    if (x.method == Method::Other) {
        x.dropWith(DropReason::NotDhcp, x.request.messageType() == MessageType::None
                                             ? QStringLiteral("BOOTP request without option 53")
                                             : QStringLiteral("%1 is not served").arg(x.request.messageTypeName()));
        return false;
    }
    if (x.method == Method::LeaseQuery) {
        x.dropWith(DropReason::LeaseQueryUnsupported);
        return false;
    }
    qCDebug(lcDhcp).noquote() << QStringLiteral("%1 from %2%3 via %4:%5 received on port %6")
                                     .arg(methodName(x.method), x.mac.toString(),
                                          x.clientIp ? QStringLiteral(" for ") + x.clientIp->toString() : QString(),
                                          x.sourceIp.toString())
                                     .arg(x.sourcePort).arg(x.localPort);
    return true;
}

// Step 4: relays and local clients (staticDHCPd's _evaluateSource; these drops do not blacklist).
bool Engine::acceptSource(Exchange &x)
{
    if (x.relayIp) {
        if (!m_config.allowDhcpRelays) {
            x.dropWith(DropReason::RelayNotAllowed, QStringLiteral("relay %1: relay support not enabled").arg(x.relayIp->toString()));
            return false;
        }
        if (!m_config.allowAnyDhcpRelay && !m_config.allowedDhcpRelays.contains(*x.relayIp)) {
            x.dropWith(DropReason::RelayNotAuthorised, QStringLiteral("relay %1 not authorised").arg(x.relayIp->toString()));
            return false;
        }
    } else if (!m_config.allowLocalDhcp) {
        x.dropWith(DropReason::LocalNotAllowed);
        return false;
    }
    if (!proxyReplyAllowed(x, m_config.dhcpClientPort, m_config.proxyPort)) {
        x.dropWith(DropReason::ReplyNotAllowed, QStringLiteral("ProxyDHCP request from %1:%2").arg(x.sourceIp.toString()).arg(x.sourcePort));
        return false;
    }
    return true;
}

// Step 5: permanent blacklist, temporary ignore list, flood suspension.
bool Engine::acceptClient(Exchange &x)
{
    if (m_blacklist.contains(x.mac)) {
        x.dropWith(DropReason::Blacklisted);
        return false;
    }
    switch (m_abuse.evaluate(x.mac)) {
    case AbuseControl::Verdict::Allow:
        return true;
    case AbuseControl::Verdict::Ignored:
        x.dropWith(DropReason::TemporarilyIgnored,
                   QStringLiteral("MAC is on cooldown for another %1 seconds").arg(m_abuse.secondsLeft(x.mac)));
        return false;
    case AbuseControl::Verdict::Suspended:
        x.dropWith(DropReason::FloodSuspended);
        if (m_floodWarnings.take())
            qCWarning(lcDhcp).noquote() << QStringLiteral("%1 is issuing too many requests; ignoring for %2 seconds")
                                               .arg(x.mac.toString()).arg(m_config.misbehavingClientTimeout);
        return false;
    }
    return true;
}

// Step 7: the definition (cache, then database; handleUnknownMAC on a miss). Several definitions go through
// filterRetrievedDefinitions; without that hook none is used (staticDHCPd's default hook raises).
bool Engine::startLookup(Exchange &x, LookupResult *answer)
{
    if (m_lookupStarter)
        return m_lookupStarter(x, answer);
    if (!m_store)
        return true;
    *answer = m_store->lookupMAC(x.mac);
    return true;
}

bool Engine::acceptAnswer(Exchange &x, const LookupResult &answer)
{
    if (!answer.failed())
        return true;
    switch (answer.kind) {
    case LookupResult::Failure::Error: x.dropWith(DropReason::DatabaseError, answer.error); break;
    case LookupResult::Failure::Unreachable: x.dropWith(DropReason::DatabaseUnavailable, answer.error); break;
    case LookupResult::Failure::Busy: x.dropWith(DropReason::LookupQueueFull, answer.error); break;
    }
    return false;
}

// Step 8: the decision table (inventory §4 "Handlers").
void Engine::decide(Exchange &x)
{
    switch (x.method) {
    case Method::Discover: discover(x); break;
    case Method::RequestSelecting: requestSelecting(x); break;
    case Method::RequestInitReboot: requestInitReboot(x); break;
    case Method::RequestRenew:
    case Method::RequestRebind: requestRenewOrRebind(x); break;
    case Method::Inform: inform(x); break;
    case Method::Decline: decline(x); break;
    case Method::Release: release(x); break;
    case Method::Request:
        qCWarning(lcDhcp).noquote() << "REQUEST from" << x.mac.toString() << "is not compliant with DHCP spec";
        x.dropWith(DropReason::NotCompliant);
        break;
    case Method::Other:
    case Method::LeaseQuery:
    case Method::Count:
        break;
    }
}

void Engine::discover(Exchange &x)
{
    if (!x.definition) {
        if (m_config.authoritative)
            return nak(x, QStringLiteral("unknown MAC"));
        return dropAndIgnore(x, DropReason::UnknownClient, QStringLiteral("unknown MAC; rejection is impossible"));
    }
    if (m_config.enableRapidCommit && x.request.hasOption(Opt::RapidCommit)) {
        // RFC 4039 §4: ACK with an empty option 80. [defect] fixed: forced, so a PRL without 80 still gets it.
        startReply(x, MessageType::Ack).setOption(Opt::RapidCommit, QByteArray(""), /*force=*/true);
        return;
    }
    startReply(x, MessageType::Offer);
}

void Engine::requestSelecting(Exchange &x)
{
    const auto sid = x.request.ipOption(Opt::ServerIdentifier);
    if (sid != m_config.dhcpServerIp) {
        x.dropWith(DropReason::OtherServerSelected, QStringLiteral("selected server %1").arg(sid ? sid->toString() : QString()));
        return;
    }
    const auto requested = x.request.ipOption(Opt::RequestedIpAddress);
    if (x.definition && (!requested || *requested == x.definition->ip))   // no option 50: nothing to contradict
        return void(startReply(x, MessageType::Ack));
    // The client selected our offer: we answer whatever the authoritative setting. A NAK with a definition means
    // that option 50 is there and names another address (its absence was ACKed above), so `requested` is set.
    nak(x, x.definition ? QStringLiteral("requested %1, defined %2").arg(requested->toString(), x.definition->ip.toString())
                        : QStringLiteral("no definition any more"));
}

void Engine::requestInitReboot(Exchange &x)
{
    // classify() made this INIT-REBOOT only because option 50 was there (RFC 2131 §4.3.2: the client MUST fill
    // it in), but a filterPacket hook may have deleted it since: checked, not assumed.
    const auto option50 = x.request.ipOption(Opt::RequestedIpAddress);
    if (!option50)
        return void(x.dropWith(DropReason::NotCompliant, QStringLiteral("a hook removed option 50 (requested address)")));
    const IPv4 requested = *option50;
    if (x.definition && x.definition->ip == requested)
        return void(startReply(x, MessageType::Ack));
    // RFC 2131 §4.3.2: a server with no record of the client MUST remain silent (unless authoritative), so that
    // non-communicating servers coexist; staticDHCPd NAKed unconditionally, which disturbs every client of the
    // LAN that reboots (DESIGN.md "Safe by default"). A wrong address for a known client is NAKed.
    if (x.definition || m_config.authoritative)
        return nak(x, QStringLiteral("requested %1").arg(requested.toString()));
    x.dropWith(DropReason::UnknownClient);
}

void Engine::requestRenewOrRebind(Exchange &x)
{
    const bool renew = x.method == Method::RequestRenew;
    if (m_config.nakRenewals && (renew || m_config.authoritative))
        return nak(x, QStringLiteral("nak_renewals is on"));
    if (x.definition && x.definition->ip == x.request.ciaddr) {
        startReply(x, MessageType::Ack).yiaddr = x.request.ciaddr;
        return;
    }
    if ((x.definition || m_config.authoritative) && renew)
        return nak(x, QStringLiteral("ciaddr %1 is not the client's address").arg(x.request.ciaddr.toString()));
    x.dropWith(x.definition ? DropReason::WrongAddress : DropReason::UnknownClient);
}

void Engine::inform(Exchange &x)
{
    if (x.request.ciaddr.isUnspecified())
        return dropAndIgnore(x, DropReason::MissingFields, QStringLiteral("INFORM without ciaddr"));
    if (!x.definition)
        return dropAndIgnore(x, DropReason::UnknownClient, QStringLiteral("unknown MAC"));
    startReply(x, MessageType::Ack);
}

void Engine::decline(Exchange &x)
{
    const auto requested = x.request.ipOption(Opt::RequestedIpAddress);
    const auto sid = x.request.ipOption(Opt::ServerIdentifier);
    if (!requested || !sid)
        return dropAndIgnore(x, DropReason::MissingFields, QStringLiteral("DECLINE without options 50 and 54"));
    if (*sid != m_config.dhcpServerIp)
        return x.dropWith(DropReason::OtherServerSelected, QStringLiteral("declined an address of server %1").arg(sid->toString()));
    x.processed = true;
    if (x.definition && x.definition->ip == *requested) {
        // An operator alert: another host uses the address this client is defined to have.
        qCCritical(lcDhcp).noquote() << QStringLiteral("DECLINE from %1 for %2 on %3: the address is in use by another host")
                                            .arg(x.mac.toString(), requested->toString(), subnetOf(*x.definition));
    } else {
        qCWarning(lcDhcp).noquote() << QStringLiteral("DECLINE from %1 for %2, which is not its definition's address")
                                           .arg(x.mac.toString(), requested->toString());
    }
    x.detail = QStringLiteral("declined %1").arg(requested->toString());
}

void Engine::release(Exchange &x)
{
    const auto sid = x.request.ipOption(Opt::ServerIdentifier);
    if (!sid)
        return dropAndIgnore(x, DropReason::MissingFields, QStringLiteral("RELEASE without option 54"));
    if (*sid == m_config.dhcpServerIp && x.definition && x.definition->ip == x.request.ciaddr) {
        x.processed = true;
        x.detail = QStringLiteral("released %1").arg(x.request.ciaddr.toString());
        qCDebug(lcDhcp).noquote() << "RELEASE from" << x.mac.toString() << "for" << x.request.ciaddr.toString() << "handled";
        return;
    }
    qCWarning(lcDhcp).noquote() << "RELEASE from" << x.mac.toString() << "for" << x.request.ciaddr.toString()
                                << "does not match a definition of this server";
    x.dropWith(DropReason::WrongAddress);
}

DhcpPacket &Engine::startReply(Exchange &x, MessageType type)
{
    x.reply = x.request;
    DhcpPacket &reply = *x.reply;
    if (type == MessageType::Offer)
        reply.transformToOffer();
    else
        reply.transformToAck();
    reply.setOption(Opt::ServerIdentifier, m_config.dhcpServerIp.toBytes());
    if (x.definition)
        loadDefinition(reply, *x.definition, x.method == Method::Inform);
    return reply;
}

// Step 9: the definition's fields as options (inventory §3 table); option 54 always.
void Engine::loadDefinition(DhcpPacket &reply, const Definition &d, bool inform) const
{
    if (!inform) {
        reply.yiaddr = d.ip;
        reply.setOption(Opt::IpAddressLeaseTime, uint32Bytes(d.lease_time));
        // T1/T2 (RFC 2131 §4.4.5) only when configured: staticDHCPd never sets them.
        if (m_config.renewalTimeFraction > 0)
            reply.setOption(Opt::RenewalTimeValue, uint32Bytes(quint32(d.lease_time * m_config.renewalTimeFraction)));
        if (m_config.rebindingTimeFraction > 0)
            reply.setOption(Opt::RebindingTimeValue, uint32Bytes(quint32(d.lease_time * m_config.rebindingTimeFraction)));
    }
    if (!d.gateways.isEmpty())
        reply.setOption(Opt::Router, addressList(d.gateways));
    if (d.subnet_mask)
        reply.setOption(Opt::SubnetMask, d.subnet_mask->toBytes());
    if (d.broadcast_address)
        reply.setOption(Opt::BroadcastAddress, d.broadcast_address->toBytes());
    if (!d.hostname.isEmpty())
        reply.setOption(Opt::Hostname, d.hostname.toUtf8());
    if (!d.domain_name.isEmpty())
        reply.setOption(Opt::DomainName, d.domain_name.toUtf8());
    if (!d.domain_name_servers.isEmpty())
        reply.setOption(Opt::DomainNameServers, addressList(d.domain_name_servers));
    if (!d.ntp_servers.isEmpty())
        reply.setOption(Opt::NtpServers, addressList(d.ntp_servers));
}

void Engine::nak(Exchange &x, const QString &why)
{
    x.reply = x.request;
    x.reply->transformToNak();
    x.reply->setOption(Opt::ServerIdentifier, m_config.dhcpServerIp.toBytes());
    x.detail = why;
}

void Engine::dropAndIgnore(Exchange &x, DropReason reason, const QString &why)
{
    x.dropWith(reason, why);
    m_abuse.ignore(x.mac, QStringLiteral("%1: %2").arg(methodName(x.method), why));
    if (m_ignoreWarnings.take())
        qCWarning(lcDhcp).noquote() << QStringLiteral("%1 was temporarily blacklisted for %2 seconds following %3: %4")
                                           .arg(x.mac.toString()).arg(m_config.unauthorizedClientTimeout)
                                           .arg(methodName(x.method), why);
}

void Engine::tick()
{
    m_abuse.tick();
    if (const auto held = m_ignoreWarnings.tick())
        qCWarning(lcDhcp).noquote() << QStringLiteral("%1 more clients were temporarily blacklisted in the last %2 seconds "
                                                      "(not logged one by one; %3 are ignored now)")
                                           .arg(*held).arg(m_ignoreWarnings.intervalSeconds()).arg(m_abuse.ignoredCount());
    if (const auto held = m_floodWarnings.tick())
        qCWarning(lcDhcp).noquote() << QStringLiteral("%1 more clients were suspended for too many requests in the last %2 seconds "
                                                      "(not logged one by one)")
                                           .arg(*held).arg(m_floodWarnings.intervalSeconds());
}

} // namespace qsd
