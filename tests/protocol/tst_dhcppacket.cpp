#include "protocol/dhcppacket.h"
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"

#include <QTest>

using namespace qsd;

namespace {

/// A DHCPREQUEST as a client would send it, with a parameter request list.
DhcpPacket request(QByteArray prl = QByteArray("\x01\x03\x06\x0f", 4))
{
    DhcpPacket p;
    p.xid = 0x12345678;
    p.setHardwareAddress(*MAC::fromString(u"02:00:00:00:00:01"));
    p.setOption(Opt::DhcpMessageType, QByteArray(1, char(MessageType::Request)));
    if (!prl.isNull()) {
        p.setOption(Opt::ParameterRequestList, prl);
        p.selectRequestedOptions(prl);
    }
    return p;
}

DhcpPacket roundTrip(const DhcpPacket &p, EncodeReport *report = nullptr)
{
    const DecodeResult r = PacketDecoder::decode(PacketEncoder::encode(p, report));
    if (r.malformed())
        qWarning() << "re-decoded packet is malformed:" << r.detail;
    return r.packet;
}

/// Counts instances of `code` in an encoded options area (no overload).
int instancesOf(const QByteArray &wire, quint8 code)
{
    int n = 0;
    for (qsizetype i = 240; i < wire.size();) {
        const auto c = quint8(wire[i]);
        if (c == 0) { ++i; continue; }
        if (c == 255) break;
        n += c == code;
        i += 2 + quint8(wire[i + 1]);
    }
    return n;
}

} // namespace

class TestDhcpPacket : public QObject
{
    Q_OBJECT
private slots:
    void longOptionIsSplitAndConcatenated()
    {
        DhcpPacket p = request(QByteArray());
        p.setMaximumMessageSize(1500);
        const QByteArray big(300, 'v');
        p.setOption(Opt::VendorClassIdentifier, big);
        const QByteArray wire = PacketEncoder::encode(p);
        QCOMPARE(instancesOf(wire, Opt::VendorClassIdentifier), 2);   // 255 + 45 (RFC 3396 §7)
        const DecodeResult r = PacketDecoder::decode(wire);
        QCOMPARE(r.packet.option(Opt::VendorClassIdentifier), big);
        QCOMPARE(r.packet.options().at(1).instances, 2);
    }

    void overloadWhenOptionsDoNotFit()
    {
        DhcpPacket p = request(QByteArray());   // no 57: the reply must fit 576 bytes
        for (quint8 code = 128; code < 136; ++code)
            p.setOption(code, QByteArray(40, char(code)));   // 8 × 42 = 336 bytes > 308 available
        EncodeReport report;
        const QByteArray wire = PacketEncoder::encode(p, &report);
        QVERIFY(report.dropped.isEmpty());
        QCOMPARE(report.overload, 3);
        QVERIFY(wire.size() <= 548);
        const DecodeResult r = PacketDecoder::decode(wire);
        QVERIFY2(!r.malformed(), qPrintable(r.detail));
        for (quint8 code = 128; code < 136; ++code)
            QCOMPARE(r.packet.option(code), QByteArray(40, char(code)));
        QCOMPARE(r.packet.option(Opt::Overload), QByteArray(1, '\3'));
    }

    void overloadSkipsUsedFields()
    {
        DhcpPacket p = request(QByteArray());
        p.file.replace(0, 10, "pxelinux.0");
        for (quint8 code = 128; code < 136; ++code)
            p.setOption(code, QByteArray(40, char(code)));
        EncodeReport report;
        const DecodeResult r = PacketDecoder::decode(PacketEncoder::encode(p, &report));
        QCOMPARE(report.overload, 2);   // sname only: file holds a boot file name
        QVERIFY(r.packet.file.startsWith("pxelinux.0"));
        for (quint8 code = 128; code < 136; ++code)
            QCOMPARE(r.packet.option(code), QByteArray(40, char(code)));
    }

    void whatCannotFitIsReported()
    {
        DhcpPacket p = request(QByteArray());
        p.setOption(200, QByteArray(700, 'x'));
        EncodeReport report;
        const QByteArray wire = PacketEncoder::encode(p, &report);
        QCOMPARE(report.dropped, QList<quint8>{200});
        QVERIFY(wire.size() <= 548);
        QVERIFY(!PacketDecoder::decode(wire).packet.hasOption(200));
    }

