// Tests of SqliteStore's files: staticDHCPd's schema, open errors, migrations, journal mode, the demo database.
#include "storage/sqliteschema.h"
#include "storage/sqlscript.h"
#include "storage/sqlitestore.h"
#include "sqlitetestfixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace qsd;
using namespace qsd::test;

namespace {

/// The SQL of a CREATE statement without comments and layout, to compare two schemas.
QString normalised(const QString &sql)
{
    QStringList lines = sql.split(u'\n');
    for (QString &line : lines) {
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
    }
    QString out = lines.join(u' ').simplified();
    out.replace(QRegularExpression(QStringLiteral(" ?([(),]) ?")), QStringLiteral("\\1"));
    return out;
}

} // namespace

class TestSqliteSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file() const { return m_dir->filePath(QStringLiteral("dhcp.sqlite")); }

    /// A staticDHCPd database made from its own schema text, with SeedRows.
    void makeStaticDhcpdFile()
    {
        Side side(file());
        QVERIFY(side.script(StaticDhcpdSchema));
        QVERIFY(side.script(SeedRows));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsSchemaOnFirstOpen()
    {
        QVERIFY(!QFile::exists(file()));
        SqliteStore store(file(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(QFile::exists(file()));
        QVERIFY(store.isOpen());
        store.close();

        Side side(file());
        const auto master = side.master();
        for (const char *name : {"subnets", "maps", "case_insensitive_macs", "qsd_schema_version", "qsd_blacklist",
                                 "qsd_audit"})
            QVERIFY2(master.contains(QLatin1String(name)), name);
        QCOMPARE(side.value(QStringLiteral("SELECT MAX(version) FROM qsd_schema_version")).toInt(), 1);
        QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM maps")).toInt(), 0);
    }

    void schemaIdenticalToStaticDhcpd()
    {
        {
            SqliteStore store(file(), {});
            QVERIFY(store.open(nullptr));
        }
        const QString theirs = m_dir->filePath(QStringLiteral("theirs.sqlite"));
        Side ourSide(file());
        Side theirSide(theirs);
        QVERIFY(theirSide.script(StaticDhcpdSchema));
        const auto ours = ourSide.master();
        const auto reference = theirSide.master();
        for (const char *name : {"subnets", "maps", "case_insensitive_macs"}) {
            const QString key = QLatin1String(name);
            QVERIFY(reference.contains(key));
            QCOMPARE(normalised(ours.value(key)), normalised(reference.value(key)));
        }
        // And the statements the store runs are the ones in its public list.
        QCOMPARE(SqliteSchema::staticDhcpdStatements().size(), 3);
        QCOMPARE(normalised(SqliteSchema::staticDhcpdStatements().at(0)), normalised(reference.value(QStringLiteral("subnets"))));
    }

    void opensStaticDhcpdDatabaseUnchanged()
    {
        makeStaticDhcpdFile();
        QMap<QString, QString> before;
        {
            Side side(file());
            before = side.master();
        }
        SqliteStore store(file(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.definitions.size(), 1);
        QCOMPARE(result.definitions.first().hostname, QStringLiteral("labpc01"));

        Side side(file());
        const auto after = side.master();
        for (const char *name : {"subnets", "maps", "case_insensitive_macs"})
            QCOMPARE(after.value(QLatin1String(name)), before.value(QLatin1String(name)));   // byte for byte
        QVERIFY(after.contains(QStringLiteral("qsd_audit")));
        QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM maps")).toInt(), 3);
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");

        QTest::addRow("missing directory") << QStringLiteral("nodir") << QStringLiteral("does not exist");
        QTest::addRow("a directory") << QStringLiteral("dir") << QStringLiteral("directory");
        QTest::addRow("not a database") << QStringLiteral("garbage") << QStringLiteral("not a readable SQLite database");
        QTest::addRow("maps without subnets") << QStringLiteral("half") << QStringLiteral("no 'subnets' table");
        QTest::addRow("no file name") << QStringLiteral("empty") << QStringLiteral("sqlite_file");
    }

    void openErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QString path = file();
        if (kind == QLatin1String("nodir")) {
            path = m_dir->filePath(QStringLiteral("missing/dhcp.sqlite"));
        } else if (kind == QLatin1String("dir")) {
            QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("dhcp.sqlite")));
        } else if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        } else if (kind == QLatin1String("half")) {
            Side side(path);
            QVERIFY(side.script("CREATE TABLE maps (mac TEXT PRIMARY KEY);"));
        } else if (kind == QLatin1String("empty")) {
            path.clear();
        }
        SqliteStore store(path, {});
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(message), qPrintable(error));
        if (!path.isEmpty())
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY(result.failed());
        QVERIFY(!store.addToBlacklist(mac("02:00:00:00:00:01"), QString(), QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
    }

    void unreadableFile()
    {
        makeStaticDhcpdFile();
        QVERIFY(QFile::setPermissions(file(), QFileDevice::WriteOwner));
        // Root reads any file: as root, check with the real and effective uid of "nobody" (65534), then take root back.
        const bool root = ::geteuid() == 0;
        if (root) {
            QVERIFY(QFile::setPermissions(QFileInfo(file()).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ExeOther | QFileDevice::ReadOther));
            QCOMPARE(::setresgid(65534, 65534, 0), 0);   // saved ids 0: root can be taken back
            QCOMPARE(::setresuid(65534, 65534, 0), 0);
        }
        SqliteStore store(file(), {});
        QString error;
        const bool opened = store.open(&error);
        if (root) {
            QCOMPARE(::setresuid(0, 0, 0), 0);
            QCOMPARE(::setresgid(0, 0, 0), 0);
        }
        QVERIFY(!opened);
        QVERIFY2(error.contains(file()) && error.contains(QStringLiteral("not readable")), qPrintable(error));
    }

    void migrationIdempotent()
    {
        for (int i = 0; i < 3; ++i) {
            SqliteStore store(file(), {});
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY2(store.reinitialise(&error), qPrintable(error));
        }
        Side side(file());
        QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM qsd_schema_version")).toInt(), 1);
        QCOMPARE(side.value(QStringLiteral("SELECT MAX(version) FROM qsd_schema_version")).toInt(),
                 SqliteSchema::CurrentVersion);
        QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")).toInt(), 5);
        QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                           "'case_insensitive_macs'")).toInt(), 1);
    }

    void newerSchemaRefused()
    {
        {
            SqliteStore store(file(), {});
            QVERIFY(store.open(nullptr));
        }
        {
            Side side(file());
            QVERIFY(side.script("INSERT INTO qsd_schema_version VALUES (99, 0);"));
        }
        SqliteStore store(file(), {});
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(file()) && error.contains(QStringLiteral("99")), qPrintable(error));
    }

    void walAndFullSync()
    {
        SqliteStore store(file(), {});
        QVERIFY(store.open(nullptr));
        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);    // FULL
        q.finish();
        Side side(file());  // journal_mode=WAL is stored in the file itself
        QCOMPARE(side.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void demoDatabase_data()
    {
        QTest::addColumn<bool>("storeFirst");
        QTest::addRow("script builds the tables") << false;
        QTest::addRow("store builds the tables") << true;
    }

    void demoDatabase()
    {
        QFETCH(bool, storeFirst);
        QFile demo(QStringLiteral(QSD_SOURCE_DIR "/resources/demo/demo.sql"));
        QVERIFY2(demo.open(QIODevice::ReadOnly), qPrintable(demo.fileName()));
        const QByteArray script = demo.readAll();
        if (storeFirst) {
            SqliteStore store(file(), {});
            QVERIFY(store.open(nullptr));
        }
        {
            Side side(file());
            QVERIFY(side.script(script.constData()));
        }
        SqliteStore store(file(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));

        Side side(file());
        const auto master = side.master();
        const QStringList schema = SqliteSchema::staticDhcpdStatements();
        QCOMPARE(normalised(master.value(QStringLiteral("subnets"))), normalised(schema.at(0)));
        QCOMPARE(normalised(master.value(QStringLiteral("maps"))), normalised(schema.at(1)));

        MapPage page;
        QVERIFY2(store.listMaps(MapQuery{}, &page, &error), qPrintable(error));
        QVERIFY(page.total >= 8 && page.total <= 12);
        const Subnet testNet = *Subnet::parse(u"198.18.0.0/15");
        for (const MapRecord &map : page.maps) {
            const MAC m = *MAC::fromString(map.mac);
            QVERIFY2((m[0] & 0x02) && !(m[0] & 0x01), qPrintable(map.mac));   // locally administered unicast
            QVERIFY(map.hostname.startsWith(QLatin1String("labpc")));
            const LookupResult result = store.lookupMAC(m);
            QVERIFY2(result.found(), qPrintable(map.mac + result.error));
            const Definition &d = result.definitions.first();
            QVERIFY(testNet.contains(d.ip));
            QVERIFY(d.lease_time > 0);
            QVERIFY(!d.gateways.isEmpty() && d.subnet_mask && d.broadcast_address);
            for (const IPv4 ip : d.gateways + d.domain_name_servers + d.ntp_servers)
                QVERIFY(testNet.contains(ip));
            QVERIFY(Subnet::parse(d.subnet)->contains(d.ip));
        }
        const LookupResult first = store.lookupMAC(mac("02:00:00:00:00:01"));
        QCOMPARE(first.definitions.first().hostname, QStringLiteral("labpc01"));
        QCOMPARE(first.definitions.first().domain_name, QStringLiteral("lab.example"));
        QCOMPARE(first.definitions.first().lease_time, 3600u);
        QCOMPARE(first.definitions.first().gateways, QList<IPv4>{IPv4(198, 18, 0, 1)});
        QList<SubnetRecord> subnets;
        QVERIFY(store.listSubnets(&subnets, &error));
        QCOMPARE(subnets.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSchema)
#include "tst_sqliteschema.moc"
