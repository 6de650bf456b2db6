// The C++/JavaScript boundary (jsboundary.h): every header field, Definition field and statistics record field
// crosses by its own name, both ways, and a name that is none is an error the hook sees. The expected values are
// written out here by name, with a different value for every field, rather than taken from the tables
// (kHeaderFields, kDefinitionFields, kStatsFields): two fields of the same type swapped in a table (subnet_mask and
// broadcast_address) fail here. Each test also checks that it covers exactly the fields of its table.
#include "hooktestutil.h"
#include "protocol/packetencoder.h"
#include "scripting/headerfields.h"
#include "scripting/jsrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace qsd;
using namespace qsd::test;

namespace {

/// A hook file whose hooks run whatever the test put into the global `t` (set with eval()).
const QByteArray kProbe = "export function filterPacket(packet) { return t(packet); }\n"
                          "export function handleUnknownMAC(packet) { return t(packet); }\n"
                          "export function filterRetrievedDefinitions(definitions, packet) { return t(packet, definitions); }\n"
                          "export function loadDHCPPacket(packet, method, mac, definition) { return t(packet, definition); }\n";

/// A value as text that also says what it is: "ip:10.0.0.1", "mac:…", "number:7", "string:x", "[ip:…,ip:…]",
/// JSON for other objects, "null".
const char *const kDescribe =
    "describe = function (v) {\n"
    "    if (v === null) return 'null';\n"
    "    if (Array.isArray(v)) return '[' + v.map(describe).join(',') + ']';\n"
    "    if (v instanceof IPv4) return 'ip:' + v;\n"
    "    if (v instanceof MAC) return 'mac:' + v;\n"
    "    if (typeof v === 'object') return JSON.stringify(v);\n"
    "    return typeof v + ':' + v;\n"
    "};";

QString bytesText(const QByteArray &bytes)
{
    QStringList out;
    for (const char b : bytes)
        out << QString::number(quint8(b));
    return out.join(u',');
}

template<class Table>
std::set<QString> namesOf(const Table &table)
{
    std::set<QString> names;
    for (const auto &row : table)
        names.insert(QLatin1String(row.name));
    return names;
}

// --- header fields ----------------------------------------------------------------------------------------------

/// The request the header tests start from: every field a value no other field has.
DhcpPacket headerPacket()
{
    DhcpPacket p;
    p.op = 2;
    p.htype = 1;
    p.hlen = 6;
    p.hops = 3;
    p.xid = 0x01020304;
    p.secs = 0x0506;
    p.flags = 0x8000;
    p.ciaddr = IPv4(10, 0, 0, 1);
    p.yiaddr = IPv4(10, 0, 0, 2);
    p.siaddr = IPv4(10, 0, 0, 3);
    p.giaddr = IPv4(10, 0, 0, 4);
    p.chaddr = {2, 0, 0, 0, 0, 0x0c, 0xee};   // byte 6 is the field's, not the MAC's
    p.sname = QByteArray("server-s").leftJustified(64, '\0');
    p.file = QByteArray("boot-f").leftJustified(128, '\0');
    p.setOption(Opt::DhcpMessageType, QByteArray(1, char(MessageType::Discover)));
    return p;
}

struct HeaderCase
{
    const char *name;
    const char *read;             ///< describe(packet[name]) on headerPacket()
    QByteArray bytes;             ///< packet.getOption(name) on headerPacket()
    const char *value;            ///< a new value, as a property takes it (JavaScript)
    const char *valueBytes;       ///< the same as setOption(name, …) takes it (JavaScript)
    void (*expect)(DhcpPacket &);   ///< the same, set in C++
};

const HeaderCase kHeaderCases[] = {
    {"op", "number:2", "\x02", "1", "[1]", [](DhcpPacket &p) { p.op = 1; }},
    {"htype", "number:1", "\x01", "9", "[9]", [](DhcpPacket &p) { p.htype = 9; }},
    {"hlen", "number:6", "\x06", "10", "[10]", [](DhcpPacket &p) { p.hlen = 10; }},
    {"hops", "number:3", "\x03", "11", "[11]", [](DhcpPacket &p) { p.hops = 11; }},
    {"xid", "number:16909060", "\x01\x02\x03\x04", "0x0a0b0c0d", "[10, 11, 12, 13]", [](DhcpPacket &p) { p.xid = 0x0a0b0c0d; }},
    {"secs", "number:1286", "\x05\x06", "0x0e0f", "[14, 15]", [](DhcpPacket &p) { p.secs = 0x0e0f; }},
    {"flags", "number:32768", QByteArray("\x80\x00", 2), "1", "[0, 1]", [](DhcpPacket &p) { p.flags = 1; }},
    {"ciaddr", "ip:10.0.0.1", QByteArray("\x0a\x00\x00\x01", 4), "'10.0.1.1'", "[10, 0, 1, 1]",
     [](DhcpPacket &p) { p.ciaddr = IPv4(10, 0, 1, 1); }},
    {"yiaddr", "ip:10.0.0.2", QByteArray("\x0a\x00\x00\x02", 4), "'10.0.1.2'", "[10, 0, 1, 2]",
     [](DhcpPacket &p) { p.yiaddr = IPv4(10, 0, 1, 2); }},
    {"siaddr", "ip:10.0.0.3", QByteArray("\x0a\x00\x00\x03", 4), "'10.0.1.3'", "[10, 0, 1, 3]",
     [](DhcpPacket &p) { p.siaddr = IPv4(10, 0, 1, 3); }},
    {"giaddr", "ip:10.0.0.4", QByteArray("\x0a\x00\x00\x04", 4), "'10.0.1.4'", "[10, 0, 1, 4]",
     [](DhcpPacket &p) { p.giaddr = IPv4(10, 0, 1, 4); }},
    {"chaddr", "mac:02:00:00:00:00:0c", QByteArray("\x02\x00\x00\x00\x00\x0c\xee", 7).leftJustified(16, '\0'),
     "'02:00:00:00:00:0d'", "[2, 0, 0, 0, 0, 13]", [](DhcpPacket &p) { p.setHardwareAddress(*MAC::fromString(u"02:00:00:00:00:0d")); }},
    {"sname", "string:server-s", QByteArray("server-s").leftJustified(64, '\0'), "'other-s'",
     "[111, 116, 104, 101, 114, 45, 115]", [](DhcpPacket &p) { p.sname = QByteArray("other-s").leftJustified(64, '\0'); }},
    {"file", "string:boot-f", QByteArray("boot-f").leftJustified(128, '\0'), "'other-f'",
     "[111, 116, 104, 101, 114, 45, 102]", [](DhcpPacket &p) { p.file = QByteArray("other-f").leftJustified(128, '\0'); }},
};

// --- Definition ---------------------------------------------------------------------------------------------

/// A definition whose every field has a value no other field has.
Definition fullDefinition()
{
    Definition d;
    d.ip = IPv4(10, 1, 0, 1);
    d.lease_time = 3601;
    d.subnet = QStringLiteral("subnet-a");
    d.serial = 7;
    d.hostname = QStringLiteral("host-h");
    d.gateways = {IPv4(10, 1, 0, 2), IPv4(10, 1, 0, 3)};
    d.subnet_mask = IPv4(255, 255, 0, 0);
    d.broadcast_address = IPv4(10, 1, 255, 255);
    d.domain_name = QStringLiteral("example.org");
    d.domain_name_servers = {IPv4(10, 1, 0, 4)};
    d.ntp_servers = {IPv4(10, 1, 0, 5), IPv4(10, 1, 0, 6)};
    d.extra = {{QStringLiteral("k"), QStringLiteral("v")}};
    return d;
}

/// What a hook reads by a field's name: describe(record[name]) of a full record and of one with only what it needs.
struct FieldRead
{
    const char *name;
    const char *full;
    const char *least;
};

/// Of fullDefinition() and of a definition with only ip, lease_time and subnet.
const FieldRead kDefinitionReads[] = {
    {"ip", "ip:10.1.0.1", "ip:10.1.0.1"},
    {"lease_time", "number:3601", "number:3601"},
    {"subnet", "string:subnet-a", "string:subnet-a"},
    {"serial", "number:7", "number:0"},
    {"hostname", "string:host-h", "null"},
    {"gateways", "[ip:10.1.0.2,ip:10.1.0.3]", "null"},
    {"subnet_mask", "ip:255.255.0.0", "null"},
    {"broadcast_address", "ip:10.1.255.255", "null"},
    {"domain_name", "string:example.org", "null"},
    {"domain_name_servers", "[ip:10.1.0.4]", "null"},
    {"ntp_servers", "[ip:10.1.0.5,ip:10.1.0.6]", "null"},
    {"extra", "{\"k\":\"v\"}", "null"},
};

struct FieldValue
{
    const char *name;
    const char *value;   ///< JavaScript
};

/// A hook's definition, by name: compareWithHooksDefinition() checks what the server reads.
const FieldValue kDefinitionValues[] = {
    {"ip", "'10.2.0.1'"},
    {"lease_time", "3602"},
    {"subnet", "'subnet-b'"},
    {"serial", "8"},
    {"hostname", "'host-i'"},
    {"gateways", "['10.2.0.2', '10.2.0.3']"},
    {"subnet_mask", "'255.255.255.0'"},
    {"broadcast_address", "'10.2.0.255'"},
    {"domain_name", "'example.net'"},
    {"domain_name_servers", "['10.2.0.4', '10.2.0.5', '10.2.0.6', '10.2.0.7']"},
    {"ntp_servers", "'10.2.0.8'"},
    {"extra", "{room: 'B12'}"},
};

/// QCOMPARE's early return needs a void function: `ok` says whether all compared equal.
void compareWithHooksDefinition(const Definition &d, bool *ok)
{
    QCOMPARE(d.ip, IPv4(10, 2, 0, 1));
    QCOMPARE(d.lease_time, 3602u);
    QCOMPARE(d.subnet, QStringLiteral("subnet-b"));
    QCOMPARE(d.serial, 8);
    QCOMPARE(d.hostname, QStringLiteral("host-i"));
    QCOMPARE(d.gateways, (QList<IPv4>{IPv4(10, 2, 0, 2), IPv4(10, 2, 0, 3)}));
    QCOMPARE(d.subnet_mask, std::optional<IPv4>(IPv4(255, 255, 255, 0)));
    QCOMPARE(d.broadcast_address, std::optional<IPv4>(IPv4(10, 2, 0, 255)));
    QCOMPARE(d.domain_name, QStringLiteral("example.net"));
    QCOMPARE(d.domain_name_servers, (QList<IPv4>{IPv4(10, 2, 0, 4), IPv4(10, 2, 0, 5), IPv4(10, 2, 0, 6)}));   // cut to 3
    QCOMPARE(d.ntp_servers, QList<IPv4>{IPv4(10, 2, 0, 8)});
    QCOMPARE(d.extra, (QVariantMap{{QStringLiteral("room"), QStringLiteral("B12")}}));
    *ok = true;
}

// --- the statistics record ----------------------------------------------------------------------------------

StatsRecord fullStats()
{
    StatsRecord r;
    r.sourceAddress = IPv4(10, 3, 0, 1);
    r.mac = *MAC::fromString(u"02:00:00:00:00:21");
    r.ip = IPv4(10, 3, 0, 2);
    r.subnet = QStringLiteral("subnet-s");
    r.serial = 5;
    r.method = QStringLiteral("REQUEST:RENEW");
    r.processingTime = 0.25;
    r.processed = true;
    r.port = 4011;
    return r;
}

/// Of fullStats() and of StatsRecord{}.
const FieldRead kStatsReads[] = {
    {"source_address", "ip:10.3.0.1", "null"},
    {"mac", "mac:02:00:00:00:00:21", "null"},
    {"ip", "ip:10.3.0.2", "null"},
    {"subnet", "string:subnet-s", "null"},
    {"serial", "number:5", "number:0"},
    {"method", "string:REQUEST:RENEW", "null"},
    {"processing_time", "number:0.25", "number:0"},
    {"processed", "boolean:true", "boolean:false"},
    {"port", "number:4011", "number:67"},
};

} // namespace

