// The engine's decision table (inventory §4), source policy, abuse control (§5) and reply addressing
// (RFC 2131 §4.1), fed packets without a network, against a real SQLite definitions file.
#include "engine/engine.h"
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "storage/sqlitestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

namespace {

const IPv4 kServer(198, 18, 0, 1);
const IPv4 kKnownIp(198, 18, 0, 11);
const MAC kKnown = *MAC::fromString(u"02:00:00:00:00:01");
const MAC kUnknown = *MAC::fromString(u"02:00:00:00:00:99");
const MAC kOther = *MAC::fromString(u"02:00:00:00:00:02");

/// A client request as it arrives: built, encoded and put into an Exchange like the transport does.
struct Request
{
    DhcpPacket p;
    IPv4 source;
    IPv4 destination = IPv4(0xffffffffu);
    quint16 localPort = 67;
    quint16 sourcePort = 68;

    Request(MessageType type, const MAC &mac)
    {
        p.xid = 0xabcdef01;
        p.setHardwareAddress(mac);
        p.setOption(Opt::DhcpMessageType, QByteArray(1, char(type)));
        p.setOption(Opt::ParameterRequestList, QByteArray("\x01\x03\x06\x0f\x0c", 5));
    }
    Request &requested(IPv4 ip) { p.setOption(Opt::RequestedIpAddress, ip.toBytes()); return *this; }
    Request &serverId(IPv4 ip) { p.setOption(Opt::ServerIdentifier, ip.toBytes()); return *this; }
    Request &ciaddr(IPv4 ip) { p.ciaddr = ip; source = ip; return *this; }
    Request &unicastTo(IPv4 ip) { destination = ip; return *this; }
    Request &relayed(IPv4 giaddr) { p.giaddr = giaddr; p.hops = 1; source = giaddr; sourcePort = 67; destination = kServer; return *this; }
    Request &broadcastFlag() { p.setBroadcast(true); return *this; }
    Request &option(quint8 code, const QByteArray &v) { p.setOption(code, v); return *this; }

    Exchange exchange() const
    {
        Exchange x;
        x.wire = PacketEncoder::encode(p);
        x.sourceIp = source;
        x.sourcePort = sourcePort;
        x.destinationIp = destination;
        x.localPort = localPort;
        return x;
    }
};

MessageType replyType(const Exchange &x)
{
    return x.reply ? x.reply->messageType() : MessageType::None;
}

/// The reply as the client receives it: encoded and decoded again.
DhcpPacket onTheWire(const Exchange &x)
{
    return PacketDecoder::decode(PacketEncoder::encode(*x.reply)).packet;
}

const IPv4 kBroadcast(0xffffffffu);

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    ServerConfig m_config;

    Exchange run(const Request &r, const ServerConfig &config, bool unicast = false)
    {
        Engine engine(config, m_store.get());
        engine.setUnicastToUnaddressed(unicast);
        Exchange x = r.exchange();
        engine.handle(x);
        return x;
    }
    Exchange run(const Request &r, bool unicast = false) { return run(r, m_config, unicast); }
    ServerConfig authoritative() const { ServerConfig c = m_config; c.authoritative = true; return c; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<SqliteStore>(m_dir.filePath(QStringLiteral("dhcp.sqlite")), LookupOptions{});
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        SubnetRecord subnet{QStringLiteral("198.18.0.0/24"), 0, 3600, QStringLiteral("198.18.0.1"),
                            QStringLiteral("255.255.255.0"), QStringLiteral("198.18.0.255"), QStringLiteral("198.18.0.1"),
                            QStringLiteral("198.18.0.2,198.18.0.3"), QStringLiteral("lab.example")};
        QVERIFY2(m_store->addSubnet(subnet, QStringLiteral("test"), &error), qPrintable(error));
        QVERIFY2(m_store->addMap(MapRecord{kKnown.toString(), kKnownIp.toString(), QStringLiteral("labpc01"),
                                           subnet.subnet, 0}, QStringLiteral("test"), &error), qPrintable(error));
        QVERIFY2(m_store->addMap(MapRecord{kOther.toString(), QStringLiteral("198.18.0.12"), QString(), subnet.subnet, 0},
                                 QStringLiteral("test"), &error), qPrintable(error));
        m_config.dhcpServerIp = kServer;
        m_config.sqliteFile = m_store->file();
    }

