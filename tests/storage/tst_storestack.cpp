// Tests of the store factory (one opener per [database] engine) and of StoreStack, which puts the cache, the disk
// cache and the lookup pool in front of the engine's store and gives the management API its administration:
// what each engine opens, the errors naming their key, read-only engines refusing edits, and every edit made
// through the administration flushing the cache. PostgreSQL and MySQL open through the same path against real
// servers in tst_networklookups and tst_scaleout.
#include "storage/cachingstore.h"
#include "storage/readonlyadmin.h"
#include "storage/sqlitestore.h"
#include "storage/storestack.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

namespace {

const MAC Known = *MAC::fromString(QStringLiteral("02:00:00:00:00:01"));
const SubnetRecord Net{QStringLiteral("198.18.0.0/24"), 0, 3600, {}, {}, {}, {}, {}, {}};

MapRecord map(const QString &hostname)
{
    return MapRecord{Known.toString(), QStringLiteral("198.18.0.11"), hostname, Net.subnet, 0};
}

} // namespace

class TestStoreStack : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    StoreSettings settings(const QString &engine) const
    {
        StoreSettings s;
        s.configFile = QStringLiteral("/etc/qstaticdhcpd.conf");
        s.engine = engine;
        s.sqliteFile = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        s.iniFile = m_dir.filePath(QStringLiteral("dhcp.ini"));
        s.http.uri = QUrl(QStringLiteral("http://127.0.0.1:9/lookup"));
        s.httpMaximumConnections = 2;
        return s;
    }

    /// A cached SQLite stack with a subnet and the map of Known, whose lookup is cached.
    std::unique_ptr<StoreStack> cachedSqlite(StoreSettings s, QString *error)
    {
        s.useCache = true;
        auto stack = StoreStack::open(s, error);
        if (!stack || !stack->admin().addSubnet(Net, QStringLiteral("t"), error)
            || !stack->admin().addMap(map(QStringLiteral("old")), QStringLiteral("t"), error))
            return nullptr;
        stack->lookups()->lookupMAC(Known);
        return stack;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile ini(m_dir.filePath(QStringLiteral("dhcp.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[198.18.0.0/24|0]\nlease-time: 3600\n\n[02:00:00:00:00:01]\nip: 198.18.0.11\nsubnet: 198.18.0.0/24\n"
                  "serial: 0\n");
    }

    void eachEngineOpens_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("cached");
        QTest::addColumn<bool>("lookupsHere");   // a store in this thread the engine looks up in
        QTest::addColumn<bool>("pooled");
        QTest::addColumn<bool>("editable");
        QTest::addColumn<QString>("description");
        const QString sqlite = QStringLiteral("SQLite database ") + m_dir.filePath(QStringLiteral("eachEngineOpens.sqlite"));
        const QString http = QStringLiteral("HTTP definitions service http://127.0.0.1:9/lookup");
        QTest::newRow("sqlite") << "sqlite" << false << true << false << true << sqlite;
        QTest::newRow("sqlite, cached") << "sqlite" << true << true << false << true << sqlite;
        QTest::newRow("ini") << "ini" << false << true << false << false << QString();
        QTest::newRow("none") << "none" << false << true << false << false << "no database (hooks only)";
        QTest::newRow("none, cached") << "none" << true << true << false << false << "no database (hooks only)";
        QTest::newRow("http: the pool looks up") << "http" << false << false << true << false << http;
        QTest::newRow("http, cached: a cache of its own") << "http" << true << false << true << false << http;
    }

    void eachEngineOpens()
    {
        QFETCH(QString, engine);
        QFETCH(bool, cached);
        StoreSettings s = settings(engine);
        s.useCache = cached;
        QString error;
        const auto stack = StoreStack::open(s, &error);
        QVERIFY2(stack, qPrintable(error));
        QTEST(stack->lookups() != nullptr, "lookupsHere");
        QTEST(stack->pool() != nullptr, "pooled");
        QCOMPARE(stack->cache() != nullptr, cached);
        if (cached && stack->lookups())
            QCOMPARE(static_cast<LookupCache *>(dynamic_cast<CachingStore *>(stack->lookups())), stack->cache());
        QTEST(stack->admin().isEditable(), "editable");
        QFETCH(QString, description);
        if (!description.isEmpty())
            QCOMPARE(stack->describe(), description);
        if (stack->lookups())
            QCOMPARE(stack->lookups()->describe(), stack->describe());
        QVERIFY(stack->unreachableAtOpen().isEmpty());
        QVERIFY2(stack->reinitialise(&error), qPrintable(error));
    }

    void poolHasTheEngineWorkers()
    {
        QString error;
        StoreSettings s = settings(QStringLiteral("http"));
        s.lookupQueue = 7;
        const auto stack = StoreStack::open(s, &error);
        QVERIFY2(stack, qPrintable(error));
        QCOMPARE(stack->pool()->workers(), 2);
        QCOMPARE(stack->pool()->queueLimit(), 7);
        stack->stopPool();
        QVERIFY(!stack->pool());
    }

    void errorsNameTheKeyAndTheFile_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("key");   // the end of the error
        QTest::newRow("unknown engine") << "oracle"
                                        << "/etc/qstaticdhcpd.conf: [database] engine=oracle is not available in this "
                                           "version (use sqlite, postgresql, mysql, ini, http or none)";
        QTest::newRow("sqlite") << "sqlite" << " ([database] sqlite_file in /etc/qstaticdhcpd.conf)";
        QTest::newRow("ini") << "ini" << " ([database] ini_file in /etc/qstaticdhcpd.conf)";
        QTest::newRow("postgresql") << "postgresql" << " ([database] postgresql_* in /etc/qstaticdhcpd.conf)";
        QTest::newRow("disk cache") << "none" << " ([cache] disk_cache_persistent in /etc/qstaticdhcpd.conf)";
    }

    void errorsNameTheKeyAndTheFile()
    {
        QFETCH(QString, engine);
        QFETCH(QString, key);
        StoreSettings s = settings(engine);
        const QString missing = m_dir.filePath(QStringLiteral("no/such/directory/file"));
        s.sqliteFile = missing;
        s.iniFile = missing;
        s.postgresql.database.clear();   // settings that can never work
        if (qstrcmp(QTest::currentDataTag(), "disk cache") == 0) {
            s.useCache = true;
            s.diskCachePersistent = missing;
        }
        QString error;
        QVERIFY(!StoreStack::open(s, &error));
        QVERIFY2(error.endsWith(key), qPrintable(error));
    }

    void readOnlyEnginesRefuseEveryEdit_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("ini") << "ini";
        QTest::newRow("http") << "http";
        QTest::newRow("none") << "none";
    }

    void readOnlyEnginesRefuseEveryEdit()
    {
        QFETCH(QString, engine);
        QString error;
        const auto stack = StoreStack::open(settings(engine), &error);
        QVERIFY2(stack, qPrintable(error));
        DefinitionAdmin &admin = stack->admin();
        QVERIFY(!admin.isEditable());
        const QString prefix = stack->describe() + QStringLiteral(" is read-only (");
        const auto refused = [&](bool ok, const char *what) {
            const QString expected = prefix + QLatin1String(what) + QStringLiteral(" is not supported)");
            if (ok || error != expected)
                qWarning("%s: %s", what, qPrintable(error));
            return !ok && error == expected;
        };
        QList<SubnetRecord> subnets;
        MapPage page;
        BatchResult result;
        QList<BlacklistEntry> blacklist;
        QList<AuditRecord> audit;
        QVERIFY(refused(admin.listSubnets(&subnets, &error), "listing subnets"));
        QVERIFY(refused(admin.listMaps(MapQuery{}, &page, &error), "listing maps"));
        QVERIFY(refused(admin.addSubnet(Net, QStringLiteral("t"), &error), "adding a subnet"));
        QVERIFY(refused(admin.updateSubnet(Net.subnet, 0, Net, QStringLiteral("t"), &error), "changing a subnet"));
        QVERIFY(refused(admin.deleteSubnet(Net.subnet, 0, QStringLiteral("t"), &error), "deleting a subnet"));
        QVERIFY(refused(admin.addMap(map(QString()), QStringLiteral("t"), &error), "adding a map"));
        QVERIFY(refused(admin.updateMap(Known, map(QString()), QStringLiteral("t"), &error), "changing a map"));
        QVERIFY(refused(admin.deleteMap(Known, QStringLiteral("t"), &error), "deleting a map"));
        QVERIFY(refused(admin.applyBatch({}, false, QStringLiteral("t"), &result, &error), "importing definitions"));
        QVERIFY(refused(admin.listBlacklist(&blacklist, &error), "a permanent blacklist"));
        QVERIFY(refused(admin.addToBlacklist(Known, QString(), QStringLiteral("t"), &error), "a permanent blacklist"));
        QVERIFY(refused(admin.removeFromBlacklist(Known, QStringLiteral("t"), &error), "a permanent blacklist"));
        QVERIFY(refused(admin.listAudit(10, 0, &audit, &error), "an audit log"));
    }

    /// An edit through the administration flushes the cache in front of the lookups: the next lookup reads it.
    void editsFlushTheCache()
    {
        QString error;
        const auto stack = cachedSqlite(settings(QStringLiteral("sqlite")), &error);
        QVERIFY2(stack, qPrintable(error));
        DefinitionStore *lookups = stack->lookups();
        QCOMPARE(stack->cache()->size(), 1);

        QVERIFY2(stack->admin().updateMap(Known, map(QStringLiteral("new")), QStringLiteral("t"), &error), qPrintable(error));
        QCOMPARE(stack->cache()->size(), 0);
        QCOMPARE(lookups->lookupMAC(Known).definitions.first().hostname, QStringLiteral("new"));

        SubnetRecord longer = Net;   // a subnet edit changes every cached definition of that subnet
        longer.lease_time = 7200;
        QVERIFY2(stack->admin().updateSubnet(Net.subnet, 0, longer, QStringLiteral("t"), &error), qPrintable(error));
        QCOMPARE(lookups->lookupMAC(Known).definitions.first().lease_time, 7200u);

        QVERIFY2(stack->admin().addToBlacklist(Known, QString(), QStringLiteral("t"), &error), qPrintable(error));
        QCOMPARE(stack->cache()->size(), 0);
        lookups->lookupMAC(Known);
        QVERIFY2(stack->admin().removeFromBlacklist(Known, QStringLiteral("t"), &error), qPrintable(error));
        QCOMPARE(stack->cache()->size(), 0);

        QVERIFY2(stack->admin().deleteMap(Known, QStringLiteral("t"), &error), qPrintable(error));
        QVERIFY(!lookups->lookupMAC(Known).found());
        QCOMPARE(stack->cache()->hits(), 0u);   // every lookup above went to the database
    }

    void onlySuccessfulEditsFlush()
    {
        QString error;
        const auto stack = cachedSqlite(settings(QStringLiteral("sqlite")), &error);
        QVERIFY2(stack, qPrintable(error));
        QVERIFY(!stack->admin().addSubnet(Net, QStringLiteral("t"), &error));                // taken
        QVERIFY(!stack->admin().deleteSubnet(Net.subnet, 0, QStringLiteral("t"), &error));   // a map uses it
        QVERIFY(!stack->admin().addMap(map(QString()), QStringLiteral("t"), &error));        // the MAC is taken
        QCOMPARE(stack->cache()->size(), 1);
    }

    void onlyARealImportFlushes()
    {
        QString error;
        const auto stack = cachedSqlite(settings(QStringLiteral("sqlite")), &error);
        QVERIFY2(stack, qPrintable(error));
        DefinitionBatch batch;
        batch.maps = {MapRecord{QStringLiteral("02:00:00:00:00:02"), QStringLiteral("198.18.0.12"), QString(), Net.subnet, 0}};
        BatchResult result;
        QVERIFY2(stack->admin().applyBatch(batch, true, QStringLiteral("t"), &result, &error), qPrintable(error));
        QCOMPARE(stack->cache()->size(), 1);   // a dry run changed nothing
        QVERIFY2(stack->admin().applyBatch(batch, false, QStringLiteral("t"), &result, &error), qPrintable(error));
        QCOMPARE(stack->cache()->size(), 0);
    }

    /// With the disk cache alone ([cache] disk_cache), an edit empties the file, and the next lookup sees it.
    void editsEmptyTheDiskCache()
    {
        StoreSettings s = settings(QStringLiteral("sqlite"));
        s.diskCache = true;
        s.diskCachePersistent = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        const auto stack = cachedSqlite(s, &error);
        QVERIFY2(stack, qPrintable(error));
        QCOMPARE(stack->cache()->diskCache()->size(), 1);
        QCOMPARE(stack->cache()->size(), 0);   // nothing in memory
        QVERIFY(!stack->admin().addSubnet(Net, QStringLiteral("t"), &error));   // refused: kept
        QCOMPARE(stack->cache()->diskCache()->size(), 1);
        QVERIFY2(stack->admin().updateMap(Known, map(QStringLiteral("new")), QStringLiteral("t"), &error), qPrintable(error));
        QCOMPARE(stack->cache()->diskCache()->size(), 0);
        QCOMPARE(stack->lookups()->lookupMAC(Known).definitions.first().hostname, QStringLiteral("new"));
    }

    /// HTTP has no store in this thread: a reinitialise flushes its cache.
    void reinitialiseFlushesACacheWithNoStoreBehindIt()
    {
        StoreSettings s = settings(QStringLiteral("http"));
        s.useCache = true;
        QString error;
        const auto stack = StoreStack::open(s, &error);
        QVERIFY2(stack, qPrintable(error));
        Definition d;
        d.ip = IPv4(198, 18, 0, 11);
        LookupCache *cache = stack->cache();
        cache->remember(Known, LookupResult{{d}, QString()}, cache->generation());
        QCOMPARE(cache->size(), 1);
        QVERIFY2(stack->reinitialise(&error), qPrintable(error));
        QCOMPARE(cache->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreStack)
#include "tst_storestack.moc"
