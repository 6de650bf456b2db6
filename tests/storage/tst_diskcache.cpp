// Tests of DiskCache (staticDHCPd's on-disk cache, real SQLite files) and of CachingStore keeping its cache there.
#include "storage/cachingstore.h"
#include "storage/diskcache.h"
#include "storage/sqlitestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

namespace {

MAC mac(const char *text)
{
    return *MAC::fromString(QString::fromLatin1(text));
}

IPv4 ip(const char *text)
{
    return *IPv4::fromString(QString::fromLatin1(text));
}

Definition definition(const char *address, quint32 leaseTime = 60)
{
    Definition d;
    d.ip = ip(address);
    d.lease_time = leaseTime;
    d.subnet = QStringLiteral("test");
    return d;
}

/// Every field set, and a second definition in another subnet with only the required ones.
QList<Definition> twoFullDefinitions()
{
    Definition a;
    a.ip = ip("198.18.0.11");
    a.lease_time = 3600;
    a.subnet = QStringLiteral("198.18.0.0/24");
    a.serial = 2;
    a.hostname = QStringLiteral("printer");
    a.gateways = {ip("198.18.0.1"), ip("198.18.0.2")};
    a.subnet_mask = ip("255.255.255.0");
    a.broadcast_address = ip("198.18.0.255");
    a.domain_name = QStringLiteral("example.org");
    a.domain_name_servers = {ip("198.18.0.53"), ip("198.18.1.53")};
    a.ntp_servers = {ip("198.18.0.123")};
    a.extra = {{QStringLiteral("maps.owner"), QStringLiteral("alice")}, {QStringLiteral("subnets.vlan"), 12}};
    Definition b;
    b.ip = ip("198.18.7.11");
    b.lease_time = 600;
    b.subnet = QStringLiteral("lab");
    return {a, b};
}

/// Runs `statements` on `file` through a connection of its own (another program writing the file).
void execute(const QString &file, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-hand"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));
}

/// A store that answers from a table and counts what it is asked (as in tst_cachingstore).
class CountingStore : public DefinitionStore
{
public:
    QHash<MAC, QList<Definition>> table;
    QString failWith;
    int lookups = 0;

    QString describe() const override { return QStringLiteral("counting store"); }
    LookupResult lookupMAC(const MAC &m) override
    {
        ++lookups;
        if (!failWith.isEmpty())
            return LookupResult::failure(failWith);
        return LookupResult{table.value(m), QString()};
    }
    bool reinitialise(QString *) override { return true; }
};

/// A CachingStore over a CountingStore with a disk cache on `file`.
struct CachedSetup
{
    CountingStore *inner = nullptr;
    std::unique_ptr<CachingStore> cache;

    CachedSetup(const QString &file, bool memoryInFront, const QString &failWith = QString())
    {
        auto counting = std::make_unique<CountingStore>();
        inner = counting.get();
        inner->failWith = failWith;
        cache = std::make_unique<CachingStore>(std::move(counting));
        auto disk = std::make_unique<DiskCache>();
        QString error;
        if (!disk->open(file, &error))
            qFatal("%s", qPrintable(error));
        cache->setDiskCache(std::move(disk), memoryInFront);
    }
};

} // namespace