    // --- DISCOVER -----------------------------------------------------------------------------------------
    void discoverKnownIsOffered()
    {
        const Exchange x = run(Request(MessageType::Discover, kKnown));
        QCOMPARE(x.drop, DropReason::None);
        QCOMPARE(x.method, Method::Discover);
        QCOMPARE(replyType(x), MessageType::Offer);
        const DhcpPacket got = onTheWire(x);
        QCOMPARE(got.op, quint8(2));
        QCOMPARE(got.xid, 0xabcdef01u);
        QCOMPARE(got.yiaddr, kKnownIp);
        QCOMPARE(got.option(Opt::ServerIdentifier), kServer.toBytes());
        QCOMPARE(got.option(Opt::SubnetMask), IPv4(255, 255, 255, 0).toBytes());
        QCOMPARE(got.option(Opt::Router), kServer.toBytes());
        QCOMPARE(got.option(Opt::DomainNameServers), IPv4(198, 18, 0, 2).toBytes() + IPv4(198, 18, 0, 3).toBytes());
        QCOMPARE(got.option(Opt::DomainName), QByteArray("lab.example"));
        QCOMPARE(got.option(Opt::Hostname), QByteArray("labpc01"));   // in the PRL
        QCOMPARE(got.option(Opt::IpAddressLeaseTime), QByteArray("\x00\x00\x0e\x10", 4));
        QVERIFY(!got.hasOption(Opt::NtpServers));         // not requested: libpydhcpserver's selection
        QVERIFY(!got.hasOption(Opt::BroadcastAddress));
        QVERIFY(!got.hasOption(Opt::RenewalTimeValue));   // T1/T2 off by default, as staticDHCPd
        QVERIFY(!got.hasOption(Opt::ParameterRequestList));
    }

    void discoverAddressing_data()
    {
        QTest::addColumn<bool>("broadcastFlag");
        QTest::addColumn<bool>("unicastPossible");
        QTest::addColumn<IPv4>("ip");
        QTest::addColumn<bool>("toUnaddressed");
        QTest::addRow("flag set") << true << true << kBroadcast << false;
        QTest::addRow("flag clear, unicast possible") << false << true << kKnownIp << true;
        QTest::addRow("flag clear, portable fallback") << false << false << kBroadcast << false;
    }
    void discoverAddressing()
    {
        QFETCH(bool, broadcastFlag);
        QFETCH(bool, unicastPossible);
        QFETCH(IPv4, ip);
        QFETCH(bool, toUnaddressed);
        Request r(MessageType::Discover, kKnown);
        if (broadcastFlag)
            r.broadcastFlag();
        const Exchange x = run(r, unicastPossible);
        QCOMPARE(x.destination.ip, ip);
        QCOMPARE(x.destination.port, quint16(68));
        QCOMPARE(x.destination.sourcePort, quint16(67));
        QCOMPARE(x.destination.toUnaddressedClient, toUnaddressed);
        if (toUnaddressed)
            QCOMPARE(x.destination.mac, kKnown);
        QCOMPARE(x.reply->isBroadcast(), broadcastFlag);
    }

    void rapidCommit()
    {
        Request r(MessageType::Discover, kKnown);
        r.option(Opt::RapidCommit, QByteArray(""));
        Exchange x = run(r);
        QCOMPARE(replyType(x), MessageType::Ack);
        QVERIFY(onTheWire(x).hasOption(Opt::RapidCommit));   // although the PRL lacks 80
        ServerConfig off = m_config;
        off.enableRapidCommit = false;
        x = run(r, off);
        QCOMPARE(replyType(x), MessageType::Offer);
        QVERIFY(!onTheWire(x).hasOption(Opt::RapidCommit));
    }

