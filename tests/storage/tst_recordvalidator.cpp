// Tests of RecordValidator: the checks on subnet and map rows that need no database, and their normal form.
#include "storage/recordvalidator.h"

#include <QTest>

using namespace qsd;

class TestRecordValidator : public QObject
{
    Q_OBJECT

private slots:
    void mapNormalForm()
    {
        QString error;
        const auto m = RecordValidator::normaliseMap(
            MapRecord{QStringLiteral("02-00-00-00-00-AA"), QStringLiteral(" 198.18.0.5 "), QStringLiteral(" pc "),
                      QStringLiteral(" 198.18.0.0/24 "), 0},
            &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->mac, QStringLiteral("02:00:00:00:00:aa"));
        QCOMPARE(m->ip, QStringLiteral("198.18.0.5"));
        QCOMPARE(m->hostname, QStringLiteral("pc"));
        QCOMPARE(m->subnet, QStringLiteral("198.18.0.0/24"));
    }

    void mapRejects_data()
    {
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("error");

        QTest::addRow("mac") << "zz:00:00:00:00:01" << "198.18.0.5" << "" << "s" << "'zz:00:00:00:00:01' is not a MAC";
        QTest::addRow("ip") << "02:00:00:00:00:01" << "198.18.0" << "" << "s" << "map 02:00:00:00:00:01: ip '198.18.0'";
        QTest::addRow("ip zero") << "02:00:00:00:00:01" << "0.0.0.0" << "" << "s" << "cannot be assigned";
        QTest::addRow("ip broadcast") << "02:00:00:00:00:01" << "255.255.255.255" << "" << "s" << "cannot be assigned";
        QTest::addRow("hostname") << "02:00:00:00:00:01" << "198.18.0.5" << QString(256, u'h') << "s"
                                  << "hostname is longer than 255 bytes";
        QTest::addRow("no subnet") << "02:00:00:00:00:01" << "198.18.0.5" << "" << " " << "no subnet";
    }

    void mapRejects()
    {
        QFETCH(QString, mac);
        QFETCH(QString, ip);
        QFETCH(QString, hostname);
        QFETCH(QString, subnet);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!RecordValidator::normaliseMap(MapRecord{mac, ip, hostname, subnet, 0}, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void addressInSubnet_data()
    {
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<bool>("ok");

        QTest::addRow("inside") << "198.18.0.0/24" << "198.18.0.5" << true;
        QTest::addRow("outside") << "198.18.0.0/24" << "198.18.1.5" << false;
        QTest::addRow("mask form") << "198.18.0.0/255.255.254.0" << "198.18.1.5" << true;
        QTest::addRow("network") << "198.18.0.0/24" << "198.18.0.0" << false;
        QTest::addRow("broadcast") << "198.18.0.0/24" << "198.18.0.255" << false;
        QTest::addRow("/31 has no broadcast") << "198.18.0.0/31" << "198.18.0.1" << true;
        QTest::addRow("free text") << "lab" << "10.0.0.1" << true;
        QTest::addRow("free text with slash") << "lab/b" << "10.0.0.1" << true;
    }

    void addressInSubnet()
    {
        QFETCH(QString, subnet);
        QFETCH(QString, ip);
        QFETCH(bool, ok);
        QString error;
        QCOMPARE(RecordValidator::checkAddressInSubnet(
                     MapRecord{QStringLiteral("02:00:00:00:00:01"), ip, QString(), subnet, 0}, &error),
                 ok);
        if (!ok)
            QVERIFY2(error.contains(QStringLiteral("02:00:00:00:00:01")) && error.contains(ip), qPrintable(error));
    }

    void subnetNormalForm()
    {
        SubnetRecord s;
        s.subnet = QStringLiteral(" 198.18.0.0/24 ");
        s.lease_time = 3600;
        s.gateway = QStringLiteral("198.18.0.1 , 198.18.0.2 ,");
        s.subnet_mask = QStringLiteral(" 255.255.255.0");
        s.domain_name_servers = QStringLiteral("198.18.0.1,,198.18.0.2");
        s.domain_name = QStringLiteral(" lab.example ");
        QString error;
        const auto n = RecordValidator::normaliseSubnet(s, &error);
        QVERIFY2(n, qPrintable(error));
        QCOMPARE(n->subnet, QStringLiteral("198.18.0.0/24"));
        QCOMPARE(n->gateway, QStringLiteral("198.18.0.1,198.18.0.2"));
        QCOMPARE(n->subnet_mask, QStringLiteral("255.255.255.0"));
        QCOMPARE(n->domain_name_servers, QStringLiteral("198.18.0.1,198.18.0.2"));
        QCOMPARE(n->domain_name, QStringLiteral("lab.example"));
        QCOMPARE(n->key(), QStringLiteral("198.18.0.0/24|0"));
    }
};

QTEST_GUILESS_MAIN(TestRecordValidator)
#include "tst_recordvalidator.moc"
