// HttpAnswer: staticDHCPd's httpdb answer format read into Definitions, without a server (tst_httpstore has one).
#include "storage/httpanswer.h"

#include <QTest>

using namespace qsd;

class TestHttpAnswer : public QObject
{
    Q_OBJECT

private slots:
    void answerParsing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");       // -1: an error
        QTest::addColumn<QString>("expected");   // in the error
        QTest::addRow("null with spaces") << QByteArray(" null\n") << 0 << QString();
        QTest::addRow("comma text lists") << QByteArray(R"({"ip":"1.2.3.4","gateway":"1.2.3.1, 1.2.3.2","ntp_servers":"1.2.3.5"})") << 1 << QString();
        QTest::addRow("null fields") << QByteArray(R"({"ip":"1.2.3.4","hostname":null,"extra":null,"gateway":null})") << 1 << QString();
        QTest::addRow("empty body") << QByteArray("") << -1 << QStringLiteral("the answer is empty");
        QTest::addRow("two values") << QByteArray(R"({"ip":"1.2.3.4"}, {"ip":"1.2.3.5"})") << -1 << QStringLiteral("holds 2 JSON values");
        QTest::addRow("scalar") << QByteArray("42") << -1 << QStringLiteral("neither an object");
        QTest::addRow("no ip") << QByteArray(R"({"hostname":"x"})") << -1 << QStringLiteral("ip: is missing");
        QTest::addRow("empty ip") << QByteArray(R"({"ip":""})") << -1 << QStringLiteral("ip: is empty");
        QTest::addRow("negative lease") << QByteArray(R"({"ip":"1.2.3.4","lease_time":-5})") << -1 << QStringLiteral("lease_time: -5 is not");
        QTest::addRow("fractional serial") << QByteArray(R"({"ip":"1.2.3.4","serial":1.5})") << -1 << QStringLiteral("serial: 1.5 is not");
        QTest::addRow("extra not an object") << QByteArray(R"({"ip":"1.2.3.4","extra":[1]})") << -1 << QStringLiteral("extra: [1] is not an object");
        QTest::addRow("hostname not text") << QByteArray(R"({"ip":"1.2.3.4","hostname":["a"]})") << -1 << QStringLiteral("hostname: [\"a\"] is not text");
        QTest::addRow("list item not an object") << QByteArray(R"([{"ip":"1.2.3.4"}, 7])") << -1 << QStringLiteral("[1]: 7 is not an object");
    }
    void answerParsing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QString error;
        const auto definitions = HttpAnswer::parse(body, HttpAnswerDefaults{}, &error);
        if (count < 0) {
            QVERIFY(!definitions);
            QVERIFY2(error.contains(expected), qPrintable(error));
        } else {
            QVERIFY2(definitions, qPrintable(error));
            QCOMPARE(definitions->size(), count);
        }
    }

    void defaultsOnlyWhereAbsentOrNull()
    {
        HttpAnswerDefaults defaults;
        defaults.nameServers = {IPv4(9, 9, 9, 1), IPv4(9, 9, 9, 2), IPv4(9, 9, 9, 3), IPv4(9, 9, 9, 4)};
        defaults.leaseTime = 600;
        defaults.serial = 4;
        QString error;
        const auto absent = HttpAnswer::parse(R"({"ip":"1.2.3.4","lease_time":null})", defaults, &error);
        QVERIFY2(absent, qPrintable(error));
        QCOMPARE(absent->first().domain_name_servers, defaults.nameServers.mid(0, Definition::MaxServers));
        QCOMPARE(absent->first().lease_time, quint32(600));
        QCOMPARE(absent->first().serial, 4);
        const auto given = HttpAnswer::parse(R"({"ip":"1.2.3.4","domain_name_servers":[],"lease_time":0,"serial":0})",
                                             defaults, &error);
        QVERIFY2(given, qPrintable(error));
        QVERIFY(given->first().domain_name_servers.isEmpty());   // an empty list is an answer
        QCOMPARE(given->first().lease_time, quint32(0));
        QCOMPARE(given->first().serial, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpAnswer)
#include "tst_httpanswer.moc"