    void discoverUnknownIsIgnoredThenServedAfterAnEdit()
    {
        Engine engine(m_config, m_store.get());
        Exchange x = Request(MessageType::Discover, kUnknown).exchange();
        engine.handle(x);
        QCOMPARE(x.drop, DropReason::UnknownClient);
        QVERIFY(!x.reply);
        x = Request(MessageType::Discover, kUnknown).exchange();
        engine.handle(x);
        QCOMPARE(x.drop, DropReason::TemporarilyIgnored);   // unauthorized_client_timeout
        QCOMPARE(engine.abuse().secondsLeft(kUnknown), 60);
        engine.definitionChanged(kUnknown);   // e.g. "assign address" in the console
        x = Request(MessageType::Discover, kUnknown).exchange();
        engine.handle(x);
        QCOMPARE(x.drop, DropReason::UnknownClient);
    }

    void discoverUnknownAuthoritativeIsNaked()
    {
        const Exchange x = run(Request(MessageType::Discover, kUnknown), authoritative());
        QCOMPARE(replyType(x), MessageType::Nak);
        QCOMPARE(x.destination.ip, kBroadcast);
        QCOMPARE(onTheWire(x).option(Opt::ServerIdentifier), kServer.toBytes());
    }

    // --- REQUEST:SELECTING ----------------------------------------------------------------------------------
    void selecting_data()
    {
        QTest::addColumn<MAC>("mac");
        QTest::addColumn<IPv4>("serverId");
        QTest::addColumn<IPv4>("requested");
        QTest::addColumn<int>("reply");
        QTest::addColumn<DropReason>("drop");
        QTest::addRow("ours, matching") << kKnown << kServer << kKnownIp << int(MessageType::Ack) << DropReason::None;
        QTest::addRow("ours, no option 50") << kKnown << kServer << IPv4() << int(MessageType::Ack) << DropReason::None;
        QTest::addRow("ours, other address") << kKnown << kServer << IPv4(198, 18, 0, 99) << int(MessageType::Nak) << DropReason::None;
        QTest::addRow("ours, unknown MAC") << kUnknown << kServer << kKnownIp << int(MessageType::Nak) << DropReason::None;
        QTest::addRow("another server") << kKnown << IPv4(198, 18, 0, 254) << kKnownIp << int(MessageType::None) << DropReason::OtherServerSelected;
    }
    void selecting()
    {
        QFETCH(MAC, mac);
        QFETCH(IPv4, serverId);
        QFETCH(IPv4, requested);
        QFETCH(int, reply);
        QFETCH(DropReason, drop);
        Request r(MessageType::Request, mac);
        r.serverId(serverId);
        if (!requested.isUnspecified())
            r.requested(requested);
        const Exchange x = run(r);
        QCOMPARE(x.method, Method::RequestSelecting);
        QCOMPARE(int(replyType(x)), reply);
        QCOMPARE(x.drop, drop);
        if (reply == int(MessageType::Ack))
            QCOMPARE(onTheWire(x).yiaddr, kKnownIp);
        if (reply == int(MessageType::Nak)) {
            const DhcpPacket nak = onTheWire(x);
            QVERIFY(nak.yiaddr.isUnspecified());
            QVERIFY(!nak.hasOption(Opt::IpAddressLeaseTime));
            QCOMPARE(x.destination.ip, kBroadcast);
        }
    }

    // --- REQUEST:INIT-REBOOT --------------------------------------------------------------------------------
    void initReboot_data()
    {
        QTest::addColumn<MAC>("mac");
        QTest::addColumn<IPv4>("requested");
        QTest::addColumn<bool>("authoritativeOn");
        QTest::addColumn<int>("reply");
        QTest::addRow("matching") << kKnown << kKnownIp << false << int(MessageType::Ack);
        QTest::addRow("wrong address") << kKnown << IPv4(198, 18, 0, 99) << false << int(MessageType::Nak);
        QTest::addRow("unknown, not authoritative: silence (RFC 2131 §4.3.2)") << kUnknown << kKnownIp << false << int(MessageType::None);
        QTest::addRow("unknown, authoritative") << kUnknown << kKnownIp << true << int(MessageType::Nak);
    }
    void initReboot()
    {
        QFETCH(MAC, mac);
        QFETCH(IPv4, requested);
        QFETCH(bool, authoritativeOn);
        QFETCH(int, reply);
        Request r(MessageType::Request, mac);
        r.requested(requested);
        const Exchange x = run(r, authoritativeOn ? authoritative() : m_config);
        QCOMPARE(x.method, Method::RequestInitReboot);
        QCOMPARE(int(replyType(x)), reply);
        if (reply == int(MessageType::None))
            QCOMPARE(x.drop, DropReason::UnknownClient);
    }

