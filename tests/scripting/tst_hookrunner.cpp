// HookRunner: the packet API as hooks see it, hook results, callbacks and the web registry, errors with file and
// line, the watchdog, reloads, per-hook statistics.
#include "hooktestutil.h"
#include "protocol/packetdecoder.h"
#include "protocol/optiontable.h"
#include "protocol/packetencoder.h"

#include <QElapsedTimer>

using namespace qsd;
using namespace qsd::test;

namespace {

/// A hook file whose filterPacket runs whatever the test put into `globalThis.t` (set with eval()).
const QByteArray kProbe = "export function filterPacket(packet, method, mac, client_ip, relay_ip, port) {\n"
                          "    return t(packet, method, mac, client_ip, relay_ip, port);\n"
                          "}\n";

DhcpPacket discover()
{
    DhcpPacket p;
    p.xid = 0x01020304;
    p.setHardwareAddress(*MAC::fromString(u"02:00:00:00:00:01"));
    p.setOption(Opt::DhcpMessageType, QByteArray(1, char(MessageType::Discover)));
    p.setOption(Opt::ParameterRequestList, QByteArray("\x01\x03\x06", 3));
    p.setOption(Opt::Hostname, "client");
    return PacketDecoder::decode(PacketEncoder::encode(p)).packet;   // with the PRL's selection
}

} // namespace

