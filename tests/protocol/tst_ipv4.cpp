#include "protocol/ipv4.h"

#include <QTest>

using qsd::IPv4;
using qsd::Subnet;

class TestIPv4 : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint32>("value");
        QTest::addRow("plain") << "192.168.0.1" << true << 0xc0a80001u;
        QTest::addRow("spaces") << " 10.0.0.255 " << true << 0x0a0000ffu;
        QTest::addRow("zero") << "0.0.0.0" << true << 0u;
        QTest::addRow("broadcast") << "255.255.255.255" << true << 0xffffffffu;
        QTest::addRow("octet 256") << "1.2.3.256" << false << 0u;
        QTest::addRow("three octets") << "1.2.3" << false << 0u;
        QTest::addRow("five octets") << "1.2.3.4.5" << false << 0u;
        QTest::addRow("empty octet") << "1..3.4" << false << 0u;
        QTest::addRow("letters") << "1.2.3.a" << false << 0u;
        QTest::addRow("four digits") << "1.2.3.0004" << false << 0u;
        QTest::addRow("empty") << "" << false << 0u;
        QTest::addRow("trailing dot") << "1.2.3.4." << false << 0u;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint32, value);
        const auto ip = IPv4::fromString(text);
        QCOMPARE(ip.has_value(), valid);
        if (valid) {
            QCOMPARE(ip->toUInt32(), value);
            QCOMPARE(IPv4::fromString(ip->toString()), ip);
        }
    }
    void bytesAndIndex()
    {
        const IPv4 ip(192, 168, 0, 100);
        QCOMPARE(ip.toBytes(), QByteArray("\xc0\xa8\x00\x64", 4));
        QCOMPARE(IPv4::fromBytes(ip.toBytes()), ip);
        QCOMPARE(ip[0], 192);
        QCOMPARE(ip[3], 100);
        QVERIFY(!IPv4::fromBytes(QByteArray(3, 'x')));
        QVERIFY(IPv4().isUnspecified());
        QVERIFY(IPv4(0xffffffffu).isUnspecifiedOrBroadcast());
        QVERIFY(!ip.isUnspecifiedOrBroadcast());
    }
    void masks()
    {
        QCOMPARE(IPv4::maskFromPrefix(24), IPv4(255, 255, 255, 0));
        QCOMPARE(IPv4::maskFromPrefix(0), IPv4());
        QCOMPARE(IPv4::maskFromPrefix(32), IPv4(255, 255, 255, 255));
        QCOMPARE(IPv4::prefixFromMask(IPv4(255, 255, 240, 0)), std::optional<int>(20));
        QCOMPARE(IPv4::prefixFromMask(IPv4()), std::optional<int>(0));
        QVERIFY(!IPv4::prefixFromMask(IPv4(255, 0, 255, 0)));
    }
    void subnets_data()
    {
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("member");
        QTest::addRow("cidr in") << "192.168.1.0/24" << "192.168.1.200" << true;
        QTest::addRow("cidr out") << "192.168.1.0/24" << "192.168.2.1" << false;
        QTest::addRow("mask in") << "10.0.0.0/255.255.0.0" << "10.0.99.1" << true;
        QTest::addRow("mask out") << "10.0.0.0/255.255.0.0" << "10.1.0.1" << false;
        QTest::addRow("host bits set") << "198.18.0.1/15" << "198.19.255.254" << true;
        QTest::addRow("slash 0") << "0.0.0.0/0" << "8.8.8.8" << true;
        QTest::addRow("bare address") << "1.2.3.4" << "1.2.3.4" << true;
    }
    void subnets()
    {
        QFETCH(QString, subnet);
        QFETCH(QString, address);
        QFETCH(bool, member);
        const auto s = Subnet::parse(subnet);
        QVERIFY(s);
        QCOMPARE(s->contains(*IPv4::fromString(address)), member);
    }
    void badSubnets()
    {
        for (const char *bad : {"1.2.3.0/33", "1.2.3.0/255.0.255.0", "1.2.3.0/", "1.2.3/24", "1.2.3.0/-1", "x/24"})
            QVERIFY2(!Subnet::parse(QString::fromLatin1(bad)), bad);
        const auto s = Subnet::parse(u"198.18.0.7/24");
        QCOMPARE(s->networkAddress(), IPv4(198, 18, 0, 0));
        QCOMPARE(s->broadcastAddress(), IPv4(198, 18, 0, 255));
        QCOMPARE(s->mask(), IPv4(255, 255, 255, 0));
        QVERIFY(IPv4(10, 0, 0, 5).isSubnetMember(IPv4(10, 0, 0, 0), IPv4(255, 0, 0, 0)));
        QVERIFY(!IPv4(10, 0, 0, 5).isSubnetMember(IPv4(10, 0, 0, 0), IPv4(255, 0, 255, 0)));
    }
};

QTEST_APPLESS_MAIN(TestIPv4)
#include "tst_ipv4.moc"
