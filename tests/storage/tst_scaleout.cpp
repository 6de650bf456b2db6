// Several servers on one PostgreSQL database (README "Several servers on one database"): two cached stores on a
// real server started by the test (sqlservertestfixture.h). An edit through one is heard by the other through
// LISTEN/NOTIFY and flushes its cache within a second — also after the database restarted; a store ignores its
// own notifications; a NOTIFY sent by hand flushes everything. On MariaDB, which has no notifications, the edit
// shows once the cached answer is older than [cache] max_age.
#include "sqlservertestfixture.h"
#include "storage/cachingstore.h"
#include "storage/networksqlstore.h"
#include "storage/storestack.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace qsd;
using namespace qsd::test;

namespace {

const MAC Mac = *MAC::fromString(QStringLiteral("02:00:00:00:00:01"));

/// One "server": the stores a server runs for engine = postgresql (or mysql) with [cache] use_cache (StoreStack),
/// recording what it is told about other servers' edits.
struct Server
{
    std::unique_ptr<StoreStack> stack;
    CachingStore *cache = nullptr;
    NetworkSqlStore *sql = nullptr;   // behind the cache: the store that edits and listens
    QList<StoreChange> changes;   // edits by others (what non-empty)
    int resyncs = 0;              // "anything may have changed"

    Server(const SqlServerSettings &settings, QString *error)
    {
        StoreSettings s;
        const bool pg = settings.server == SqlServer::PostgreSQL;
        s.engine = pg ? QStringLiteral("postgresql") : QStringLiteral("mysql");
        (pg ? s.postgresql : s.mysql) = settings;
        s.useCache = true;
        s.cacheMaxAge = 0;
        stack = StoreStack::open(s, error);
        if (!stack)
            return;
        if (!stack->unreachableAtOpen().isEmpty()) {
            *error = stack->unreachableAtOpen();
            return;
        }
        cache = dynamic_cast<CachingStore *>(stack->lookups());
        sql = dynamic_cast<NetworkSqlStore *>(cache->inner());
        cache->setChangeListener([this](const StoreChange &c) {
            if (c.what.isEmpty())
                ++resyncs;
            else
                changes.append(c);
        });
    }

    DefinitionAdmin &admin() { return stack->admin(); }