class TestHookRunner : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<HookRunner> m_probe;

    /// Runs `body` (the body of function (packet, method, mac, client_ip, relay_ip, port)) on `packet`.
    FilterVerdict probe(const QString &body, DhcpPacket &packet, QString *error = nullptr,
                        const HookArguments &a = args())
    {
        const QJSValue set = eval(*m_probe, QStringLiteral("t = function (packet, method, mac, client_ip, relay_ip, port) {\n%1\n}").arg(body));
        if (set.isError())
            qWarning() << set.toString();
        QString e;
        m_probe->beginExchange();
        const FilterVerdict v = m_probe->filterPacket(packet, a, error ? error : &e);
        m_probe->endExchange();
        return v;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_probe = loadHooks(m_dir, kProbe, &error, 300, QStringLiteral("probe.mjs"));
        QVERIFY2(m_probe, qPrintable(error));
    }

    // --- arguments and results -----------------------------------------------------------------------------
    void filterPacketResults()
    {
        DhcpPacket p = discover();
        QCOMPARE(probe(QStringLiteral("return true;"), p), FilterVerdict::Accept);
        QCOMPARE(probe(QStringLiteral("return false;"), p), FilterVerdict::Reject);
        QCOMPARE(probe(QStringLiteral("return null;"), p), FilterVerdict::Ignore);
        QCOMPARE(probe(QStringLiteral("return;"), p), FilterVerdict::Ignore);
    }

    void argumentsAreTyped()
    {
        DhcpPacket p = discover();
        HookArguments a = args(QStringLiteral("REQUEST:RENEW"));
        a.clientIp = IPv4(10, 0, 0, 5);
        a.port = 4011;
        QCOMPARE(probe(QStringLiteral("return method === 'REQUEST:RENEW' && mac == '02:00:00:00:00:01' && mac instanceof MAC"
                                      " && client_ip == '10.0.0.5' && client_ip[3] === 5 && relay_ip === null && port === 4011;"),
                       p, nullptr, a),
                 FilterVerdict::Accept);
    }

    /// A hook gets as many arguments as it is documented to (no trampoline's extra ones) and `this` undefined.
    void hooksGetTheirArgumentsOnly()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir, "export function filterPacket() { return arguments.length === 6 && this === undefined; }\n"
                                     "export function loadDHCPPacket() { return arguments.length === 7 && this === undefined; }\n",
                                &error);
        QVERIFY2(runner, qPrintable(error));
        DhcpPacket p = discover();
        runner->beginExchange();
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Accept);
        const auto r = runner->loadDHCPPacket(p, args(), Definition{}, PacketEncoder::encode(p));
        runner->endExchange();
        QVERIFY2(r.ok && r.value, qPrintable(r.error));
    }

    /// Returning an Error object is returning a value (truthy), not throwing: the hook calls tell the two apart.
    void returnedErrorIsAResult()
    {
        DhcpPacket p = discover();
        QString error;
        const quint64 errors = m_probe->statistics().at(1).errors;
        QCOMPARE(probe(QStringLiteral("return new Error('returned, not thrown');"), p, &error), FilterVerdict::Accept);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(probe(QStringLiteral("try { null.x; } catch (e) { return e; }"), p, &error), FilterVerdict::Accept);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_probe->statistics().at(1).errors, errors);
    }

    /// The build of the hook calls this test links (its *_publicapi twin: the public one, tests/scripting/CMakeLists.txt).
    void hookCallPathIsTheBuilds()
    {
        QCOMPARE(QLatin1String(hookCallPath()), QLatin1String(QSD_EXPECTED_HOOK_CALLS));
    }

    /// The mac, client_ip and relay_ip a hook gets are values shared by every call for the same address (kept by
    /// the runner, ScriptRuntime::macValue …), frozen so that one exchange cannot change what the next one sees.
    void macAndAddressesAreSharedFrozenValues()
    {
        DhcpPacket p = discover();
        HookArguments a = args();
        a.relayIp = IPv4(198, 18, 0, 2);
        a.clientIp = IPv4(198, 18, 0, 9);
        eval(*m_probe, QStringLiteral("seenMac = null; seenRelay = null; seenClient = null;"));
        const QString remember = QStringLiteral("seenMac = mac; seenRelay = relay_ip; seenClient = client_ip; return true;");
        QCOMPARE(probe(remember, p, nullptr, a), FilterVerdict::Accept);
        QCOMPARE(probe(QStringLiteral("return mac === seenMac && relay_ip === seenRelay && client_ip === seenClient"
                                      " && Object.isFrozen(mac) && Object.isFrozen(relay_ip) && Object.isFrozen(client_ip)"
                                      " && String(relay_ip) === '198.18.0.2' && String(client_ip) === '198.18.0.9';"),
                       p, nullptr, a),
                 FilterVerdict::Accept);
        QString error;
        QCOMPARE(probe(QStringLiteral("'use strict'; mac.note = 'kept'; return true;"), p, &error, a), FilterVerdict::Failed);
        QVERIFY2(error.contains(QLatin1String("TypeError")), qPrintable(error));

        HookArguments other = args(QStringLiteral("DISCOVER"), QStringLiteral("02:00:00:00:00:02"));
        other.relayIp = IPv4(198, 18, 0, 3);
        QCOMPARE(probe(QStringLiteral("return mac !== seenMac && mac == '02:00:00:00:00:02' && relay_ip == '198.18.0.3';"),
                       p, nullptr, other),
                 FilterVerdict::Accept);
        QCOMPARE(probe(QStringLiteral("return mac === seenMac && relay_ip == '198.18.0.2';"), p, nullptr, a),
                 FilterVerdict::Accept);
    }

    /// More MACs and addresses than the runner keeps objects for: each call still gets its own.
    void everyMacArrivesPastTheObjectLimit()
    {
        DhcpPacket p = discover();
        eval(*m_probe, QStringLiteral("wrong = 0;"));
        const QJSValue set = eval(*m_probe, QStringLiteral(
            "t = function (packet, method, mac, client_ip) {\n"
            "    if (!mac.equals(packet.getHardwareAddress()) || client_ip.toInt() !== 0xc6120000 + mac[5] + 256 * mac[4]) ++wrong;\n"
            "    return true;\n"
            "}"));
        QVERIFY(!set.isError());
        QString error;
        for (int i = 0; i < 9000; ++i) {
            const MAC mac = *MAC::fromBytes(QByteArray::fromHex(QByteArray::number(0x020000000000ll + i, 16)));
            p.setHardwareAddress(mac);
            HookArguments a = args();
            a.mac = mac;
            a.clientIp = IPv4(IPv4(198, 18, 0, 0).toUInt32() + quint32(i));
            m_probe->beginExchange();
            QCOMPARE(m_probe->filterPacket(p, a, &error), FilterVerdict::Accept);
            m_probe->endExchange();
        }
        QCOMPARE(eval(*m_probe, QStringLiteral("wrong")).toInt(), 0);
    }

    // --- packet API ----------------------------------------------------------------------------------------
    void packetOptions_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addRow("getOption raw by name") << "return packet.getOption('hostname').join(',') === '99,108,105,101,110,116';";
        QTest::addRow("getOption by code") << "return packet.getOption(12, true) === 'client';";
        QTest::addRow("getOption absent is null") << "return packet.getOption('router') === null;";
        QTest::addRow("getOption field") << "return packet.getOption('xid').join(',') === '1,2,3,4';";
        QTest::addRow("getOption by an object naming the option runs its toString once")
            << "let n = 0; const o = {toString() { ++n; return 'hostname'; }};"
               " return packet.getOption(o).join(',') === '99,108,105,101,110,116' && n === 1;";
        QTest::addRow("option spellings and numbers") << "packet.setOption('012', 'x'); const a = packet.getOption(24 / 2, true) === 'x';"
                                                         " try { packet.getOption(12.5); return false; } catch (e) { return a && e instanceof TypeError; }";
        QTest::addRow("getOption and setOption on a non-packet: 'not a packet' before the option is looked at")
            << "const m = [];"
               " for (const call of [() => packet.getOption.call({_n: 1}, 'no_such'), () => packet.setOption.call(null, 12, 'x'),"
               "                     () => packet.getOption.call({_n: logger}, 12, true)])"
               "     try { call(); m.push('no'); } catch (e) { m.push(e.name + ': ' + e.message); }"
               " return m.join('|') === 'TypeError: not a packet|TypeError: not a packet|TypeError: not a packet';";
        QTest::addRow("isOption") << "return packet.isOption('hostname') && !packet.isOption(3) && packet.isOption('file');";
        QTest::addRow("setOption native") << "packet.setOption('router', ['10.0.0.1', '10.0.0.2']);"
                                             " return packet.getOption('router', true).join(',') === '10.0.0.1,10.0.0.2'"
                                             " && packet.getOption(3, true)[0] instanceof IPv4;";
        QTest::addRow("setOption IPv4 object") << "packet.setOption('subnet_mask', new IPv4('255.255.255.0'));"
                                                  " return packet.getOption(1, true) == '255.255.255.0';";
        QTest::addRow("setOption number") << "packet.setOption('renewal_time_value', 60);"
                                             " return packet.getOption('renewal_time_value', true) === 60"
                                             " && packet.getOption(58).join(',') === '0,0,0,60';";
        QTest::addRow("setOption bytes") << "packet.setOption(224, [1, 2, 3]); return packet.getOption('option_224').join() === '1,2,3';";
        QTest::addRow("setOption rfc helper") << "packet.setOption('domain_search', rfc3397_119('a.b'));"
                                                 " return packet.getOption(119).length === 5;";
        QTest::addRow("setOption bad value throws TypeError naming the option")
            << "try { packet.setOption('router', 'nope'); return false; }"
               " catch (e) { return e instanceof TypeError && e.message.indexOf(\"setOption('router')\") === 0; }";
        QTest::addRow("setOption unknown option throws") << "try { packet.setOption('no_such', 1); return false; } catch (e) { return e instanceof TypeError; }";
        QTest::addRow("setOption without validation") << "packet.setOption('subnet_mask', [1, 2], false); return packet.getOption(1).length === 2;";
        QTest::addRow("deleteOption") << "return packet.deleteOption('hostname') && !packet.isOption(12) && !packet.deleteOption(12);";
        QTest::addRow("selection") << "return packet.isSelectedOption('router') && !packet.isSelectedOption('hostname')"
                                      " && packet.getSelectedOptions().indexOf(53) >= 0;";
        QTest::addRow("force_selection") << "packet.setOption('ntp_servers', '10.0.0.1', true, true); return packet.isSelectedOption(42);";
        QTest::addRow("setSelectedOptions") << "packet.setSelectedOptions([12], null); const a = packet.isSelectedOption(12);"
                                               " packet.setSelectedOptions(null, ['hostname']); const b = packet.isSelectedOption(12);"
                                               " packet.setSelectedOptions(); return a && !b && packet.isSelectedOption(200);";
        QTest::addRow("getSelectedOptions translated") << "return packet.getSelectedOptions(true).indexOf('dhcp_message_type') >= 0;";
        QTest::addRow("extractIPOrNone") << "packet.setOption(50, '0.0.0.0'); const none = packet.extractIPOrNone(50);"
                                            " packet.setOption(50, '10.0.0.9');"
                                            " return none === null && packet.extractIPOrNone('requested_ip_address') == '10.0.0.9';";
        QTest::addRow("hardware address") << "const old = packet.getHardwareAddress(); packet.setHardwareAddress('02-00-00-00-00-09');"
                                             " return old == '02:00:00:00:00:01' && packet.chaddr == '02:00:00:00:00:09';";
        QTest::addRow("flags") << "const r = packet.setFlag(FLAGBIT_BROADCAST, true);"
                                  " return r[0] === true && r[1] === false && packet.getFlag(FLAGBIT_BROADCAST) && packet.flags === 32768;";
        QTest::addRow("message type") << "return packet.isDHCPDiscoverPacket() && !packet.isDHCPRequestPacket()"
                                         " && packet.getDHCPMessageTypeName() === 'DHCP_DISCOVER';";
        QTest::addRow("transforms") << "packet.transformToDHCPOfferPacket(); const offer = packet.isDHCPOfferPacket() && packet.op === 2;"
                                       " packet.transformToDHCPAckPacket(); const ack = packet.isDHCPAckPacket();"
                                       " packet.transformToDHCPNakPacket(); return offer && ack && packet.isDHCPNakPacket();";
        QTest::addRow("lease query transforms") << "packet.transformToDHCPLeaseActivePacket(); const a = packet.isDHCPLeaseActivePacket();"
                                                   " packet.transformToDHCPLeaseUnassignedPacket(); const u = packet.isDHCPLeaseUnassignedPacket();"
                                                   " packet.transformToDHCPLeaseUnknownPacket(); return a && u && packet.isDHCPLeaseUnknownPacket();";
        QTest::addRow("header fields") << "packet.siaddr = '10.0.0.1'; packet.file = 'pxelinux.0'; packet.sname = 'boot'; packet.hops = 2;"
                                          " packet.xid = 0xdeadbeef;"
                                          " return packet.siaddr == '10.0.0.1' && packet.file === 'pxelinux.0' && packet.sname === 'boot'"
                                          " && packet.hops === 2 && packet.xid === 0xdeadbeef && packet.yiaddr == '0.0.0.0'"
                                          " && packet.getOption('file')[0] === 112;";
        QTest::addRow("bad header value throws") << "try { packet.siaddr = 'x'; return false; } catch (e) { return e instanceof TypeError; }";
        QTest::addRow("copy is independent") << "const c = packet.copy(); c.setOption('hostname', 'other'); c.meta.x = 1;"
                                                " return packet.getOption(12, true) === 'client' && c.getOption(12, true) === 'other'"
                                                " && packet.meta.x === undefined;";
        QTest::addRow("toString and encodePacket") << "return packet.toString().indexOf('DHCP_DISCOVER') >= 0 && packet.encodePacket().length >= 300;";
        QTest::addRow("response overrides") << "packet.response_ip = '10.0.0.7'; packet.response_port = 1068; packet.response_mac = '02:00:00:00:00:07';"
                                               " return packet.response_ip == '10.0.0.7' && packet.response_port === 1068"
                                               " && packet.response_mac == '02:00:00:00:00:07' && packet.response_source_port === null;";
    }
    void packetOptions()
    {
        QFETCH(QString, body);
        DhcpPacket p = discover();
        QString error;
        QCOMPARE(probe(body, p, &error), FilterVerdict::Accept);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void changesPersistInThePacket()
    {
        DhcpPacket p = discover();
        QCOMPARE(probe(QStringLiteral("packet.setOption('domain_name', 'example.org'); packet.siaddr = '10.0.0.1'; return true;"), p),
                 FilterVerdict::Accept);
        QCOMPARE(p.option(Opt::DomainName), QByteArray("example.org"));
        QCOMPARE(p.siaddr, IPv4(10, 0, 0, 1));
    }

    void keptPacketIsInvalidAfterTheExchange()
    {
        DhcpPacket p = discover();
        QCOMPARE(probe(QStringLiteral("kept = packet; return true;"), p), FilterVerdict::Accept);
        for (const char *call : {"kept.getOption(12)", "kept.setOption(12, 'late')", "kept.setOption(3, [1, 2, 3, 4], false)"}) {
            const QJSValue v = eval(*m_probe, QStringLiteral("(function () { try { %1; return 'no'; } catch (e) { return e.name; } })()")
                                                  .arg(QLatin1String(call)));
            QCOMPARE(v.toString(), QStringLiteral("ReferenceError"));
        }
    }

    // Every option name reaches its own code through the natives' cache of resolved names (keyed by the name
    // string's address): names from a table (the same strings every round) and names built anew each round (new
    // strings; the garbage collector runs between rounds), many more than the cache holds.
    void optionNamesResolveLikeTheirCodes()
    {
        QStringList pairs;
        for (const OptionDef *def = OptionTable::begin(); def != OptionTable::end(); ++def) {
            if (!def->name.empty() && def->code >= 1 && def->code <= 254)
                pairs << QStringLiteral("['%1', %2]").arg(def->displayName()).arg(def->code);
        }
        QVERIFY(pairs.size() > 100);
        eval(*m_probe, QStringLiteral("table = [%1]; round = 0;").arg(pairs.join(u',')));
        const QString body = QStringLiteral(
            "const wrong = [];\n"
            "for (const [name, code] of table) {\n"
            "    for (const option of [name.split('').join(''), name, 'option_' + code, String(code)]) {\n"
            "        packet.setOption(option, [code, round], false);\n"
            "        const bytes = packet.getOption(code);\n"
            "        if (!bytes || bytes.join() !== code + ',' + round || packet.getOption(option).join() !== bytes.join())\n"
            "            wrong.push(option);\n"
            "        packet.deleteOption(code);\n"
            "    }\n"
            "}\n"
            "t.wrong = wrong.join(' ');\n"
            "return true;");
        QVERIFY(!eval(*m_probe, QStringLiteral("t = function (packet) {\n%1\n}").arg(body)).isError());
        for (int round = 0; round < 4; ++round) {
            eval(*m_probe, QStringLiteral("round = %1;").arg(round));
            DhcpPacket p = discover();
            QString error;
            m_probe->beginExchange();
            QCOMPARE(m_probe->filterPacket(p, args(), &error), FilterVerdict::Accept);
            m_probe->endExchange();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(eval(*m_probe, QStringLiteral("t.wrong")).toString(), QString());
            m_probe->engine()->collectGarbage();
        }
    }

    // getOption and setOption are builtins on Packet.prototype: called on another object they throw a TypeError
    // rather than reach a wrong native, like the other methods.
    void packetMethodsOnOtherObjectsThrow()
    {
        DhcpPacket p = discover();
        const QString body = QStringLiteral(
            "const results = [];\n"
            "for (const call of [() => packet.getOption.call({_n: {}}, 12), () => packet.setOption.call({_n: 5}, 12, 'x'),\n"
            "                    () => packet.getOption.call({_n: logger}, 12), () => packet.getOption.call(undefined, 12),\n"
            "                    () => packet.deleteOption.call({_n: {}}, 12)]) {\n"
            "    try { call(); results.push('no'); } catch (e) { results.push(e.name); }\n"
            "}\n"
            "const copy = packet.copy();\n"
            "copy.setOption('hostname', 'copied');\n"
            "results.push(String(copy.getOption(12)), String(packet.getOption.call(copy, 'hostname')));\n"
            "t.results = results.join('|');\n"
            "return true;");
        const QJSValue set = eval(*m_probe, QStringLiteral("t = function (packet) {\n%1\n}").arg(body));
        QVERIFY2(!set.isError(), qPrintable(set.toString()));
        QString error;
        m_probe->beginExchange();
        QCOMPARE(m_probe->filterPacket(p, args(), &error), FilterVerdict::Accept);
        m_probe->endExchange();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(eval(*m_probe, QStringLiteral("t.results")).toString(),
                 QStringLiteral("TypeError|TypeError|TypeError|TypeError|TypeError|99,111,112,105,101,100|99,111,112,105,101,100"));
        QVERIFY(!p.hasOption(Opt::Hostname) || p.option(Opt::Hostname) != QByteArray("copied"));
    }

    void responseOverridesReachTheCaller()
    {
        DhcpPacket p = discover();
        m_probe->beginExchange();
        eval(*m_probe, QStringLiteral("t = function (packet) { packet.response_ip = '10.0.0.7'; packet.response_source_port = 4011; return true; }"));
        QString error;
        QCOMPARE(m_probe->filterPacket(p, args(), &error), FilterVerdict::Accept);
        const ResponseOverrides o = m_probe->responseOverrides();
        QCOMPARE(o.ip, std::optional<IPv4>(IPv4(10, 0, 0, 7)));
        QCOMPARE(o.sourcePort, std::optional<quint16>(4011));
        QVERIFY(!o.port && !o.mac);
        m_probe->endExchange();
        m_probe->beginExchange();
        QVERIFY(!m_probe->responseOverrides().any());
    }

    // --- errors and the watchdog -----------------------------------------------------------------------------
    void exceptionIsReportedWithFileAndLine()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir, "export function filterPacket(packet) {\n"
                                     "    const x = null;\n"
                                     "    return x.property;\n"
                                     "}\n", &error);
        QVERIFY2(runner, qPrintable(error));
        DhcpPacket p = discover();
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("filterPacket failed: .*hooks.mjs:3: TypeError")));
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Failed);
        QVERIFY2(error.contains(QStringLiteral("hooks.mjs:3: TypeError")), qPrintable(error));
        const HookStats s = runner->statistics().at(1);
        QCOMPARE(s.name, QStringLiteral("filterPacket"));
        QCOMPARE(s.calls, 1u);
        QCOMPARE(s.errors, 1u);
        QCOMPARE(s.lastError, error);
    }

    /// A TypeError from the packet API (thrown inside bootstrap.js's Packet class) names the hook file's line.
    void packetErrorIsReportedAtTheHooksLine()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir, "export function filterPacket(packet) {\n"
                                     "    packet.getOption('no_such_option');\n"
                                     "    return true;\n"
                                     "}\n"
                                     "export function loadDHCPPacket(packet) {\n"
                                     "    packet.setOption('router', 'nope');\n"
                                     "    return true;\n"
                                     "}\n", &error);
        QVERIFY2(runner, qPrintable(error));
        DhcpPacket p = discover();
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("filterPacket failed: .*hooks.mjs:2: TypeError")));
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Failed);
        QVERIFY2(error.contains(QStringLiteral("hooks.mjs:2: TypeError: getOption: 'no_such_option' is not a DHCP option")),
                 qPrintable(error));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("loadDHCPPacket failed: .*hooks.mjs:6: TypeError")));
        const auto r = runner->loadDHCPPacket(p, args(), Definition{}, PacketEncoder::encode(p));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("hooks.mjs:6: TypeError: setOption('router')")), qPrintable(r.error));
    }

    void thrownStringIsAnError()
    {
        DhcpPacket p = discover();
        QString error;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("uncaught exception: 'boom'")));
        QCOMPARE(probe(QStringLiteral("throw 'boom';"), p, &error), FilterVerdict::Failed);
    }

    void endlessLoopIsInterrupted_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addRow("loop") << "while (true) {}";
        // Describing what was thrown runs its toString(): that too happens under the watchdog.
        QTest::addRow("thrown object whose toString loops") << "throw { toString() { for (;;) {} } };";
    }

    void endlessLoopIsInterrupted()
    {
        QFETCH(QString, body);
        DhcpPacket p = discover();
        QString error;
        const int timeouts = m_probe->statistics().at(1).timeouts;
        QElapsedTimer timer;
        timer.start();
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("interrupted")));
        QCOMPARE(probe(body, p, &error), FilterVerdict::Failed);
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms >= 290 && ms < 1500, qPrintable(QString::number(ms)));
        QVERIFY2(error.contains(QStringLiteral("interrupted")), qPrintable(error));
        QCOMPARE(m_probe->statistics().at(1).timeouts, timeouts + 1);
        // the next call works
        QCOMPARE(probe(QStringLiteral("return true;"), p), FilterVerdict::Accept);
    }

    void syntaxErrorStopsTheLoad()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!loadHooks(dir, "export function filterPacket() {\n  return 1 +;\n}\n", &error));
        QVERIFY2(error.contains(QStringLiteral("hooks.mjs:2: SyntaxError")), qPrintable(error));
    }

    void nonFunctionExportIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!loadHooks(dir, "export const loadDHCPPacket = 5;\n", &error));
        QVERIFY2(error.contains(QStringLiteral("'loadDHCPPacket' is not a function")), qPrintable(error));
    }

    void endlessModuleCodeIsInterrupted()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!loadHooks(dir, "while (true) {}\n", &error, 200));
        QVERIFY2(error.contains(QStringLiteral("interrupted")), qPrintable(error));
    }

    // Validating a hook file (the console's Validate) imports it: what its module code throws is described under
    // the watchdog too.
    void aModuleThrowingALoopingErrorIsInterrupted()
    {
        QTemporaryDir dir;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!loadHooks(dir, "throw new (class extends Error { toString() { for (;;) {} } })('x');\n", &error, 200));
        QVERIFY2(error.contains(QStringLiteral("interrupted")), qPrintable(error));
        QVERIFY2(timer.elapsed() < 10000, "the module's error held the thread");
        // What module code throws is the error, not a confusing "the export 'init' is not a function".
        QVERIFY(!loadHooks(dir, "\nthrow new Error('no pool configured');\n", &error, 200));
        QVERIFY2(error.contains(QStringLiteral("hooks.mjs:2: Error: no pool configured")), qPrintable(error));
    }

    void aLoopingDashboardOrActionResultFailsOnlyItself()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "const looping = { toString() { for (;;) {} } };\n"
            "export function init() {\n"
            "    callbacks.webAddDashboard('lab', 'looping', () => looping);\n"
            "    callbacks.webAddDashboard('lab', 'huge', () => 'x'.repeat(2 * 1024 * 1024));\n"
            "    callbacks.webAddDashboard('lab', 'fine', () => '<p>fine</p>');\n"
            "    callbacks.webAddMethod('/lab/loop', () => ['text/plain', looping], {module: 'lab', name: 'loop'});\n"
            "    callbacks.webAddMethod('/lab/type', () => [looping, 'x'], {module: 'lab', name: 'type'});\n"
            "}\n"
            "export function filterPacket() { return true; }\n", &error, 200);
        QVERIFY2(runner, qPrintable(error));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("web callbacks failed")));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("web callbacks failed")));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("web callbacks failed")));
        const QList<WebOutput> dashboard = runner->renderDashboard();
        QCOMPARE(dashboard.size(), 3);
        QVERIFY(!dashboard.at(0).ok);
        QVERIFY2(dashboard.at(0).error.contains(QStringLiteral("interrupted")), qPrintable(dashboard.at(0).error));
        QVERIFY(!dashboard.at(1).ok);
        QVERIFY2(dashboard.at(1).error.contains(QStringLiteral("more than 1048576 bytes")), qPrintable(dashboard.at(1).error));
        QVERIFY(dashboard.at(2).ok);
        QCOMPARE(dashboard.at(2).data, QByteArray("<p>fine</p>"));
        for (const char *path : {"/lab/loop", "/lab/type"}) {
            const WebOutput action = runner->invokeWebMethod(QString::fromLatin1(path), {});
            QVERIFY(!action.ok);
            QVERIFY2(action.error.contains(QStringLiteral("interrupted")), qPrintable(action.error));
        }
        DhcpPacket p = discover();
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Accept);
    }

    // The QObjects a hook reaches (callbacks, logger, a packet's native): destroy() and deleteLater(), which QJSEngine
    // exposes or refuses depending on the Qt version, delete nothing the server uses.
    void aHookCannotDeleteTheServersObjects()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "let ticks = 0;\n"
            "function attack(o) { for (const m of ['destroy', 'deleteLater']) try { o[m](); } catch (e) {} }\n"
            "export function init() { callbacks.systemAddTickHandler(() => ticks++); attack(callbacks); attack(logger); }\n"
            "export function filterPacket(packet) { attack(packet._n); attack(packet.copy()._n); return ticks > 0; }\n",
            &error);
        QVERIFY2(runner, qPrintable(error));
        DhcpPacket p = discover();
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Reject);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        runner->tick();
        DhcpPacket q = discover();
        QCOMPARE(runner->filterPacket(q, args(), &error), FilterVerdict::Accept);
        QCOMPARE(eval(*runner, QStringLiteral("typeof callbacks.systemAddTickHandler")).toString(), QStringLiteral("function"));
    }

    void reloadKeepsOldHooksOnError()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir, "export function filterPacket() { return false; }\n", &error);
        QVERIFY2(runner, qPrintable(error));
        writeFile(dir, QStringLiteral("hooks.mjs"), "export function filterPacket() { return true; \n");
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("previous hooks stay active")));
        QVERIFY(!runner->reload(&error));
        QVERIFY2(error.contains(QStringLiteral("SyntaxError")), qPrintable(error));
        DhcpPacket p = discover();
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Reject);
        writeFile(dir, QStringLiteral("hooks.mjs"), "export function filterPacket() { return true; }\n");
        QVERIFY2(runner->reload(&error), qPrintable(error));
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Accept);
    }

    void extensionsAreImportable()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("extensions/_handlers.mjs"),
                  "export function filterPacket(packet, method, mac) { return mac == '02:00:00:00:00:01' && helper(); }\n"
                  "function helper() { return typeof logger.info === 'function'; }\n");
        QString error;
        auto runner = loadHooks(dir, "export { filterPacket } from './extensions/_handlers.mjs';\n", &error);
        QVERIFY2(runner, qPrintable(error));
        DhcpPacket p = discover();
        QCOMPARE(runner->filterPacket(p, args(), &error), FilterVerdict::Accept);
    }

    // --- hooks that return definitions -------------------------------------------------------------------
    void handleUnknownMACDefinitions()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "export function handleUnknownMAC(packet, method, mac) {\n"
            "    if (mac == '02:00:00:00:00:01') return new Definition({ip: '10.0.0.5', lease_time: 600, subnet: 'lan', serial: 1,\n"
            "        hostname: 'guest', gateways: '10.0.0.1', subnet_mask: '255.255.255.0', domain_name_servers: ['10.0.0.2'],\n"
            "        extra: {room: 'B12'}});\n"
            "    if (mac == '02:00:00:00:00:02') return [{ip: '10.0.0.6', lease_time: 1, subnet: 'a'}, {ip: '10.0.0.7', lease_time: 1, subnet: 'b'}];\n"
            "    if (mac == '02:00:00:00:00:03') return {ip: 'bad', lease_time: 1, subnet: 'a'};\n"
            "    return null;\n"
            "}\n"
            "export function filterRetrievedDefinitions(definitions, packet, method, mac) {\n"
            "    return definitions.find(d => d.subnet === 'b') || null;\n"
            "}\n", &error);
        QVERIFY2(runner, qPrintable(error));
        DhcpPacket p = discover();
        auto one = runner->handleUnknownMAC(p, args());
        QVERIFY2(one.ok, qPrintable(one.error));
        QCOMPARE(one.value.size(), 1);
        const Definition d = one.value.first();
        QCOMPARE(d.ip, IPv4(10, 0, 0, 5));
        QCOMPARE(d.lease_time, 600u);
        QCOMPARE(d.subnet, QStringLiteral("lan"));
        QCOMPARE(d.serial, 1);
        QCOMPARE(d.hostname, QStringLiteral("guest"));
        QCOMPARE(d.gateways, QList<IPv4>{IPv4(10, 0, 0, 1)});
        QCOMPARE(d.subnet_mask, std::optional<IPv4>(IPv4(255, 255, 255, 0)));
        QCOMPARE(d.extra.value(QStringLiteral("room")).toString(), QStringLiteral("B12"));

        auto two = runner->handleUnknownMAC(p, args(QStringLiteral("DISCOVER"), QStringLiteral("02:00:00:00:00:02")));
        QVERIFY(two.ok);
        QCOMPARE(two.value.size(), 2);
        auto chosen = runner->filterRetrievedDefinitions(two.value, p, args());
        QVERIFY2(chosen.ok, qPrintable(chosen.error));
        QCOMPARE(chosen.value->ip, IPv4(10, 0, 0, 7));

        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("handleUnknownMAC failed: .*'bad' is not an IPv4 address")));
        auto bad = runner->handleUnknownMAC(p, args(QStringLiteral("DISCOVER"), QStringLiteral("02:00:00:00:00:03")));
        QVERIFY(!bad.ok);

        auto none = runner->handleUnknownMAC(p, args(QStringLiteral("DISCOVER"), QStringLiteral("02:00:00:00:00:04")));
        QVERIFY(none.ok);
        QVERIFY(none.value.isEmpty());
        QCOMPARE(runner->statistics().at(2).calls, 4u);
    }

    void loadDHCPPacketSeesDefinitionAndSource()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "export function filterPacket(packet) { packet.meta.seen = 'filter'; packet.setOption('hostname', 'changed'); return true; }\n"
            "export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {\n"
            "    if (!(definition instanceof Definition) || definition.ip[3] !== 11 || packet.meta.seen !== 'filter') return false;\n"
            "    if (source_packet.getOption('hostname', true) !== 'client') return false;\n"
            "    packet.setOption('renewal_time_value', 60);\n"
            "    return true;\n"
            "}\n", &error);
        QVERIFY2(runner, qPrintable(error));
        DhcpPacket request = discover();
        DhcpPacket asSent = request;
        asSent.selectAllOptions();   // a client's packet carries every option it has
        const QByteArray wire = PacketEncoder::encode(asSent);
        Definition d;
        d.ip = IPv4(198, 18, 0, 11);
        d.lease_time = 600;
        runner->beginExchange();
        QCOMPARE(runner->filterPacket(request, args(), &error), FilterVerdict::Accept);
        DhcpPacket reply = request;
        reply.transformToOffer();
        auto r = runner->loadDHCPPacket(reply, args(), d, wire);
        runner->endExchange();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.value);
        QCOMPARE(reply.option(Opt::RenewalTimeValue), QByteArray("\0\0\0\x3c", 4));
    }

    /// The Definition object is reused while the MAC's definition is unchanged, and replaced when it changes.
    void definitionObjectFollowsChanges()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "export let seen = [];\n"
            "export function loadDHCPPacket(packet, method, mac, definition) { seen.push(definition); return true; }\n",
            &error);
        QVERIFY2(runner, qPrintable(error));
        Definition d;
        d.ip = IPv4(198, 18, 0, 11);
        d.lease_time = 600;
        Definition other = d;
        other.ip = IPv4(198, 18, 0, 12);
        const HookArguments second = args(QStringLiteral("DISCOVER"), QStringLiteral("02:00:00:00:00:02"));
        for (const auto &[definition, a] : {std::pair{d, args()}, std::pair{d, args()}, std::pair{other, second},
                                            std::pair{other, args()}, std::pair{d, args()}}) {
            DhcpPacket reply = discover();
            reply.transformToOffer();
            runner->beginExchange();
            const auto r = runner->loadDHCPPacket(reply, a, definition, PacketEncoder::encode(discover()));
            runner->endExchange();
            QVERIFY2(r.ok && r.value, qPrintable(r.error));
        }
        const QJSValue module = runner->engine()->importModule(dir.filePath(QStringLiteral("hooks.mjs")));
        const QJSValue verdict = runner->engine()->evaluate(QStringLiteral("(function (s) { return [s[0] === s[1], s[1] !== s[3],"
                                                                           " String(s[0].ip), String(s[2].ip), String(s[3].ip),"
                                                                           " String(s[4].ip)].join(' '); })"))
                                     .call({module.property(QStringLiteral("seen"))});
        QCOMPARE(verdict.toString(), QStringLiteral("true true 198.18.0.11 198.18.0.12 198.18.0.12 198.18.0.11"));
    }

    // --- callbacks --------------------------------------------------------------------------------------------
    void callbacksRegistries()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "var ticks = 0, reinits = 0, records = [];\n"
            "function onTick() { ticks++; }\n"
            "function onReinit() { reinits++; }\n"
            "function onStats(s) { records.push(s); }\n"
            "function panel(path, queryargs) { return '<p>ticks ' + ticks + '</p>'; }\n"
            "function quiet() { return null; }\n"
            "function csv(path, queryargs) { return ['text/csv', 'mac,n\\n' + (queryargs.n || ['?'])[0]]; }\n"
            "export function init() {\n"
            "    callbacks.systemAddTickHandler(onTick);\n"
            "    callbacks.systemAddTickHandler(onTick);\n"   // a second registration is ignored
            "    callbacks.systemAddReinitHandler(onReinit);\n"
            "    callbacks.statsAddHandler(onStats);\n"
            "    callbacks.webAddDashboard('pool', 'leases', panel);\n"
            "    callbacks.webAddDashboard('pool', 'quiet', quiet, -5);\n"
            "    callbacks.webAddMethod('/pool/leases.csv', csv, {hidden: false, module: 'pool', name: 'leases (csv)',\n"
            "                           confirm: true, display_mode: callbacks.WEB_METHOD_RAW});\n"
            "    callbacks.webAddHeader(quiet);\n"
            "}\n"
            "export function filterPacket() {\n"
            "    return callbacks.systemRemoveTickHandler(onTick) && !callbacks.systemRemoveTickHandler(onTick)\n"
            "        && callbacks.webRemoveMethod('/pool/leases.csv') && callbacks.webRemoveDashboard(quiet)\n"
            "        && callbacks.webRemoveHeader(quiet) && callbacks.statsRemoveHandler(onStats)\n"
            "        && callbacks.systemRemoveReinitHandler(onReinit);\n"
            "}\n"
            "export function state() { return [ticks, reinits, records.length, records.length ? records[0].mac + '|' + records[0].ip + '|' + records[0].method + '|' + records[0].processed + '|' + records[0].source_address : ''].join(' '); }\n",
            &error);
        QVERIFY2(runner, qPrintable(error));
        QVERIFY(runner->hasStatsHandlers());
        runner->tick();
        runner->tick();
        StatsRecord record;
        record.mac = *MAC::fromString(u"02:00:00:00:00:01");
        record.ip = IPv4(10, 0, 0, 5);
        record.method = QStringLiteral("DISCOVER");
        record.processed = true;
        record.sourceAddress = IPv4();
        runner->emitStatistics(record);

        const WebRegistry *web = runner->web();
        QCOMPARE(web->panels().size(), 2);
        QCOMPARE(web->panels().at(0).name, QStringLiteral("quiet"));   // ordering -5 first
        QCOMPARE(web->panels().at(1).ordering, 0);                     // the first one: 0
        const WebMethod m = web->methods().value(QStringLiteral("/pool/leases.csv"));
        QCOMPARE(m.module, QStringLiteral("pool"));
        QVERIFY(!m.hidden && m.confirm);
        QCOMPARE(m.displayMode, WebDisplayMode::Raw);
        QCOMPARE(web->headers().size(), 1);

        const QList<WebOutput> dashboard = runner->renderDashboard();
        QCOMPARE(dashboard.size(), 1);   // quiet returned null
        QCOMPARE(dashboard.at(0).data, QByteArray("<p>ticks 2</p>"));
        const WebOutput csv = runner->invokeWebMethod(QStringLiteral("/pool/leases.csv"), {{QStringLiteral("n"), {QStringLiteral("7")}}});
        QVERIFY2(csv.ok, qPrintable(csv.error));
        QCOMPARE(csv.mimetype, QStringLiteral("text/csv"));
        QCOMPARE(csv.data, QByteArray("mac,n\n7"));
        QVERIFY(!runner->invokeWebMethod(QStringLiteral("/nothing"), {}).ok);

        const QJSValue state = eval(*runner, QStringLiteral("0"));   // module scope is not global: ask through a hook
        Q_UNUSED(state);
        QString error2;
        QVERIFY2(runner->reload(&error2), qPrintable(error2));   // runs onReinit in the old engine, then a fresh init
        DhcpPacket p = discover();
        QCOMPARE(runner->filterPacket(p, args(), &error2), FilterVerdict::Accept);   // every removal succeeded
        QVERIFY(!runner->hasStatsHandlers());
        QCOMPARE(runner->statistics().at(5).calls, 2u);   // tick handlers
        QCOMPARE(runner->statistics().at(6).calls, 1u);   // stats handlers
        QCOMPARE(runner->statistics().at(7).calls, 1u);   // reinit handlers
    }

    void statsRecordFields()
    {
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "export function init() { callbacks.statsAddHandler(s => { logger.info([s.source_address, s.mac, s.ip, s.subnet, s.serial,\n"
            "    s.method, s.processing_time, s.processed, s.port, s.mac instanceof MAC].join('|')); }); }\n", &error);
        QVERIFY2(runner, qPrintable(error));
        StatsRecord r;
        r.sourceAddress = IPv4(10, 0, 0, 9);
        r.mac = *MAC::fromString(u"02:00:00:00:00:01");
        r.subnet = QStringLiteral("lan");
        r.serial = 2;
        r.method = QStringLiteral("REQUEST:RENEW");
        r.processingTime = 0.5;
        r.port = 67;
        QTest::ignoreMessage(QtInfoMsg, "10.0.0.9|02:00:00:00:00:01||lan|2|REQUEST:RENEW|0.5|false|67|true");
        runner->emitStatistics(r);
    }
};

QTEST_GUILESS_MAIN(TestHookRunner)
#include "tst_hookrunner.moc"
