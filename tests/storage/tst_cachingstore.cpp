// Tests of CachingStore: staticDHCPd's memory cache (LookupCache) in front of a store — hits, misses, flushes.
// That edits flush it is tested with the StoreStack that connects them (tst_storestack).
#include "storage/cachingstore.h"
#include "storage/sqlitestore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

namespace {

MAC mac(const char *text)
{
    return *MAC::fromString(QString::fromLatin1(text));
}

Definition definition(const char *ip)
{
    Definition d;
    d.ip = *IPv4::fromString(QString::fromLatin1(ip));
    d.lease_time = 60;
    d.subnet = QStringLiteral("test");
    return d;
}

/// A store that answers from a table and counts what it is asked.
class CountingStore : public DefinitionStore
{
public:
    QHash<MAC, QList<Definition>> table;
    QString failWith;
    int lookups = 0;
    int reinitialisations = 0;

    QString describe() const override { return QStringLiteral("counting store"); }
    LookupResult lookupMAC(const MAC &m) override
    {
        ++lookups;
        if (!failWith.isEmpty())
            return LookupResult::failure(failWith);
        return LookupResult{table.value(m), QString()};
    }
    bool reinitialiseFails = false;
    bool reinitialise(QString *error) override
    {
        ++reinitialisations;
        if (reinitialiseFails && error)
            *error = QStringLiteral("unreachable");
        return !reinitialiseFails;
    }
};

} // namespace

class TestCachingStore : public QObject
{
    Q_OBJECT

private slots:
    void hitAvoidsInnerStore()
    {
        auto inner = std::make_unique<CountingStore>();
        CountingStore *counting = inner.get();
        counting->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11")});
        CachingStore cache(std::move(inner));
        for (int i = 0; i < 3; ++i) {
            const LookupResult result = cache.lookupMAC(mac("02:00:00:00:00:01"));
            QCOMPARE(result.definitions.size(), 1);
            QCOMPARE(result.definitions.first().ip, IPv4(198, 18, 0, 11));
        }
        QCOMPARE(counting->lookups, 1);
        QCOMPARE(cache.hits(), 2u);
        QCOMPARE(cache.misses(), 1u);
        QCOMPARE(cache.size(), 1);
    }

