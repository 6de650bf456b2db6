#include "protocol/mac.h"

#include <QTest>

using qsd::MAC;

class TestMAC : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("colons") << "aa:bb:cc:dd:ee:ff" << "aa:bb:cc:dd:ee:ff";
        QTest::addRow("upper dashes") << "AA-BB-CC-DD-EE-0F" << "aa:bb:cc:dd:ee:0f";
        QTest::addRow("cisco dots") << "0200.0000.0001" << "02:00:00:00:00:01";
        QTest::addRow("bare") << "020000000001" << "02:00:00:00:00:01";
        QTest::addRow("spaces") << "02 00 00 00 00 01" << "02:00:00:00:00:01";
        QTest::addRow("mixed case") << "Aa:bB:cc:DD:ee:FF" << "aa:bb:cc:dd:ee:ff";
        QTest::addRow("too short") << "aa:bb:cc:dd:ee" << "";
        QTest::addRow("too long") << "aa:bb:cc:dd:ee:ff:00" << "";
        QTest::addRow("not hex") << "gg:bb:cc:dd:ee:ff" << "";
        QTest::addRow("bad separator") << "aa/bb/cc/dd/ee/ff" << "";
        QTest::addRow("empty") << "" << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto mac = MAC::fromString(text);
        QCOMPARE(mac.has_value(), !canonical.isEmpty());
        if (mac)
            QCOMPARE(mac->toString(), canonical);
    }
    void conversions()
    {
        const MAC mac = *MAC::fromString(u"02:00:5e:10:00:01");
        QCOMPARE(mac.toUInt64(), 0x02005e100001ull);
        QCOMPARE(MAC::fromUInt64(0x02005e100001ull), mac);
        QCOMPARE(mac.toBytes(), QByteArray("\x02\x00\x5e\x10\x00\x01", 6));
        QCOMPARE(MAC::fromBytes(mac.toBytes()), mac);
        QCOMPARE(mac[2], 0x5e);
        QVERIFY(!MAC::fromBytes(QByteArray(5, '\0')));
        QVERIFY(MAC().isZero());
        QVERIFY(mac < *MAC::fromString(u"02:00:5e:10:00:02"));
        QCOMPARE(qHash(mac), qHash(*MAC::fromString(u"02-00-5E-10-00-01")));
    }
};

QTEST_APPLESS_MAIN(TestMAC)
#include "tst_mac.moc"