    // --- REQUEST:RENEW / REBIND -----------------------------------------------------------------------------
    void renewRebind_data()
    {
        QTest::addColumn<MAC>("mac");
        QTest::addColumn<IPv4>("ciaddr");
        QTest::addColumn<bool>("rebind");
        QTest::addColumn<bool>("authoritativeOn");
        QTest::addColumn<bool>("nakRenewals");
        QTest::addColumn<int>("reply");
        QTest::addColumn<IPv4>("to");
        const IPv4 wrong(198, 18, 0, 99);
        QTest::addRow("renew matching") << kKnown << kKnownIp << false << false << false << int(MessageType::Ack) << kKnownIp;
        QTest::addRow("renew wrong address") << kKnown << wrong << false << false << false << int(MessageType::Nak) << kBroadcast;
        QTest::addRow("renew unknown") << kUnknown << wrong << false << false << false << int(MessageType::None) << IPv4();
        QTest::addRow("renew unknown, authoritative") << kUnknown << wrong << false << true << false << int(MessageType::Nak) << kBroadcast;
        QTest::addRow("renew, nak_renewals") << kKnown << kKnownIp << false << false << true << int(MessageType::Nak) << kBroadcast;
        QTest::addRow("rebind matching") << kKnown << kKnownIp << true << false << false << int(MessageType::Ack) << kKnownIp;
        QTest::addRow("rebind wrong address: silence") << kKnown << wrong << true << false << false << int(MessageType::None) << IPv4();
        QTest::addRow("rebind, nak_renewals, not authoritative") << kKnown << kKnownIp << true << false << true << int(MessageType::Ack) << kKnownIp;
        QTest::addRow("rebind, nak_renewals, authoritative") << kKnown << kKnownIp << true << true << true << int(MessageType::Nak) << kBroadcast;
    }
    void renewRebind()
    {
        QFETCH(MAC, mac);
        QFETCH(IPv4, ciaddr);
        QFETCH(bool, rebind);
        QFETCH(bool, authoritativeOn);
        QFETCH(bool, nakRenewals);
        QFETCH(int, reply);
        QFETCH(IPv4, to);
        Request r(MessageType::Request, mac);
        r.ciaddr(ciaddr).unicastTo(rebind ? kBroadcast : kServer);
        ServerConfig c = authoritativeOn ? authoritative() : m_config;
        c.nakRenewals = nakRenewals;
        const Exchange x = run(r, c);
        QCOMPARE(x.method, rebind ? Method::RequestRebind : Method::RequestRenew);
        QCOMPARE(int(replyType(x)), reply);
        if (reply != int(MessageType::None)) {
            QCOMPARE(x.destination.ip, to);
            QCOMPARE(x.destination.port, quint16(68));
        }
        if (reply == int(MessageType::Ack))
            QCOMPARE(onTheWire(x).yiaddr, ciaddr);
    }

    void renewRebindClassification()
    {
        // staticDHCPd's rule when the destination is unknown: source 0.0.0.0/255.255.255.255 means REBIND.
        Request r(MessageType::Request, kKnown);
        r.ciaddr(kKnownIp).unicastTo(IPv4());
        QCOMPARE(run(r).method, Method::RequestRenew);
        r.relayed(IPv4(198, 18, 2, 1));
        ServerConfig c = m_config;
        c.allowDhcpRelays = true;
        c.allowAnyDhcpRelay = true;
        QCOMPARE(run(r, c).method, Method::RequestRebind);   // relays forward only broadcasts
    }

    // --- INFORM, DECLINE, RELEASE ---------------------------------------------------------------------------
    void informKnown()
    {
        Request r(MessageType::Inform, kKnown);
        r.ciaddr(IPv4(198, 18, 0, 50)).unicastTo(kServer);
        const Exchange x = run(r);
        QCOMPARE(replyType(x), MessageType::Ack);
        const DhcpPacket got = onTheWire(x);
        QVERIFY(got.yiaddr.isUnspecified());
        QVERIFY(!got.hasOption(Opt::IpAddressLeaseTime));   // RFC 2131 §4.3.5
        QCOMPARE(got.option(Opt::SubnetMask), IPv4(255, 255, 255, 0).toBytes());
        QCOMPARE(x.destination.ip, IPv4(198, 18, 0, 50));
        QCOMPARE(x.clientIp, std::optional<IPv4>(IPv4(198, 18, 0, 50)));
    }

