// Expected octets below are worked out by hand from the RFC texts (examples quoted where the RFC has one).
#include "protocol/rfc.h"

#include <QRandomGenerator>
#include "checkresult.h"

#include <QTest>

using namespace qsd;
using namespace qsd::rfc;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(qsd::rfc::ClasslessRoute)
Q_DECLARE_METATYPE(qsd::rfc::VendorClass)
Q_DECLARE_METATYPE(qsd::rfc::VendorOptions)
Q_DECLARE_METATYPE(qsd::rfc::MosIPv4SubOption)
Q_DECLARE_METATYPE(qsd::rfc::MosFqdnSubOption)

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

ClasslessRoute route(QStringView network, int prefix, QStringView router)
{
    return {Subnet{IPv4::fromString(network).value(), prefix}, IPv4::fromString(router).value()};
}

/// `count` addresses 10.0.0.1, 10.0.0.2, … as a comma list.
QString addressList(int count)
{
    QStringList ips;
    for (int i = 1; i <= count; ++i)
        ips.append(u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256));
    return ips.join(u", ");
}

/// What the decoder gives back for a comma list: items trimmed, empty ones dropped, no trailing dot.
QStringList plainNames(const QString &list)
{
    QStringList out;
    for (QString item : list.split(u',')) {
        item = item.trimmed();
        if (item.endsWith(u'.'))
            item.chop(1);
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

using NameEncoder = std::optional<QByteArray> (*)(QStringView, QString *);
const QList<QPair<const char *, NameEncoder>> nameEncoders = {
    {"rfc1035_plus", rfc1035_plus}, {"rfc3397_119", rfc3397_119},
    {"rfc4280_88", rfc4280_88}, {"rfc5223_137", rfc5223_137}};

} // namespace


class TestRfc : public QObject
{
    Q_OBJECT

private slots:
    void domainNames_data()
    {
        QTest::addColumn<QString>("names");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        const QByteArray exampleCom = hex("07 6578616d706c65 03 636f6d 00"); // RFC 1035 §3.1 labels
        QTest::addRow("example.com.") << u"example.com."_s << exampleCom << QString();
        QTest::addRow("no trailing dot") << u"example.com"_s << exampleCom << QString();
        QTest::addRow("spaces around") << u"  example.com  "_s << exampleCom << QString();
        QTest::addRow("RFC 3397 list uncompressed") << u"eng.apple.com., marketing.apple.com."_s
            << hex("03 656e67 05 6170706c65 03 636f6d 00  09 6d61726b6574696e67 05 6170706c65 03 636f6d 00")
            << QString();
        QTest::addRow("empty items skipped") << u"a.com,,b.com,"_s << hex("01 61 03 636f6d 00 01 62 03 636f6d 00")
                                             << QString();
        QTest::addRow("SRV-style and IDN labels") << u"_sip._udp.xn--bcher-kva"_s
            << hex("04 5f736970 04 5f756470 0d 786e2d2d62636865722d6b7661 00") << QString();
        QTest::addRow("63-octet label") << QString(63, u'a') + u".com"_s
                                        << hex("3f") + QByteArray(63, 'a') + hex("03 636f6d 00") << QString();
        const QString l63(63, u'x');
        QByteArray name255;
        for (int i = 0; i < 3; ++i)
            name255 += hex("3f") + QByteArray(63, 'x');
        name255 += hex("3d") + QByteArray(61, 'y') + hex("00");
        QTest::addRow("255-octet name") << l63 + u'.' + l63 + u'.' + l63 + u'.' + QString(61, u'y') << name255
                                        << QString();
        QTest::addRow("256-octet name") << l63 + u'.' + l63 + u'.' + l63 + u'.' + QString(62, u'y') << QByteArray()
                                        << u"encodes to 256 octets"_s;
        QTest::addRow("64-octet label") << QString(64, u'a') + u".com"_s << QByteArray() << u"64 octets long"_s;
        QTest::addRow("empty string") << QString() << QByteArray() << u"no domain name given"_s;
        QTest::addRow("only commas") << u" , ,"_s << QByteArray() << u"no domain name given"_s;
        QTest::addRow("root only") << u"."_s << QByteArray() << u"empty domain name"_s;
        QTest::addRow("empty label") << u"a..b"_s << QByteArray() << u"empty label"_s;
        QTest::addRow("leading dot") << u".a"_s << QByteArray() << u"empty label"_s;
        QTest::addRow("non-ASCII") << u"bücher.example"_s << QByteArray() << u"U+00fc"_s;
        QTest::addRow("space in label") << u"a b.com"_s << QByteArray() << u"U+0020"_s;
    }
    void domainNames()
    {
        QFETCH(QString, names);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        for (const auto &[function, encode] : nameEncoders) {
            QString error;
            const auto result = encode(names, &error);
            CHECK_RESULT(result, error, expected, errorPart);
            if (result) {
                QCOMPARE(decodeDomainNames(*result, Compression::Forbidden).value(), plainNames(names));
            } else {
                QVERIFY2(error.startsWith(QLatin1String(function) + u": "_s), qPrintable(error));
            }
        }
    }

    void directoryAgent_data()
    {
        QTest::addColumn<bool>("mandatory");
        QTest::addColumn<QString>("ips");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 2610 §3: Mandatory octet, then a1..a4 per Directory Agent.
        QTest::addRow("mandatory, two") << true << u"192.168.0.1, 10.0.0.2"_s << hex("01 c0a80001 0a000002") << QString();
        QTest::addRow("optional, one") << false << u"1.2.3.4"_s << hex("00 01020304") << QString();
        QTest::addRow("no address") << true << u" "_s << QByteArray() << u"no IPv4 address"_s;
        QTest::addRow("short address") << true << u"1.2.3"_s << QByteArray() << u"\"1.2.3\" is not an IPv4"_s;
        QTest::addRow("octet 256") << true << u"1.2.3.4, 1.2.3.256"_s << QByteArray() << u"1.2.3.256"_s;
    }
    void directoryAgent()
    {
        QFETCH(bool, mandatory);
        QFETCH(QString, ips);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc2610_78(mandatory, ips, &error), error, expected, errorPart);
    }

    void serviceScope_data()
    {
        QTest::addColumn<bool>("mandatory");
        QTest::addColumn<QString>("scopes");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 2610 §4: Mandatory octet, then the scope list (UTF-8, comma-delimited).
        QTest::addRow("DEFAULT") << true << u"DEFAULT"_s << hex("01 44454641554c54") << QString();
        QTest::addRow("spaces dropped") << false << u" sales, eng "_s << hex("00 73616c6573 2c 656e67") << QString();
        QTest::addRow("UTF-8") << true << u"sköp"_s << hex("01 73 6b c3b6 70") << QString();
        QTest::addRow("empty list") << false << QString() << hex("00") << QString();
        QTest::addRow("empty scope") << false << u"a,,b"_s << QByteArray() << u"empty scope"_s;
        QTest::addRow("trailing comma") << false << u"a,"_s << QByteArray() << u"empty scope"_s;
    }
    void serviceScope()
    {
        QFETCH(bool, mandatory);
        QFETCH(QString, scopes);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc2610_79(mandatory, scopes, &error), error, expected, errorPart);
    }

    void sipServers_data()
    {
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 3361 §3.1 example: "example.com" and "example.net", enc 0, Len 27.
        QTest::addRow("RFC 3361 names example") << u"example.com,example.net"_s
            << hex("00 07 6578616d706c65 03 636f6d 00 07 6578616d706c65 03 6e6574 00") << QString();
        QTest::addRow("addresses") << u"192.0.2.1, 192.0.2.2"_s << hex("01 c0000201 c0000202") << QString();
        QTest::addRow("one name") << u"sip.example.org."_s << hex("00 03 736970 07 6578616d706c65 03 6f7267 00")
                                  << QString();
        QTest::addRow("mixed") << u"192.0.2.1, sip.example.com"_s << QByteArray() << u"RFC 3361 §3 forbids"_s;
        QTest::addRow("mixed, name first") << u"sip.example.com, 192.0.2.1"_s << QByteArray() << u"mixes"_s;
        QTest::addRow("empty") << u""_s << QByteArray() << u"no SIP server"_s;
        QTest::addRow("bad address") << u"192.0.2.300"_s << QByteArray() << u"\"192.0.2.300\" is not an IPv4"_s;
        QTest::addRow("bad name") << u"sip..example.com"_s << QByteArray() << u"empty label"_s;
    }
    void sipServers()
    {
        QFETCH(QString, servers);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        const auto result = rfc3361_120(servers, &error);
        CHECK_RESULT(result, error, expected, errorPart);
        if (result)
            QCOMPARE(rfc3361_120_decode(*result).value(), plainNames(servers));
    }

    void classlessRoutes_data()
    {
        QTest::addColumn<QList<ClasslessRoute>>("routes");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 3442 destination descriptor table, each routed via 10.0.0.1 (0a000001).
        QTest::addRow("0.0.0.0/0") << QList{route(u"0.0.0.0", 0, u"10.0.0.1")} << hex("00 0a000001") << QString();
        QTest::addRow("10.0.0.0/8") << QList{route(u"10.0.0.0", 8, u"10.0.0.1")} << hex("08 0a 0a000001") << QString();
        QTest::addRow("10.0.0.0/24") << QList{route(u"10.0.0.0", 24, u"10.0.0.1")} << hex("18 0a0000 0a000001")
                                     << QString();
        QTest::addRow("10.17.0.0/16") << QList{route(u"10.17.0.0", 16, u"10.0.0.1")} << hex("10 0a11 0a000001")
                                      << QString();
        QTest::addRow("10.27.129.0/24") << QList{route(u"10.27.129.0", 24, u"10.0.0.1")}
                                        << hex("18 0a1b81 0a000001") << QString();
        QTest::addRow("10.229.0.128/25") << QList{route(u"10.229.0.128", 25, u"10.0.0.1")}
                                         << hex("19 0ae50080 0a000001") << QString();
        QTest::addRow("10.198.122.47/32") << QList{route(u"10.198.122.47", 32, u"10.0.0.1")}
                                          << hex("20 0ac67a2f 0a000001") << QString();
        QTest::addRow("default + on-link, order kept")
            << QList{route(u"0.0.0.0", 0, u"192.168.1.1"), route(u"192.168.5.0", 24, u"0.0.0.0")}
            << hex("00 c0a80101 18 c0a805 00000000") << QString();
        QTest::addRow("no route") << QList<ClasslessRoute>() << QByteArray() << u"no route"_s;
        QTest::addRow("prefix 33") << QList{route(u"10.0.0.0", 33, u"10.0.0.1")} << QByteArray()
                                   << u"prefix 33 is outside 0..32"_s;
        QTest::addRow("prefix -1") << QList{route(u"10.0.0.0", -1, u"10.0.0.1")} << QByteArray()
                                   << u"prefix -1 is outside"_s;
        QTest::addRow("host bits /16") << QList{route(u"10.17.1.0", 16, u"10.0.0.1")} << QByteArray()
                                       << u"subnet number is 10.17.0.0"_s;
        QTest::addRow("host bits /25, second route")
            << QList{route(u"0.0.0.0", 0, u"10.0.0.1"), route(u"10.229.0.129", 25, u"10.0.0.1")} << QByteArray()
            << u"route 2 (10.229.0.129/25): host bits"_s;
    }
    void classlessRoutes()
    {
        QFETCH(QList<ClasslessRoute>, routes);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        const auto result = rfc3442_121(routes, &error);
        CHECK_RESULT(result, error, expected, errorPart);
        if (result)
            QCOMPARE(rfc3442_121_decode(*result).value(), routes);
    }

    void vendorClass_data()
    {
        QTest::addColumn<QList<VendorClass>>("classes");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 3925 §3: enterprise-number, data-len, vendor-class-data = (data-len, opaque-data)...
        QTest::addRow("Broadband Forum usp") << QList{VendorClass{3561, {"usp"}}} << hex("00000de9 04 03 757370")
                                             << QString();
        QTest::addRow("two items, one empty") << QList{VendorClass{4491, {"docsis3.0", ""}}}
                                              << hex("0000118b 0b 09 646f63736973332e30 00") << QString();
        QTest::addRow("order kept") << QList{VendorClass{9, {"a"}}, VendorClass{3, {"bc"}}}
                                    << hex("00000009 02 01 61 00000003 03 02 6263") << QString();
        QTest::addRow("data-len 255") << QList{VendorClass{1, {QByteArray(254, 'x')}}}
                                      << hex("00000001 ff fe") + QByteArray(254, 'x') << QString();
        QTest::addRow("no enterprise") << QList<VendorClass>() << QByteArray() << u"no enterprise"_s;
        QTest::addRow("no item") << QList{VendorClass{1, {}}} << QByteArray() << u"no vendor-class-data item"_s;
        QTest::addRow("data-len 256") << QList{VendorClass{1, {QByteArray(255, 'x')}}} << QByteArray()
                                      << u"256 octets does not fit data-len"_s;
        QTest::addRow("item 256") << QList{VendorClass{1, {QByteArray(256, 'x')}}} << QByteArray()
                                  << u"item of 256 octets"_s;
        QTest::addRow("duplicate") << QList{VendorClass{7, {"a"}}, VendorClass{7, {"b"}}} << QByteArray()
                                   << u"enterprise 7 occurs twice"_s;
    }
    void vendorClass()
    {
        QFETCH(QList<VendorClass>, classes);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        const auto result = rfc3925_124(classes, &error);
        CHECK_RESULT(result, error, expected, errorPart);
        if (result)
            QCOMPARE(rfc3925_124_decode(*result).value(), classes);
    }

    void vendorSpecific_data()
    {
        QTest::addColumn<QList<VendorOptions>>("vendors");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 3925 §4: enterprise-number, data-len, option-data = (subopt-code, subopt-len, data)...
        QTest::addRow("two sub-options") << QList{VendorOptions{3561, {{1, "abc"}, {2, "\x01"}}}}
                                         << hex("00000de9 08 01 03 616263 02 01 01") << QString();
        QTest::addRow("no sub-option") << QList{VendorOptions{3561, {}}} << hex("00000de9 00") << QString();
        QTest::addRow("order kept") << QList{VendorOptions{9, {{1, "x"}}}, VendorOptions{3561, {{25, ""}}}}
                                    << hex("00000009 03 01 01 78 00000de9 02 19 00") << QString();
        QTest::addRow("data-len 255") << QList{VendorOptions{1, {{5, QByteArray(253, 'z')}}}}
                                      << hex("00000001 ff 05 fd") + QByteArray(253, 'z') << QString();
        QTest::addRow("no enterprise") << QList<VendorOptions>() << QByteArray() << u"no enterprise"_s;
        QTest::addRow("duplicate") << QList{VendorOptions{3561, {}}, VendorOptions{3561, {}}} << QByteArray()
                                   << u"occurs twice"_s;
        QTest::addRow("subopt-len 256") << QList{VendorOptions{1, {{5, QByteArray(256, 'z')}}}} << QByteArray()
                                        << u"sub-option 5 of 256 octets"_s;
        QTest::addRow("data-len 258") << QList{VendorOptions{1, {{1, QByteArray(127, 'a')}, {2, QByteArray(127, 'b')}}}}
                                      << QByteArray() << u"option-data of 258 octets"_s;
    }
    void vendorSpecific()
    {
        QFETCH(QList<VendorOptions>, vendors);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        const auto result = rfc3925_125(vendors, &error);
        CHECK_RESULT(result, error, expected, errorPart);
        if (result)
            QCOMPARE(rfc3925_125_decode(*result).value(), vendors);
    }

    void isns_data()
    {
        QTest::addColumn<int>("functions");
        QTest::addColumn<int>("ddAccess");
        QTest::addColumn<int>("adminFlags");
        QTest::addColumn<uint>("security");
        QTest::addColumn<QString>("ips");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 4174 §2: functions(2) dd-access(2) admin-flags(2) security(4) a1 [a2 ...].
        QTest::addRow("primary + backup") << 0x0007 << 0x0003 << 0x000b << 0x0000007fu << u"192.0.2.10, 192.0.2.11"_s
                                          << hex("0007 0003 000b 0000007f c000020a c000020b") << QString();
        QTest::addRow("primary only") << 0x8001 << 0 << 1 << 0x80000000u << u"10.1.1.1"_s
                                      << hex("8001 0000 0001 80000000 0a010101") << QString();
        QTest::addRow("no server") << 1 << 0 << 1 << 0u << u""_s << QByteArray() << u"no IPv4 address"_s;
        QTest::addRow("bad server") << 1 << 0 << 1 << 0u << u"10.1.1"_s << QByteArray() << u"\"10.1.1\""_s;
    }
    void isns()
    {
        QFETCH(int, functions);
        QFETCH(int, ddAccess);
        QFETCH(int, adminFlags);
        QFETCH(uint, security);
        QFETCH(QString, ips);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc4174_83(quint16(functions), quint16(ddAccess), quint16(adminFlags), security, ips, &error),
                     error, expected, errorPart);
    }

    void mosAddresses_data()
    {
        QTest::addColumn<QList<MosIPv4SubOption>>("subOptions");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 5678 §3: sub-opt-code, sub-opt-len, IPv4 addresses.
        QTest::addRow("IS + CS") << QList{MosIPv4SubOption{MosInformationService, u"192.0.2.1,192.0.2.2"_s},
                                          MosIPv4SubOption{MosCommandService, u"192.0.2.3"_s}}
                                 << hex("01 08 c0000201 c0000202 02 04 c0000203") << QString();
        QByteArray sixtyThree = hex("03 fc");
        for (int i = 1; i <= 63; ++i)
            sixtyThree += hex("0a00 00") + QByteArray(1, char(i));
        QTest::addRow("63 addresses") << QList{MosIPv4SubOption{MosEventService, addressList(63)}} << sixtyThree
                                      << QString();
        QTest::addRow("64 addresses") << QList{MosIPv4SubOption{3, addressList(64)}} << QByteArray()
                                      << u"sub-option 3: 64 addresses do not fit"_s;
        QTest::addRow("no sub-option") << QList<MosIPv4SubOption>() << QByteArray() << u"no sub-option"_s;
        QTest::addRow("no address") << QList{MosIPv4SubOption{1, u""_s}} << QByteArray()
                                    << u"sub-option 1: no IPv4 address"_s;
        QTest::addRow("bad address") << QList{MosIPv4SubOption{2, u"192.0.2.x"_s}} << QByteArray()
                                     << u"sub-option 2: \"192.0.2.x\""_s;
    }
    void mosAddresses()
    {
        QFETCH(QList<MosIPv4SubOption>, subOptions);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc5678_139(subOptions, &error), error, expected, errorPart);
    }

    void mosNames_data()
    {
        QTest::addColumn<QList<MosFqdnSubOption>>("subOptions");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 5678 §4: sub-opt-code, sub-opt-len, RFC 1035 names.
        QTest::addRow("IS") << QList{MosFqdnSubOption{1, u"is.example.com"_s}}
                            << hex("01 10 02 6973 07 6578616d706c65 03 636f6d 00") << QString();
        QTest::addRow("IS + ES") << QList{MosFqdnSubOption{1, u"a.org"_s}, MosFqdnSubOption{3, u"b.net."_s}}
                                 << hex("01 07 01 61 03 6f7267 00 03 07 01 62 03 6e6574 00") << QString();
        QTest::addRow("no sub-option") << QList<MosFqdnSubOption>() << QByteArray() << u"no sub-option"_s;
        QTest::addRow("no name") << QList{MosFqdnSubOption{1, u" "_s}} << QByteArray()
                                 << u"sub-option 1: no domain name"_s;
        const QString sixty(60, u'n');
        QTest::addRow("310 octets") << QList{MosFqdnSubOption{2, QStringList(5, sixty).join(u',')}} << QByteArray()
                                    << u"sub-option 2: names of 310 octets"_s;
    }
    void mosNames()
    {
        QFETCH(QList<MosFqdnSubOption>, subOptions);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc5678_140(subOptions, &error), error, expected, errorPart);
    }

    void relayAgentDecode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<SubOptionList>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 3046 §2.0: SubOpt, Len, value; repeated codes and order are kept.
        QTest::addRow("circuit, remote, circuit") << hex("01 03 616263 02 02 7879 01 01 7a")
            << SubOptionList{{1, "abc"}, {2, "xy"}, {1, "z"}} << QString();
        QTest::addRow("empty value") << hex("01 00") << SubOptionList{{1, ""}} << QString();
        QTest::addRow("empty") << QByteArray() << SubOptionList() << QString();
        QTest::addRow("lone code") << hex("01") << SubOptionList() << u"no length octet"_s;
        QTest::addRow("overrun") << hex("01 05 6162") << SubOptionList() << u"claims 5 octets; 2 remain"_s;
    }
    void relayAgentDecode()
    {
        QFETCH(QByteArray, data);
        QFETCH(SubOptionList, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc3046_decode(data, &error), error, expected, errorPart);
    }

    void enterpriseDecode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("identifierSize");
        QTest::addColumn<EnterpriseDataList>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("option 124 records") << hex("00000de9 03 616263 00000009 00") << 4
                                            << EnterpriseDataList{{3561, "abc"}, {9, ""}} << QString();
        QTest::addRow("125 sub-options, size 1") << hex("01 02 6162 02 00") << 1
                                                 << EnterpriseDataList{{1, "ab"}, {2, ""}} << QString();
        QTest::addRow("size 2") << hex("0102 01 ff") << 2 << EnterpriseDataList{{258, "\xff"}} << QString();
        QTest::addRow("size 0") << QByteArray() << 0 << EnterpriseDataList() << u"identifier size 0"_s;
        QTest::addRow("size 5") << QByteArray() << 5 << EnterpriseDataList() << u"identifier size 5"_s;
        QTest::addRow("truncated header") << hex("00000d") << 4 << EnterpriseDataList() << u"truncated"_s;
        QTest::addRow("overrun") << hex("00000de9 05 6162") << 4 << EnterpriseDataList() << u"claims 5 octets"_s;
    }
    void enterpriseDecode()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, identifierSize);
        QFETCH(EnterpriseDataList, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc3925_decode(data, identifierSize, &error), error, expected, errorPart);
    }

    void vendorDecodeErrors()
    {
        QString error;
        QVERIFY(!rfc3925_124_decode(hex("00000001 03 05 6162"), &error));
        QVERIFY2(error.contains(u"enterprise 1: item at offset 0 claims 5"_s), qPrintable(error));
        QVERIFY(!rfc3925_124_decode(hex("00000001 09 01"), &error));
        QVERIFY2(error.startsWith(u"rfc3925_124_decode: record 1"_s), qPrintable(error));
        QVERIFY(!rfc3925_125_decode(hex("00000001 03 01 05 61"), &error));
        QVERIFY2(error.contains(u"enterprise 1: sub-option 1 at offset 0 claims 5"_s), qPrintable(error));
        QCOMPARE(rfc3925_125_decode(QByteArray()).value(), QList<VendorOptions>());
    }

    void domainNameDecode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("compression");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("errorPart");
        // RFC 3397 §2 example: "eng.apple.com." then "marketing.apple.com." pointing at offset 4 ("apple").
        const QByteArray rfc3397 = hex("03 656e67 05 6170706c65 03 636f6d 00 09 6d61726b6574696e67 c0 04");
        QTest::addRow("RFC 3397 compressed") << rfc3397 << true
                                             << QStringList{u"eng.apple.com"_s, u"marketing.apple.com"_s} << QString();
        QTest::addRow("RFC 3397, compression forbidden") << rfc3397 << false << QStringList()
                                                         << u"pointer at offset 25 is not allowed"_s;
        QTest::addRow("uncompressed") << hex("07 6578616d706c65 03 636f6d 00 07 6578616d706c65 03 6e6574 00") << false
                                      << QStringList{u"example.com"_s, u"example.net"_s} << QString();
        QTest::addRow("root") << hex("00") << true << QStringList{u"."_s} << QString();
        QTest::addRow("empty") << QByteArray() << true << QStringList() << QString();
        QTest::addRow("escapes") << hex("03 612e62 02 5c00 00") << true << QStringList{u"a\\.b.\\\\\\000"_s} << QString();
        QTest::addRow("pointer to pointer") << hex("01 61 00 c0 00 c0 03") << true
                                            << QStringList{u"a"_s, u"a"_s, u"a"_s} << QString();
        QTest::addRow("pointer to itself") << hex("c0 00") << true << QStringList() << u"does not point back"_s;
        QTest::addRow("pointer into own name") << hex("03 616263 c0 00") << true << QStringList()
                                               << u"offset 4 to offset 0 does not point back"_s;
        QTest::addRow("loop via earlier label") << hex("01 61 00 01 62 c0 03") << true << QStringList()
                                                << u"does not point back"_s;
        QTest::addRow("forward pointer") << hex("01 61 00 c0 05 01 62 00") << true << QStringList()
                                         << u"does not point back"_s;
        // A pointer inside label data would loop 5 -> 1 -> 2 -> 5; targets must keep decreasing.
        QTest::addRow("chain not decreasing") << hex("03 c0 02 00 00 c0 01") << true << QStringList()
                                              << u"offset 1 to offset 2 does not point back"_s;
        QTest::addRow("truncated pointer") << hex("01 61 00 c0") << true << QStringList() << u"truncated"_s;
        QTest::addRow("label overrun") << hex("05 6162") << true << QStringList() << u"claims 5 octets; 2 remain"_s;
        QTest::addRow("unterminated") << hex("01 61") << true << QStringList() << u"not terminated"_s;
        QTest::addRow("type 01") << hex("40 00") << true << QStringList() << u"label type 0x40"_s;
        QTest::addRow("type 10") << hex("80 00") << true << QStringList() << u"label type 0x80"_s;
        // Four 63-octet labels through backward pointers: 4 * 64 + 1 = 257 octets.
        QByteArray longName = hex("3f") + QByteArray(63, 'a') + hex("00");        // offset 0
        longName += hex("3f") + QByteArray(63, 'b') + hex("c0 00");               // offset 65, 129 octets
        longName += hex("3f") + QByteArray(63, 'c') + hex("c0 41");               // offset 131, 193 octets
        longName += hex("3f") + QByteArray(63, 'd') + hex("c0 83");               // offset 197, 257 octets
        QTest::addRow("257 octets via pointers") << longName << true << QStringList()
                                                 << u"offset 197 is longer than 255"_s;
    }
    void domainNameDecode()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, compression);
        QFETCH(QStringList, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(decodeDomainNames(data, compression ? Compression::Allowed : Compression::Forbidden, &error),
                     error, expected, errorPart);
    }

    void classlessRouteDecode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<ClasslessRoute>>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("two routes") << hex("00 c0a80101 10 0a11 0a000001")
            << QList{route(u"0.0.0.0", 0, u"192.168.1.1"), route(u"10.17.0.0", 16, u"10.0.0.1")} << QString();
        QTest::addRow("host bits kept") << hex("14 0a111f 0a000001") << QList{route(u"10.17.31.0", 20, u"10.0.0.1")}
                                        << QString();
        QTest::addRow("empty") << QByteArray() << QList<ClasslessRoute>() << u"minimum length 5"_s;
        QTest::addRow("width 33") << hex("21 0a000000 00 0a000001") << QList<ClasslessRoute>() << u"width 33"_s;
        QTest::addRow("truncated router") << hex("18 0a0000 0a00") << QList<ClasslessRoute>() << u"truncated"_s;
        QTest::addRow("truncated second") << hex("00 0a000001 20 0a") << QList<ClasslessRoute>()
                                          << u"route at offset 5 is truncated"_s;
    }
    void classlessRouteDecode()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<ClasslessRoute>, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc3442_121_decode(data, &error), error, expected, errorPart);
    }

    void sipServerDecode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("compressed names") << hex("00 07 6578616d706c65 03 636f6d 00 03 736970 c0 00")
                                          << QStringList{u"example.com"_s, u"sip.example.com"_s} << QString();
        QTest::addRow("empty") << QByteArray() << QStringList() << u"no encoding octet"_s;
        QTest::addRow("encoding 2") << hex("02 00") << QStringList() << u"encoding 2"_s;
        QTest::addRow("3 octets of address") << hex("01 c00002") << QStringList() << u"multiple of 4"_s;
        QTest::addRow("no address") << hex("01") << QStringList() << u"multiple of 4"_s;
        QTest::addRow("no name") << hex("00") << QStringList() << u"no domain name"_s;
        QTest::addRow("name overrun") << hex("00 07 6578") << QStringList() << u"claims 7"_s;
    }
    void sipServerDecode()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(rfc3361_120_decode(data, &error), error, expected, errorPart);
    }

    void nullErrorPointer()
    {
        QVERIFY(!rfc3442_121({route(u"10.0.0.0", 33, u"10.0.0.1")}));
        QVERIFY(!rfc5678_139({{1, u"x"_s}}));
        QVERIFY(!rfc3925_125_decode(hex("00000001 03 01 05 61")));
        QVERIFY(!decodeDomainNames(hex("c0 00")));
    }

    /// Every decoder on random and truncated input: must not crash or read out of bounds (run under ASan).
    void decodersSurviveGarbage()
    {
        QRandomGenerator random(0x3442);
        QList<QByteArray> inputs;
        for (int i = 0; i < 20000; ++i) {
            QByteArray data(random.bounded(0, 48), Qt::Uninitialized);
            for (char &c : data)
                c = char(random.bounded(0, 256) & (random.bounded(0, 4) ? 0xff : 0xc3)); // pointer-heavy
            inputs.append(data);
        }
        const QByteArray valid = hex("03 656e67 05 6170706c65 03 636f6d 00 09 6d61726b6574696e67 c0 04");
        for (qsizetype n = 0; n <= valid.size(); ++n)
            inputs.append(valid.left(n));
        int accepted = 0;
        for (const QByteArray &data : std::as_const(inputs)) {
            accepted += rfc3046_decode(data).has_value();
            for (int size = 0; size <= 5; ++size)
                accepted += rfc3925_decode(data, size).has_value();
            accepted += rfc3925_124_decode(data).has_value() + rfc3925_125_decode(data).has_value();
            if (const auto names = decodeDomainNames(data)) {
                ++accepted;
                for (const QString &name : *names)
                    QVERIFY(name.size() <= 4 * 255); // escapes at most quadruple an octet
            }
            accepted += decodeDomainNames(data, Compression::Forbidden).has_value();
            accepted += rfc3442_121_decode(data).has_value() + rfc3361_120_decode(data).has_value();
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_APPLESS_MAIN(TestRfc)
#include "tst_rfc.moc"
