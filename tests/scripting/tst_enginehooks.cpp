// The engine with hooks, without sockets: filterPacket verdicts, handleUnknownMAC, loadDHCPPacket edits, vetoes
// and transforms, meta shared between hooks, response overrides, failing hooks.
#include "hooktestutil.h"
#include "engine/engine.h"
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "storage/sqlitestore.h"

#include <QElapsedTimer>

using namespace qsd;
using namespace qsd::test;

namespace {

const IPv4 kServer(198, 18, 0, 1);
const MAC kKnown = *MAC::fromString(u"02:00:00:00:00:01");
const MAC kUnknown = *MAC::fromString(u"02:00:00:00:00:99");

Exchange request(MessageType type, const MAC &mac, std::optional<IPv4> requested = {}, bool withServerId = false)
{
    DhcpPacket p;
    p.xid = 0x11223344;
    p.setHardwareAddress(mac);
    p.setOption(Opt::DhcpMessageType, QByteArray(1, char(type)));
    p.setOption(Opt::ParameterRequestList, QByteArray("\x01\x03\x06\x0f\x0c", 5));
    if (requested)
        p.setOption(Opt::RequestedIpAddress, requested->toBytes());
    if (withServerId)
        p.setOption(Opt::ServerIdentifier, kServer.toBytes());
    Exchange x;
    x.wire = PacketEncoder::encode(p);
    x.destinationIp = IPv4(0xffffffffu);
    return x;
}

DhcpPacket onTheWire(const Exchange &x)
{
    return PacketDecoder::decode(PacketEncoder::encode(*x.reply)).packet;
}

} // namespace

