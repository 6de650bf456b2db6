// Tests of SqliteStore's lookups on real SQLite files: every field, case, extra columns, bad rows, threads.
#include "storage/sqlscript.h"
#include "storage/sqlitestore.h"
#include "sqlitetestfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qsd;
using namespace qsd::test;


class TestSqliteStore : public QObject
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

    void lookupGivesEveryField()
    {
        makeStaticDhcpdFile();
        SqliteStore store(file(), {});
        QVERIFY(store.open(nullptr));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.definitions.size(), 1);
        Definition expected;
        expected.ip = IPv4(198, 18, 0, 11);
        expected.lease_time = 3600;
        expected.subnet = QStringLiteral("198.18.0.0/24");
        expected.serial = 0;
        expected.hostname = QStringLiteral("labpc01");
        expected.gateways = {IPv4(198, 18, 0, 1), IPv4(198, 18, 0, 254)};
        expected.subnet_mask = IPv4(255, 255, 255, 0);
        expected.broadcast_address = IPv4(198, 18, 0, 255);
        expected.domain_name = QStringLiteral("lab.example");
        expected.domain_name_servers = {IPv4(198, 18, 0, 1)};
        expected.ntp_servers = {IPv4(198, 18, 0, 2), IPv4(198, 18, 0, 3), IPv4(198, 18, 0, 4)};   // 4 stored, 3 kept
        QVERIFY(result.definitions.first() == expected);

        // A subnet with only the required columns: everything optional is unset.
        const LookupResult bare = store.lookupMAC(mac("02:00:00:00:00:02"));
        QCOMPARE(bare.definitions.size(), 1);
        const Definition &d = bare.definitions.first();
        QCOMPARE(d.ip, IPv4(198, 18, 9, 9));
        QCOMPARE(d.lease_time, 60u);
        QCOMPARE(d.subnet, QStringLiteral("lab-b"));
        QCOMPARE(d.serial, 1);
        QVERIFY(d.hostname.isEmpty() && d.gateways.isEmpty() && !d.subnet_mask && !d.broadcast_address);
        QVERIFY(d.domain_name.isEmpty() && d.domain_name_servers.isEmpty() && d.ntp_servers.isEmpty());
    }

    void unknownMacIsNoDefinition()
    {
        makeStaticDhcpdFile();
        SqliteStore store(file(), {});
        QVERIFY(store.open(nullptr));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:99"));
        QVERIFY(!result.failed());
        QVERIFY(!result.found());
    }

    void caseInsensitiveMacs_data()
    {
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<QString>("lookup");
        QTest::addColumn<bool>("found");

        // The row is stored as '02:00:00:00:00:AA'; lookups always bind the lower-case form.
        QTest::addRow("off, stored upper") << false << QStringLiteral("02:00:00:00:00:aa") << false;
        QTest::addRow("on, stored upper") << true << QStringLiteral("02:00:00:00:00:aa") << true;
        QTest::addRow("on, asked upper") << true << QStringLiteral("02-00-00-00-00-AA") << true;
        QTest::addRow("off, stored lower") << false << QStringLiteral("02:00:00:00:00:01") << true;
        QTest::addRow("on, stored lower") << true << QStringLiteral("02:00:00:00:00:01") << true;
    }

    void caseInsensitiveMacs()
    {
        QFETCH(bool, caseInsensitive);
        QFETCH(QString, lookup);
        QFETCH(bool, found);
        makeStaticDhcpdFile();
        LookupOptions options;
        options.case_insensitive_macs = caseInsensitive;
        SqliteStore store(file(), options);
        QVERIFY(store.open(nullptr));
        const LookupResult result = store.lookupMAC(*MAC::fromString(lookup));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.found(), found);
        if (found && lookup.endsWith(QLatin1String("aa"), Qt::CaseInsensitive))
            QCOMPARE(result.definitions.first().ip, IPv4(198, 18, 0, 12));
    }

    /// staticDHCPd's `LOWER(m.mac) = ?` scans the whole table; the store's lookup searches the index
    /// case_insensitive_macs instead (a plan check, not a timing one).
    void caseInsensitiveLookupUsesIndex()
    {
        makeStaticDhcpdFile();
        Side side(file());
        QSqlQuery q(side.db());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                          + LookupQuery::sql(LookupOptions{true, {}, {}}, LookupQuery::Dialect::SQLite)));
        q.addBindValue(QStringLiteral("02:00:00:00:00:aa"));
        QVERIFY(q.exec());
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(QStringLiteral("USING INDEX case_insensitive_macs")), qPrintable(plan));
    }

    void extraColumns_data()
    {
        QTest::addColumn<QStringList>("extraMaps");
        QTest::addColumn<QStringList>("extraSubnets");
        QTest::addColumn<QVariantMap>("expected");

        QTest::addRow("none") << QStringList() << QStringList() << QVariantMap();
        QTest::addRow("extra_maps alone")
            << QStringList{QStringLiteral("pxe_file"), QStringLiteral("owner")} << QStringList()
            << QVariantMap{{QStringLiteral("maps.pxe_file"), QStringLiteral("pxelinux.0")},
                           {QStringLiteral("maps.owner"), QStringLiteral("room 4")}};
        QTest::addRow("extra_subnets alone")
            << QStringList() << QStringList{QStringLiteral("vlan")}
            << QVariantMap{{QStringLiteral("subnets.vlan"), 42}};
        QTest::addRow("both") << QStringList{QStringLiteral("pxe_file")} << QStringList{QStringLiteral("vlan")}
                              << QVariantMap{{QStringLiteral("maps.pxe_file"), QStringLiteral("pxelinux.0")},
                                             {QStringLiteral("subnets.vlan"), 42}};
    }

    void extraColumns()
    {
        QFETCH(QStringList, extraMaps);
        QFETCH(QStringList, extraSubnets);
        QFETCH(QVariantMap, expected);
        makeStaticDhcpdFile();
        {
            Side side(file());
            QVERIFY(side.script("ALTER TABLE maps ADD COLUMN pxe_file TEXT;"
                                "ALTER TABLE maps ADD COLUMN owner TEXT;"
                                "ALTER TABLE subnets ADD COLUMN vlan INTEGER;"
                                "UPDATE maps SET pxe_file = 'pxelinux.0', owner = 'room 4';"
                                "UPDATE subnets SET vlan = 42;"));
        }
        SqliteStore store(file(), LookupOptions{false, extraMaps, extraSubnets});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.definitions.size(), 1);
        const QVariantMap extra = result.definitions.first().extra;
        QCOMPARE(extra.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(extra.value(it.key()).toString(), it.value().toString());
    }

    void unknownExtraColumnFailsOpen()
    {
        makeStaticDhcpdFile();
        SqliteStore store(file(), LookupOptions{false, {QStringLiteral("no_such_column")}, {}});
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(file()) && error.contains(QStringLiteral("no_such_column")), qPrintable(error));
        QVERIFY(store.lookupMAC(mac("02:00:00:00:00:01")).failed());
    }

    void malformedRow_data()
    {
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("column");

        QTest::addRow("dns") << QStringLiteral("UPDATE subnets SET domain_name_servers = '198.18.0.1, 198.18.0.x' WHERE serial = 0")
                             << QStringLiteral("subnets.domain_name_servers");
        QTest::addRow("ntp") << QStringLiteral("UPDATE subnets SET ntp_servers = 'ntp.example' WHERE serial = 0")
                             << QStringLiteral("subnets.ntp_servers");
        QTest::addRow("gateway") << QStringLiteral("UPDATE subnets SET gateway = '198.18.0.1/24' WHERE serial = 0")
                                 << QStringLiteral("subnets.gateway");
        QTest::addRow("mask") << QStringLiteral("UPDATE subnets SET subnet_mask = '24' WHERE serial = 0")
                              << QStringLiteral("subnets.subnet_mask");
        QTest::addRow("lease") << QStringLiteral("UPDATE subnets SET lease_time = 'an hour' WHERE serial = 0")
                               << QStringLiteral("subnets.lease_time");
        QTest::addRow("ip") << QStringLiteral("UPDATE maps SET ip = '198.18.0.300' WHERE hostname = 'labpc01'")
                            << QStringLiteral("maps.ip");
    }

    void malformedRow()
    {
        QFETCH(QString, update);
        QFETCH(QString, column);
        makeStaticDhcpdFile();
        {
            Side side(file());
            QVERIFY(side.script(update.toUtf8().constData()));
        }
        SqliteStore store(file(), {});
        QVERIFY(store.open(nullptr));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY(result.failed());
        QVERIFY(!result.found());
        QVERIFY2(result.error.contains(QStringLiteral("02:00:00:00:00:01")), qPrintable(result.error));
        QVERIFY2(result.error.contains(column), qPrintable(result.error));
        QVERIFY2(result.error.contains(file()), qPrintable(result.error));
        // The store keeps serving the other rows.
        const LookupResult other = store.lookupMAC(mac("02:00:00:00:00:02"));
        QVERIFY2(!other.failed() && other.found(), qPrintable(other.error));
    }

    void reinitialiseWhenFileDisappears()
    {
        makeStaticDhcpdFile();
        SqliteStore store(file(), {});
        QVERIFY(store.open(nullptr));
        QString error;
        QVERIFY2(store.reinitialise(&error), qPrintable(error));
        QVERIFY(store.lookupMAC(mac("02:00:00:00:00:01")).found());
        store.close();
        QVERIFY(QFile::remove(file()));
        QVERIFY(!store.reinitialise(&error));
        QVERIFY2(error.contains(file()) && error.contains(QStringLiteral("disappeared")), qPrintable(error));
        QVERIFY(!QFile::exists(file()));    // not silently recreated empty
        QVERIFY(store.lookupMAC(mac("02:00:00:00:00:01")).failed());
    }

    void lookupFromAnotherThreadFails()
    {
        makeStaticDhcpdFile();
        SqliteStore store(file(), {});
        QVERIFY(store.open(nullptr));
        LookupResult result;
        std::unique_ptr<QThread> thread(QThread::create([&] { result = store.lookupMAC(mac("02:00:00:00:00:01")); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(result.failed());
        QVERIFY2(result.error.contains(QStringLiteral("thread")), qPrintable(result.error));
        QVERIFY(store.lookupMAC(mac("02:00:00:00:00:01")).found());
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
