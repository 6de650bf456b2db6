// The PostgreSQL and MySQL store against a real server started by the test (see sqlservertestfixture.h):
// the behavioural checks of tst_sqlitestore, the edits of tst_sqleditor in brief, and a server restart.
// Compiled twice: QSD_TEST_MYSQL selects MariaDB, otherwise PostgreSQL.
#include "sqlservertestfixture.h"
#include "storage/import/importformats.h"
#include "storage/networksqlstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace qsd;
using namespace qsd::test;

namespace {

#ifdef QSD_TEST_MYSQL
constexpr SqlServer Engine = SqlServer::MySQL;
#else
constexpr SqlServer Engine = SqlServer::PostgreSQL;
#endif

const char *const SeedRows[] = {
    "INSERT INTO subnets VALUES ('198.18.0.0/24', 0, 3600, '198.18.0.1, 198.18.0.254', '255.255.255.0', "
    "'198.18.0.255', '198.18.0.2,198.18.0.3, 198.18.0.4,198.18.0.5', '198.18.0.1', 'lab.example')",
    "INSERT INTO subnets (subnet, serial, lease_time) VALUES ('lab-b', 1, 60)",
    "INSERT INTO maps VALUES ('02:00:00:00:00:01', '198.18.0.11', 'labpc01', '198.18.0.0/24', 0)",
    "INSERT INTO maps VALUES ('02:00:00:00:00:AA', '198.18.0.12', NULL, '198.18.0.0/24', 0)",
    "INSERT INTO maps VALUES ('02:00:00:00:00:02', '198.18.9.9', NULL, 'lab-b', 1)",
};

MAC mac(const char *text)
{
    return *MAC::fromString(QString::fromLatin1(text));
}

} // namespace

class TestSqlServerStore : public QObject
{
    Q_OBJECT

    SqlTestServer m_server{Engine};

    SqlServerSettings settings() const
    {
        SqlServerSettings s;
        s.server = Engine;
        s.host = m_server.host();
        s.port = m_server.port();
        s.database = m_server.database();
        s.username = m_server.username();
        s.password = m_server.password();
        return s;
    }