class TestJsBoundary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<HookRunner> m_runner;

    /// Sets `t` to function (packet, second) { body }; `t.out` is read back by out().
    void setProbe(const QString &body)
    {
        const QJSValue set = eval(*m_runner, QStringLiteral("t = function (packet, second) {\n%1\n}").arg(body));
        QVERIFY2(!set.isError(), qPrintable(set.toString()));
    }
    QString out() { return eval(*m_runner, QStringLiteral("t.out")).toString(); }
    /// Runs the probe as filterPacket on `packet`.
    void filter(DhcpPacket &packet)
    {
        QString error;
        m_runner->beginExchange();
        const FilterVerdict v = m_runner->filterPacket(packet, args(), &error);
        m_runner->endExchange();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(v, FilterVerdict::Accept);
    }
    /// `t.out` parsed as {name: text}.
    QJsonObject outByName() { return QJsonDocument::fromJson(out().toUtf8()).object(); }

private slots:
    void initTestCase()
    {
        QString error;
        m_runner = loadHooks(m_dir, kProbe, &error, 1000);
        QVERIFY2(m_runner, qPrintable(error));
        QVERIFY(!eval(*m_runner, QLatin1String(kDescribe)).isError());
    }

    // --- header fields ------------------------------------------------------------------------------------------
    void headerCasesCoverTheTable()
    {
        QCOMPARE(namesOf(kHeaderCases), namesOf(kHeaderFields));
    }

    /// C++ → JavaScript: each field read by its name, as a property and with getOption.
    void headerFieldsReadByName()
    {
        setProbe(QStringLiteral("const out = {};\n"
                                "for (const name of t.names) out[name] = [describe(packet[name]), packet.getOption(name).join()];\n"
                                "t.out = JSON.stringify(out);\n"
                                "return true;"));
        QStringList names;
        for (const HeaderCase &c : kHeaderCases)
            names << QStringLiteral("'%1'").arg(QLatin1String(c.name));
        eval(*m_runner, QStringLiteral("t.names = [%1];").arg(names.join(u',')));
        DhcpPacket p = headerPacket();
        filter(p);
        const QJsonObject read = outByName();
        for (const HeaderCase &c : kHeaderCases) {
            const QJsonArray got = read.value(QLatin1String(c.name)).toArray();
            QVERIFY2(got.size() == 2, c.name);
            QCOMPARE(got.at(0).toString(), QLatin1String(c.read));
            QCOMPARE(got.at(1).toString(), bytesText(c.bytes));
        }
    }

    /// JavaScript → C++: each field set by its name changes that field and no other, as a property and with
    /// setOption (the whole encoded packet is compared with one changed in C++).
    void headerFieldsWrittenByName_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("bySetOption");
        for (int i = 0; i < int(std::size(kHeaderCases)); ++i) {
            QTest::addRow("packet.%s = …", kHeaderCases[i].name) << i << false;
            QTest::addRow("setOption('%s', bytes)", kHeaderCases[i].name) << i << true;
        }
    }
    void headerFieldsWrittenByName()
    {
        QFETCH(int, index);
        QFETCH(bool, bySetOption);
        const HeaderCase &c = kHeaderCases[index];
        setProbe(bySetOption ? QStringLiteral("return packet.setOption('%1', %2);").arg(QLatin1String(c.name), QLatin1String(c.valueBytes))
                             : QStringLiteral("packet.%1 = %2; return true;").arg(QLatin1String(c.name), QLatin1String(c.value)));
        DhcpPacket p = headerPacket();
        filter(p);
        DhcpPacket expected = headerPacket();
        c.expect(expected);
        QCOMPARE(PacketEncoder::encode(p).toHex(), PacketEncoder::encode(expected).toHex());
    }

    // --- Definition -----------------------------------------------------------------------------------------
    void definitionCasesCoverTheTable()
    {
        QCOMPARE(namesOf(kDefinitionReads), namesOf(kDefinitionFields));
        QCOMPARE(namesOf(kDefinitionValues), namesOf(kDefinitionFields));
    }

    /// C++ → JavaScript: the definition loadDHCPPacket gets, each field read by its name.
    void definitionFieldsReadByName_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addRow("every field set") << true;
        QTest::addRow("only ip, lease_time and subnet") << false;
    }
    void definitionFieldsReadByName()
    {
        QFETCH(bool, full);
        setProbe(QStringLiteral("const out = {};\n"
                                "for (const name of Object.keys(second)) out[name] = describe(second[name]);\n"
                                "t.out = JSON.stringify(out);\n"
                                "return second instanceof Definition;"));
        Definition d = fullDefinition();
        if (!full) {
            Definition least;
            least.ip = d.ip;
            least.lease_time = d.lease_time;
            least.subnet = d.subnet;
            d = least;
        }
        DhcpPacket reply = headerPacket();
        m_runner->beginExchange();
        const auto r = m_runner->loadDHCPPacket(reply, args(), d, PacketEncoder::encode(headerPacket()));
        m_runner->endExchange();
        QVERIFY2(r.ok && r.value, qPrintable(r.error));
        const QJsonObject read = outByName();
        QCOMPARE(read.size(), int(std::size(kDefinitionReads)));   // no other own property
        for (const FieldRead &f : kDefinitionReads)
            QCOMPARE(read.value(QLatin1String(f.name)).toString(), QLatin1String(full ? f.full : f.least));
    }

    /// JavaScript → C++: a definition a hook makes by the fields' names (as an object literal, with the
    /// constructor, or by assigning each field of a definition it was given) and by position.
    void definitionFieldsWrittenByName_data()
    {
        QStringList literal, positional, assigned;
        for (const FieldValue &f : kDefinitionValues) {
            literal << QStringLiteral("%1: %2").arg(QLatin1String(f.name), QLatin1String(f.value));
            positional << QLatin1String(f.value);
            assigned << QStringLiteral("d.%1 = %2;").arg(QLatin1String(f.name), QLatin1String(f.value));
        }
        QTest::addColumn<QString>("make");   // the body of function (d): d is a Definition from the server
        QTest::addRow("a plain object") << QStringLiteral("return {%1};").arg(literal.join(QStringLiteral(", ")));
        QTest::addRow("new Definition({…})") << QStringLiteral("return new Definition({%1});").arg(literal.join(QStringLiteral(", ")));
        QTest::addRow("new Definition(…) in staticDHCPd's order")
            << QStringLiteral("return new Definition(%1);").arg(positional.join(QStringLiteral(", ")));
        QTest::addRow("each field of a given Definition assigned") << assigned.join(u' ') + QStringLiteral(" return d;");
    }
    void definitionFieldsWrittenByName()
    {
        QFETCH(QString, make);
        setProbe(QStringLiteral("return (function (d) { %1 })(second[0]);").arg(make));
        DhcpPacket request = headerPacket();
        const auto r = m_runner->filterRetrievedDefinitions({fullDefinition()}, request, args());
        QVERIFY2(r.ok && r.value, qPrintable(r.error));
        bool ok = false;
        compareWithHooksDefinition(*r.value, &ok);
        QVERIFY(ok);
    }

    /// Both ways: a definition the server gives comes back unchanged.
    void definitionComesBackUnchanged()
    {
        setProbe(QStringLiteral("return second[0];"));
        DhcpPacket request = headerPacket();
        const auto r = m_runner->filterRetrievedDefinitions({fullDefinition()}, request, args());
        QVERIFY2(r.ok && r.value, qPrintable(r.error));
        QVERIFY(*r.value == fullDefinition());
    }

    // --- the statistics record ------------------------------------------------------------------------------
    void statsCasesCoverTheTable()
    {
        QCOMPARE(namesOf(kStatsReads), namesOf(kStatsFields));
    }

    /// C++ → JavaScript: the record a statsAddHandler callback gets, each field read by its name.
    void statsFieldsReadByName_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addRow("every field set") << true;
        QTest::addRow("an empty record") << false;
    }
    void statsFieldsReadByName()
    {
        QFETCH(bool, full);
        QTemporaryDir dir;
        QString error;
        auto runner = loadHooks(dir,
            "export let out = '';\n"
            "export function init() {\n"
            "    callbacks.statsAddHandler(s => {\n"
            "        const read = {};\n"
            "        for (const name of Object.keys(s)) read[name] = describe(s[name]);\n"
            "        out = JSON.stringify(read) + (Object.isFrozen(s) ? '' : ' (not frozen)');\n"
            "    });\n"
            "}\n", &error);
        QVERIFY2(runner, qPrintable(error));
        QVERIFY(!eval(*runner, QLatin1String(kDescribe)).isError());
        runner->emitStatistics(full ? fullStats() : StatsRecord{});
        const QString text = runner->engine()->importModule(dir.filePath(QStringLiteral("hooks.mjs")))
                                 .property(QStringLiteral("out")).toString();
        const QJsonObject read = QJsonDocument::fromJson(text.toUtf8()).object();
        QVERIFY2(!read.isEmpty(), qPrintable(text));
        QCOMPARE(read.size(), int(std::size(kStatsReads)));
        for (const FieldRead &f : kStatsReads)
            QCOMPARE(read.value(QLatin1String(f.name)).toString(), QLatin1String(full ? f.full : f.least));
    }

    // --- names that are none, and values that do not fit: errors the hook sees, naming what it wrote -------------
    void unknownNamesAreErrors_data()
    {
        QTest::addColumn<QString>("code");       // runs in filterPacket, with `packet` and `definition` (a Definition)
        QTest::addColumn<QString>("expected");   // "Name: message" of what it throws (its start)
        QTest::addRow("a property the packet does not have, read") << "packet.yiadr" << "TypeError: the packet has no 'yiadr' (header fields: op,";
        QTest::addRow("… assigned") << "packet.yiadr = '10.0.0.1'" << "TypeError: the packet has no 'yiadr' to set";
        QTest::addRow("… defined") << "Object.defineProperty(packet, 'yiadr', {value: 1})" << "TypeError";
        QTest::addRow("what the language asks of any object still answers")
            << "if (!(JSON.stringify(definition).startsWith('{\"ip\"') && String(definition).startsWith('Definition(')"
               " && `${packet}`.indexOf('DHCP_DISCOVER') >= 0 && packet.hasOwnProperty('_n') && packet.toJSON === undefined"
               " && packet.then === undefined && packet[Symbol.iterator] === undefined && packet instanceof Object"
               " && 'siaddr' in packet && !('yiadr' in packet) && Object.keys(definition).length === 12"
               " && definition instanceof Definition && !(packet instanceof Definition)))"
               "    throw new Error('not as before')"
            << "no error";
        QTest::addRow("getOption of no field or option") << "packet.getOption('yiadr')" << "TypeError: getOption: 'yiadr' is not a DHCP option";
        QTest::addRow("setOption of no field or option") << "packet.setOption('fle', [1])" << "TypeError: setOption: 'fle' is not a DHCP option";
        QTest::addRow("isOption of no field or option") << "packet.isOption('ciadr')" << "TypeError: isOption: 'ciadr' is not a DHCP option";
        QTest::addRow("extractIPOrNone of no field or option") << "packet.extractIPOrNone('giadr')"
                                                               << "TypeError: extractIPOrNone: 'giadr' is not a DHCP option";
        QTest::addRow("a header field the native does not have") << "packet._n.fieldBytes(14)" << "RangeError: no header field #14";
        QTest::addRow("… nor below 0") << "packet._n.setHeader(-1, 1)" << "RangeError: no header field #-1";
        QTest::addRow("a Definition field that is none")
            << "new Definition({ip: '10.0.0.1', lease_time: 1, subnet: 's', subnetmask: '255.0.0.0'})"
            << "TypeError: Definition: unknown field 'subnetmask'";
        QTest::addRow("… read from a Definition") << "definition.subnetmask" << "TypeError: a Definition has no 'subnetmask' (fields: ip,";
        QTest::addRow("… assigned to it") << "definition.subnetmask = '255.0.0.0'" << "TypeError: a Definition has no 'subnetmask' to set";
        QTest::addRow("more Definition arguments than fields")
            << "new Definition('10.0.0.1', 1, 's', 0, null, null, null, null, null, null, null, null, 'thirteenth')"
            << "TypeError: Definition: 13 arguments, but it has 12 fields";
        QTest::addRow("op: not a byte") << "packet.op = 256" << "TypeError: packet.op: 256 is not a byte";
        QTest::addRow("secs: not 16 bits") << "packet.secs = 70000" << "TypeError: packet.secs: 70000 is not a 16-bit number";
        QTest::addRow("xid: not 32 bits") << "packet.xid = -1" << "TypeError: packet.xid: -1 is not a 32-bit number";
        QTest::addRow("siaddr: not an address") << "packet.siaddr = 'x'" << "TypeError: packet.siaddr: 'x' is not an IPv4 address";
        QTest::addRow("chaddr: not a MAC") << "packet.chaddr = 'x'" << "TypeError: packet.chaddr: 'x' is not a MAC address";
        QTest::addRow("file: too long") << "packet.file = 'x'.repeat(129)" << "TypeError: packet.file: at most 128 bytes";
        QTest::addRow("setOption('xid'): too few bytes") << "packet.setOption('xid', [1, 2])"
                                                         << "TypeError: setOption('xid'): expected 4 bytes, got 2";
        QTest::addRow("setOption('sname'): too many bytes") << "packet.setOption('sname', new Array(65).fill(1))"
                                                            << "TypeError: setOption('sname'): at most 64 bytes";
    }
    void unknownNamesAreErrors()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        eval(*m_runner, QStringLiteral("definition = new Definition({ip: '10.0.0.1', lease_time: 1, subnet: 's'});"));
        setProbe(QStringLiteral("'use strict';\n"   // as in a module
                                "try { %1; t.out = 'no error'; } catch (e) { t.out = e.name + ': ' + e.message; }\n"
                                "return true;").arg(code));
        DhcpPacket p = headerPacket();
        filter(p);
        QVERIFY2(out().startsWith(expected), qPrintable(out()));
        QCOMPARE(PacketEncoder::encode(p).toHex(), PacketEncoder::encode(headerPacket()).toHex());   // nothing changed
    }

    // --- hooks ----------------------------------------------------------------------------------------------
    /// The hooks a file exports are found by kHooks' names, and the statistics are kHooks' rows.
    void hooksAreTheTable()
    {
        QStringList names;
        for (const HookStats &s : m_runner->statistics())
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("init"), QStringLiteral("filterPacket"), QStringLiteral("handleUnknownMAC"),
                                     QStringLiteral("filterRetrievedDefinitions"), QStringLiteral("loadDHCPPacket"),
                                     QStringLiteral("tick handlers"), QStringLiteral("stats handlers"),
                                     QStringLiteral("reinit handlers"), QStringLiteral("web callbacks")}));
        for (const HookRow &row : kHooks)
            QCOMPARE(m_runner->has(row.hook), row.exported && row.hook != Hook::Init);   // the probe has no init
    }
};

QTEST_GUILESS_MAIN(TestJsBoundary)
#include "tst_jsboundary.moc"
