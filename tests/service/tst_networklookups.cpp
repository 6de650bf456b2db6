// The service on a real PostgreSQL server (started by the test, sqlservertestfixture.h), over real UDP on
// loopback: lookups run in the LookupPool, so a lookup stuck on a locked table stalls no other client; when the
// database goes away, cached clients are still answered, the others dropped at once, the outage is logged once
// and shown in the status, and service comes back by itself; the server also starts before its database.
#include "storage/cachingstore.h"
#include "storage/networksqlstore.h"
#include "loopbackclient.h"
#include "loopbackconfig.h"
#include "sqlservertestfixture.h"

#include <QMutex>
#include <QScopeGuard>
#include <QNetworkDatagram>
#include <QtTest>

using namespace qsd;
using namespace qsd::test;

namespace {

const QString MacA = QStringLiteral("02:00:00:00:00:01");
const QString MacB = QStringLiteral("02:00:00:00:00:02");
const QString MacC = QStringLiteral("02:00:00:00:00:03");

/// The server's warnings and infos, from whatever thread logged them.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    s_previous(type, context, message);
}
int logged(const QString &text)
{
    QMutexLocker lock(&s_logMutex);
    return int(s_log.filter(text).size());
}

} // namespace

class TestNetworkLookups : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SqlTestServer m_pg{SqlServer::PostgreSQL};
    ServerConfig m_config;

    void send(QUdpSocket &client, const DhcpPacket &p) { sendTo(client, p, m_config.proxyPort); }
    static std::optional<IPv4> answer(QUdpSocket &client, int waitMs) { return ackedAddress(client, waitMs); }
    std::optional<IPv4> exchange(QUdpSocket &client, const QString &mac, quint8 host, int waitMs = 3000)
    {
        send(client, initRebootRequest(mac, host));
        return answer(client, waitMs);
    }
    /// exchange(), but waiting until the server has taken the request and finished the lookup it started, however
    /// long that takes on a loaded machine; then up to `waitMs` for the reply. Counters read after it include it.
    std::optional<IPv4> settledExchange(DhcpServer &server, QUdpSocket &client, const QString &mac, quint8 host, int waitMs)
    {
        const quint64 before = receivedInAll(server);
        send(client, initRebootRequest(mac, host));
        if (!QTest::qWaitFor([&] { return receivedInAll(server) > before && waitingExchanges(server) == 0; }, 10000))
            qWarning("the server did not finish a request from %s within 10 s", qPrintable(mac));
        return answer(client, waitMs);
    }
    static quint64 dropped(DhcpServer &server, DropReason reason) { return droppedFor(server, reason); }
    static bool listening(DhcpServer &server)
    {
        return inServerThread(server, [](DhcpService &s) {
            auto *cache = dynamic_cast<CachingStore *>(s.stores()->lookups());
            auto *sql = cache ? dynamic_cast<NetworkSqlStore *>(cache->inner()) : nullptr;
            return sql && sql->isListening();
        });
    }
    static int cached(DhcpServer &server)
    {
        return inServerThread(server, [](DhcpService &s) {
            const LookupCache *cache = s.stores()->cache();
            return cache ? int(cache->size()) : -1;
        });
    }
    static bool inOutage(DhcpServer &server)
    {
        return inServerThread(server, [](DhcpService &s) { return s.outage().active(); });
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dhcp.debug=false"));
        s_previous = qInstallMessageHandler(captureLog);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_config = loopbackConfig(m_dir.path());
        QVERIFY2(!m_config.file.isEmpty(), "sqlite3 must build the demo database");
        m_config.databaseEngine = QStringLiteral("postgresql");
        m_config.postgresqlHost = m_pg.host();
        m_config.postgresqlPort = m_pg.port();
        m_config.postgresqlDatabase = m_pg.database();
        m_config.postgresqlUsername = m_pg.username();
        m_config.postgresqlPassword = m_pg.password();
        m_config.postgresqlMaximumConnections = 3;
        m_config.useCache = true;
    }

    void init()
    {
        QVERIFY(m_pg.dropAll());
        for (const QString &sql : NetworkSqlSchema::staticDhcpdStatements(SqlServer::PostgreSQL))
            QVERIFY(m_pg.exec(sql));
        QVERIFY(m_pg.exec(QStringLiteral("INSERT INTO subnets (subnet, serial, lease_time) VALUES ('198.18.0.0/24', 0, 3600)")));
        for (int host = 1; host <= 3; ++host)
            QVERIFY(m_pg.exec(QStringLiteral("INSERT INTO maps VALUES ('02:00:00:00:00:0%1', '198.18.0.1%1', NULL, '198.18.0.0/24', 0)").arg(host)));
        QMutexLocker lock(&s_logMutex);
        s_log.clear();
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previous); }

    void aLookupStuckInTheDatabaseStallsNoOtherClient()
    {
        DhcpServer server(m_config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QUdpSocket a, b;
        QVERIFY(a.bind(QHostAddress::LocalHost, 0) && b.bind(QHostAddress::LocalHost, 0));
        // The listener flushes the cache once when it first subscribes (edits may predate it): let it.
        QTRY_VERIFY(listening(server));
        QTest::qWait(300);
        QCOMPARE(exchange(a, MacA, 11), IPv4(198, 18, 0, 11));   // now in the cache
        QCOMPARE(cached(server), 1);

        // Another session locks the maps table: B's lookup waits in a worker for as long as the lock is held.
        QSqlDatabase side = m_pg.side();
        QVERIFY(side.transaction());
        auto unlock = qScopeGuard([&] { side.rollback(); });   // before the server stops, even if a check fails
        QVERIFY(m_pg.exec(QStringLiteral("LOCK TABLE maps IN ACCESS EXCLUSIVE MODE")));
        send(b, initRebootRequest(MacB, 12));
        QTRY_COMPARE(waitingExchanges(server), 1);

        // Meanwhile A is answered, again and again, and B still waits.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(exchange(a, MacA, 11), IPv4(198, 18, 0, 11));
        QVERIFY(!b.hasPendingDatagrams());
        QCOMPARE(waitingExchanges(server), 1);

        QVERIFY(side.commit());
        unlock.dismiss();
        QCOMPARE(answer(b, 5000), IPv4(198, 18, 0, 12));
        QCOMPARE(waitingExchanges(server), 0);
        QCOMPARE(dropped(server, DropReason::DatabaseError) + dropped(server, DropReason::DatabaseUnavailable), 0u);
    }

    void cachedClientsAreServedThroughAnOutageThatEndsByItself()
    {
        ServerConfig c = m_config;
        c.cacheMaxAge = 1;   // expired during the outage: served anyway
        DhcpServer server(c);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        QTRY_VERIFY(listening(server));   // past the listener's first flush (see above)
        QTest::qWait(300);
        QCOMPARE(exchange(client, MacA, 11), IPv4(198, 18, 0, 11));
        QCOMPARE(cached(server), 1);

        m_pg.stop();
        auto restart = qScopeGuard([&] { QString e; m_pg.start(&e); });   // for the next test, if a check fails
        // Noticed without a request: PostgreSQL's listener lost its connection (checked every second).
        QTRY_VERIFY_WITH_TIMEOUT(inOutage(server), 5000);
        QCOMPARE(logged(QStringLiteral("definitions database unreachable")), 1);
        QTest::qWait(1200);
        QCOMPARE(exchange(client, MacA, 11), IPv4(198, 18, 0, 11));   // from the expired cache entry
        for (int i = 0; i < 4; ++i)
            QVERIFY(!exchange(client, MacB, 12, 300));                 // not cached: dropped
        QCOMPARE(exchange(client, MacA, 11), IPv4(198, 18, 0, 11));
        QVERIFY(inOutage(server));
        QCOMPARE(dropped(server, DropReason::DatabaseUnavailable), 4u);
        QCOMPARE(logged(QStringLiteral("definitions database unreachable")), 1);   // once, not per packet
        const QString status = inServerThread(server, [](DhcpService &s) { return s.outage().error(); });
        QVERIFY2(status.contains(QStringLiteral("PostgreSQL database qsd_test")), qPrintable(status));
        // An edit from the console fails at once during the outage (no connection timeout in the server thread).
        const QString editError = inServerThread(server, [](DhcpService &s) {
            QString error;
            for (int i = 0; i < 2; ++i)   // the first call may only find the old connection gone
                s.definitions()->addToBlacklist(*MAC::fromString(MacC), QStringLiteral("x"), QStringLiteral("test"), &error);
            return error;
        });
        QVERIFY2(editError.contains(QStringLiteral("try again when it is back")), qPrintable(editError));
        // A reinitialise (SIGHUP) during the outage fails and says why, and changes nothing of the above.
        QVERIFY(!server.reinitialise(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
        QCOMPARE(exchange(client, MacA, 11), IPv4(198, 18, 0, 11));

        restart.dismiss();
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        // No traffic needed: the service probes by itself (every 0.5 s doubling to 5 s).
        QTRY_VERIFY_WITH_TIMEOUT(!inOutage(server), 15000);
        QCOMPARE(logged(QStringLiteral("is reachable again after")), 1);
        QCOMPARE(exchange(client, MacB, 12), IPv4(198, 18, 0, 12));
        // The store that edits is usable again (it was not closed by the failed reinitialise).
        const QString afterError = inServerThread(server, [](DhcpService &s) {
            QString error;
            s.definitions()->addToBlacklist(*MAC::fromString(MacC), QStringLiteral("x"), QStringLiteral("test"), &error);
            return error;
        });
        QVERIFY2(afterError.isEmpty(), qPrintable(afterError));
    }

    void startsBeforeItsDatabase()
    {
        // C is on the permanent blacklist: read once the database answers.
        {
            NetworkSqlStore store(m_pg.settings(), LookupOptions{});
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY2(store.addToBlacklist(*MAC::fromString(MacC), QStringLiteral("test"), QStringLiteral("test"), &error),
                     qPrintable(error));
        }
        m_pg.stop();
        auto restart = qScopeGuard([&] { QString e; m_pg.start(&e); });
        DhcpServer server(m_config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(inOutage(server));
        QCOMPARE(logged(QStringLiteral("definitions database unreachable")), 1);
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        QVERIFY(!exchange(client, MacB, 12, 300));

        restart.dismiss();
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!inOutage(server), 15000);
        QCOMPARE(exchange(client, MacB, 12), IPv4(198, 18, 0, 12));
        QVERIFY(!settledExchange(server, client, MacC, 13, 300));
        QCOMPARE(dropped(server, DropReason::Blacklisted), 1u);
    }

    void startsBeforeANewDatabaseWithoutDatabaseErrors()
    {
        // No tables yet: the end of the outage creates them (the lookup workers do not), and the lookup that
        // found the database back is asked again instead of failing on the missing table.
        QVERIFY(m_pg.dropAll());
        m_pg.stop();
        auto restart = qScopeGuard([&] { QString e; m_pg.start(&e); });
        DhcpServer server(m_config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        restart.dismiss();
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        // One request at a time, each one's lookup finished before the next is sent. A loaded machine can take
        // longer than any fixed wait over a lookup (the one that ends the outage is asked twice); a request sent
        // meanwhile is looked up too, and the new database does not know either: two unknown-client drops.
        QElapsedTimer timer;
        timer.start();
        while (dropped(server, DropReason::UnknownClient) == 0 && timer.elapsed() < 15000)
            QVERIFY(!settledExchange(server, client, MacB, 12, 100));   // the new database knows nobody
        QCOMPARE(dropped(server, DropReason::UnknownClient), 1u);
        QCOMPARE(dropped(server, DropReason::DatabaseError), 0u);
        QVERIFY(!inOutage(server));
    }
};

QTEST_GUILESS_MAIN(TestNetworkLookups)
#include "tst_networklookups.moc"
