// The service with `[database] engine = http` on a real local web service (tests/storage/httpdb_server.py), over
// real UDP on loopback: lookups run in the LookupPool, so one slow answer delays only its own client; when the
// service stops answering, the outage is logged once and shown, and the others are dropped at once.
#include "loopbackclient.h"
#include "loopbackconfig.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qsd;
using namespace qsd::test;

class TestHttpLookups : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_web;
    ServerConfig m_config;

    void send(QUdpSocket &client, const DhcpPacket &p) { sendTo(client, p, m_config.proxyPort); }
    static std::optional<IPv4> answer(QUdpSocket &client, int waitMs) { return ackedAddress(client, waitMs); }
    std::optional<IPv4> exchange(QUdpSocket &client, const QString &mac, quint8 host, int waitMs = 3000)
    {
        send(client, initRebootRequest(mac, host));
        return answer(client, waitMs);
    }
    static quint64 dropped(DhcpServer &server, DropReason reason) { return droppedFor(server, reason); }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dhcp.debug=false"));
        QVERIFY(m_dir.isValid());
        m_web.setProgram(QStringLiteral("/usr/bin/python3"));
        m_web.setArguments({QStringLiteral(QSD_SOURCE_DIR "/tests/storage/httpdb_server.py"), m_dir.filePath(QStringLiteral("last.json"))});
        m_web.start();
        QVERIFY2(m_web.waitForStarted(5000), qPrintable(m_web.errorString()));
        while (!m_web.canReadLine() && m_web.waitForReadyRead(5000)) { }
        bool ok = false;
        const int port = m_web.readLine().trimmed().toInt(&ok);
        QVERIFY2(ok, qPrintable(QString::fromUtf8(m_web.readAllStandardError())));
        m_config = loopbackConfig(m_dir.path());
        QVERIFY2(!m_config.file.isEmpty(), "sqlite3 must build the demo database");
        m_config.databaseEngine = QStringLiteral("http");
        m_config.httpUri = QUrl(QStringLiteral("http://127.0.0.1:%1/normal").arg(port));
        m_config.httpTimeoutMs = 4000;
        m_config.httpMaximumConnections = 2;
        m_config.useCache = false;   // every request asks the service
    }

    void cleanupTestCase()
    {
        m_web.kill();
        m_web.waitForFinished(5000);
    }

    void aSlowAnswerDelaysOnlyItsClient()
    {
        DhcpServer server(m_config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QUdpSocket a, slow;
        QVERIFY(a.bind(QHostAddress::LocalHost, 0) && slow.bind(QHostAddress::LocalHost, 0));
        QCOMPARE(exchange(a, QStringLiteral("02:00:00:00:00:01"), 11), IPv4(198, 18, 0, 11));

        send(slow, initRebootRequest(QStringLiteral("02:00:00:00:00:0f"), 15));   // answered after 2 s
        QTRY_COMPARE(waitingExchanges(server), 1);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(exchange(a, QStringLiteral("02:00:00:00:00:01"), 11, 1500), IPv4(198, 18, 0, 11));
        QCOMPARE(waitingExchanges(server), 1);
        // The slow MAC is unknown to the service: once its answer comes, it is dropped as unknown.
        QTRY_COMPARE_WITH_TIMEOUT(dropped(server, DropReason::UnknownClient), 1u, 5000);
        QCOMPARE(waitingExchanges(server), 0);
    }

    void aStoppedServiceIsAnOutage()
    {
        DhcpServer server(m_config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        m_web.kill();
        m_web.waitForFinished(5000);
        QUdpSocket a;
        QVERIFY(a.bind(QHostAddress::LocalHost, 0));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!exchange(a, QStringLiteral("02:00:00:00:00:01"), 11, 300));
        QCOMPARE(dropped(server, DropReason::DatabaseUnavailable), 3u);
        const QString outage = inServerThread(server, [](DhcpService &s) { return s.outage().active() ? s.outage().error() : QString(); });
        QVERIFY2(outage.contains(QStringLiteral("HTTP definitions service http://127.0.0.1:")), qPrintable(outage));
        QVERIFY2(outage.contains(QStringLiteral("Connection refused")), qPrintable(outage));
    }
};

QTEST_GUILESS_MAIN(TestHttpLookups)
#include "tst_httplookups.moc"