    void informProblemsIgnoreTheMac_data()
    {
        QTest::addColumn<MAC>("mac");
        QTest::addColumn<IPv4>("ciaddr");
        QTest::addColumn<DropReason>("drop");
        QTest::addRow("no ciaddr") << kKnown << IPv4() << DropReason::MissingFields;
        QTest::addRow("unknown") << kUnknown << IPv4(198, 18, 0, 50) << DropReason::UnknownClient;
    }
    void informProblemsIgnoreTheMac()
    {
        QFETCH(MAC, mac);
        QFETCH(IPv4, ciaddr);
        QFETCH(DropReason, drop);
        Engine engine(m_config, m_store.get());
        Request r(MessageType::Inform, mac);
        r.ciaddr(ciaddr);
        Exchange x = r.exchange();
        engine.handle(x);
        QCOMPARE(x.drop, drop);
        QVERIFY(engine.abuse().secondsLeft(mac) > 0);
    }

    void decline_data()
    {
        QTest::addColumn<bool>("withRequested");
        QTest::addColumn<IPv4>("serverId");
        QTest::addColumn<bool>("processed");
        QTest::addColumn<DropReason>("drop");
        QTest::addRow("complete, ours") << true << kServer << true << DropReason::None;
        QTest::addRow("no option 50") << false << kServer << false << DropReason::MissingFields;
        QTest::addRow("no option 54") << true << IPv4() << false << DropReason::MissingFields;
        QTest::addRow("another server's") << true << IPv4(198, 18, 0, 254) << false << DropReason::OtherServerSelected;
    }
    void decline()
    {
        QFETCH(bool, withRequested);
        QFETCH(IPv4, serverId);
        QFETCH(bool, processed);
        QFETCH(DropReason, drop);
        Request r(MessageType::Decline, kKnown);
        if (withRequested)
            r.requested(kKnownIp);
        if (!serverId.isUnspecified())
            r.serverId(serverId);
        const Exchange x = run(r);
        QCOMPARE(x.method, Method::Decline);
        QVERIFY(!x.reply);   // a DECLINE is never answered
        QCOMPARE(x.processed, processed);
        QCOMPARE(x.drop, drop);
    }

    void release_data()
    {
        QTest::addColumn<IPv4>("serverId");
        QTest::addColumn<IPv4>("ciaddr");
        QTest::addColumn<bool>("processed");
        QTest::addColumn<DropReason>("drop");
        QTest::addRow("matching") << kServer << kKnownIp << true << DropReason::None;
        QTest::addRow("other address") << kServer << IPv4(198, 18, 0, 99) << false << DropReason::WrongAddress;
        QTest::addRow("no option 54") << IPv4() << kKnownIp << false << DropReason::MissingFields;
    }
    void release()
    {
        QFETCH(IPv4, serverId);
        QFETCH(IPv4, ciaddr);
        QFETCH(bool, processed);
        QFETCH(DropReason, drop);
        Request r(MessageType::Release, kKnown);
        r.ciaddr(ciaddr).unicastTo(kServer);
        if (!serverId.isUnspecified())
            r.serverId(serverId);
        const Exchange x = run(r);
        QVERIFY(!x.reply);
        QCOMPARE(x.processed, processed);
        QCOMPARE(x.drop, drop);
    }

    void notCompliantRequest()
    {
        Request r(MessageType::Request, kKnown);   // no 50, no 54, no ciaddr
        const Exchange x = run(r);
        QCOMPARE(x.method, Method::Request);
        QCOMPARE(x.drop, DropReason::NotCompliant);
    }