    void severalDefinitionsAreCachedTogether()
    {
        auto inner = std::make_unique<CountingStore>();
        CountingStore *counting = inner.get();
        counting->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11"), definition("198.18.1.11")});
        CachingStore cache(std::move(inner));
        QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.size(), 2);
        QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.size(), 2);
        QCOMPARE(counting->lookups, 1);
    }

    void unknownMacsAreNotCached()
    {
        auto inner = std::make_unique<CountingStore>();
        CountingStore *counting = inner.get();
        CachingStore cache(std::move(inner));
        QVERIFY(!cache.lookupMAC(mac("02:00:00:00:00:09")).found());
        QVERIFY(!cache.lookupMAC(mac("02:00:00:00:00:09")).found());
        QCOMPARE(counting->lookups, 2);
        QCOMPARE(cache.size(), 0);
        // so a MAC added to the database later is served at once
        counting->table.insert(mac("02:00:00:00:00:09"), {definition("198.18.0.9")});
        QVERIFY(cache.lookupMAC(mac("02:00:00:00:00:09")).found());
    }

    void errorsAreNotCached()
    {
        auto inner = std::make_unique<CountingStore>();
        CountingStore *counting = inner.get();
        counting->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11")});
        counting->failWith = QStringLiteral("database is locked");
        CachingStore cache(std::move(inner));
        const LookupResult failed = cache.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY(failed.failed());
        QCOMPARE(failed.error, QStringLiteral("database is locked"));
        counting->failWith.clear();
        QVERIFY(cache.lookupMAC(mac("02:00:00:00:00:01")).found());
        QCOMPARE(counting->lookups, 2);
    }

    void reinitialiseFlushes()
    {
        auto inner = std::make_unique<CountingStore>();
        CountingStore *counting = inner.get();
        counting->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11")});
        CachingStore cache(std::move(inner));
        cache.lookupMAC(mac("02:00:00:00:00:01"));
        QString error;
        QVERIFY(cache.reinitialise(&error));
        QCOMPARE(counting->reinitialisations, 1);
        QCOMPARE(cache.size(), 0);
        cache.lookupMAC(mac("02:00:00:00:00:01"));
        QCOMPARE(counting->lookups, 2);

        // A reinitialise that cannot reach the database keeps what the cache knows.
        counting->reinitialiseFails = true;
        QVERIFY(!cache.reinitialise(&error));
        QCOMPARE(error, QStringLiteral("unreachable"));
        QCOMPARE(cache.size(), 1);
    }

    /// The cache really stands between the engine and the file: a change made behind its back is not seen
    /// until reinitialise(), while the database itself already has it.
    void hitDoesNotReadTheDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dhcp.sqlite"));
        auto sqlite = std::make_unique<SqliteStore>(file, LookupOptions{});
        QString error;
        QVERIFY2(sqlite->open(&error), qPrintable(error));
        SqliteStore *direct = sqlite.get();
        CachingStore cache(std::move(sqlite));
        SubnetRecord net{QStringLiteral("198.18.0.0/24"), 0, 3600, {}, {}, {}, {}, {}, {}};
        QVERIFY2(direct->addSubnet(net, QStringLiteral("t"), &error), qPrintable(error));
        QVERIFY(direct->addMap(MapRecord{QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.11"),
                                         QStringLiteral("old"), net.subnet, 0},
                               QStringLiteral("t"), &error));
        QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname, QStringLiteral("old"));

        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("UPDATE maps SET hostname = 'new'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("behind"));

        QCOMPARE(direct->lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname, QStringLiteral("new"));
        QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname, QStringLiteral("old"));
        QVERIFY2(cache.reinitialise(&error), qPrintable(error));
        QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname, QStringLiteral("new"));
    }

    // [cache] max_age: the bound on how long another server's edit takes to show where nothing notifies (MySQL).
    void maxAgeRereadsAnEditMadeBehindTheCache()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dhcp.sqlite"));
        auto sqlite = std::make_unique<SqliteStore>(file, LookupOptions{});
        QString error;
        QVERIFY2(sqlite->open(&error), qPrintable(error));
        SubnetRecord net{QStringLiteral("198.18.0.0/24"), 0, 3600, {}, {}, {}, {}, {}, {}};
        QVERIFY2(sqlite->addSubnet(net, QStringLiteral("t"), &error), qPrintable(error));
        QVERIFY(sqlite->addMap(MapRecord{QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.11"),
                                         QStringLiteral("old"), net.subnet, 0},
                               QStringLiteral("t"), &error));
        CachingStore cache(std::move(sqlite));
        cache.setMaxAge(1);
        QCOMPARE(cache.maxAge(), 1);
        QElapsedTimer cachedAt;
        cachedAt.start();
        QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname, QStringLiteral("old"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-server"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("UPDATE maps SET hostname = 'new'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-server"));
        if (cachedAt.elapsed() < 900)
            QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname, QStringLiteral("old"));
        QTRY_COMPARE_WITH_TIMEOUT(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname,
                                  QStringLiteral("new"), 1500);
        QVERIFY2(cachedAt.elapsed() >= 1000, "re-read before max_age");
        // Re-cached: served from memory again.
        const quint64 hits = cache.hits();
        QCOMPARE(cache.lookupMAC(mac("02:00:00:00:00:01")).definitions.first().hostname, QStringLiteral("new"));
        QCOMPARE(cache.hits(), hits + 1);
    }

    // During an outage an expired answer is served rather than none.
    void expiredAnswerServedWhileTheStoreFails()
    {
        auto inner = std::make_unique<CountingStore>();
        CountingStore *counting = inner.get();
        counting->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11")});
        CachingStore cache(std::move(inner));
        cache.setMaxAge(1);
        QVERIFY(cache.lookupMAC(mac("02:00:00:00:00:01")).found());
        QTest::qWait(1100);
        counting->failWith = QStringLiteral("server closed the connection");
        const LookupResult stale = cache.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(stale.found(), qPrintable(stale.error));
        QCOMPARE(stale.definitions.first().ip, IPv4(198, 18, 0, 11));
        QCOMPARE(counting->lookups, 2);   // it did ask
        // A deleted definition is forgotten once the store answers again.
        counting->failWith.clear();
        counting->table.clear();
        QVERIFY(!cache.lookupMAC(mac("02:00:00:00:00:01")).found());
        QCOMPARE(cache.size(), 0);
    }

    void maxAgeZeroKeepsUntilFlushed()
    {
        auto inner = std::make_unique<CountingStore>();
        CountingStore *counting = inner.get();
        counting->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11")});
        CachingStore cache(std::move(inner));
        QCOMPARE(cache.maxAge(), 0);   // the class keeps staticDHCPd's behaviour; the daemon sets [cache] max_age
        QVERIFY(cache.lookupMAC(mac("02:00:00:00:00:01")).found());
        QTest::qWait(50);
        QVERIFY(cache.lookupMAC(mac("02:00:00:00:00:01")).found());
        QCOMPARE(counting->lookups, 1);
    }

};

QTEST_GUILESS_MAIN(TestCachingStore)
#include "tst_cachingstore.moc"