    QString ip()
    {
        const LookupResult r = cache->lookupMAC(Mac);
        return r.found() ? r.definitions.first().ip.toString() : QStringLiteral("(%1)").arg(r.error);
    }
};

} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

    SqlTestServer m_server{SqlServer::PostgreSQL};
    SqlTestServer m_mysql{SqlServer::MySQL};   // started by the MySQL test only

    SqlServerSettings settings() const { return m_server.settings(); }

    static bool seed(SqlTestServer &server)
    {
        if (!server.dropAll())
            return false;
        for (const QString &sql : NetworkSqlSchema::staticDhcpdStatements(server.server())) {
            if (!server.exec(sql))
                return false;
        }
        return server.exec(QStringLiteral("INSERT INTO subnets (subnet, serial, lease_time) VALUES ('198.18.0.0/24', 0, 3600)"))
            && server.exec(QStringLiteral("INSERT INTO maps VALUES ('02:00:00:00:00:01', '198.18.0.11', 'pc1', '198.18.0.0/24', 0)"));
    }

    /// Moves the map of Mac to `ip` through `server`, retrying once after a lost connection (the first call
    /// after a database restart only notices it).
    static bool moveTo(Server &server, const QString &ip, QString *error)
    {
        const MapRecord changed{Mac.toString(), ip, QStringLiteral("pc1"), QStringLiteral("198.18.0.0/24"), 0};
        return server.admin().updateMap(Mac, changed, QStringLiteral("alice"), error)
            || server.admin().updateMap(Mac, changed, QStringLiteral("alice"), error);
    }

    /// Waits until `b` serves `ip` for Mac; returns the milliseconds it took, or -1.
    static qint64 servedWithin(Server &b, const QString &ip, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (b.ip() == ip)
                return timer.elapsed();
            QTest::qWait(5);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init() { QVERIFY(seed(m_server)); }

    void editThroughOneIsServedByTheOther()
    {
        QString error;
        Server a(settings(), &error);
        QVERIFY2(a.cache, qPrintable(error));
        Server b(settings(), &error);
        QVERIFY2(b.cache, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(a.sql->isListening() && b.sql->isListening(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.resyncs, 1, 2000);   // once at start: lookups may predate the subscription

        QCOMPARE(a.ip(), QStringLiteral("198.18.0.11"));
        QCOMPARE(b.ip(), QStringLiteral("198.18.0.11"));
        QCOMPARE(b.cache->size(), qsizetype(1));

        QVERIFY2(moveTo(a, QStringLiteral("198.18.0.12"), &error), qPrintable(error));
        QCOMPARE(a.ip(), QStringLiteral("198.18.0.12"));   // the editor's own cache: flushed by the edit
        const qint64 ms = servedWithin(b, QStringLiteral("198.18.0.12"), 1000);
        QVERIFY2(ms >= 0, qPrintable(QStringLiteral("the other server still serves %1").arg(b.ip())));
        qInfo("edit through A served by B after %lld ms", ms);

        QCOMPARE(b.changes.size(), 1);
        QCOMPARE(b.changes[0].what, QStringLiteral("map"));
        QCOMPARE(b.changes[0].key, Mac.toString());
        QCOMPARE(b.changes[0].who, QStringLiteral("alice"));
        // A hears its own notification too, and ignores it: its edit path already flushed.
        QTest::qWait(200);
        QVERIFY(a.changes.isEmpty());

        // The blacklist and a batch: one notification each, with what they changed.
        QVERIFY2(a.admin().addToBlacklist(*MAC::fromString(QStringLiteral("02:00:00:00:00:99")), QStringLiteral("lab"),
                                          QStringLiteral("bob"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(b.changes.size(), 2, 1000);
        QCOMPARE(b.changes[1].what, QStringLiteral("blacklist"));
        QCOMPARE(b.changes[1].key, QStringLiteral("02:00:00:00:00:99"));
        DefinitionBatch batch;
        batch.maps = {MapRecord{QStringLiteral("02:00:00:00:00:02"), QStringLiteral("198.18.0.21"), QString(), QStringLiteral("198.18.0.0/24"), 0},
                      MapRecord{QStringLiteral("02:00:00:00:00:03"), QStringLiteral("198.18.0.22"), QString(), QStringLiteral("198.18.0.0/24"), 0}};
        BatchResult result;
        QVERIFY2(a.admin().applyBatch(batch, true, QStringLiteral("carol"), &result, &error), qPrintable(error));
        QTest::qWait(200);
        QCOMPARE(b.changes.size(), 2);   // a dry run rolls back and notifies nobody
        QVERIFY2(a.admin().applyBatch(batch, false, QStringLiteral("carol"), &result, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(b.changes.size(), 3, 1000);
        QCOMPARE(b.changes[2].what, QStringLiteral("map"));
        QCOMPARE(b.changes[2].key, QString());
        QCOMPARE(b.changes[2].who, QStringLiteral("carol"));
        // A refused edit notifies nobody either.
        QVERIFY(!a.admin().addMap(MapRecord{QStringLiteral("02:00:00:00:00:04"), QStringLiteral("198.18.0.21"), QString(),
                                            QStringLiteral("198.18.0.0/24"), 0},
                                  QStringLiteral("carol"), &error));
        QTest::qWait(200);
        QCOMPARE(b.changes.size(), 3);
        QVERIFY(a.changes.isEmpty());
    }

    void handWrittenNotifyFlushesEverything()
    {
        QString error;
        Server b(settings(), &error);
        QVERIFY2(b.cache, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(b.resyncs, 1, 5000);
        QCOMPARE(b.ip(), QStringLiteral("198.18.0.11"));
        // An administrator edits the table by hand, then tells the servers.
        QVERIFY(m_server.exec(QStringLiteral("UPDATE maps SET ip = '198.18.0.13'")));
        QCOMPARE(b.ip(), QStringLiteral("198.18.0.11"));   // cached
        QVERIFY(m_server.exec(QStringLiteral("NOTIFY qsd_definitions")));
        QTRY_COMPARE_WITH_TIMEOUT(b.resyncs, 2, 1000);
        QCOMPARE(b.ip(), QStringLiteral("198.18.0.13"));
    }

    void databaseRestart()
    {
        QString error;
        Server a(settings(), &error);
        QVERIFY2(a.cache, qPrintable(error));
        Server b(settings(), &error);
        QVERIFY2(b.cache, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(a.sql->isListening() && b.sql->isListening(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.resyncs, 1, 2000);
        QCOMPARE(b.ip(), QStringLiteral("198.18.0.11"));

        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!b.sql->isListening(), 3000);
        // During the outage the cached client is still served.
        QCOMPARE(b.ip(), QStringLiteral("198.18.0.11"));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // Listening again, B flushes once: edits made while it was deaf are not served stale.
        QTRY_VERIFY_WITH_TIMEOUT(a.sql->isListening() && b.sql->isListening(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.resyncs, 2, 2000);
        QCOMPARE(b.cache->size(), qsizetype(0));
        // (the first lookup after the restart may only notice that the connection is gone)
        QTRY_COMPARE_WITH_TIMEOUT(b.ip(), QStringLiteral("198.18.0.11"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(a.ip(), QStringLiteral("198.18.0.11"), 2000);

        QVERIFY2(moveTo(a, QStringLiteral("198.18.0.14"), &error), qPrintable(error));
        const qint64 ms = servedWithin(b, QStringLiteral("198.18.0.14"), 1000);
        QVERIFY2(ms >= 0, qPrintable(QStringLiteral("after the restart the other server still serves %1").arg(b.ip())));
        qInfo("after a database restart, edit through A served by B after %lld ms", ms);
        QCOMPARE(b.changes.size(), 1);
    }

    // MySQL/MariaDB has no notifications: another server's edit shows once the cached answer is older than
    // [cache] max_age (1 s here), and not before.
    void mysqlEditShowsAfterMaxAge()
    {
        QString error;
        QVERIFY2(m_mysql.start(&error), qPrintable(error));
        QVERIFY(seed(m_mysql));
        Server a(m_mysql.settings(), &error);
        QVERIFY2(a.cache, qPrintable(error));
        Server b(m_mysql.settings(), &error);
        QVERIFY2(b.cache, qPrintable(error));
        a.cache->setMaxAge(1);
        b.cache->setMaxAge(1);
        QVERIFY(!b.sql->isListening());

        QElapsedTimer cachedAt;
        cachedAt.start();
        QCOMPARE(b.ip(), QStringLiteral("198.18.0.11"));
        QVERIFY2(moveTo(a, QStringLiteral("198.18.0.15"), &error), qPrintable(error));
        QCOMPARE(a.ip(), QStringLiteral("198.18.0.15"));   // the editor's own cache: flushed by the edit
        if (cachedAt.elapsed() < 900)
            QCOMPARE(b.ip(), QStringLiteral("198.18.0.11"));
        QElapsedTimer edited;
        edited.start();
        const qint64 ms = servedWithin(b, QStringLiteral("198.18.0.15"), 1500);
        QVERIFY2(ms >= 0, qPrintable(QStringLiteral("still %1 past max_age").arg(b.ip())));
        QVERIFY2(cachedAt.elapsed() >= 1000, "read again before max_age");
        qInfo("MySQL: edit through A served by B after %lld ms (max_age 1 s)", edited.elapsed());
        QVERIFY(b.changes.isEmpty() && b.resyncs == 0);
        m_mysql.stop();
    }

    void cleanupTestCase()
    {
        m_server.stop();
        m_mysql.stop();
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