    // --- what is not a request ------------------------------------------------------------------------------
    void notServed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<DropReason>("drop");
        Request bootp(MessageType::Discover, kKnown);
        bootp.p.removeOption(Opt::DhcpMessageType);
        QTest::addRow("BOOTP") << bootp.exchange().wire << DropReason::NotDhcp;
        Request reply(MessageType::Offer, kKnown);
        reply.p.op = 2;
        QTest::addRow("a reply") << reply.exchange().wire << DropReason::NotARequest;
        QTest::addRow("leasequery") << Request(MessageType::LeaseQuery, kKnown).exchange().wire << DropReason::LeaseQueryUnsupported;
        QTest::addRow("truncated") << QByteArray(100, '\1') << DropReason::Malformed;
        QByteArray badOption = Request(MessageType::Discover, kKnown).exchange().wire.left(240) + QByteArray("\x35\x01\x01\x36\x02\x01", 6);
        QTest::addRow("option overrun") << badOption << DropReason::Malformed;
    }
    void notServed()
    {
        QFETCH(QByteArray, wire);
        QFETCH(DropReason, drop);
        Engine engine(m_config, m_store.get());
        Exchange x;
        x.wire = wire;
        engine.handle(x);
        QCOMPARE(x.drop, drop);
        QVERIFY(!x.reply);
        QVERIFY(!x.detail.isEmpty() || drop == DropReason::LeaseQueryUnsupported);
    }

    // --- source policy, relays, option 82 -------------------------------------------------------------------
    void sourcePolicy_data()
    {
        QTest::addColumn<bool>("relayed");
        QTest::addColumn<bool>("allowRelays");
        QTest::addColumn<QString>("allowedRelays");
        QTest::addColumn<bool>("allowLocal");
        QTest::addColumn<DropReason>("drop");
        QTest::addRow("relay, relays off") << true << false << "" << true << DropReason::RelayNotAllowed;
        QTest::addRow("relay, not listed") << true << true << "198.18.9.9" << true << DropReason::RelayNotAuthorised;
        QTest::addRow("relay, listed") << true << true << "198.18.2.1" << true << DropReason::None;
        QTest::addRow("relay, any (*)") << true << true << "*" << false << DropReason::None;
        QTest::addRow("relay, none listed") << true << true << "" << true << DropReason::RelayNotAuthorised;
        QTest::addRow("local, local off") << false << false << "" << false << DropReason::LocalNotAllowed;
    }
    void sourcePolicy()
    {
        QFETCH(bool, relayed);
        QFETCH(bool, allowRelays);
        QFETCH(QString, allowedRelays);
        QFETCH(bool, allowLocal);
        QFETCH(DropReason, drop);
        ServerConfig c = m_config;
        c.allowDhcpRelays = allowRelays;
        c.allowLocalDhcp = allowLocal;
        c.allowAnyDhcpRelay = allowedRelays == QLatin1String("*");
        if (!allowedRelays.isEmpty() && !c.allowAnyDhcpRelay)
            c.allowedDhcpRelays << *IPv4::fromString(allowedRelays);
        Request r(MessageType::Discover, kKnown);
        if (relayed)
            r.relayed(IPv4(198, 18, 2, 1));
        const Exchange x = run(r, c);
        QCOMPARE(x.drop, drop);
    }

    // A socket that hears every interface (relays allowed, or QUdpSocket) marks what another interface brought;
    // a direct request from there is another network's and is dropped before anything else (decode, source
    // policy, lookup) is asked of it. A relayed one is the relay's business.
    void otherNetwork_data()
    {
        QTest::addColumn<bool>("otherInterface");
        QTest::addColumn<bool>("relayed");
        QTest::addColumn<bool>("bootReply");
        QTest::addColumn<DropReason>("drop");
        QTest::addColumn<Method>("method");
        QTest::addRow("direct, on dhcp_server_ip's interface") << false << false << false << DropReason::None << Method::Discover;
        QTest::addRow("direct, from another interface") << true << false << false << DropReason::OtherNetwork << Method::Discover;
        QTest::addRow("relayed, from another interface") << true << true << false << DropReason::None << Method::Discover;
        QTest::addRow("not even a request, from another interface")
            << true << false << true << DropReason::OtherNetwork << Method::Other;
    }
    void otherNetwork()
    {
        QFETCH(bool, otherInterface);
        QFETCH(bool, relayed);
        QFETCH(bool, bootReply);
        ServerConfig c = m_config;
        c.allowDhcpRelays = true;
        c.allowAnyDhcpRelay = true;
        Engine engine(c, m_store.get());
        int lookups = 0;
        engine.setLookupStarter([&](Exchange &x, LookupResult *answer) {
            ++lookups;
            *answer = m_store->lookupMAC(x.mac);
            return true;
        });
        Request r(MessageType::Discover, kKnown);
        if (relayed)
            r.relayed(IPv4(198, 18, 2, 1));
        if (bootReply)
            r.p.op = 2;
        Exchange x = r.exchange();
        x.interfaceIndex = 7;
        x.onOtherInterface = otherInterface;
        engine.handle(x);
        QTEST(x.drop, "drop");
        QTEST(x.method, "method");
        QCOMPARE(x.mac, kKnown);
        if (x.drop == DropReason::OtherNetwork) {
            QCOMPARE(dropReasonName(x.drop), QStringLiteral("other-network"));
            QCOMPARE(x.detail, QStringLiteral("interface 7"));
            QVERIFY(!x.reply);
            QCOMPARE(lookups, 0);
            if (!bootReply) {   // not ignored for a while: the same client on our network is answered at once
                Exchange again = r.exchange();
                engine.handle(again);
                QCOMPARE(replyType(again), MessageType::Offer);
            }
        } else {
            QCOMPARE(replyType(x), MessageType::Offer);
            QCOMPARE(lookups, 1);
        }
    }

    void relayedReplyGoesToTheRelayWithOption82()
    {
        ServerConfig c = m_config;
        c.allowDhcpRelays = true;
        c.allowAnyDhcpRelay = true;
        const QByteArray agent("\x01\x0bveth-rly-dn", 13);
        Request r(MessageType::Discover, kKnown);
        r.relayed(IPv4(198, 18, 2, 1)).option(Opt::RelayAgent, agent).option(Opt::ClientIdentifier, QByteArray("\x01\x02\x00\x00\x00\x00\x01", 7));
        Exchange x = run(r, c);
        QCOMPARE(replyType(x), MessageType::Offer);
        QCOMPARE(x.destination.ip, IPv4(198, 18, 2, 1));
        QCOMPARE(x.destination.port, quint16(67));
        QCOMPARE(x.relayIp, std::optional<IPv4>(IPv4(198, 18, 2, 1)));
        const DhcpPacket got = onTheWire(x);
        QCOMPARE(got.option(Opt::RelayAgent), agent);   // RFC 3046 §2.2
        QCOMPARE(got.option(Opt::ClientIdentifier), QByteArray("\x01\x02\x00\x00\x00\x00\x01", 7));   // RFC 6842
        QCOMPARE(got.options().last().code, Opt::RelayAgent);
        QCOMPARE(got.giaddr, IPv4(198, 18, 2, 1));

        // A relayed NAK keeps going to the relay, with the broadcast bit set so the relay broadcasts it.
        Request bad(MessageType::Request, kKnown);
        bad.relayed(IPv4(198, 18, 2, 1)).requested(IPv4(198, 18, 0, 99)).serverId(kServer).option(Opt::RelayAgent, agent);
        x = run(bad, c);
        QCOMPARE(replyType(x), MessageType::Nak);
        QCOMPARE(x.destination.ip, IPv4(198, 18, 2, 1));
        QVERIFY(onTheWire(x).isBroadcast());
        QCOMPARE(onTheWire(x).option(Opt::RelayAgent), agent);
    }

    void proxyPortRepliesToTheSource()
    {
        ServerConfig c = m_config;
        c.proxyPort = 4011;
        Request r(MessageType::Request, kKnown);
        r.ciaddr(kKnownIp).unicastTo(kServer);
        r.localPort = 4011;
        r.sourcePort = 4011;
        const Exchange x = run(r, c);
        QCOMPARE(replyType(x), MessageType::Ack);
        QCOMPARE(x.destination.ip, kKnownIp);
        QCOMPARE(x.destination.port, quint16(4011));
        QCOMPARE(x.destination.sourcePort, quint16(4011));
    }

    // Reflection: a ProxyDHCP request names where the reply goes (its source), so only a DHCP client's ports are
    // answered, at the IP header's source rather than ciaddr.
    void proxyRepliesCannotBeReflected_data()
    {
        QTest::addColumn<quint16>("sourcePort");
        QTest::addColumn<DropReason>("drop");
        QTest::addRow("client port 68") << quint16(68) << DropReason::None;
        QTest::addRow("the ProxyDHCP port") << quint16(4011) << DropReason::None;
        QTest::addRow("DNS 53") << quint16(53) << DropReason::ReplyNotAllowed;
        QTest::addRow("chargen 19") << quint16(19) << DropReason::ReplyNotAllowed;
        QTest::addRow("any port from loopback") << quint16(53) << DropReason::None;
    }
    void proxyRepliesCannotBeReflected()
    {
        QFETCH(quint16, sourcePort);
        QFETCH(DropReason, drop);
        ServerConfig c = m_config;
        c.proxyPort = 4011;
        Request r(MessageType::Request, kKnown);
        r.ciaddr(kKnownIp).unicastTo(kServer);
        r.source = QByteArray(QTest::currentDataTag()).contains("loopback") ? IPv4(127, 0, 0, 1) : IPv4(198, 18, 0, 200);   // not ciaddr
        r.localPort = 4011;
        r.sourcePort = sourcePort;
        const Exchange x = run(r, c);
        QCOMPARE(x.drop, drop);
        if (drop == DropReason::None)
            QCOMPARE((std::pair{x.destination.ip, x.destination.port}), (std::pair{r.source, sourcePort}));
    }

    // --- abuse control --------------------------------------------------------------------------------------
    void floodingMacIsSuspendedWhileOthersAreServed()
    {
        Engine engine(m_config, m_store.get());
        for (int i = 1; i <= 10; ++i) {
            Exchange x = Request(MessageType::Discover, kKnown).exchange();
            engine.handle(x);
            QCOMPARE(x.drop, DropReason::None);
        }
        Exchange x = Request(MessageType::Discover, kKnown).exchange();
        engine.handle(x);
        QCOMPARE(x.drop, DropReason::FloodSuspended);
        QCOMPARE(engine.abuse().secondsLeft(kKnown), 150);
        x = Request(MessageType::Discover, kKnown).exchange();
        engine.handle(x);
        QCOMPARE(x.drop, DropReason::TemporarilyIgnored);
        x = Request(MessageType::Discover, kOther).exchange();
        engine.handle(x);
        QCOMPARE(replyType(x), MessageType::Offer);
        for (int s = 0; s < 150; ++s)
            engine.tick();
        x = Request(MessageType::Discover, kKnown).exchange();
        engine.handle(x);
        QCOMPARE(replyType(x), MessageType::Offer);
    }

    void oneRequestPerSecondIsNotAFlood()
    {
        Engine engine(m_config, m_store.get());
        for (int i = 0; i < 50; ++i) {
            Exchange x = Request(MessageType::Discover, kKnown).exchange();
            engine.handle(x);
            QCOMPARE(x.drop, DropReason::None);
            engine.tick();
        }
    }

    void permanentBlacklist()
    {
        Engine engine(m_config, m_store.get());
        engine.setPermanentBlacklist({kKnown});
        Exchange x = Request(MessageType::Discover, kKnown).exchange();
        engine.handle(x);
        QCOMPARE(x.drop, DropReason::Blacklisted);
    }

    void renewalAndRebindingTimes()
    {
        ServerConfig c = m_config;
        c.renewalTimeFraction = 0.5;
        c.rebindingTimeFraction = 0.875;
        const DhcpPacket got = onTheWire(run(Request(MessageType::Discover, kKnown), c));
        QCOMPARE(got.option(Opt::RenewalTimeValue), QByteArray("\x00\x00\x07\x08", 4));      // 1800
        QCOMPARE(got.option(Opt::RebindingTimeValue), QByteArray("\x00\x00\x0c\x4e", 4));    // 3150
    }

    void databaseFailureIsNamed()
    {
        SqliteStore closed(m_dir.filePath(QStringLiteral("closed.sqlite")), LookupOptions{});
        Engine engine(m_config, &closed);
        Exchange x = Request(MessageType::Discover, kKnown).exchange();
        engine.handle(x);
        QCOMPARE(x.drop, DropReason::DatabaseError);
        QVERIFY(!x.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
