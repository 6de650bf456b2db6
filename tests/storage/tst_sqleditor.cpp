// Tests of the management half of SqliteStore (SqlEditor): validation rules, audit rows, blacklist, paging.
#include "storage/sqlitestore.h"
#include "storage/sqlscript.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

namespace {

MAC mac(const char *text)
{
    return *MAC::fromString(QString::fromLatin1(text));
}

SubnetRecord subnet(const QString &name, int serial, qint64 lease = 3600)
{
    SubnetRecord s;
    s.subnet = name;
    s.serial = serial;
    s.lease_time = lease;
    return s;
}

MapRecord map(const QString &mac, const QString &ip, const QString &subnet, int serial, const QString &hostname = {})
{
    return MapRecord{mac, ip, hostname, subnet, serial};
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString Net = QStringLiteral("198.18.0.0/24");

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;

    QString file() const { return m_dir->filePath(QStringLiteral("dhcp.sqlite")); }

    int auditCount()
    {
        QList<AuditRecord> records;
        QString error;
        if (!m_store->listAudit(SqlEditor::MaxPageSize, 0, &records, &error))
            qWarning("%s", qPrintable(error));
        return int(records.size());
    }

    QList<MapRecord> allMaps()
    {
        MapPage page;
        MapQuery query;
        query.limit = SqlEditor::MaxPageSize;
        m_store->listMaps(query, &page, nullptr);
        return page.maps;
    }

    QList<SubnetRecord> allSubnets()
    {
        QList<SubnetRecord> subnets;
        m_store->listSubnets(&subnets, nullptr);
        return subnets;
    }

    /// Raw SQL on the store's own connection, for rows the interface would refuse or normalise.
    bool raw(const char *sql)
    {
        QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
        QString error;
        const bool ok = SqlScript::execute(db, QString::fromUtf8(sql), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<SqliteStore>(file(), LookupOptions{});
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        SubnetRecord full = subnet(Net, 0);
        full.gateway = QStringLiteral("198.18.0.1");
        full.subnet_mask = QStringLiteral("255.255.255.0");
        QVERIFY2(m_store->addSubnet(full, QStringLiteral("setup"), &error), qPrintable(error));
        QVERIFY2(m_store->addSubnet(subnet(Net, 1), QStringLiteral("setup"), &error), qPrintable(error));
        QVERIFY2(m_store->addSubnet(subnet(QStringLiteral("lab"), 0), QStringLiteral("setup"), &error), qPrintable(error));
        QVERIFY2(m_store->addMap(map(QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.11"), Net, 0),
                                 QStringLiteral("setup"), &error), qPrintable(error));
        QVERIFY2(m_store->addMap(map(QStringLiteral("02:00:00:00:00:02"), QStringLiteral("198.18.0.12"), Net, 0),
                                 QStringLiteral("setup"), &error), qPrintable(error));
        QVERIFY(raw("INSERT INTO maps VALUES ('02:00:00:00:00:BB', '198.18.0.13', NULL, '198.18.0.0/24', 0);"));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void batchWritesEverythingWithItsAudit()
    {
        const int auditBefore = auditCount();
        DefinitionBatch batch;
        batch.subnets << subnet(QStringLiteral("198.18.5.0/24"), 0, 600) << subnet(QStringLiteral("lab"), 0);   // new, same
        batch.maps << map(QStringLiteral("02-00-00-00-05-01"), QStringLiteral("198.18.5.1"), QStringLiteral("198.18.5.0/24"), 0, QStringLiteral("five"))
                   << map(QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.21"), Net, 0, QStringLiteral("moved"))
                   << map(QStringLiteral("02:00:00:00:00:02"), QStringLiteral("198.18.0.12"), Net, 0);   // unchanged
        BatchResult result;
        QString error;
        QVERIFY2(m_store->applyBatch(batch, false, QStringLiteral("importer"), &result, &error), qPrintable(error));
        QCOMPARE(result.subnetsAdded, 1);
        QCOMPARE(result.subnetsUnchanged, 1);
        QCOMPARE(result.mapsAdded, 1);
        QCOMPARE(result.mapsUpdated, 1);
        QCOMPARE(result.mapsUnchanged, 1);
        QCOMPARE(auditCount(), auditBefore + 3);
        QList<AuditRecord> records;
        QVERIFY(m_store->listAudit(3, 0, &records, &error));
        for (const AuditRecord &r : std::as_const(records))
            QCOMPARE(r.who, QStringLiteral("importer"));
        const QList<MapRecord> maps = allMaps();
        QVERIFY(maps.contains(map(QStringLiteral("02:00:00:00:05:01"), QStringLiteral("198.18.5.1"), QStringLiteral("198.18.5.0/24"), 0, QStringLiteral("five"))));
        QVERIFY(maps.contains(map(QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.21"), Net, 0, QStringLiteral("moved"))));
    }

    void batchIsAllOrNothing()
    {
        const QList<MapRecord> before = allMaps();
        const QList<SubnetRecord> subnetsBefore = allSubnets();
        const int auditBefore = auditCount();
        DefinitionBatch batch;
        batch.subnets << subnet(QStringLiteral("198.18.5.0/24"), 0, 600);
        batch.maps << map(QStringLiteral("02:00:00:00:05:01"), QStringLiteral("198.18.5.1"), QStringLiteral("198.18.5.0/24"), 0)
                   << map(QStringLiteral("02:00:00:00:05:02"), QStringLiteral("198.18.0.12"), Net, 0);   // 02:…:02 has it
        BatchResult result;
        QString error;
        QVERIFY(!m_store->applyBatch(batch, false, QStringLiteral("importer"), &result, &error));
        QVERIFY2(error.contains(QStringLiteral("map 2 of the import (02:00:00:00:05:02)")) && error.contains(QStringLiteral("198.18.0.12")), qPrintable(error));
        QCOMPARE(allMaps(), before);
        QCOMPARE(allSubnets(), subnetsBefore);
        QCOMPARE(auditCount(), auditBefore);
    }

    void batchDryRunChecksAndWritesNothing()
    {
        const QList<MapRecord> before = allMaps();
        const int auditBefore = auditCount();
        DefinitionBatch batch;
        batch.maps << map(QStringLiteral("02:00:00:00:05:01"), QStringLiteral("198.18.0.51"), Net, 0);
        BatchResult result;
        QString error;
        QVERIFY2(m_store->applyBatch(batch, true, QStringLiteral("importer"), &result, &error), qPrintable(error));
        QCOMPARE(result.mapsAdded, 1);
        QCOMPARE(allMaps(), before);
        QCOMPARE(auditCount(), auditBefore);
        // A dry run sees the refusals a real run would meet, and the store still takes edits afterwards.
        batch.maps << map(QStringLiteral("02:00:00:00:05:02"), QStringLiteral("10.0.0.1"), Net, 0);
        QVERIFY(!m_store->applyBatch(batch, true, QStringLiteral("importer"), &result, &error));
        QVERIFY2(error.contains(QStringLiteral("map 2 of the import")), qPrintable(error));
        QVERIFY2(m_store->addMap(map(QStringLiteral("02:00:00:00:05:03"), QStringLiteral("198.18.0.53"), Net, 0), QStringLiteral("t"), &error), qPrintable(error));
    }

    void batchNeverChangesASubnet()
    {
        DefinitionBatch batch;
        batch.subnets << subnet(QStringLiteral("lab"), 0, 7200);
        BatchResult result;
        QString error;
        QVERIFY(!m_store->applyBatch(batch, false, QStringLiteral("importer"), &result, &error));
        QVERIFY2(error.contains(QStringLiteral("'lab|0' already exists with other values")), qPrintable(error));
        QCOMPARE(allSubnets().size(), 3);
    }

    void mapValidation_data()
    {
        QTest::addColumn<QString>("key");   // empty: add, else update of this MAC
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("subnetName");
        QTest::addColumn<int>("serial");
        QTest::addColumn<QString>("error");  // empty: the edit succeeds

        const QString none;
        QTest::addRow("ok") << none << "02:00:00:00:00:10" << "198.18.0.20" << Net << 0 << none;
        QTest::addRow("ip outside subnet") << none << "02:00:00:00:00:10" << "198.19.0.20" << Net << 0
                                           << "ip 198.19.0.20 is outside subnet 198.18.0.0/24";
        QTest::addRow("network address") << none << "02:00:00:00:00:10" << "198.18.0.0" << Net << 0
                                         << "network address";
        QTest::addRow("broadcast address") << none << "02:00:00:00:00:10" << "198.18.0.255" << Net << 0
                                           << "broadcast address";
        QTest::addRow("duplicate ip") << none << "02:00:00:00:00:10" << "198.18.0.11" << Net << 0
                                      << "ip 198.18.0.11 is already given to 02:00:00:00:00:01";
        QTest::addRow("same ip, other serial") << none << "02:00:00:00:00:10" << "198.18.0.11" << Net << 1 << none;
        QTest::addRow("duplicate mac") << none << "02:00:00:00:00:01" << "198.18.0.20" << Net << 0
                                       << "map 02:00:00:00:00:01: this MAC already has a map";
        QTest::addRow("duplicate mac, other case") << none << "02:00:00:00:00:bb" << "198.18.0.20" << Net << 0
                                                   << "already has a map";
        QTest::addRow("unknown subnet") << none << "02:00:00:00:00:10" << "10.0.0.5" << "10.0.0.0/8" << 0
                                        << "unknown subnet '10.0.0.0/8|0'";
        QTest::addRow("unknown serial") << none << "02:00:00:00:00:10" << "198.18.0.20" << Net << 7
                                        << "unknown subnet '198.18.0.0/24|7'";
        QTest::addRow("bad mac") << none << "02:00:00:00:00" << "198.18.0.20" << Net << 0 << "not a MAC address";
        QTest::addRow("bad ip") << none << "02:00:00:00:00:10" << "198.18.0.x" << Net << 0 << "not an IPv4 address";
        QTest::addRow("free-text subnet is not checked") << none << "02:00:00:00:00:10" << "10.9.9.9" << "lab" << 0
                                                         << none;
        QTest::addRow("update ok") << "02:00:00:00:00:02" << "02:00:00:00:00:02" << "198.18.0.30" << Net << 0 << none;
        QTest::addRow("update keeps own ip") << "02:00:00:00:00:01" << "02:00:00:00:00:01" << "198.18.0.11" << Net
                                             << 0 << none;
        QTest::addRow("update changes mac") << "02:00:00:00:00:02" << "02:00:00:00:00:20" << "198.18.0.12" << Net
                                            << 0 << none;
        QTest::addRow("update to a taken ip") << "02:00:00:00:00:02" << "02:00:00:00:00:02" << "198.18.0.11" << Net
                                              << 0 << "already given to 02:00:00:00:00:01";
        QTest::addRow("update to a taken mac") << "02:00:00:00:00:02" << "02:00:00:00:00:01" << "198.18.0.12"
                                               << Net << 0 << "already has a map";
        QTest::addRow("update outside subnet") << "02:00:00:00:00:02" << "02:00:00:00:00:02" << "198.18.1.12" << Net
                                               << 0 << "outside subnet";
        QTest::addRow("update unknown mac") << "02:00:00:00:00:99" << "02:00:00:00:00:99" << "198.18.0.40" << Net
                                            << 0 << "no map for MAC 02:00:00:00:00:99";
        QTest::addRow("update to unknown subnet") << "02:00:00:00:00:02" << "02:00:00:00:00:02" << "198.18.0.12"
                                                  << "nowhere" << 0 << "unknown subnet";
    }

    void mapValidation()
    {
        QFETCH(QString, key);
        QFETCH(QString, mac);
        QFETCH(QString, ip);
        QFETCH(QString, subnetName);
        QFETCH(int, serial);
        QFETCH(QString, error);
        const QList<MapRecord> mapsBefore = allMaps();
        const int auditBefore = auditCount();
        const MapRecord record = map(mac, ip, subnetName, serial, QStringLiteral("host"));
        QString message;
        const bool ok = key.isEmpty() ? m_store->addMap(record, QStringLiteral("tester"), &message)
                                      : m_store->updateMap(*MAC::fromString(key), record, QStringLiteral("tester"),
                                                           &message);
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(message));
            QCOMPARE(auditCount(), auditBefore + 1);
            const LookupResult result = m_store->lookupMAC(*MAC::fromString(mac));
            QVERIFY2(result.found(), qPrintable(result.error));
            QCOMPARE(result.definitions.first().ip, *IPv4::fromString(ip));
            QCOMPARE(result.definitions.first().hostname, QStringLiteral("host"));
        } else {
            QVERIFY(!ok);
            QVERIFY2(message.contains(error), qPrintable(message));
            QCOMPARE(allMaps(), mapsBefore);
            QCOMPARE(auditCount(), auditBefore);
        }
    }

    void subnetValidation_data()
    {
        QTest::addColumn<QString>("op");    // add, update, delete
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<int>("keySerial");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("serial");
        QTest::addColumn<qint64>("lease");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("mask");
        QTest::addColumn<QString>("dns");
        QTest::addColumn<QString>("error");

        const QString n;
        const QString add = QStringLiteral("add"), update = QStringLiteral("update"), del = QStringLiteral("delete");
        const QString other = QStringLiteral("198.18.1.0/24");
        QTest::addRow("add ok") << add << n << 0 << other << 0 << qint64(60) << "198.18.1.1,198.18.1.2"
                                << "255.255.255.0" << "198.18.1.1, 198.18.1.2, 198.18.1.3" << n;
        QTest::addRow("lease 0") << add << n << 0 << other << 0 << qint64(0) << n << n << n << "lease_time";
        QTest::addRow("lease negative") << add << n << 0 << other << 0 << qint64(-1) << n << n << n << "lease_time";
        QTest::addRow("lease past 32 bits") << add << n << 0 << other << 0 << qint64(0x100000000LL) << n << n << n
                                            << "lease_time";
        QTest::addRow("bad gateway") << add << n << 0 << other << 0 << qint64(60) << "198.18.1.1, gw" << n << n
                                     << "gateway: 'gw' is not an IPv4 address";
        QTest::addRow("four dns") << add << n << 0 << other << 0 << qint64(60) << n << n
                                  << "1.1.1.1,1.1.1.2,1.1.1.3,1.1.1.4" << "domain_name_servers: at most 3";
        QTest::addRow("cidr mask") << add << n << 0 << other << 0 << qint64(60) << n << "/24" << n << "subnet_mask";
        QTest::addRow("holey mask") << add << n << 0 << other << 0 << qint64(60) << n << "255.0.255.0" << n
                                    << "not a contiguous netmask";
        QTest::addRow("empty name") << add << n << 0 << " " << 0 << qint64(60) << n << n << n << "name is empty";
        QTest::addRow("negative serial") << add << n << 0 << other << -1 << qint64(60) << n << n << n << "serial";
        QTest::addRow("duplicate") << add << n << 0 << Net << 0 << qint64(60) << n << n << n
                                   << "subnet '198.18.0.0/24|0' already exists";
        QTest::addRow("update ok") << update << Net << 0 << Net << 0 << qint64(120) << "198.18.0.1" << n << n << n;
        QTest::addRow("update rename in use") << update << Net << 0 << other << 0 << qint64(60) << n << n << n
                                              << "is used by 3 maps";
        QTest::addRow("update rename free") << update << "lab" << 0 << "lab2" << 0 << qint64(60) << n << n << n << n;
        QTest::addRow("update onto existing") << update << "lab" << 0 << Net << 1 << qint64(60) << n << n << n
                                              << "already exists";
        QTest::addRow("update unknown") << update << "nowhere" << 0 << "nowhere" << 0 << qint64(60) << n << n << n
                                        << "no subnet 'nowhere|0'";
        QTest::addRow("update lease 0") << update << Net << 0 << Net << 0 << qint64(0) << n << n << n << "lease_time";
        QTest::addRow("delete in use") << del << Net << 0 << n << 0 << qint64(0) << n << n << n << "is used by 3 maps";
        QTest::addRow("delete unknown") << del << "nowhere" << 3 << n << 0 << qint64(0) << n << n << n
                                        << "no subnet 'nowhere|3'";
        QTest::addRow("delete free") << del << Net << 1 << n << 0 << qint64(0) << n << n << n << n;
    }

    void subnetValidation()
    {
        QFETCH(QString, op);
        QFETCH(QString, keyName);
        QFETCH(int, keySerial);
        QFETCH(QString, name);
        QFETCH(int, serial);
        QFETCH(qint64, lease);
        QFETCH(QString, gateway);
        QFETCH(QString, mask);
        QFETCH(QString, dns);
        QFETCH(QString, error);
        SubnetRecord record = subnet(name, serial, lease);
        record.gateway = gateway;
        record.subnet_mask = mask;
        record.domain_name_servers = dns;
        const QList<SubnetRecord> before = allSubnets();
        const int auditBefore = auditCount();
        QString message;
        bool ok = false;
        if (op == QLatin1String("add"))
            ok = m_store->addSubnet(record, QStringLiteral("tester"), &message);
        else if (op == QLatin1String("update"))
            ok = m_store->updateSubnet(keyName, keySerial, record, QStringLiteral("tester"), &message);
        else
            ok = m_store->deleteSubnet(keyName, keySerial, QStringLiteral("tester"), &message);
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(message));
            QCOMPARE(auditCount(), auditBefore + 1);
            QVERIFY(allSubnets() != before);
        } else {
            QVERIFY(!ok);
            QVERIFY2(message.contains(error), qPrintable(message));
            QCOMPARE(allSubnets(), before);
            QCOMPARE(auditCount(), auditBefore);
        }
    }

    void subnetStoredNormalised()
    {
        SubnetRecord record = subnet(QStringLiteral(" 198.18.1.0/24 "), 0, 60);
        record.gateway = QStringLiteral(" 198.18.1.1 ,198.18.1.2,");
        record.ntp_servers = QStringLiteral("198.18.1.1");
        QString error;
        QVERIFY2(m_store->addSubnet(record, QStringLiteral("tester"), &error), qPrintable(error));
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName(), false));
        QVERIFY(q.exec(QStringLiteral("SELECT gateway, domain_name_servers IS NULL, ntp_servers FROM subnets "
                                      "WHERE subnet = '198.18.1.0/24'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("198.18.1.1,198.18.1.2"));
        QVERIFY(q.value(1).toBool());   // empty text is stored as NULL, as staticDHCPd expects
        QCOMPARE(q.value(2).toString(), QStringLiteral("198.18.1.1"));
    }

    void deleteMap()
    {
        QString error;
        QVERIFY(!m_store->deleteMap(mac("02:00:00:00:00:99"), QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("no map for MAC 02:00:00:00:00:99")), qPrintable(error));
        // A MAC stored in upper case by another tool is found case-insensitively.
        QVERIFY2(m_store->deleteMap(mac("02:00:00:00:00:bb"), QStringLiteral("tester"), &error), qPrintable(error));
        QVERIFY2(m_store->deleteMap(mac("02:00:00:00:00:01"), QStringLiteral("tester"), &error), qPrintable(error));
        QVERIFY(!m_store->lookupMAC(mac("02:00:00:00:00:01")).found());
        QCOMPARE(allMaps().size(), 1);
    }

    void auditRows()
    {
        QString error;
        QVERIFY(m_store->updateMap(mac("02:00:00:00:00:01"),
                                   map(QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.50"), Net, 0,
                                       QStringLiteral("renamed")),
                                   QStringLiteral("alice"), &error));
        QVERIFY(m_store->deleteMap(mac("02:00:00:00:00:02"), QStringLiteral("bob"), &error));
        QVERIFY(m_store->deleteSubnet(QStringLiteral("lab"), 0, QStringLiteral("carol"), &error));
        QList<AuditRecord> records;
        QVERIFY2(m_store->listAudit(3, 0, &records, &error), qPrintable(error));
        QCOMPARE(records.size(), 3);

        const AuditRecord &subnetDelete = records.at(0);    // newest first
        QCOMPARE(subnetDelete.who, QStringLiteral("carol"));
        QCOMPARE(subnetDelete.action, QStringLiteral("subnet.delete"));
        QCOMPARE(subnetDelete.target, QStringLiteral("lab|0"));
        QCOMPARE(json(subnetDelete.before).value(QStringLiteral("lease_time")).toInt(), 3600);
        QVERIFY(subnetDelete.after.isEmpty());

        const AuditRecord &mapDelete = records.at(1);
        QCOMPARE(mapDelete.who, QStringLiteral("bob"));
        QCOMPARE(mapDelete.action, QStringLiteral("map.delete"));
        QCOMPARE(mapDelete.target, QStringLiteral("02:00:00:00:00:02"));
        QCOMPARE(json(mapDelete.before).value(QStringLiteral("ip")).toString(), QStringLiteral("198.18.0.12"));

        const AuditRecord &mapUpdate = records.at(2);
        QCOMPARE(mapUpdate.who, QStringLiteral("alice"));
        QCOMPARE(mapUpdate.action, QStringLiteral("map.update"));
        QCOMPARE(json(mapUpdate.before).value(QStringLiteral("ip")).toString(), QStringLiteral("198.18.0.11"));
        QCOMPARE(json(mapUpdate.after).value(QStringLiteral("ip")).toString(), QStringLiteral("198.18.0.50"));
        QCOMPARE(json(mapUpdate.after).value(QStringLiteral("hostname")).toString(), QStringLiteral("renamed"));
        QVERIFY(qAbs(mapUpdate.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(mapUpdate.id < mapDelete.id && mapDelete.id < subnetDelete.id);

        // The setup's five additions come before, oldest last.
        QVERIFY(m_store->listAudit(100, 3, &records, &error));
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.last().action, QStringLiteral("subnet.add"));
        QCOMPARE(records.last().who, QStringLiteral("setup"));
        QVERIFY(records.last().before.isEmpty());
        QCOMPARE(json(records.last().after).value(QStringLiteral("subnet")).toString(), Net);
    }

    void blacklist()
    {
        QString error;
        QList<BlacklistEntry> entries;
        QVERIFY2(m_store->listBlacklist(&entries, &error), qPrintable(error));
        QVERIFY(entries.isEmpty());
        QVERIFY2(m_store->addToBlacklist(mac("02:00:00:00:00:66"), QStringLiteral("flooding"), QStringLiteral("alice"),
                                         &error), qPrintable(error));
        QVERIFY(m_store->addToBlacklist(mac("02:00:00:00:00:55"), QString(), QStringLiteral("bob"), &error));
        QVERIFY(!m_store->addToBlacklist(mac("02:00:00:00:00:66"), QStringLiteral("again"), QStringLiteral("bob"), &error));
        QVERIFY2(error.contains(QStringLiteral("02:00:00:00:00:66 is already blacklisted")), qPrintable(error));

        QVERIFY(m_store->listBlacklist(&entries, &error));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).mac, mac("02:00:00:00:00:66"));
        QCOMPARE(entries.at(1).reason, QStringLiteral("flooding"));
        QCOMPARE(entries.at(1).added_by, QStringLiteral("alice"));
        QVERIFY(qAbs(entries.at(1).added_at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        QVERIFY(m_store->removeFromBlacklist(mac("02:00:00:00:00:66"), QStringLiteral("carol"), &error));
        QVERIFY(!m_store->removeFromBlacklist(mac("02:00:00:00:00:66"), QStringLiteral("carol"), &error));
        QVERIFY2(error.contains(QStringLiteral("not blacklisted")), qPrintable(error));
        QVERIFY(m_store->listBlacklist(&entries, &error));
        QCOMPARE(entries.size(), 1);

        QList<AuditRecord> records;
        QVERIFY(m_store->listAudit(2, 0, &records, &error));
        QCOMPARE(records.at(0).action, QStringLiteral("blacklist.remove"));
        QCOMPARE(records.at(0).who, QStringLiteral("carol"));
        QCOMPARE(json(records.at(0).before).value(QStringLiteral("reason")).toString(), QStringLiteral("flooding"));
        QCOMPARE(records.at(1).action, QStringLiteral("blacklist.add"));
        QCOMPARE(records.at(1).target, QStringLiteral("02:00:00:00:00:55"));
    }

    void pagingHundredThousandRows()
    {
        QString error;
        QVERIFY(m_store->addSubnet(subnet(QStringLiteral("big"), 0), QStringLiteral("setup"), &error));
        QVERIFY(raw("INSERT INTO maps (mac, ip, hostname, subnet, serial) "
                    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999) "
                    "SELECT printf('02:01:00:%02x:%02x:%02x', (i >> 16) & 255, (i >> 8) & 255, i & 255), "
                    "printf('10.%d.%d.%d', (i >> 16) & 255, (i >> 8) & 255, i & 255), printf('host%06d', i), "
                    "'big', 0 FROM n;"));
        const auto macOf = [](int i) {
            return QStringLiteral("02:01:00:%1:%2:%3")
                .arg((i >> 16) & 255, 2, 16, QLatin1Char('0'))
                .arg((i >> 8) & 255, 2, 16, QLatin1Char('0'))
                .arg(i & 255, 2, 16, QLatin1Char('0'));
        };

        MapQuery query;
        query.subnet = QStringLiteral("big");
        query.limit = 100;
        query.offset = 50000;
        MapPage page;
        QVERIFY2(m_store->listMaps(query, &page, &error), qPrintable(error));
        QCOMPARE(page.total, 100000);
        QCOMPARE(page.maps.size(), 100);
        QCOMPARE(page.maps.first().mac, macOf(50000));
        QCOMPARE(page.maps.last().mac, macOf(50099));
        QCOMPARE(page.maps.first().hostname, QStringLiteral("host050000"));

        query.offset = 99990;     // the last, short page
        QVERIFY(m_store->listMaps(query, &page, &error));
        QCOMPARE(page.maps.size(), 10);
        QCOMPARE(page.maps.last().mac, macOf(99999));

        query.offset = 0;
        query.descending = true;
        QVERIFY(m_store->listMaps(query, &page, &error));
        QCOMPARE(page.maps.first().mac, macOf(99999));

        query = MapQuery{};
        query.sort = MapSort::Hostname;
        query.search = QStringLiteral("HOST0999");   // case-insensitive: host099900..host099999
        query.limit = 5;
        query.offset = 10;
        QVERIFY(m_store->listMaps(query, &page, &error));
        QCOMPARE(page.total, 100);
        QCOMPARE(page.maps.size(), 5);
        QCOMPARE(page.maps.first().hostname, QStringLiteral("host099910"));

        query = MapQuery{};
        query.search = QStringLiteral("host_0");   // '_' is literal, not a LIKE wildcard
        QVERIFY(m_store->listMaps(query, &page, &error));
        QCOMPARE(page.total, 0);

        query = MapQuery{};
        query.search = QStringLiteral("10.1.134.");   // by IP: i = 0x18600 (99840) .. 99999
        QVERIFY(m_store->listMaps(query, &page, &error));
        QCOMPARE(page.total, 160);

        query = MapQuery{};
        query.limit = 0;
        QVERIFY(!m_store->listMaps(query, &page, &error));
        QVERIFY2(error.contains(QStringLiteral("page size")), qPrintable(error));

        const LookupResult result = m_store->lookupMAC(*MAC::fromString(macOf(77777)));
        QVERIFY(result.found());
        QCOMPARE(result.definitions.first().hostname, QStringLiteral("host077777"));
    }
};

QTEST_GUILESS_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