class TestDiskCache : public QObject
{
    Q_OBJECT

private slots:
    void roundTripOfEveryField()
    {
        QTemporaryDir dir;
        DiskCache disk;
        QString error;
        QVERIFY2(disk.open(dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
        QVERIFY(!disk.find(mac("02:00:00:00:00:01"), &error));
        QVERIFY(error.isEmpty());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(disk.store(mac("02:00:00:00:00:01"), twoFullDefinitions(), &error), qPrintable(error));
        const std::optional<DiskCache::Entry> entry = disk.find(mac("02:00:00:00:00:01"), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->definitions, twoFullDefinitions());
        QVERIFY(entry->cachedAtMs >= before && entry->cachedAtMs <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(disk.size(), 1);
    }

    /// staticDHCPd's layout: the MAC as its 48-bit integer, details a JSON list of [ip, hostname, extra, subnet,
    /// serial], and a subnet row for every definition (staticDHCPd wrote only the last one's).
    void staticDhcpdLayout()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            DiskCache disk;
            QString error;
            QVERIFY(disk.open(file, &error));
            QVERIFY(disk.store(mac("02:00:00:00:00:01"), twoFullDefinitions(), &error));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("layout"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT mac, details FROM maps")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 0x020000000001LL);
            QCOMPARE(q.value(1).toString(),
                     QStringLiteral("[[\"198.18.0.11\",\"printer\",{\"maps.owner\":\"alice\",\"subnets.vlan\":12},"
                                    "\"198.18.0.0/24\",2],[\"198.18.7.11\",null,null,\"lab\",0]]"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM subnets")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec(QStringLiteral("SELECT gateway, subnet_mask, domain_name FROM subnets WHERE subnet = 'lab'")) && q.next());
            QVERIFY(q.value(0).isNull() && q.value(1).isNull() && q.value(2).isNull());   // None, as staticDHCPd
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("layout"));
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            DiskCache disk;
            QVERIFY(disk.open(file, &error));
            QVERIFY(disk.store(mac("02:00:00:00:00:01"), twoFullDefinitions(), &error));
            QVERIFY(disk.store(mac("02:00:00:00:00:02"), {definition("198.18.0.12")}, &error));
            QCOMPARE(disk.path(), file);
        }
        QVERIFY(QFile::exists(file));
        DiskCache disk;
        QVERIFY2(disk.open(file, &error), qPrintable(error));
        QCOMPARE(disk.size(), 2);
        QCOMPARE(disk.find(mac("02:00:00:00:00:01"), &error)->definitions, twoFullDefinitions());
        QCOMPARE(disk.find(mac("02:00:00:00:00:02"), &error)->definitions, QList<Definition>{definition("198.18.0.12")});
    }

    void storeReplacesAndRemoveForgets()
    {
        QTemporaryDir dir;
        DiskCache disk;
        QString error;
        QVERIFY(disk.open(dir.filePath(QStringLiteral("cache.sqlite")), &error));
        QVERIFY(disk.store(mac("02:00:00:00:00:01"), {definition("198.18.0.11")}, &error));
        QVERIFY(disk.store(mac("02:00:00:00:00:01"), {definition("198.18.0.99", 120)}, &error));
        QCOMPARE(disk.find(mac("02:00:00:00:00:01"), &error)->definitions, QList<Definition>{definition("198.18.0.99", 120)});
        QVERIFY(disk.remove(mac("02:00:00:00:00:01"), &error));
        QVERIFY(!disk.find(mac("02:00:00:00:00:01"), &error));
        QVERIFY(error.isEmpty());
    }

    void clearEmptiesEveryTable()
    {
        QTemporaryDir dir;
        DiskCache disk;
        QString error;
        QVERIFY(disk.open(dir.filePath(QStringLiteral("cache.sqlite")), &error));
        QVERIFY(disk.store(mac("02:00:00:00:00:01"), twoFullDefinitions(), &error));
        QVERIFY2(disk.clear(&error), qPrintable(error));
        QCOMPARE(disk.size(), 0);
        QVERIFY(!disk.find(mac("02:00:00:00:00:01"), &error));
    }

    void temporaryFileIsRemovedOnClose()
    {
        DiskCache disk;
        QString error;
        QVERIFY2(disk.open(QString(), &error), qPrintable(error));
        QVERIFY(disk.isTemporary());
        const QString file = disk.path();
        QVERIFY(file.startsWith(QDir::tempPath()));
        QVERIFY(disk.store(mac("02:00:00:00:00:01"), twoFullDefinitions(), &error));
        QVERIFY(QFile::exists(file));
        disk.close();
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
    }

    /// A file that is not a disk cache is refused, named, and left as it was (clear() would empty it).
    void foreignFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not SQLite") << "text" << "not a readable SQLite database";
        QTest::addRow("the definitions database") << "definitions" << "holds other tables";
        QTest::addRow("staticDHCPd's definitions schema") << "staticdhcpd" << "its table maps has columns (mac, ip, hostname, subnet, serial)";
        QTest::addRow("a directory") << "directory" << "it is a directory";
        QTest::addRow("no such directory") << "missing" << "does not exist";
    }
    void foreignFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString file = dir.filePath(QStringLiteral("file"));
        if (kind == QLatin1String("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        } else if (kind == QLatin1String("definitions")) {
            SqliteStore store(file, LookupOptions{});
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
        } else if (kind == QLatin1String("staticdhcpd")) {
            execute(file, {QStringLiteral("CREATE TABLE maps (mac TEXT PRIMARY KEY, ip TEXT, hostname TEXT, subnet TEXT, serial INTEGER)"),
                           QStringLiteral("INSERT INTO maps VALUES ('02:00:00:00:00:01', '198.18.0.11', NULL, 'x', 0)")});
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file")));
        } else {
            file = dir.filePath(QStringLiteral("nowhere/file"));
        }
        auto contents = [&file]() {
            QFile f(file);
            return QFileInfo(file).isFile() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = contents();

        DiskCache disk;
        QString error;
        QVERIFY(!disk.open(file, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!disk.isOpen());
        QCOMPARE(contents(), before);
    }

    /// A file staticDHCPd wrote is usable: its entries count as long expired (no time), and a MAC whose subnet rows
    /// are missing (its multi-definition defect) is simply not cached.
    void staticDhcpdCacheFileIsUsable()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("staticDHCPd.db"));
        execute(file, {QStringLiteral("CREATE TABLE subnets (subnet TEXT, serial INTEGER, lease_time INTEGER, gateway TEXT, "
                                      "subnet_mask TEXT, broadcast_address TEXT, ntp_servers TEXT, domain_name_servers TEXT, "
                                      "domain_name TEXT, PRIMARY KEY(subnet, serial))"),
                       QStringLiteral("CREATE TABLE maps (mac INTEGER PRIMARY KEY, details TEXT)"),
                       QStringLiteral("INSERT INTO subnets VALUES ('lab', 1, 900, '198.18.0.1', '255.255.255.0', NULL, NULL, NULL, 'lab.test')"),
                       QStringLiteral("INSERT INTO maps VALUES (%1, '[[\"198.18.0.11\", \"pc\", null, \"lab\", 1]]')").arg(0x020000000001LL),
                       QStringLiteral("INSERT INTO maps VALUES (%1, '[[\"198.18.0.12\", null, null, \"lab\", 1], "
                                      "[\"198.18.9.12\", null, null, \"other\", 0]]')").arg(0x020000000002LL)});
        DiskCache disk;
        QString error;
        QVERIFY2(disk.open(file, &error), qPrintable(error));
        const std::optional<DiskCache::Entry> entry = disk.find(mac("02:00:00:00:00:01"), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->cachedAtMs, 0);
        QCOMPARE(entry->definitions.size(), 1);
        QCOMPARE(entry->definitions.first().lease_time, 900u);
        QCOMPARE(entry->definitions.first().gateways, QList<IPv4>{ip("198.18.0.1")});
        QCOMPARE(entry->definitions.first().domain_name, QStringLiteral("lab.test"));
        QVERIFY(!disk.find(mac("02:00:00:00:00:02"), &error));
        QVERIFY(error.isEmpty());
    }

    void corruptEntryIsAnErrorNamingTheFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        DiskCache disk;
        QString error;
        QVERIFY(disk.open(file, &error));
        execute(file, {QStringLiteral("INSERT INTO maps VALUES (%1, 'not json')").arg(0x020000000001LL)});
        QVERIFY(!disk.find(mac("02:00:00:00:00:01"), &error));
        QVERIFY2(error.contains(file) && error.contains(QLatin1String("02:00:00:00:00:01")), qPrintable(error));
    }

    // --- CachingStore with a disk cache ---

    /// The point of disk_cache_persistent: after a restart with the database down, known clients are still served.
    void persistentCacheServesAfterRestartWithTheDatabaseDown()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            CachedSetup before(file, true);
            before.inner->table.insert(mac("02:00:00:00:00:01"), twoFullDefinitions());
            QCOMPARE(before.cache->lookupMAC(mac("02:00:00:00:00:01")).definitions, twoFullDefinitions());
            QCOMPARE(before.cache->size(), 1);
            QCOMPARE(before.cache->diskCache()->size(), 1);   // written to both
        }
        CachedSetup after(file, true, QStringLiteral("could not connect to server"));
        after.cache->setMaxAge(60);
        const LookupResult result = after.cache->lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(result.found(), qPrintable(result.error));
        QCOMPARE(result.definitions, twoFullDefinitions());
        QCOMPARE(after.inner->lookups, 0);     // fresh on disk: a hit
        QCOMPARE(after.cache->size(), 1);      // and memory is warm again
        QCOMPARE(after.cache->lookupMAC(mac("02:00:00:00:00:01")).definitions, twoFullDefinitions());
        QCOMPARE(after.cache->hits(), 2u);
        QVERIFY(after.cache->lookupMAC(mac("02:00:00:00:00:02")).failed());   // unknown to the file: the outage shows
    }

    /// max_age applies to the file, across restarts; an expired entry is still better than none in an outage.
    void expiredDiskEntryIsRereadButServedDuringAnOutage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            CachedSetup before(file, true);
            before.inner->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11")});
            QVERIFY(before.cache->lookupMAC(mac("02:00:00:00:00:01")).found());
        }
        QTest::qWait(1100);
        CachedSetup after(file, true, QStringLiteral("could not connect to server"));
        after.cache->setMaxAge(1);
        const LookupResult stale = after.cache->lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(stale.found(), qPrintable(stale.error));
        QCOMPARE(after.inner->lookups, 1);   // it did ask
        // Once the store answers, a MAC it no longer knows is forgotten on disk too.
        after.inner->failWith.clear();
        QVERIFY(!after.cache->lookupMAC(mac("02:00:00:00:00:01")).found());
        QCOMPARE(after.cache->diskCache()->size(), 0);
    }

    /// disk_cache: the cache lives in the file alone.
    void diskCacheAloneKeepsNothingInMemory()
    {
        QTemporaryDir dir;
        CachedSetup setup(dir.filePath(QStringLiteral("cache.sqlite")), false);
        setup.inner->table.insert(mac("02:00:00:00:00:01"), twoFullDefinitions());
        QCOMPARE(setup.cache->lookupMAC(mac("02:00:00:00:00:01")).definitions, twoFullDefinitions());
        QCOMPARE(setup.cache->lookupMAC(mac("02:00:00:00:00:01")).definitions, twoFullDefinitions());
        QCOMPARE(setup.inner->lookups, 1);
        QCOMPARE(setup.cache->hits(), 1u);
        QCOMPARE(setup.cache->size(), 0);
        QCOMPARE(setup.cache->diskCache()->size(), 1);
    }

    /// A re-read after max_age refreshes the subnet row too (why subnets are written OR REPLACE).
    void rereadRefreshesTheSubnetRow()
    {
        QTemporaryDir dir;
        CachedSetup setup(dir.filePath(QStringLiteral("cache.sqlite")), false);
        setup.cache->setMaxAge(1);
        setup.inner->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11", 60)});
        QCOMPARE(setup.cache->lookupMAC(mac("02:00:00:00:00:01")).definitions.first().lease_time, 60u);
        setup.inner->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11", 120)});
        QTest::qWait(1100);
        QCOMPARE(setup.cache->lookupMAC(mac("02:00:00:00:00:01")).definitions.first().lease_time, 120u);
        QCOMPARE(setup.cache->lookupMAC(mac("02:00:00:00:00:01")).definitions.first().lease_time, 120u);
        QCOMPARE(setup.inner->lookups, 2);
    }

    void flushAndReinitialiseEmptyTheFile()
    {
        QTemporaryDir dir;
        CachedSetup setup(dir.filePath(QStringLiteral("cache.sqlite")), true);
        setup.inner->table.insert(mac("02:00:00:00:00:01"), {definition("198.18.0.11")});
        QVERIFY(setup.cache->lookupMAC(mac("02:00:00:00:00:01")).found());
        setup.cache->flush();
        QCOMPARE(setup.cache->diskCache()->size(), 0);
        QVERIFY(setup.cache->lookupMAC(mac("02:00:00:00:00:01")).found());
        QCOMPARE(setup.cache->diskCache()->size(), 1);
        QString error;
        QVERIFY(setup.cache->reinitialise(&error));
        QCOMPARE(setup.cache->diskCache()->size(), 0);
        QCOMPARE(setup.cache->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskCache)
#include "tst_diskcache.moc"
