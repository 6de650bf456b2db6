// MAC, IPv4 and Definition in JavaScript, the conversion functions and RFC helpers, logger and writeLog.
#include "hooktestutil.h"

using namespace qsd;
using namespace qsd::test;

class TestJsValues : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<HookRunner> m_runner;

    QJSValue js(const QString &code) { return eval(*m_runner, code); }

private slots:
    void initTestCase()
    {
        QString error;
        m_runner = loadHooks(m_dir, "export function filterPacket() { return true; }\n", &error);
        QVERIFY2(m_runner, qPrintable(error));
        js(QStringLiteral("var errorMessage = f => { try { f(); return 'no error'; } catch (e) { return e.message; } };"
                          "var errorType = f => { try { f(); return false; } catch (e) { return e instanceof TypeError; } };"));
    }

    void expressions_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        // MAC
        QTest::addRow("mac == string") << "new MAC('AA-BB-CC-DD-EE-FF') == 'aa:bb:cc:dd:ee:ff'" << "true";
        QTest::addRow("mac === string is false") << "new MAC('aa:bb:cc:dd:ee:ff') === 'aa:bb:cc:dd:ee:ff'" << "false";
        QTest::addRow("mac toString") << "String(new MAC('aabb.ccdd.eeff'))" << "aa:bb:cc:dd:ee:ff";
        QTest::addRow("mac index") << "new MAC('aa:bb:cc:dd:ee:ff')[5]" << "255";
        QTest::addRow("mac from bytes") << "String(new MAC([2, 0, 0, 0, 0, 1]))" << "02:00:00:00:00:01";
        QTest::addRow("mac from number") << "String(new MAC(0x020000000001))" << "02:00:00:00:00:01";
        QTest::addRow("mac toInt") << "new MAC('00:00:00:00:01:00').toInt()" << "256";
        QTest::addRow("mac equals other form") << "new MAC('aa:bb:cc:dd:ee:ff').equals('AABBCCDDEEFF')" << "true";
        QTest::addRow("mac template") << "`${new MAC('02:00:00:00:00:01')}`" << "02:00:00:00:00:01";
        QTest::addRow("bad mac throws") << "errorType(() => new MAC('zz'))" << "true";
        // IPv4
        QTest::addRow("ip == string") << "new IPv4('192.168.0.3') == '192.168.0.3'" << "true";
        QTest::addRow("ip index") << "new IPv4('192.168.0.3')[3] % 3" << "0";
        QTest::addRow("ip from list") << "String(new IPv4([10, 0, 0, 1]))" << "10.0.0.1";
        QTest::addRow("ip from number") << "String(new IPv4(167772161))" << "10.0.0.1";
        QTest::addRow("ip as number") << "+new IPv4('0.0.1.0')" << "256";
        QTest::addRow("ip subnet member prefix") << "new IPv4('10.1.2.3').isSubnetMember('10.1.0.0', 16)" << "true";
        QTest::addRow("ip subnet member mask") << "new IPv4('10.2.2.3').isSubnetMember('10.1.0.0', '255.255.0.0')" << "false";
        QTest::addRow("parseSubnet") << "IPv4.parseSubnet('10.0.0.0/255.255.255.0').join('|')" << "10.0.0.0|24";
        QTest::addRow("bad ip throws") << "errorMessage(() => new IPv4('1.2.3.256'))"
                                       << "IPv4: '1.2.3.256' is not an IPv4 address";
        // Definition
        QTest::addRow("definition literal")
            << "const d = new Definition({ip: '192.168.0.100', lease_time: 600, subnet: '192.168.0.0/24', serial: 0,"
               " domain_name_servers: ['192.168.0.5', '192.168.0.6', '192.168.0.7', '192.168.0.8'],"
               " ntp_servers: '192.168.0.8, 192.168.0.9'});"
               " [d.ip, d.ip[3], d.lease_time, d.domain_name_servers.length, d.ntp_servers[1], d.hostname, d.gateways].join('|')"
            << "192.168.0.100|100|600|3|192.168.0.9||";
        QTest::addRow("definition positional")
            << "const p = new Definition('10.0.0.5', '300', 'lan', 2, 'host', '10.0.0.1');"
               " [p.ip, p.lease_time, p.subnet, p.serial, p.hostname, p.gateways[0]].join('|')"
            << "10.0.0.5|300|lan|2|host|10.0.0.1";
        QTest::addRow("definition flat int list")
            << "new Definition({ip: '10.0.0.5', lease_time: 1, subnet: 's', gateways: [10, 0, 0, 1, 10, 0, 0, 2]}).gateways.join(',')"
            << "10.0.0.1,10.0.0.2";
        QTest::addRow("definition without ip")
            << "errorMessage(() => new Definition({lease_time: 1, subnet: 's'}))"
            << "Definition: ip is required";
        QTest::addRow("definition bad lease")
            << "errorType(() => new Definition({ip: '1.2.3.4', lease_time: -1, subnet: 's'}))"
            << "true";
        QTest::addRow("definition unknown field")
            << "errorMessage(() => new Definition({ip: '1.2.3.4', lease_time: 1, subnet: 's', gateway: '1.1.1.1'}))"
            << "Definition: unknown field 'gateway' (fields: ip, lease_time, subnet, serial, hostname, gateways, subnet_mask, "
               "broadcast_address, domain_name, domain_name_servers, ntp_servers, extra)";
        QTest::addRow("definition bad address")
            << "errorMessage(() => new Definition({ip: '1.2.3.4', lease_time: 1, subnet: 's', subnet_mask: 'x'}))"
            << "Definition: subnet_mask: IPv4: 'x' is not an IPv4 address";
        // conversions
        QTest::addRow("listToIP") << "String(listToIP([127, 0, 0, 1]))" << "127.0.0.1";
        QTest::addRow("listToIPs") << "listToIPs([127, 0, 0, 1, 127, 0, 0, 2]).join(',')" << "127.0.0.1,127.0.0.2";
        QTest::addRow("ipToList") << "ipToList(new IPv4('127.0.0.1')).join(',')" << "127,0,0,1";
        QTest::addRow("ipsToList") << "ipsToList(['127.0.0.1', new IPv4('127.0.0.2')]).join(',')" << "127,0,0,1,127,0,0,2";
        QTest::addRow("listToInt") << "listToInt([127, 10])" << "32522";
        QTest::addRow("listToInts") << "listToInts([127, 10, 127, 9]).join(',')" << "32522,32521";
        QTest::addRow("listToLong") << "listToLong([16, 23, 127, 10])" << "269975306";
        QTest::addRow("listToLongs") << "listToLongs([16, 23, 127, 10, 16, 23, 127, 9]).join(',')" << "269975306,269975305";
        QTest::addRow("intToList") << "intToList(32522).join(',')" << "127,10";
        QTest::addRow("intsToList") << "intsToList([32522, 32521]).join(',')" << "127,10,127,9";
        QTest::addRow("longToList") << "longToList(269975306).join(',')" << "16,23,127,10";
        QTest::addRow("longsToList") << "longsToList([269975306, 269975305]).join(',')" << "16,23,127,10,16,23,127,9";
        QTest::addRow("strToList") << "strToList('hello').join(',')" << "104,101,108,108,111";
        QTest::addRow("strToPaddedList") << "strToPaddedList('hello', 7).join(',')" << "104,101,108,108,111,0,0";
        QTest::addRow("listToStr") << "listToStr([104, 101, 108, 108, 111])" << "hello";
        QTest::addRow("conversion error") << "errorType(() => listToInt([1])) && errorMessage(() => listToInt([1])).startsWith('listToInt')"
                                          << "true";
        // RFC helpers
        QTest::addRow("rfc1035_plus") << "rfc1035_plus('a.b').join(',')" << "1,97,1,98,0";
        QTest::addRow("rfc3397_119") << "rfc3397_119('a').join(',')" << "1,97,0";
        QTest::addRow("rfc4280_88") << "rfc4280_88('a').join(',')" << "1,97,0";
        QTest::addRow("rfc5223_137") << "rfc5223_137('a').join(',')" << "1,97,0";
        QTest::addRow("rfc2610_78") << "rfc2610_78(true, '1.2.3.4').join(',')" << "1,1,2,3,4";
        QTest::addRow("rfc2610_79") << "rfc2610_79(false, 'x').join(',')" << "0,120";
        QTest::addRow("rfc3361_120 ips") << "rfc3361_120('1.2.3.4').join(',')" << "1,1,2,3,4";
        QTest::addRow("rfc3442_121") << "rfc3442_121([['10.0.0.0/8', '192.0.2.1'], [['0.0.0.0', 0], '192.0.2.2']]).join(',')"
                                     << "8,10,192,0,2,1,0,192,0,2,2";
        QTest::addRow("rfc3925_124") << "rfc3925_124({9: 'ab'}).join(',')" << "0,0,0,9,3,2,97,98";
        QTest::addRow("rfc3925_125") << "rfc3925_125({9: {1: [5]}}).join(',')" << "0,0,0,9,3,1,1,5";
        QTest::addRow("rfc4174_83") << "rfc4174_83(1, 2, 3, 4, '1.2.3.4').length" << "14";
        QTest::addRow("rfc5678_139") << "rfc5678_139([[1, '1.2.3.4']]).join(',')" << "1,4,1,2,3,4";
        QTest::addRow("rfc5678_140") << "rfc5678_140([[1, 'a']]).join(',')" << "1,3,1,97,0";
        QTest::addRow("rfc3046_decode") << "JSON.stringify(rfc3046_decode([1, 2, 65, 66, 2, 1, 7]))" << "{\"1\":[65,66],\"2\":[7]}";
        QTest::addRow("rfc3925_decode") << "JSON.stringify(rfc3925_decode([0, 0, 0, 9, 1, 5]))" << "{\"9\":[5]}";
        QTest::addRow("rfc3925_125_decode") << "JSON.stringify(rfc3925_125_decode([0, 0, 0, 9, 3, 1, 1, 5]))" << "{\"9\":{\"1\":[5]}}";
        QTest::addRow("rfc error") << "errorMessage(() => rfc3361_120('1.2.3.4,example.org')).startsWith('rfc3361_120')"
                                   << "true";
        // globals
        QTest::addRow("callbacks constants")
            << "[callbacks.WEB_METHOD_DASHBOARD, callbacks.WEB_METHOD_TEMPLATE, callbacks.WEB_METHOD_RAW].join(',')" << "1,2,3";
        QTest::addRow("FLAGBIT_BROADCAST") << "FLAGBIT_BROADCAST" << "32768";
    }
    void expressions()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const QJSValue v = js(QStringLiteral("(function () { ") + (code.contains(u';') ? code.section(u';', 0, -2) + u';' : QString())
                              + QStringLiteral(" return ") + (code.contains(u';') ? code.section(u';', -1) : code)
                              + QStringLiteral("; })()"));
        QVERIFY2(!v.isError(), qPrintable(v.toString()));
        QCOMPARE(v.toString(), expected);
    }

    void loggerWritesToConfCategory()
    {
        QTest::ignoreMessage(QtInfoMsg, "step finished");
        QTest::ignoreMessage(QtWarningMsg, "decommissioned");
        QTest::ignoreMessage(QtWarningMsg, "legacy");
        QTest::ignoreMessage(QtCriticalMsg, "invalid data");
        QTest::ignoreMessage(QtCriticalMsg, "offline");
        const QJSValue v = js(QStringLiteral("logger.debug('x'); logger.info('step finished'); logger.warn('decommissioned');"
                                             "writeLog('legacy'); logger.error('invalid data'); logger.critical('offline'); 1"));
        QVERIFY2(!v.isError(), qPrintable(v.toString()));
    }
};

QTEST_GUILESS_MAIN(TestJsValues)
#include "tst_jsvalues.moc"
