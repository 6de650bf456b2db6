// Every example of js-hooks/ loaded and exercised: the scripting guide's examples ported to JavaScript, the
// dynamic pool, the OUI allow list, PXE boot by architecture and the per-subnet overrides.
#include "hooktestutil.h"
#include "protocol/packetencoder.h"

using namespace qsd;
using namespace qsd::test;

namespace {

QString example(const char *name)
{
    return QStringLiteral(QSD_SOURCE_DIR "/js-hooks/") + QLatin1String(name);
}

std::unique_ptr<HookRunner> load(const char *name)
{
    auto runner = std::make_unique<HookRunner>(1000);
    QString error;
    if (!runner->load(example(name), &error) || !runner->init(&error)) {
        qWarning().noquote() << error;
        return nullptr;
    }
    return runner;
}

DhcpPacket request(MessageType type, const QString &mac = QStringLiteral("02:00:00:00:00:01"))
{
    DhcpPacket p;
    p.setHardwareAddress(*MAC::fromString(mac));
    p.setOption(Opt::DhcpMessageType, QByteArray(1, char(type)));
    return p;
}

Definition definition(IPv4 ip, const QString &subnet = QStringLiteral("198.18.0.0/24"))
{
    Definition d;
    d.ip = ip;
    d.lease_time = 3600;
    d.subnet = subnet;
    return d;
}

/// Calls loadDHCPPacket on an OFFER made from `source`.
HookResult<bool> load(HookRunner &runner, DhcpPacket &reply, const DhcpPacket &source, const Definition &d,
                      const QString &method = QStringLiteral("DISCOVER"))
{
    DhcpPacket asSent = source;
    asSent.selectAllOptions();
    reply = source;
    reply.transformToOffer();
    runner.beginExchange();
    auto r = runner.loadDHCPPacket(reply, args(method, source.hardwareAddress().toString()), d, PacketEncoder::encode(asSent));
    runner.endExchange();
    return r;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void tickLogger()
    {
        auto runner = load("tick-logger.mjs");
        QVERIFY(runner);
        QVERIFY(runner->hasTickHandlers());
        QTest::ignoreMessage(QtDebugMsg, "Ticked!");
        runner->tick();
    }

    void randomFilter()
    {
        auto runner = load("random-filter.mjs");
        QVERIFY(runner);
        DhcpPacket p = request(MessageType::Discover);
        QString error;
        eval(*runner, QStringLiteral("Math.random = () => 0.1"));
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Reject);
        eval(*runner, QStringLiteral("Math.random = () => 0.9"));
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Accept);
    }

    void guestbox()
    {
        auto runner = load("guestbox.mjs");
        QVERIFY(runner);
        DhcpPacket p = request(MessageType::Discover, QStringLiteral("aa:bb:cc:dd:ee:ff"));
        auto r = runner->handleUnknownMAC(p, args(QStringLiteral("DISCOVER"), QStringLiteral("AA-BB-CC-DD-EE-FF")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value.size(), 1);
        QCOMPARE(r.value[0].ip, IPv4(192, 168, 0, 100));
        QCOMPARE(r.value[0].hostname, QStringLiteral("guestbox"));
        QCOMPARE(r.value[0].ntp_servers.size(), 2);
        auto none = runner->handleUnknownMAC(p, args());
        QVERIFY(none.ok && none.value.isEmpty());
    }

    void renewalTime()
    {
        auto runner = load("renewal-time.mjs");
        QVERIFY(runner);
        DhcpPacket reply;
        const DhcpPacket source = request(MessageType::Request);
        auto r = load(*runner, reply, source, definition(IPv4(198, 18, 0, 12)), QStringLiteral("REQUEST:SELECTING"));
        QVERIFY(r.ok && r.value);
        QCOMPARE(reply.option(Opt::RenewalTimeValue), QByteArray("\0\0\0\x3c", 4));
        eval(*runner, QStringLiteral("Math.random = () => 0.3"));
        r = load(*runner, reply, source, definition(IPv4(198, 18, 0, 13)), QStringLiteral("REQUEST:SELECTING"));
        QVERIFY(r.ok && r.value);
        QCOMPARE(reply.messageType(), MessageType::Nak);
        eval(*runner, QStringLiteral("Math.random = () => 0.05"));
        r = load(*runner, reply, request(MessageType::Discover), definition(IPv4(198, 18, 0, 13)));
        QVERIFY(r.ok && !r.value);
    }

    void logging()
    {
        QTest::ignoreMessage(QtInfoMsg, "Some step finished");
        QTest::ignoreMessage(QtWarningMsg, "The client is supposed to have been decommissioned");
        QTest::ignoreMessage(QtCriticalMsg, "The client provided invalid data");
        QTest::ignoreMessage(QtCriticalMsg, "The database is offline");
        QTest::ignoreMessage(QtWarningMsg, "Something happened");
        QVERIFY(load("logging.mjs"));
    }

    void ouiAllowList()
    {
        auto runner = load("oui-allowlist.mjs");
        QVERIFY(runner);
        DhcpPacket p = request(MessageType::Discover);
        QString error;
        QCOMPARE(runner->filterPacket(p, args(QStringLiteral("DISCOVER"), QStringLiteral("02:00:00:12:34:56")), &error),
                 FilterVerdict::Accept);
        QTest::ignoreMessage(QtInfoMsg, "0a:00:00:12:34:56: vendor 0a:00:00 is not on the allow list");
        QCOMPARE(runner->filterPacket(p, args(QStringLiteral("DISCOVER"), QStringLiteral("0a:00:00:12:34:56")), &error),
                 FilterVerdict::Ignore);
    }

    void pxeBoot_data()
    {
        QTest::addColumn<int>("arch");   // -1: no option 93
        QTest::addColumn<QString>("userClass");
        QTest::addColumn<QString>("file");
        QTest::addRow("BIOS") << 0 << QString() << "pxelinux.0";
        QTest::addRow("UEFI x64 (7)") << 7 << QString() << "bootx64.efi";
        QTest::addRow("UEFI x64 (9)") << 9 << QString() << "bootx64.efi";
        QTest::addRow("iPXE") << 7 << "iPXE" << "http://198.18.0.1/boot.ipxe";
        QTest::addRow("not PXE") << -1 << QString() << "";
    }
    void pxeBoot()
    {
        QFETCH(int, arch);
        QFETCH(QString, userClass);
        QFETCH(QString, file);
        auto runner = load("pxe-boot.mjs");
        QVERIFY(runner);
        DhcpPacket source = request(MessageType::Discover);
        if (arch >= 0)
            source.setOption(Opt::ClientSystem, QByteArray("\0", 1) + char(arch));
        if (!userClass.isEmpty())
            source.setOption(77, userClass.toUtf8());
        DhcpPacket reply;
        auto r = load(*runner, reply, source, definition(IPv4(198, 18, 0, 11)));
        QVERIFY2(r.ok && r.value, qPrintable(r.error));
        QCOMPARE(QString::fromLatin1(reply.file.constData()), file);
        QCOMPARE(reply.siaddr, file.isEmpty() ? IPv4() : IPv4(198, 18, 0, 1));
    }

    void subnetOverrides()
    {
        auto runner = load("subnet-overrides.mjs");
        QVERIFY(runner);
        DhcpPacket reply;
        const DhcpPacket source = request(MessageType::Discover);
        auto r = load(*runner, reply, source, definition(IPv4(198, 18, 0, 11)));
        QVERIFY2(r.ok && r.value, qPrintable(r.error));
        QCOMPARE(reply.option(26), QByteArray("\x23\x28", 2));
        QVERIFY(reply.isSelected(119));
        r = load(*runner, reply, source, definition(IPv4(192, 168, 0, 11), QStringLiteral("192.168.0.0/24")));
        QVERIFY(r.ok && r.value);
        QCOMPARE(reply.option(Opt::NtpServers), IPv4(192, 168, 0, 8).toBytes());
        QCOMPARE(reply.option(121), QByteArray("\x08\x0a\xc0\xa8\x00\xfe", 6));
        QVERIFY(!reply.hasOption(26));
    }

    void dynamicPool()
    {
        auto runner = load("dynamic-pool.mjs");
        QVERIFY(runner);
        eval(*runner, QStringLiteral("Date.now = () => 1000000"));   // the pool's clock, in ms
        const QString a = QStringLiteral("02:00:00:00:00:a1"), b = QStringLiteral("02:00:00:00:00:b2");
        DhcpPacket p = request(MessageType::Discover, a);
        auto first = runner->handleUnknownMAC(p, args(QStringLiteral("DISCOVER"), a));
        QVERIFY2(first.ok && first.value.size() == 1, qPrintable(first.error));
        QCOMPARE(first.value[0].ip, IPv4(198, 18, 0, 100));
        QCOMPARE(first.value[0].hostname, QStringLiteral("dyn-198-18-0-100"));
        QCOMPARE(first.value[0].gateways, QList<IPv4>{IPv4(198, 18, 0, 1)});
        QCOMPARE(p.option(Opt::RenewalTimeValue), QByteArray("\0\0\x01\x24", 4));   // 97.5 % of 300 = 292
        // the same MAC renews the same address; another MAC gets the next one
        QCOMPARE(runner->handleUnknownMAC(p, args(QStringLiteral("REQUEST:SELECTING"), a)).value[0].ip, IPv4(198, 18, 0, 100));
        QCOMPARE(runner->handleUnknownMAC(p, args(QStringLiteral("DISCOVER"), b)).value[0].ip, IPv4(198, 18, 0, 101));
        // the console sees the leases
        const QList<WebOutput> panels = runner->renderDashboard();
        QCOMPARE(panels.size(), 1);
        QVERIFY(panels[0].data.contains("02:00:00:00:00:b2</td><td>198.18.0.101"));
        const WebOutput csv = runner->invokeWebMethod(QStringLiteral("/dynamism/leases.csv"), {});
        QCOMPARE(csv.mimetype, QStringLiteral("text/csv"));
        QVERIFY(csv.data.startsWith("mac,ip,expiration\n02:00:00:00:00:a1,198.18.0.100,1300\n"));
        // RELEASE gives the address back first in line
        QVERIFY(runner->handleUnknownMAC(p, args(QStringLiteral("RELEASE"), a)).value.isEmpty());
        QCOMPARE(runner->handleUnknownMAC(p, args(QStringLiteral("DISCOVER"), QStringLiteral("02:00:00:00:00:c3"))).value[0].ip,
                 IPv4(198, 18, 0, 100));
        // expiry: one lease_time after expiration the binding ends and the address is free again
        eval(*runner, QStringLiteral("Date.now = () => (1000 + 300 + 300) * 1000"));
        runner->tick();
        QVERIFY(!runner->invokeWebMethod(QStringLiteral("/dynamism/leases.csv"), {}).data.contains("198.18.0.101"));
        // INFORM echoes the client's address
        HookArguments inform = args(QStringLiteral("INFORM"), b);
        inform.clientIp = IPv4(198, 18, 0, 140);
        QCOMPARE(runner->handleUnknownMAC(p, inform).value[0].ip, IPv4(198, 18, 0, 140));
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