    /// staticDHCPd's tables (the store's own CREATE text) with the seed rows, and nothing of ours.
    bool seed()
    {
        if (!m_server.dropAll())
            return false;
        for (const QString &sql : NetworkSqlSchema::staticDhcpdStatements(Engine)) {
            if (!m_server.exec(sql))
                return false;
        }
        for (const char *sql : SeedRows) {
            if (!m_server.exec(QString::fromLatin1(sql)))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init() { QVERIFY(seed()); }

    void createsTablesWhenAbsent()
    {
        QVERIFY(m_server.dropAll());
        NetworkSqlStore store(settings(), {true, {}, {}});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QStringList tables = m_server.side().tables();
        for (const char *table : {"maps", "subnets", "qsd_blacklist", "qsd_audit", "qsd_schema_version"})
            QVERIFY2(tables.contains(QLatin1String(table), Qt::CaseInsensitive), qPrintable(tables.join(u',')));
        QSqlDatabase db = m_server.side();
        QCOMPARE(NetworkSqlSchema::version(db, &error), NetworkSqlSchema::CurrentVersion);
        if (Engine == SqlServer::PostgreSQL) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'case_insensitive_macs'")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().contains(QStringLiteral("lower")), qPrintable(q.value(0).toString()));
        }
        // Reopening an existing database changes nothing.
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(!store.lookupMAC(mac("02:00:00:00:00:01")).found());
    }

    void refusesForeignOrNewerSchemas()
    {
        NetworkSqlStore store(settings(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));    // applies our migrations to staticDHCPd's tables
        QVERIFY(m_server.exec(QStringLiteral("INSERT INTO qsd_schema_version (version, applied_at) VALUES (99, 0)")));
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(m_server.database()), qPrintable(error));
        QVERIFY(store.lookupMAC(mac("02:00:00:00:00:01")).failed());

        QVERIFY(m_server.dropAll());
        QVERIFY(m_server.exec(NetworkSqlSchema::staticDhcpdStatements(Engine).first()));   // subnets only
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QStringLiteral("not a staticDHCPd database")), qPrintable(error));
    }

    void lookupGivesEveryField()
    {
        NetworkSqlStore store(settings(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
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
        expected.ntp_servers = {IPv4(198, 18, 0, 2), IPv4(198, 18, 0, 3), IPv4(198, 18, 0, 4)};
        QVERIFY(result.definitions.first() == expected);

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
        NetworkSqlStore store(settings(), {});
        QVERIFY(store.open(nullptr));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:99"));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QVERIFY(!result.found());
    }

    void caseInsensitiveMacs_data()
    {
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<QString>("lookup");
        QTest::addColumn<bool>("found");
        // MySQL's default collation compares case-insensitively whatever the setting, as under staticDHCPd.
        const bool collationFolds = Engine == SqlServer::MySQL;
        QTest::addRow("off, stored upper") << false << QStringLiteral("02:00:00:00:00:aa") << collationFolds;
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
        NetworkSqlStore store(settings(), LookupOptions{caseInsensitive, {}, {}});
        QVERIFY(store.open(nullptr));
        const LookupResult result = store.lookupMAC(*MAC::fromString(lookup));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.found(), found);
        if (found && lookup.endsWith(QLatin1String("aa"), Qt::CaseInsensitive))
            QCOMPARE(result.definitions.first().ip, IPv4(198, 18, 0, 12));
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
        QTest::addRow("extra_subnets alone") << QStringList() << QStringList{QStringLiteral("vlan")}
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
        QVERIFY(m_server.exec(QStringLiteral("ALTER TABLE maps ADD COLUMN pxe_file TEXT")));
        QVERIFY(m_server.exec(QStringLiteral("ALTER TABLE maps ADD COLUMN owner TEXT")));
        QVERIFY(m_server.exec(QStringLiteral("ALTER TABLE subnets ADD COLUMN vlan INTEGER")));
        QVERIFY(m_server.exec(QStringLiteral("UPDATE maps SET pxe_file = 'pxelinux.0', owner = 'room 4'")));
        QVERIFY(m_server.exec(QStringLiteral("UPDATE subnets SET vlan = 42")));
        NetworkSqlStore store(settings(), LookupOptions{false, extraMaps, extraSubnets});
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
        NetworkSqlStore store(settings(), LookupOptions{false, {QStringLiteral("no_such_column")}, {}});
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(m_server.database()) && error.contains(QStringLiteral("no_such_column")), qPrintable(error));
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
        QTest::addRow("ip") << QStringLiteral("UPDATE maps SET ip = '198.18.0.300' WHERE hostname = 'labpc01'")
                            << QStringLiteral("maps.ip");
    }

    void malformedRow()
    {
        QFETCH(QString, update);
        QFETCH(QString, column);
        QVERIFY(m_server.exec(update));
        NetworkSqlStore store(settings(), {});
        QVERIFY(store.open(nullptr));
        const LookupResult result = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY(result.failed());
        QVERIFY(!result.found());
        QVERIFY2(result.error.contains(QStringLiteral("02:00:00:00:00:01")), qPrintable(result.error));
        QVERIFY2(result.error.contains(column), qPrintable(result.error));
        QVERIFY2(result.error.contains(m_server.database()), qPrintable(result.error));
        // A bad row is not a lost connection: the next lookup still answers.
        const LookupResult other = store.lookupMAC(mac("02:00:00:00:00:02"));
        QVERIFY2(!other.failed() && other.found(), qPrintable(other.error));
    }

    void importReadsAStaticDhcpdDatabaseWithoutTouchingIt()
    {
        const bool pg = Engine == SqlServer::PostgreSQL;
        const QString url = QStringLiteral("%1://%2:%3@%4:%5/%6").arg(pg ? QStringLiteral("postgresql") : QStringLiteral("mysql"), m_server.username(),
                                                                    m_server.password(), m_server.host()).arg(m_server.port()).arg(m_server.database());
        const import::ImportedFile f = import::readDefinitions(pg ? import::Format::PostgreSql : import::Format::MySql, url);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.subnets.size(), 2);
        QCOMPARE(f.subnets[1].record.key(), QStringLiteral("lab-b|1"));
        QCOMPARE(f.rows.size(), 3);
        QStringList macs;
        for (const import::ImportRow &r : f.rows) {
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
            QVERIFY(r.hasSubnet);
            macs << r.mac;
        }
        macs.sort();
        QCOMPARE(macs, (QStringList{QStringLiteral("02:00:00:00:00:01"), QStringLiteral("02:00:00:00:00:02"), QStringLiteral("02:00:00:00:00:aa")}));
        QVERIFY2(f.rows[0].source.contains(QStringLiteral(": maps row 1 (")), qPrintable(f.rows[0].source));
        // Read only: none of our tables appeared in the old server's database.
        const QStringList tables = m_server.side().tables();
        QVERIFY2(!tables.contains(QStringLiteral("qsd_audit")) && !tables.contains(QStringLiteral("qsd_schema_version")), qPrintable(tables.join(u',')));
        // A wrong password is named with the server, not a crash.
        QString wrong = url;
        wrong.replace(m_server.password(), QStringLiteral("nope"));
        const import::ImportedFile refused = import::readDefinitions(pg ? import::Format::PostgreSql : import::Format::MySql, wrong);
        QVERIFY2(refused.error.contains(QStringLiteral("cannot open")), qPrintable(refused.error));
    }

    void batchIsAllOrNothing()
    {
        NetworkSqlStore store(settings(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QString net = QStringLiteral("198.18.0.0/24");
        DefinitionBatch batch;
        batch.subnets << SubnetRecord{QStringLiteral("198.18.5.0/24"), 0, 600, {}, {}, {}, {}, {}, {}};
        batch.maps << MapRecord{QStringLiteral("02:00:00:00:05:01"), QStringLiteral("198.18.5.1"), QStringLiteral("five"), QStringLiteral("198.18.5.0/24"), 0}
                   << MapRecord{QStringLiteral("02:00:00:00:05:02"), QStringLiteral("198.18.0.11"), {}, net, 0};   // 02:…:01 has it
        BatchResult result;
        QVERIFY(!store.applyBatch(batch, false, QStringLiteral("importer"), &result, &error));
        QVERIFY2(error.contains(QStringLiteral("map 2 of the import")), qPrintable(error));
        QList<SubnetRecord> subnets;
        QVERIFY(store.listSubnets(&subnets, &error));
        QCOMPARE(subnets.size(), 2);
        QVERIFY(!store.lookupMAC(mac("02:00:00:00:05:01")).found());
        // Dry run, then the real thing.
        batch.maps.removeLast();
        batch.maps << MapRecord{QStringLiteral("02:00:00:00:00:aa"), QStringLiteral("198.18.0.42"), QStringLiteral("moved"), net, 0};
        QVERIFY2(store.applyBatch(batch, true, QStringLiteral("importer"), &result, &error), qPrintable(error));
        QCOMPARE(result.mapsUpdated, 1);
        QVERIFY(!store.lookupMAC(mac("02:00:00:00:05:01")).found());
        QVERIFY2(store.applyBatch(batch, false, QStringLiteral("importer"), &result, &error), qPrintable(error));
        QCOMPARE(result.subnetsAdded, 1);
        QCOMPARE(result.mapsAdded, 1);
        QCOMPARE(result.mapsUpdated, 1);
        const LookupResult moved = store.lookupMAC(mac("02:00:00:00:00:aa"));
        QVERIFY2(moved.found(), qPrintable(moved.error));
        QCOMPARE(moved.definitions.first().ip, IPv4(198, 18, 0, 42));
        QVERIFY(store.lookupMAC(mac("02:00:00:00:05:01")).found());
        QList<AuditRecord> audit;
        QVERIFY(store.listAudit(10, 0, &audit, &error));
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.first().who, QStringLiteral("importer"));
    }

    void editsBlacklistAndAudit()
    {
        NetworkSqlStore store(settings(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QString net = QStringLiteral("198.18.0.0/24");

        // Validation errors, checked before anything is written.
        QVERIFY(!store.addMap(MapRecord{QStringLiteral("02:00:00:00:00:10"), QStringLiteral("198.19.0.20"), {}, net, 0},
                              QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("outside subnet")), qPrintable(error));
        QVERIFY(!store.addMap(MapRecord{QStringLiteral("02:00:00:00:00:aa"), QStringLiteral("198.18.0.20"), {}, net, 0},
                              QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("already has a map")), qPrintable(error));
        QVERIFY(!store.addMap(MapRecord{QStringLiteral("02:00:00:00:00:10"), QStringLiteral("198.18.0.11"), {}, net, 0},
                              QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("already given to 02:00:00:00:00:01")), qPrintable(error));
        QVERIFY(!store.addMap(MapRecord{QStringLiteral("02:00:00:00:00:10"), QStringLiteral("10.0.0.5"), {},
                                        QStringLiteral("10.0.0.0/8"), 0},
                              QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("unknown subnet")), qPrintable(error));
        QVERIFY(!store.addSubnet(SubnetRecord{net, 0, 60, {}, {}, {}, {}, {}, {}}, QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));

        // Edits that succeed, seen by the next lookup.
        QVERIFY2(store.addMap(MapRecord{QStringLiteral("02:00:00:00:00:10"), QStringLiteral("198.18.0.20"),
                                        QStringLiteral("new_host"), net, 0},
                              QStringLiteral("tester"), &error),
                 qPrintable(error));
        LookupResult result = store.lookupMAC(mac("02:00:00:00:00:10"));
        QVERIFY2(result.found(), qPrintable(result.error));
        QCOMPARE(result.definitions.first().ip, IPv4(198, 18, 0, 20));
        QVERIFY2(store.updateMap(mac("02:00:00:00:00:10"),
                                 MapRecord{QStringLiteral("02:00:00:00:00:10"), QStringLiteral("198.18.0.21"), {}, net, 0},
                                 QStringLiteral("tester"), &error),
                 qPrintable(error));
        QCOMPARE(store.lookupMAC(mac("02:00:00:00:00:10")).definitions.value(0).ip, IPv4(198, 18, 0, 21));
        QVERIFY2(store.addSubnet(SubnetRecord{QStringLiteral("lab-c"), 2, 120, {}, {}, {}, {}, {}, {}},
                                 QStringLiteral("tester"), &error),
                 qPrintable(error));
        QList<SubnetRecord> subnets;
        QVERIFY2(store.listSubnets(&subnets, &error), qPrintable(error));
        QCOMPARE(subnets.size(), 3);

        // Search (LIKE with escaped wildcards), sort and paging.
        MapPage page;
        MapQuery query;
        query.search = QStringLiteral("LABPC");
        QVERIFY2(store.listMaps(query, &page, &error), qPrintable(error));
        QCOMPARE(page.total, 1);
        QCOMPARE(page.maps.value(0).hostname, QStringLiteral("labpc01"));
        query.search = QStringLiteral("_");     // a literal underscore, not "any character"
        QVERIFY2(store.listMaps(query, &page, &error), qPrintable(error));
        QCOMPARE(page.total, 0);
        query.search.clear();
        query.limit = 2;
        query.offset = 2;
        query.sort = MapSort::Ip;
        QVERIFY2(store.listMaps(query, &page, &error), qPrintable(error));
        QCOMPARE(page.total, 4);
        QCOMPARE(page.maps.size(), 2);

        QVERIFY2(store.deleteMap(mac("02:00:00:00:00:10"), QStringLiteral("tester"), &error), qPrintable(error));
        QVERIFY(!store.lookupMAC(mac("02:00:00:00:00:10")).found());
        QVERIFY(!store.deleteSubnet(QStringLiteral("lab-b"), 1, QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("used by 1 maps")), qPrintable(error));

        // Blacklist.
        QVERIFY2(store.addToBlacklist(mac("02:00:00:00:00:66"), QStringLiteral("flooding"), QStringLiteral("tester"), &error),
                 qPrintable(error));
        QVERIFY(!store.addToBlacklist(mac("02:00:00:00:00:66"), QString(), QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("already blacklisted")), qPrintable(error));
        QList<BlacklistEntry> entries;
        QVERIFY2(store.listBlacklist(&entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().mac, mac("02:00:00:00:00:66"));
        QCOMPARE(entries.first().reason, QStringLiteral("flooding"));
        QCOMPARE(entries.first().added_by, QStringLiteral("tester"));
        QVERIFY2(store.removeFromBlacklist(mac("02:00:00:00:00:66"), QStringLiteral("tester"), &error), qPrintable(error));
        QVERIFY(!store.removeFromBlacklist(mac("02:00:00:00:00:66"), QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("not blacklisted")), qPrintable(error));

        // Audit: newest first, one row per successful edit, with before/after JSON.
        QList<AuditRecord> records;
        QVERIFY2(store.listAudit(100, 0, &records, &error), qPrintable(error));
        QStringList actions;
        for (const AuditRecord &r : std::as_const(records))
            actions << r.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("blacklist.remove"), QStringLiteral("blacklist.add"),
                                       QStringLiteral("map.delete"), QStringLiteral("subnet.add"),
                                       QStringLiteral("map.update"), QStringLiteral("map.add")}));
        const AuditRecord &update = records.at(4);
        QCOMPARE(update.who, QStringLiteral("tester"));
        QCOMPARE(update.target, QStringLiteral("02:00:00:00:00:10"));
        QCOMPARE(QJsonDocument::fromJson(update.before.toUtf8()).object().value(QStringLiteral("ip")).toString(),
                 QStringLiteral("198.18.0.20"));
        QCOMPARE(QJsonDocument::fromJson(update.after.toUtf8()).object().value(QStringLiteral("ip")).toString(),
                 QStringLiteral("198.18.0.21"));
        QVERIFY(records.first().at.isValid());
        QVERIFY(records.last().before.isEmpty());
    }

    void lookupFromAnotherThreadFails()
    {
        NetworkSqlStore store(settings(), {});
        QVERIFY(store.open(nullptr));
        LookupResult result;
        std::unique_ptr<QThread> thread(QThread::create([&] { result = store.lookupMAC(mac("02:00:00:00:00:01")); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(result.failed());
        QVERIFY2(result.error.contains(QStringLiteral("thread")), qPrintable(result.error));
        QVERIFY(store.lookupMAC(mac("02:00:00:00:00:01")).found());
    }

    void serverRestart()
    {
        NetworkSqlStore store(settings(), {});
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.lookupMAC(mac("02:00:00:00:00:01")).found());

        m_server.stop();
        const QString where = QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port());
        const LookupResult down = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY(down.failed());
        QVERIFY2(down.error.contains(where) && down.error.contains(m_server.database()), qPrintable(down.error));
        // Still down: the reconnection attempt fails too, and says so.
        const LookupResult again = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY(again.failed());
        QVERIFY2(again.error.contains(where) && again.error.contains(QStringLiteral("connect")), qPrintable(again.error));
        QList<SubnetRecord> subnets;
        QVERIFY(!store.listSubnets(&subnets, &error));
        QVERIFY2(error.contains(where), qPrintable(error));

        QVERIFY2(m_server.start(&error), qPrintable(error));
        const LookupResult up = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(up.found(), qPrintable(up.error));
        QVERIFY2(store.listSubnets(&subnets, &error), qPrintable(error));

        // Restarted while connected: the first call notices, the next one reconnects.
        m_server.stop();
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const LookupResult first = store.lookupMAC(mac("02:00:00:00:00:01"));
        if (first.failed())
            QVERIFY2(first.error.contains(where), qPrintable(first.error));
        const LookupResult second = store.lookupMAC(mac("02:00:00:00:00:01"));
        QVERIFY2(second.found(), qPrintable(second.error));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSqlServerStore)
#include "tst_sqlserverstore.moc"