    void maximumMessageSize_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("effective");
        QTest::addRow("none") << -1 << 576;
        QTest::addRow("1500") << 1500 << 1500;
        QTest::addRow("below 576 is raised") << 300 << 576;
    }
    void maximumMessageSize()
    {
        QFETCH(int, requested);
        QFETCH(int, effective);
        DhcpPacket p = request(QByteArray());
        if (requested > 0)
            p.setOption(Opt::MaximumDhcpMessageSize, QByteArray(1, char(requested >> 8)) + char(requested & 0xff));
        const DhcpPacket decoded = roundTrip(p);
        QCOMPARE(decoded.maximumMessageSize(), effective);
        DhcpPacket reply = decoded;
        reply.transformToAck();
        reply.selectAllOptions();
        reply.setOption(200, QByteArray(255, 'a'));
        reply.setOption(201, QByteArray(255, 'b'));
        reply.setOption(202, QByteArray(255, 'c'));
        reply.setOption(203, QByteArray(255, 'd'));
        EncodeReport report;
        const QByteArray wire = PacketEncoder::encode(reply, &report);
        QVERIFY(wire.size() <= effective - 28);
        QCOMPARE(report.dropped.isEmpty(), effective >= 1500);
    }

    void selectionFollowsTheRequestList()
    {
        DhcpPacket reply = request(QByteArray("\x01\x03\x2a", 3));   // asks for 1, 3, 42
        reply.transformToAck();
        reply.setOption(Opt::SubnetMask, IPv4(255, 255, 255, 0).toBytes());
        reply.setOption(Opt::Hostname, "labpc01");
        reply.setOption(Opt::NtpServers, IPv4(198, 18, 0, 1).toBytes());
        reply.setOption(Opt::BroadcastAddress, IPv4(198, 18, 0, 255).toBytes());
        reply.setOption(Opt::DomainName, "lab.example");   // mandatory
        DhcpPacket got = roundTrip(reply);
        QVERIFY(got.hasOption(Opt::SubnetMask));
        QVERIFY(got.hasOption(Opt::NtpServers));
        QVERIFY(got.hasOption(Opt::DomainName));
        QVERIFY(!got.hasOption(Opt::Hostname));
        QVERIFY(!got.hasOption(Opt::BroadcastAddress));
        reply.setOption(Opt::Hostname, "labpc01", /*force=*/true);
        QVERIFY(roundTrip(reply).hasOption(Opt::Hostname));
        reply.setSelected(Opt::NtpServers, false);
        QVERIFY(!roundTrip(reply).hasOption(Opt::NtpServers));
        QVERIFY(reply.selectedOptions().contains(Opt::Hostname));
        QVERIFY(!reply.selectedOptions().contains(Opt::NtpServers));
    }

    void withoutRequestListEverythingIsSent()
    {
        DhcpPacket reply = request(QByteArray());
        reply.transformToAck();
        reply.setOption(Opt::Hostname, "labpc01");
        reply.setOption(Opt::BroadcastAddress, IPv4(198, 18, 0, 255).toBytes());
        const DhcpPacket got = roundTrip(reply);
        QVERIFY(got.hasOption(Opt::Hostname));
        QVERIFY(got.hasOption(Opt::BroadcastAddress));
    }

    void rapidCommitReachesTheClient()
    {
        // [defect] staticDHCPd set 80 without force_selection, so a PRL without 80 hid it.
        DhcpPacket reply = request(QByteArray("\x01\x03", 2));
        reply.transformToAck();
        reply.setOption(Opt::RapidCommit, QByteArray(""), /*force=*/true);
        const QByteArray wire = PacketEncoder::encode(reply);
        QCOMPARE(instancesOf(wire, Opt::RapidCommit), 1);
        const DhcpPacket got = PacketDecoder::decode(wire).packet;
        QVERIFY(got.hasOption(Opt::RapidCommit));
        QVERIFY(got.option(Opt::RapidCommit).isEmpty());
    }

    void ackTransform()
    {
        DhcpPacket p = request();
        p.secs = 9;
        p.ciaddr = IPv4(198, 18, 0, 11);
        for (quint8 code : {Opt::RequestedIpAddress, Opt::MaximumDhcpMessageSize, Opt::VendorClassIdentifier, Opt::ClientSystem})
            p.setOption(code, QByteArray(2, '\1'));
        p.setOption(Opt::ClientIdentifier, QByteArray("\x01\x02\x00\x00\x00\x00\x01", 7));
        p.setOption(Opt::RelayAgent, QByteArray("\x01\x03" "eth", 5));
        p.transformToAck();
        QCOMPARE(p.op, quint8(2));
        QCOMPARE(p.secs, quint16(0));
        QCOMPARE(p.messageType(), MessageType::Ack);
        QCOMPARE(p.ciaddr, IPv4(198, 18, 0, 11));
        for (quint8 code : {Opt::RequestedIpAddress, Opt::MaximumDhcpMessageSize, Opt::VendorClassIdentifier,
                            Opt::ClientSystem, Opt::ParameterRequestList})
            QVERIFY2(!p.hasOption(code), qPrintable(QString::number(code)));
        // Client identifier (RFC 6842) and relay agent information (RFC 3046 §2.2) go back although the PRL
        // does not list them: staticDHCPd's [defect]s fixed.
        const DhcpPacket got = roundTrip(p);
        QCOMPARE(got.option(Opt::ClientIdentifier), QByteArray("\x01\x02\x00\x00\x00\x00\x01", 7));
        QCOMPARE(got.option(Opt::RelayAgent), QByteArray("\x01\x03" "eth", 5));
    }

    void offerAndNakTransforms()
    {
        DhcpPacket offer = request();
        offer.ciaddr = IPv4(1, 2, 3, 4);
        offer.transformToOffer();
        QCOMPARE(offer.messageType(), MessageType::Offer);
        QVERIFY(offer.ciaddr.isUnspecified());

        DhcpPacket nak = request();
        nak.ciaddr = IPv4(1, 2, 3, 4);
        nak.yiaddr = IPv4(1, 2, 3, 5);
        nak.siaddr = IPv4(1, 2, 3, 6);
        nak.file.replace(0, 4, "boot");
        nak.setOption(Opt::Hostname, "client-name");
        nak.setOption(Opt::IpAddressLeaseTime, QByteArray(4, '\1'));
        nak.setOption(Opt::ServerIdentifier, IPv4(198, 18, 0, 1).toBytes());
        nak.setOption(Opt::ClientIdentifier, QByteArray("\x01\x02", 2));
        nak.transformToNak();
        QCOMPARE(nak.messageType(), MessageType::Nak);
        QVERIFY(nak.ciaddr.isUnspecified() && nak.yiaddr.isUnspecified() && nak.siaddr.isUnspecified());
        QCOMPARE(nak.file, QByteArray(128, '\0'));
        QList<quint8> codes;
        for (const DhcpOption &o : nak.options())
            codes << o.code;
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<quint8>{Opt::DhcpMessageType, Opt::ServerIdentifier, Opt::ClientIdentifier}));
    }

    void leaseQueryTransforms()
    {
        DhcpPacket p = request();
        p.ciaddr = IPv4(1, 2, 3, 4);
        p.transformToLeaseActive();
        QCOMPARE(p.messageType(), MessageType::LeaseActive);
        QVERIFY(p.ciaddr.isUnspecified());
        p.transformToLeaseUnassigned();
        QCOMPARE(p.messageTypeName(), QStringLiteral("DHCP_LEASEUNASSIGNED"));
        p.transformToLeaseUnknown();
        QCOMPARE(p.messageTypeName(), QStringLiteral("DHCP_LEASEUNKNOWN"));
    }

    void headerFieldsSurvive()
    {
        DhcpPacket p = request(QByteArray());
        p.op = 2;
        p.hops = 3;
        p.secs = 0x1234;
        p.setBroadcast(true);
        p.ciaddr = IPv4(1, 1, 1, 1);
        p.yiaddr = IPv4(2, 2, 2, 2);
        p.siaddr = IPv4(3, 3, 3, 3);
        p.giaddr = IPv4(4, 4, 4, 4);
        p.sname.replace(0, 6, "server");
        const DhcpPacket got = roundTrip(p);
        QCOMPARE(got.hops, quint8(3));
        QCOMPARE(got.secs, quint16(0x1234));
        QVERIFY(got.isBroadcast());
        QCOMPARE(got.giaddr, IPv4(4, 4, 4, 4));
        QCOMPARE(got.siaddr, IPv4(3, 3, 3, 3));
        QCOMPARE(got.xid, 0x12345678u);
        QVERIFY(got.sname.startsWith("server\0"));
        QCOMPARE(got.hardwareAddress().toString(), QStringLiteral("02:00:00:00:00:01"));
        QCOMPARE(PacketEncoder::encode(p).size(), qsizetype(DhcpPacket::MinimumSize));
        QVERIFY(!got.ipOption(Opt::ServerIdentifier));
        p.setOption(Opt::ServerIdentifier, IPv4().toBytes());
        QVERIFY(!p.ipOption(Opt::ServerIdentifier));   // 0.0.0.0 counts as absent
        p.setBroadcast(false);
        QVERIFY(!p.isBroadcast());
        QCOMPARE(p.removeOption(Opt::ServerIdentifier), true);
        QCOMPARE(p.removeOption(Opt::ServerIdentifier), false);
    }
};

QTEST_APPLESS_MAIN(TestDhcpPacket)
#include "tst_dhcppacket.moc"