class TestEngineHooks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    ServerConfig m_config;

    /// An engine with `hooks` loaded; the runner is kept in `runner`.
    std::unique_ptr<Engine> engineWith(const QByteArray &hooks, std::unique_ptr<HookRunner> *runner, int timeoutMs = 300)
    {
        QString error;
        static int n = 0;
        *runner = loadHooks(m_dir, hooks, &error, timeoutMs, QStringLiteral("hooks%1.mjs").arg(++n));
        if (!*runner) {
            qWarning() << error;
            return nullptr;
        }
        auto engine = std::make_unique<Engine>(m_config, m_store.get());
        engine->setHooks(runner->get());
        return engine;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dhcp.debug=false"));
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<SqliteStore>(m_dir.filePath(QStringLiteral("dhcp.sqlite")), LookupOptions{});
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        SubnetRecord subnet{QStringLiteral("198.18.0.0/24"), 0, 3600, QStringLiteral("198.18.0.1"),
                            QStringLiteral("255.255.255.0"), QStringLiteral("198.18.0.255"), QStringLiteral("198.18.0.1"),
                            QStringLiteral("198.18.0.2"), QStringLiteral("lab.example")};
        QVERIFY2(m_store->addSubnet(subnet, QStringLiteral("test"), &error), qPrintable(error));
        QVERIFY2(m_store->addMap(MapRecord{kKnown.toString(), QStringLiteral("198.18.0.12"), QStringLiteral("labpc01"),
                                           subnet.subnet, 0}, QStringLiteral("test"), &error), qPrintable(error));
        m_config.dhcpServerIp = kServer;
    }

    void filterPacketFalseDrops()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith("export function filterPacket(packet, method, mac) { return mac != '02:00:00:00:00:01'; }\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kKnown);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::HookRejected);
        QVERIFY(!x.reply);
        QCOMPARE(engine->abuse().secondsLeft(kKnown), 0);
    }

    void filterPacketNullIgnoresTheMac()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith("export function filterPacket() { return null; }\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kKnown);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("temporarily blacklisted for 60 seconds")));
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::HookIgnored);
        QCOMPARE(engine->abuse().secondsLeft(kKnown), 60);
        Exchange again = request(MessageType::Discover, kKnown);
        engine->handle(again);
        QCOMPARE(again.drop, DropReason::TemporarilyIgnored);
        QCOMPARE(runner->statistics().at(1).calls, 1u);   // the ignored MAC did not reach the hook again
    }

    void handleUnknownMACServesAnUnknownClient()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith(
            "export function handleUnknownMAC(packet, method, mac, client_ip, relay_ip, port) {\n"
            "    if (mac == '02:00:00:00:00:99')\n"
            "        return new Definition({ip: '198.18.0.100', lease_time: 600, subnet: 'guests', serial: 0,\n"
            "            hostname: 'guestbox', subnet_mask: '255.255.255.0', domain_name: 'guestbox.example.org.'});\n"
            "    return null;\n"
            "}\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kUnknown);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::None);
        QCOMPARE(x.reply->messageType(), MessageType::Offer);
        const DhcpPacket got = onTheWire(x);
        QCOMPARE(got.yiaddr, IPv4(198, 18, 0, 100));
        QCOMPARE(got.option(Opt::DomainName), QByteArray("guestbox.example.org."));
        QCOMPARE(got.option(Opt::IpAddressLeaseTime), QByteArray("\0\0\x02\x58", 4));
        QCOMPARE(x.definition->subnet, QStringLiteral("guests"));
        // the known MAC never reaches the hook
        Exchange known = request(MessageType::Discover, kKnown);
        engine->handle(known);
        QCOMPARE(known.reply->yiaddr, IPv4(198, 18, 0, 12));
        QCOMPARE(runner->statistics().at(2).calls, 1u);
    }

    void loadDHCPPacketOptionArrivesInTheReply()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith(
            "export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {\n"
            "    if (!(definition.ip[3] % 3)) packet.setOption('renewal_time_value', 60);\n"   // the guide's `not ip[3] % 3`
            "    packet.setOption('ntp_servers', ['198.18.0.5'], true, true);\n"
            "    packet.setOption('domain_name', 'changed.example');\n"
            "    return true;\n"
            "}\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kKnown);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::None);
        const DhcpPacket got = onTheWire(x);
        QCOMPARE(got.option(Opt::RenewalTimeValue), QByteArray("\0\0\0\x3c", 4));
        QCOMPARE(got.option(Opt::NtpServers), IPv4(198, 18, 0, 5).toBytes());
        QCOMPARE(got.option(Opt::DomainName), QByteArray("changed.example"));
    }

    void loadDHCPPacketVetoes()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith("export function loadDHCPPacket() { return false; }\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kKnown);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::HookVetoed);
        QVERIFY(!x.reply);
    }

    void loadDHCPPacketTransformsToNak()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith(
            "export function loadDHCPPacket(packet, method) {\n"
            "    if (method.startsWith('REQUEST:')) packet.transformToDHCPNakPacket();\n"
            "    return true;\n"
            "}\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Request, kKnown, IPv4(198, 18, 0, 12), true);
        engine->handle(x);
        QCOMPARE(x.method, Method::RequestSelecting);
        QCOMPARE(x.reply->messageType(), MessageType::Nak);
        QCOMPARE(x.destination.ip, IPv4(0xffffffffu));
        QCOMPARE(onTheWire(x).yiaddr, IPv4());
    }

    void nakPathsSkipLoadDHCPPacket()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith("export function loadDHCPPacket() { throw new Error('must not be called'); }\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Request, kKnown, IPv4(198, 18, 0, 99));   // INIT-REBOOT, wrong address
        engine->handle(x);
        QCOMPARE(x.method, Method::RequestInitReboot);
        QCOMPARE(x.reply->messageType(), MessageType::Nak);
        QCOMPARE(runner->statistics().at(4).calls, 0u);
    }

    void metaIsSharedBetweenHooks()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith(
            "export function filterPacket(packet) { packet.meta.tag = 'from-filter'; return true; }\n"
            "export function handleUnknownMAC(packet) { packet.meta.unknown = true;\n"
            "    return {ip: '198.18.0.101', lease_time: 60, subnet: 'guests'}; }\n"
            "export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {\n"
            "    packet.setOption('hostname', packet.meta.tag + (packet.meta.unknown ? '-unknown' : ''), true, true);\n"
            "    return source_packet.meta === packet.meta;\n"
            "}\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kUnknown);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::None);
        QCOMPARE(onTheWire(x).option(Opt::Hostname), QByteArray("from-filter-unknown"));
        Exchange next = request(MessageType::Discover, kKnown);   // a new exchange: a new meta
        engine->handle(next);
        QCOMPARE(onTheWire(next).option(Opt::Hostname), QByteArray("from-filter"));
    }

    void metaSurvivesAWaitingLookup()
    {
        // A network store's lookup runs elsewhere (the service's LookupPool): the exchange waits, others are
        // handled meanwhile, and when it resumes its hooks see its own meta and response overrides again.
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith(
            "export function filterPacket(packet, method, mac) { packet.meta.tag = String(mac);\n"
            "    if (String(mac) === '02:00:00:00:00:99') packet.response_port = 1099; return true; }\n"
            "export function handleUnknownMAC(packet) { return {ip: '198.18.0.101', lease_time: 60, subnet: 'guests'}; }\n"
            "export function loadDHCPPacket(packet) { packet.setOption('hostname', packet.meta.tag, true, true); return true; }\n",
            &runner);
        QVERIFY(engine);
        engine->setLookupStarter([&](Exchange &x, LookupResult *answer) {
            if (x.mac != kUnknown) {
                *answer = m_store->lookupMAC(x.mac);
                return true;
            }
            x.lookupTicket = 7;
            return false;
        });
        Exchange waiting = request(MessageType::Discover, kUnknown);
        engine->handle(waiting);
        QVERIFY(waiting.awaitingLookup);
        QCOMPARE(waiting.lookupTicket, 7u);
        QVERIFY(!waiting.reply);

        Exchange other = request(MessageType::Discover, kKnown);
        engine->handle(other);
        QVERIFY(!other.awaitingLookup);
        QCOMPARE(onTheWire(other).option(Opt::Hostname), QByteArray("02:00:00:00:00:01"));
        QCOMPARE(other.destination.port, quint16(68));

        engine->resume(waiting, LookupResult{});
        QVERIFY(!waiting.awaitingLookup);
        QCOMPARE(waiting.drop, DropReason::None);
        QCOMPARE(onTheWire(waiting).option(Opt::Hostname), QByteArray("02:00:00:00:00:99"));
        QCOMPARE(waiting.destination.port, quint16(1099));

        // An answer that says the database is unreachable drops with its own reason.
        Exchange again = request(MessageType::Discover, kUnknown);
        engine->handle(again);
        engine->resume(again, LookupResult::outage(QStringLiteral("connection refused")));
        QCOMPARE(again.drop, DropReason::DatabaseUnavailable);
        QCOMPARE(again.detail, QStringLiteral("connection refused"));
        Exchange busy = request(MessageType::Discover, kUnknown);
        engine->handle(busy);
        engine->resume(busy, LookupResult::busy(QStringLiteral("256 lookups are already waiting")));
        QCOMPARE(busy.drop, DropReason::LookupQueueFull);
    }

    void responseOverridesChangeTheDestination()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith(
            "export function loadDHCPPacket(packet) { packet.response_ip = '198.18.0.77'; packet.response_port = 1068; return true; }\n",
            &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kKnown);
        engine->handle(x);
        QCOMPARE(x.destination.ip, IPv4(198, 18, 0, 77));
        QCOMPARE(x.destination.port, quint16(1068));
        QVERIFY(!x.destination.toUnaddressedClient);
    }

    void failingHookDropsThePacket()
    {
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith("export function filterPacket(packet, method, mac) {\n"
                                 "    if (mac == '02:00:00:00:00:01') while (true) {}\n"
                                 "    return undefinedName;\n"
                                 "}\n", &runner);
        QVERIFY(engine);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("interrupted")));
        Exchange x = request(MessageType::Discover, kKnown);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::HookFailed);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("hooks\\d+.mjs:3: ReferenceError")));
        Exchange y = request(MessageType::Discover, kUnknown);
        engine->handle(y);
        QCOMPARE(y.drop, DropReason::HookFailed);
        QVERIFY2(y.detail.contains(QStringLiteral(".mjs:3: ReferenceError")), qPrintable(y.detail));
        QCOMPARE(runner->statistics().at(1).errors, 2u);
    }

    // --- attacks: what a hook file (which a token holder can set over the management API) does to the server --
    // Each one fails only the exchange it runs in, within the hook timeout, and the next client is served.

    void hookAttackFailsOnlyItsExchange_data()
    {
        QTest::addColumn<QByteArray>("attack");     // the first call's body, in the hook named by `hook`
        QTest::addColumn<QString>("hook");
        QTest::addColumn<QString>("expected");      // in the dropped exchange's detail
        const QString tooLong = QStringLiteral("longer than any DHCP message can carry");
        const QString interrupted = QStringLiteral("ran longer than 300 ms");
        const QString load = QStringLiteral("loadDHCPPacket"), unknown = QStringLiteral("handleUnknownMAC");
        // A megabyte option: one JavaScript stack slot per byte crashed the server (SIGSEGV).
        QTest::addRow("1 MB option, unvalidated") << QByteArray("packet.setOption(224, new Array(1000000).fill(65), false); packet.getOption(224);") << load << tooLong;
        QTest::addRow("1 MB option") << QByteArray("packet.setOption(224, new Array(1000000).fill(65));") << load << tooLong;
        QTest::addRow("1 MB text option") << QByteArray("packet.setOption('domain_name', 'x'.repeat(1000000));") << load << tooLong;
        QTest::addRow("4e9-long sparse list") << QByteArray("packet.setOption(224, new Array(4e9), false);") << load << tooLong;
        QTest::addRow("list nested 100 000 deep") << QByteArray("let a = []; for (let i = 0; i < 100000; ++i) a = [a]; packet.setOption('router', a);") << load << QStringLiteral("setOption('router')");
        // Describing what was thrown runs the hook's code: under the watchdog, or the thread hangs for good.
        QTest::addRow("thrown Error subclass whose toString loops") << QByteArray("throw new (class extends Error { toString() { for (;;) {} } })('x');") << load << interrupted;
        QTest::addRow("thrown Error behind a looping proxy") << QByteArray("throw new Proxy(new Error('x'), { get() { for (;;) {} } });") << load << interrupted;
        // Reading a returned Definition runs its getters and walks its `extra`.
        const QByteArray definition = "const d = new Definition({ip: '198.18.0.100', lease_time: 600, subnet: 'guests', serial: 0});";
        QTest::addRow("returned definition whose getter loops")
            << QByteArray("return {ip: '198.18.0.100', lease_time: 600, subnet: 'guests', get hostname() { for (;;) {} }};") << unknown << interrupted;
        QTest::addRow("a getter that loops cannot be put on a Definition (sealed)")
            << definition + " Object.defineProperty(d, 'hostname', { get() { for (;;) {} } }); return d;" << unknown << QStringLiteral("TypeError");
        QTest::addRow("returned Definition subclass whose ip loops") << QByteArray("return new (class extends Definition { get ip() { for (;;) {} } set ip(v) {} })({ip: '198.18.0.100', lease_time: 600, subnet: 'guests', serial: 0});") << unknown << interrupted;
        QTest::addRow("extra nested 100 000 deep") << definition + " let e = {}; for (let i = 0; i < 100000; ++i) e = {e}; d.extra = e; return d;" << unknown << QStringLiteral("extra is not data");
        QTest::addRow("extra behind a looping proxy") << definition + " d.extra = new Proxy({}, { ownKeys() { for (;;) {} } }); return d;" << unknown << interrupted;
    }

    void hookAttackFailsOnlyItsExchange()
    {
        QFETCH(QByteArray, attack);
        QFETCH(QString, hook);
        QFETCH(QString, expected);
        const QByteArray served = hook == QLatin1String("handleUnknownMAC")
            ? "return new Definition({ip: '198.18.0.100', lease_time: 600, subnet: 'guests', serial: 0});" : "return true;";
        // The attacks that must end in an error get a timeout no loaded machine reaches (building a megabyte array
        // can take longer than 300 ms there); those that must be interrupted, 300 ms.
        const int timeoutMs = expected.startsWith(QLatin1String("ran longer than 300 ms")) ? 300 : 20000;
        std::unique_ptr<HookRunner> runner;
        auto engine = engineWith("let calls = 0;\nexport function " + hook.toUtf8() + "(packet, method, mac) {\n"
                                 "    if (calls++ === 0) { " + attack + " }\n    " + served + "\n}\n", &runner, timeoutMs);
        QVERIFY(engine);
        const MAC mac = hook == QLatin1String("handleUnknownMAC") ? kUnknown : kKnown;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral(".")));
        QElapsedTimer timer;
        timer.start();
        Exchange x = request(MessageType::Discover, mac);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::HookFailed);
        QVERIFY2(x.detail.contains(expected), qPrintable(x.detail));
        QVERIFY2(timer.elapsed() < timeoutMs + 10000, "the attack held the server thread");
        Exchange next = request(MessageType::Discover, mac);
        engine->handle(next);
        QVERIFY2(next.drop == DropReason::None, qPrintable(next.detail));
        QCOMPARE(next.reply->messageType(), MessageType::Offer);
    }

    void aRemovedRequestedAddressIsNotRead()
    {
        std::unique_ptr<HookRunner> runner;   // INIT-REBOOT is classified by option 50, before the hook runs
        auto engine = engineWith("export function filterPacket(packet) { packet.deleteOption(50); return true; }\n", &runner);
        QVERIFY(engine);
        Exchange x = request(MessageType::Request, kKnown, IPv4(198, 18, 0, 12));
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::NotCompliant);
        QVERIFY2(x.detail.contains(QStringLiteral("option 50")), qPrintable(x.detail));
    }

    void aLongOptionWithinTheLimitReadsBack()
    {
        std::unique_ptr<HookRunner> runner;   // longer than getOption builds on the JavaScript stack
        auto engine = engineWith("export function loadDHCPPacket(packet) {\n"
                                 "    packet.setOption(224, new Array(60000).fill(65), false);\n"
                                 "    const back = packet.getOption(224);\n"
                                 "    packet.setOption('domain_name', back.length + ' ' + back[59999]);\n"
                                 "    return true;\n"
                                 "}\n", &runner, 20000);   // no timeout on a loaded machine
        QVERIFY(engine);
        Exchange x = request(MessageType::Discover, kKnown);
        engine->handle(x);
        QCOMPARE(x.drop, DropReason::None);
        QCOMPARE(x.reply->option(Opt::DomainName), QByteArray("60000 65"));
        QCOMPARE(x.reply->option(224).size(), 60000);
    }

    /// The benchmark's hook pair (tests/bench): filterPacket and loadDHCPPacket each read and set an option.
    /// Prints the cost per exchange; fails only if hooks cost more than kea's whole exchange (~200 µs).
    void hooksAreCheap()
    {
        std::unique_ptr<HookRunner> runner;
        auto hooked = engineWith(
            "export function filterPacket(packet, method, mac) {\n"
            "    const name = packet.getOption('hostname');\n"
            "    packet.setOption('hostname', 'client');\n"
            "    return true;\n"
            "}\n"
            "export function loadDHCPPacket(packet, method, mac, definition) {\n"
            "    const lease = packet.getOption('ip_address_lease_time', true);\n"
            "    packet.setOption('renewal_time_value', lease / 2);\n"
            "    return true;\n"
            "}\n", &runner);
        QVERIFY(hooked);
        ServerConfig config = m_config;
        config.enableSuspend = false;
        Engine plain(config, m_store.get());
        Engine withHooks(config, m_store.get());
        withHooks.setHooks(runner.get());
        const Exchange prototype = request(MessageType::Discover, kKnown);
        const auto measure = [&](Engine &engine) {
            QElapsedTimer timer;
            const int n = 20000;
            for (int round = 0; round < 2; ++round) {   // the first round warms the JIT and the cache
                timer.start();
                for (int i = 0; i < n; ++i) {
                    Exchange x = prototype;
                    engine.handle(x);
                    if (!x.reply)
                        return -1.0;
                }
            }
            return timer.nsecsElapsed() / 1000.0 / n;
        };
        const double without = measure(plain);
        const double with = measure(withHooks);
        qInfo("per exchange: %.1f us without hooks, %.1f us with filterPacket + loadDHCPPacket (+%.1f us)", without, with,
              with - without);
        QVERIFY(without > 0 && with > 0);
        QVERIFY2(with - without < 200, "hooks cost more than a whole kea exchange");
    }
};

QTEST_GUILESS_MAIN(TestEngineHooks)
#include "tst_enginehooks.moc"
