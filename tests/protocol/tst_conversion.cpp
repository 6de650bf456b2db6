// The rows named "guide" are the scripting guide's "Conversion functions" examples, verbatim.
#include "protocol/conversion.h"

#include "checkresult.h"

#include <QTest>

#include <initializer_list>

using namespace qsd;
using namespace qsd::conversion;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(qsd::IPv4)


class TestConversion : public QObject
{
    Q_OBJECT

private slots:
    void listToIP_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("guide") << bytes({127, 0, 0, 1}) << u"127.0.0.1"_s << QString();
        QTest::addRow("broadcast") << bytes({255, 255, 255, 255}) << u"255.255.255.255"_s << QString();
        QTest::addRow("3 octets") << bytes({127, 0, 0}) << QString() << u"listToIP: 3 octets given; exactly 4"_s;
        QTest::addRow("5 octets") << bytes({127, 0, 0, 1, 0}) << QString() << u"5 octets given"_s;
        QTest::addRow("empty") << QByteArray() << QString() << u"0 octets given"_s;
    }
    void listToIP()
    {
        QFETCH(QByteArray, list);
        QFETCH(QString, expected);
        QFETCH(QString, errorPart);
        QString error;
        const auto ip = conversion::listToIP(list, &error);
        CHECK_RESULT(ip, error, IPv4::fromString(expected).value_or(IPv4()), errorPart);
    }

    void listToIPs_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QList<IPv4>>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("guide") << bytes({127, 0, 0, 1, 127, 0, 0, 2})
                               << QList{IPv4(127, 0, 0, 1), IPv4(127, 0, 0, 2)} << QString();
        QTest::addRow("empty") << QByteArray() << QList<IPv4>() << QString();
        QTest::addRow("6 octets") << bytes({127, 0, 0, 1, 127, 0}) << QList<IPv4>()
                                  << u"listToIPs: 6 octets is not a multiple of 4"_s;
    }
    void listToIPs()
    {
        QFETCH(QByteArray, list);
        QFETCH(QList<IPv4>, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::listToIPs(list, &error), error, expected, errorPart);
    }

    void ipToList()
    {
        // guide: ipToList(IPv4) -> [127, 0, 0, 1]
        QCOMPARE(conversion::ipToList(IPv4(127, 0, 0, 1)), bytes({127, 0, 0, 1}));
        QCOMPARE(conversion::ipToList(u"192.168.0.254").value(), bytes({192, 168, 0, 254}));
        QString error;
        QVERIFY(!conversion::ipToList(u"127.0.0", &error));
        QCOMPARE(error, u"ipToList: \"127.0.0\" is not an IPv4 address"_s);
    }

    void ipsToList_data()
    {
        QTest::addColumn<QString>("ips");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("comma string") << u"127.0.0.1, 127.0.0.2"_s << bytes({127, 0, 0, 1, 127, 0, 0, 2}) << QString();
        QTest::addRow("trailing comma") << u"10.0.0.1,"_s << bytes({10, 0, 0, 1}) << QString();
        QTest::addRow("empty") << QString() << QByteArray() << QString();
        QTest::addRow("bad item") << u"127.0.0.1,x"_s << QByteArray() << u"ipsToList: \"x\" is not an IPv4"_s;
        QTest::addRow("octet 256") << u"127.0.0.256"_s << QByteArray() << u"127.0.0.256"_s;
    }
    void ipsToList()
    {
        QFETCH(QString, ips);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::ipsToList(ips, &error), error, expected, errorPart);
        // guide: ipsToList([IPv4, IPv4]) -> [127, 0, 0, 1, 127, 0, 0, 2]
        QCOMPARE(conversion::ipsToList(QList{IPv4(127, 0, 0, 1), IPv4(127, 0, 0, 2)}),
                 bytes({127, 0, 0, 1, 127, 0, 0, 2}));
    }

    void listToInts_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QList<quint16>>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("guide") << bytes({127, 10, 127, 9}) << QList<quint16>{32522, 32521} << QString();
        QTest::addRow("single") << bytes({127, 10}) << QList<quint16>{32522} << QString();
        QTest::addRow("max") << bytes({255, 255}) << QList<quint16>{65535} << QString();
        QTest::addRow("empty") << QByteArray() << QList<quint16>() << QString();
        QTest::addRow("odd") << bytes({127, 10, 1}) << QList<quint16>() << u"3 octets is not a multiple of 2"_s;
    }
    void listToInts()
    {
        QFETCH(QByteArray, list);
        QFETCH(QList<quint16>, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::listToInts(list, &error), error, expected, errorPart);
        // listToInt takes exactly one pair.
        const auto single = conversion::listToInt(list, &error);
        if (list.size() == 2)
            QCOMPARE(single.value(), expected.value(0));
        else
            QVERIFY2(!single && error.startsWith(u"listToInt: "_s), qPrintable(error));
    }

    void listToInt()
    {
        QCOMPARE(conversion::listToInt(bytes({127, 10})).value(), quint16(32522)); // guide
        QString error;
        QVERIFY(!conversion::listToInt(bytes({127}), &error));
        QCOMPARE(error, u"listToInt: 1 octets given; exactly 2 needed"_s);
    }

    void listToLongs_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QList<quint32>>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("guide") << bytes({16, 23, 127, 10, 16, 23, 127, 9}) << QList<quint32>{269975306, 269975305}
                               << QString();
        QTest::addRow("single") << bytes({16, 23, 127, 10}) << QList<quint32>{269975306} << QString();
        QTest::addRow("max") << bytes({255, 255, 255, 255}) << QList<quint32>{4294967295u} << QString();
        QTest::addRow("empty") << QByteArray() << QList<quint32>() << QString();
        QTest::addRow("5 octets") << bytes({16, 23, 127, 10, 1}) << QList<quint32>()
                                  << u"listToLongs: 5 octets is not a multiple of 4"_s;
    }
    void listToLongs()
    {
        QFETCH(QByteArray, list);
        QFETCH(QList<quint32>, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::listToLongs(list, &error), error, expected, errorPart);
        const auto single = conversion::listToLong(list, &error);
        if (list.size() == 4)
            QCOMPARE(single.value(), expected.value(0)); // guide: listToLong([16, 23, 127, 10]) -> 269975306
        else
            QVERIFY2(!single && error.startsWith(u"listToLong: "_s), qPrintable(error));
    }

    void listToNumber_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<quint64>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("empty") << QByteArray() << quint64(0) << QString();
        QTest::addRow("one octet") << bytes({200}) << quint64(200) << QString();
        QTest::addRow("two") << bytes({127, 10}) << quint64(32522) << QString();
        QTest::addRow("three") << bytes({1, 0, 0}) << quint64(65536) << QString();
        QTest::addRow("four") << bytes({16, 23, 127, 10}) << quint64(269975306) << QString();
        QTest::addRow("2^56") << bytes({1, 0, 0, 0, 0, 0, 0, 0}) << (quint64(1) << 56) << QString();
        QTest::addRow("max") << QByteArray(8, char(0xff)) << ~quint64(0) << QString();
        QTest::addRow("9 octets") << QByteArray(9, '\1') << quint64(0) << u"listToNumber: 9 octets"_s;
    }
    void listToNumber()
    {
        QFETCH(QByteArray, list);
        QFETCH(quint64, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::listToNumber(list, &error), error, expected, errorPart);
    }

    void intsToList_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("guide") << QList<qint64>{32522, 32521} << bytes({127, 10, 127, 9}) << QString();
        QTest::addRow("bounds") << QList<qint64>{0, 65535} << bytes({0, 0, 255, 255}) << QString();
        QTest::addRow("empty") << QList<qint64>() << QByteArray() << QString();
        QTest::addRow("65536") << QList<qint64>{1, 65536} << QByteArray() << u"intsToList: 65536 is outside 0..65535"_s;
        QTest::addRow("-1") << QList<qint64>{-1} << QByteArray() << u"-1 is outside 0..65535"_s;
    }
    void intsToList()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::intsToList(values, &error), error, expected, errorPart);
        if (values.size() == 1)
            QVERIFY(!conversion::intToList(values[0], &error) && error.startsWith(u"intToList: "_s));
    }

    void intToList()
    {
        QCOMPARE(conversion::intToList(32522).value(), bytes({127, 10})); // guide
        QCOMPARE(conversion::intToList(0).value(), bytes({0, 0}));
        QString error;
        QVERIFY(!conversion::intToList(65536, &error));
        QCOMPARE(error, u"intToList: 65536 is outside 0..65535"_s);
    }

    void longsToList_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("guide") << QList<qint64>{269975306, 269975305} << bytes({16, 23, 127, 10, 16, 23, 127, 9})
                               << QString();
        QTest::addRow("bounds") << QList<qint64>{0, 4294967295LL} << bytes({0, 0, 0, 0, 255, 255, 255, 255})
                                << QString();
        QTest::addRow("2^32") << QList<qint64>{4294967296LL} << QByteArray()
                              << u"longsToList: 4294967296 is outside 0..4294967295"_s;
        QTest::addRow("-1") << QList<qint64>{5, -1} << QByteArray() << u"-1 is outside"_s;
    }
    void longsToList()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::longsToList(values, &error), error, expected, errorPart);
    }

    void longToList()
    {
        QCOMPARE(conversion::longToList(269975306).value(), bytes({16, 23, 127, 10})); // guide
        QString error;
        QVERIFY(!conversion::longToList(-1, &error));
        QCOMPARE(error, u"longToList: -1 is outside 0..4294967295"_s);
    }

    void strToList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("guide") << u"hello"_s << bytes({104, 101, 108, 108, 111});
        QTest::addRow("empty") << QString() << QByteArray();
        QTest::addRow("UTF-8") << u"é€"_s << bytes({0xc3, 0xa9, 0xe2, 0x82, 0xac});
    }
    void strToList()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(conversion::strToList(text), expected);
        QCOMPARE(conversion::listToStr(expected), text); // and back
    }

    void strToPaddedList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("errorPart");
        QTest::addRow("guide") << u"hello"_s << 7 << bytes({104, 101, 108, 108, 111, 0, 0}) << QString();
        QTest::addRow("exact") << u"hello"_s << 5 << bytes({104, 101, 108, 108, 111}) << QString();
        QTest::addRow("truncated") << u"hello"_s << 3 << bytes({104, 101, 108}) << QString();
        QTest::addRow("zero") << u"hello"_s << 0 << QByteArray() << QString();
        QTest::addRow("empty padded") << QString() << 2 << bytes({0, 0}) << QString();
        QTest::addRow("negative") << u"hello"_s << -1 << QByteArray() << u"strToPaddedList: length -1"_s;
    }
    void strToPaddedList()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QFETCH(QByteArray, expected);
        QFETCH(QString, errorPart);
        QString error;
        CHECK_RESULT(conversion::strToPaddedList(text, length, &error), error, expected, errorPart);
    }

    void listToStr()
    {
        QCOMPARE(conversion::listToStr(bytes({104, 101, 108, 108, 111})), u"hello"_s); // guide
        QCOMPARE(conversion::listToStr(QByteArray()), QString());
        QCOMPARE(conversion::listToStr(bytes({0x61, 0xff})), u"a\uFFFD"_s);
    }

    void nullErrorPointer()
    {
        QVERIFY(!conversion::listToIP(bytes({1})));
        QVERIFY(!conversion::longsToList({-5}));
        QVERIFY(!conversion::strToPaddedList(u"x", -3));
    }
};

QTEST_APPLESS_MAIN(TestConversion)
#include "tst_conversion.moc"
