// The importers (server/storage/import): each fixture of tests/fixtures/import read row by row, with the line
// of every row and problem; bad files named by file and line; the plan of an import against a server's rows.
#include "storage/import/importformats.h"
#include "storage/import/importplan.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace qsd;
using namespace qsd::import;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(QSD_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name);
}

/// "status mac ip hostname subnet|serial @line" for the rows, in file order: one string a test can compare.
QStringList rowsOf(const ImportedFile &file)
{
    QStringList out;
    for (const ImportRow &r : file.rows) {
        const QString line = r.source.section(u':', 1, 1).section(u' ', 0, 0);
        out << QStringLiteral("%1 %2 %3 %4 @%5%6").arg(r.mac, r.ip, r.hostname.isEmpty() ? QStringLiteral("-") : r.hostname,
                                                     r.hasSubnet ? r.subnet + u'|' + QString::number(r.serial) : r.network,
                                                     line, r.problem.isEmpty() ? QString() : QStringLiteral(" !"));
    }
    return out;
}

/// The demo database's subnets and maps (resources/demo/demo.sql), as a server would answer.
QList<SubnetRecord> demoSubnets()
{
    SubnetRecord lab{QStringLiteral("198.18.0.0/24"), 0, 3600, QStringLiteral("198.18.0.1"), QStringLiteral("255.255.255.0"),
                     QStringLiteral("198.18.0.255"), QStringLiteral("198.18.0.1"), QStringLiteral("198.18.0.1"), QStringLiteral("lab.example")};
    SubnetRecord classroom{QStringLiteral("198.18.1.0/24"), 0, 7200, QStringLiteral("198.18.1.1"), QStringLiteral("255.255.255.0"),
                           QStringLiteral("198.18.1.255"), QStringLiteral("198.18.0.1"), QStringLiteral("198.18.1.1,198.18.0.1"),
                           QStringLiteral("classroom.lab.example")};
    return {lab, classroom};
}

QList<MapRecord> demoMaps()
{
    QList<MapRecord> maps;
    for (int i = 1; i <= 5; ++i)
        maps << MapRecord{QStringLiteral("02:00:00:00:00:%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("198.18.0.1%1").arg(i),
                          QStringLiteral("labpc%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("198.18.0.0/24"), 0};
    return maps;
}

/// "status:reason-start" per row of a plan.
QStringList statuses(const ImportPlan &plan)
{
    QStringList out;
    for (const PlannedRow &r : plan.rows)
        out << statusName(r.status);
    return out;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void csv()
    {
        const ImportedFile f = readDefinitions(Format::Csv, fixture("definitions.csv"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(rowsOf(f), (QStringList{
            QStringLiteral("02:00:00:01:00:01 198.18.0.101 csvpc1 198.18.0.0/24|0 @2"),
            QStringLiteral("02:00:00:01:00:02 198.18.0.102 csvpc2 198.18.0.0/24|0 @3"),
            QStringLiteral("02:00:00:01:00:03 198.18.1.103 csvpc3  @4"),
            QStringLiteral("02:00:00:00:00:01 198.18.0.11 labpc01 198.18.0.0/24|0 @5"),
            QStringLiteral("02:00:00:01:00:04 198.18.0.12 takenip 198.18.0.0/24|0 @6"),
            QStringLiteral("02:00:00:01:00:06 198.18.0.106 csvpc6 198.18.0.0/24|0 @7"),
            QStringLiteral("02:00:00:01:00:06 198.18.0.107 csvpc6again 198.18.0.0/24|0 @8"),
            QStringLiteral("not-a-mac 198.18.0.108 broken 198.18.0.0/24|0 @9 !"),
        }));
        QCOMPARE(f.rows.last().problem, QStringLiteral("'not-a-mac' is not a MAC address"));
    }

    void csvQuotingRoundTrips()
    {
        const QStringList cells{QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.1"), QStringLiteral("a \"quoted\", name;x"),
                                QStringLiteral("lab net"), QStringLiteral("0")};
        const QString text = csvLine({QStringLiteral("mac"), QStringLiteral("ip"), QStringLiteral("hostname"), QStringLiteral("subnet"),
                                      QStringLiteral("serial")}) + u'\n' + csvLine(cells) + u'\n';
        const ImportedFile f = parseCsv(text, QStringLiteral("t.csv"));
        QCOMPARE(f.rows.size(), 1);
        QCOMPARE(f.rows[0].hostname, cells[2]);
        QCOMPARE(f.rows[0].subnet, cells[3]);
    }

    void csvErrors()
    {
        QCOMPARE(parseCsv(QStringLiteral("mac,address\n1,2\n"), QStringLiteral("t.csv")).error,
                 QStringLiteral("t.csv:1: the first line must name the columns, at least mac and ip (found: mac, address)"));
        QCOMPARE(parseCsv(QStringLiteral("mac,ip\n02:00:00:00:00:01,\"198.18.0.1\n"), QStringLiteral("t.csv")).error,
                 QStringLiteral("t.csv:2: a quoted cell is not closed"));
        const ImportedFile f = parseCsv(QStringLiteral("ip;mac;serial\n198.18.0.1;02:00:00:00:00:01;x\n"), QStringLiteral("t.csv"));
        QCOMPARE(f.rows.size(), 1);
        QCOMPARE(f.rows[0].problem, QStringLiteral("serial 'x' is not a whole number"));
    }

    void staticDhcpdIni()
    {
        const ImportedFile f = readDefinitions(Format::StaticDhcpdIni, fixture("staticdhcpd.ini"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.subnets.size(), 2);
        QCOMPARE(f.subnets[1].record.key(), QStringLiteral("198.18.5.0/24|1"));
        QCOMPARE(f.subnets[1].record.lease_time, 1800);
        QCOMPARE(f.subnets[1].record.domain_name_servers, QStringLiteral("198.18.5.1, 198.18.0.1"));
        QCOMPARE(f.subnets[1].source, fixture("staticdhcpd.ini") + QStringLiteral(":11"));
        QCOMPARE(rowsOf(f), (QStringList{
            QStringLiteral("02:00:00:02:00:01 198.18.0.121 inipc1 198.18.0.0/24|0 @20"),
            QStringLiteral("02:00:00:02:00:02 198.18.5.22 - 198.18.5.0/24|1 @27"),
            QStringLiteral("02:00:00:02:00:03 198.18.0.123 outside 198.18.5.0/24|1 @32"),
            QStringLiteral("02:00:00:02:00:04 198.18.9.4 nosubnet 198.18.9.0/24|0 @38"),
            QStringLiteral("02:00:00:02:00:05 198.18.0.300 - 198.18.0.0/24|0 @45 !"),
        }));
        QCOMPARE(f.rows.last().problem, QStringLiteral("'198.18.0.300' is not an IPv4 address"));
        QCOMPARE(f.warnings.size(), 1);
        QVERIFY2(f.warnings[0].contains(QStringLiteral(":18: [198.18.5.0/24|1] extra key 'pxe-server' left out")), qPrintable(f.warnings[0]));
    }

    void staticDhcpdIniErrors()
    {
        QCOMPARE(parseStaticDhcpdIni(QStringLiteral("[a|0]\nlease-time=1\n[a|0]\n"), QStringLiteral("t.ini")).error,
                 QStringLiteral("t.ini:3: section [a|0] again (first at line 1)"));
        QCOMPARE(parseStaticDhcpdIni(QStringLiteral("# x\nip = 1.2.3.4\n"), QStringLiteral("t.ini")).error,
                 QStringLiteral("t.ini:2: a key before any [section]"));
        const ImportedFile f = parseStaticDhcpdIni(QStringLiteral("[02:00:00:00:00:01]\nip=198.18.0.1\nsubnet=lab\n\n[lab|0]\nlease-time=0\n"),
                                                   QStringLiteral("t.ini"));
        QCOMPARE(f.rows[0].problem, QStringLiteral("'serial' is required"));
        QCOMPARE(f.subnets[0].problem, QStringLiteral("lease-time must be a whole number of seconds above 0"));
        QCOMPARE(f.subnets[0].source, QStringLiteral("t.ini:6"));
    }

    void staticDhcpdSqlite()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("staticdhcpd.sqlite"));
        QProcess sqlite;
        sqlite.setStandardInputFile(fixture("staticdhcpd.sql"));
        sqlite.start(QStringLiteral("sqlite3"), {db});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
        const ImportedFile f = readDefinitions(Format::Sqlite, db);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.subnets.size(), 2);
        QCOMPARE(f.subnets[1].record.key(), QStringLiteral("198.18.6.0/24|0"));
        QCOMPARE(f.subnets[1].record.ntp_servers, QString());
        QCOMPARE(f.rows.size(), 3);
        QCOMPARE(f.rows[2].mac, QStringLiteral("02:00:00:03:00:aa"));
        QCOMPARE(f.rows[2].hostname, QString());
        QCOMPARE(f.rows[2].subnet, QStringLiteral("198.18.6.0/24"));
        QCOMPARE(f.rows[2].source, db + QStringLiteral(": maps row 3 (02:00:00:03:00:AA)"));
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
        QVERIFY(readDefinitions(Format::Sqlite, dir.filePath(QStringLiteral("none.sqlite"))).error.endsWith(QStringLiteral(": no such file")));
        QCOMPARE(readDefinitions(Format::PostgreSql, QStringLiteral("mysql://h/db")).error,
                 QStringLiteral("'mysql://h/db' is not postgresql://[USER[:PASSWORD]@][HOST[:PORT]]/DATABASE"));
    }

    void dnsmasq()
    {
        const ImportedFile f = readDefinitions(Format::Dnsmasq, fixture("dnsmasq.conf"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(rowsOf(f), (QStringList{
            QStringLiteral("02:00:00:04:00:01 198.18.0.161 dnsmasqpc1  @4"),
            QStringLiteral("02:00:00:04:00:02 198.18.0.162 dnsmasqpc2  @5"),
            QStringLiteral("02:00:00:04:00:03 198.18.1.163 -  @6"),
            QStringLiteral("02:00:00:04:00:04 198.18.0.164 dnsmasqpc4  @7"),
            QStringLiteral("02:00:00:04:00:05 198.18.0.165 shared  @8"),
            QStringLiteral("02:00:00:04:00:06 198.18.0.165 shared  @8"),
            QStringLiteral(" 198.18.0.168 -  @10 !"),
            QStringLiteral("02:00:00:04:00:09 198.18.0.169 typed  @11"),
        }));
        QVERIFY(f.rows[6].problem.startsWith(QStringLiteral("no MAC address")));
        const QString w = f.warnings.join(u'\n');
        for (const char *expected : {":5: lease time 'infinite' left out", ":6: 'set:lab' left out", ":6: lease time '45m' left out",
                                     ":7: client identifier 'id:01:02:00:00:04:00:04' left out", ":8: 2 MACs share 198.18.0.165",
                                     ":9: 'ignore' host left out", ":10: client identifier 'id:client-only' left out"})
            QVERIFY2(w.contains(QLatin1String(expected)), expected);
        QCOMPARE(f.warnings.size(), 7);
    }

    void dnsmasqHostsFileAndBadForms()
    {
        const ImportedFile f = parseDnsmasq(QStringLiteral("# hostsfile\n02:00:00:00:00:01,198.18.0.1,a\n"
                                                           "02:00:00:*:*:*,198.18.0.2\n06-02:00:00:00:00:03,198.18.0.3\n"
                                                           "02:00:00:00:00:04,198.18.0.4,198.18.0.5\n02:00:00:00:00:05,a,b\n"
                                                           "02:00:00:00:00:06,pc6\n"),
                                            QStringLiteral("hosts"));
        QCOMPARE(f.rows.size(), 6);
        QCOMPARE(f.rows[0].problem, QString());
        QCOMPARE(f.rows[1].problem, QStringLiteral("wildcard MAC '02:00:00:*:*:*' cannot be a static definition"));
        QCOMPARE(f.rows[2].problem, QStringLiteral("'06-02:00:00:00:00:03' is not an Ethernet address (hardware type 06)"));
        QCOMPARE(f.rows[3].problem, QStringLiteral("two IPv4 addresses (198.18.0.4, 198.18.0.5)"));
        QCOMPARE(f.rows[4].problem, QStringLiteral("'b' is neither a MAC, an address, a lease time nor the only hostname"));
        QCOMPARE(f.rows[5].problem, QStringLiteral("no IPv4 address (dnsmasq would lease one from a range)"));
        QCOMPARE(f.rows[5].source, QStringLiteral("hosts:7"));
    }

    void dhcpd()
    {
        const ImportedFile f = readDefinitions(Format::Dhcpd, fixture("dhcpd.conf"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(rowsOf(f), (QStringList{
            QStringLiteral("02:00:00:05:00:01 198.18.1.101 dhcpdpc1 198.18.1.0/24 @7"),
            QStringLiteral("02:00:00:05:00:02 198.18.1.102 pc-two 198.18.1.0/24 @10"),
            QStringLiteral("02:00:00:05:00:03 198.18.0.183 outside 198.18.1.0/24 @16"),
            QStringLiteral("02:00:00:05:00:04 198.18.0.184 global-one  @19"),
            QStringLiteral("02:00:00:05:00:05 printer.lab.example byname  @23 !"),
            QStringLiteral(" 198.18.0.186 uidonly  @24 !"),
        }));
        QCOMPARE(f.rows[4].problem, QStringLiteral("host byname: fixed-address 'printer.lab.example' is not an IPv4 address (DNS names are not resolved)"));
        QCOMPARE(f.rows[5].problem, QStringLiteral("host uidonly has no 'hardware ethernet' (hosts known by uid cannot be imported)"));
        QCOMPARE(f.warnings, QStringList{fixture("dhcpd.conf") + QStringLiteral(":10: host dhcpdpc2 has 2 fixed addresses; only 198.18.1.102 is imported")});
    }

    void dhcpdErrors()
    {
        QCOMPARE(parseDhcpd(QStringLiteral("subnet 10.0.0.0 netmask 255.0.0.0 {\n  host a {\n hardware ethernet 02:00:00:00:00:01;\n"),
                            QStringLiteral("d.conf")).error,
                 QStringLiteral("d.conf:2: host a is not closed ('}' missing)"));
        QCOMPARE(parseDhcpd(QStringLiteral("option a \"b;\n"), QStringLiteral("d.conf")).error, QStringLiteral("d.conf:1: a string is not closed"));
        QCOMPARE(parseDhcpd(QStringLiteral("a b;\n}\n"), QStringLiteral("d.conf")).error, QStringLiteral("d.conf:2: '}' without a matching '{'"));
        QCOMPARE(parseDhcpd(QStringLiteral("group {\n a b\n}\n"), QStringLiteral("d.conf")).error,
                 QStringLiteral("d.conf:3: '}' where a statement should end with ';'"));
        QCOMPARE(parseDhcpd(QStringLiteral("group {\n a b;\n"), QStringLiteral("d.conf")).error,
                 QStringLiteral("d.conf:1: this block is not closed ('}' missing)"));
    }

    void kea()
    {
        const ImportedFile f = readDefinitions(Format::Kea, fixture("kea-dhcp4.json"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(rowsOf(f), (QStringList{
            QStringLiteral("02:00:00:06:00:01 198.18.0.191 keapc1  @7"),
            QStringLiteral("02:00:00:06:00:02 198.18.1.122 keapc2 198.18.1.0/24 @15"),
            QStringLiteral("02:00:00:06:00:04 198.18.0.124 outside 198.18.1.0/24 @17"),
            QStringLiteral("02:00:00:06:00:05  nopool 198.18.1.0/24 @18 !"),
            QStringLiteral("02:00:00:06:00:06 198.18.0.196 keapc6 198.18.0.0/24 @30"),
        }));
        QVERIFY2(f.rows[1].source.endsWith(QStringLiteral("(Dhcp4.subnet4[0].reservations[0])")), qPrintable(f.rows[1].source));
        QVERIFY2(f.rows[4].source.endsWith(QStringLiteral("(Dhcp4.shared-networks[0].subnet4[0].reservations[0])")), qPrintable(f.rows[4].source));
        QCOMPARE(f.rows[3].problem, QStringLiteral("no ip-address (Kea would lease one from a pool)"));
        QCOMPARE(f.warnings.size(), 1);
        QVERIFY2(f.warnings[0].contains(QStringLiteral(":16 (Dhcp4.subnet4[0].reservations[1]): a reservation without hw-address")),
                 qPrintable(f.warnings[0]));
    }

    void keaErrors()
    {
        QCOMPARE(parseKea(QStringLiteral("{\n  \"Dhcp4\": {\n    \"subnet4\": [ }\n}\n"), QStringLiteral("k.json")).error.section(u':', 0, 1),
                 QStringLiteral("k.json:3"));
        QVERIFY(parseKea(QStringLiteral("{\"Dhcp6\": {}}"), QStringLiteral("k.json")).error.contains(QStringLiteral("DHCPv6")));
        // A bare list, as reservation-get-all answers, with a comment.
        const ImportedFile f = parseKea(QStringLiteral("[ # hosts\n {\"hw-address\": \"02:00:00:00:00:01\", \"ip-address\": \"198.18.0.9\"} ]"),
                                        QStringLiteral("k.json"));
        QCOMPARE(f.rows.size(), 1);
        QCOMPARE(f.rows[0].source, QStringLiteral("k.json:2 (reservations[0])"));
    }

    void planAgainstTheServer()
    {
        // Every conflict kind of the issue: duplicate IP or MAC, IP outside its subnet, unknown subnet.
        const ImportPlan csv = planImport(readDefinitions(Format::Csv, fixture("definitions.csv")), demoSubnets(), demoMaps(), {});
        QCOMPARE(statuses(csv), (QStringList{QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("same"),
                                             QStringLiteral("conflict"), QStringLiteral("conflict"), QStringLiteral("conflict"),
                                             QStringLiteral("invalid")}));
        QCOMPARE(csv.rows[2].row.subnet, QStringLiteral("198.18.1.0/24"));   // found by its address
        QCOMPARE(csv.rows[4].reason, QStringLiteral("duplicate IP: the server gives 198.18.0.12 to 02:00:00:00:00:02"));
        QVERIFY2(csv.rows[5].reason.startsWith(QStringLiteral("duplicate MAC 02:00:00:01:00:06 (also at ")) && csv.rows[5].reason.endsWith(QStringLiteral(":8)")),
                 qPrintable(csv.rows[5].reason));
        QVERIFY(csv.hasProblems());
        QCOMPARE(csv.batch().maps.size(), 3);

        const ImportPlan ini = planImport(readDefinitions(Format::StaticDhcpdIni, fixture("staticdhcpd.ini")), demoSubnets(), demoMaps(), {});
        QCOMPARE(ini.subnets[0].status, RowStatus::Same);
        QCOMPARE(ini.subnets[1].status, RowStatus::New);
        QCOMPARE(ini.subnets[1].subnet.record.domain_name_servers, QStringLiteral("198.18.5.1,198.18.0.1"));   // normalised
        QCOMPARE(statuses(ini), (QStringList{QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("conflict"),
                                             QStringLiteral("conflict"), QStringLiteral("invalid")}));
        QCOMPARE(ini.rows[2].reason, QStringLiteral("198.18.0.123 is outside its subnet 198.18.5.0/24"));
        QCOMPARE(ini.rows[3].reason, QStringLiteral("unknown subnet '198.18.9.0/24|0': neither the server nor the file has it"));

        const ImportPlan dnsmasq = planImport(readDefinitions(Format::Dnsmasq, fixture("dnsmasq.conf")), demoSubnets(), demoMaps(), {});
        QCOMPARE(statuses(dnsmasq), (QStringList{QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("new"),
                                                 QStringLiteral("conflict"), QStringLiteral("conflict"), QStringLiteral("invalid"),
                                                 QStringLiteral("new")}));
        QVERIFY2(dnsmasq.rows[4].reason.startsWith(QStringLiteral("duplicate IP 198.18.0.165 (also at ")), qPrintable(dnsmasq.rows[4].reason));

        const ImportPlan dhcpd = planImport(readDefinitions(Format::Dhcpd, fixture("dhcpd.conf")), demoSubnets(), demoMaps(), {});
        QCOMPARE(statuses(dhcpd), (QStringList{QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("conflict"), QStringLiteral("new"),
                                               QStringLiteral("invalid"), QStringLiteral("invalid")}));
        QCOMPARE(dhcpd.rows[2].reason, QStringLiteral("198.18.0.183 is outside 198.18.1.0/24, the subnet the file declares it in"));

        const ImportPlan kea = planImport(readDefinitions(Format::Kea, fixture("kea-dhcp4.json")), demoSubnets(), demoMaps(), {});
        QCOMPARE(statuses(kea), (QStringList{QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("conflict"), QStringLiteral("invalid"),
                                             QStringLiteral("new")}));
    }

    void planSubnetChoices()
    {
        ImportedFile f;
        f.rows << makeRow(QStringLiteral("t:1"), QStringLiteral("02:00:00:00:09:01"), QStringLiteral("198.18.7.1"), QString())
               << makeRow(QStringLiteral("t:2"), QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.11"), QStringLiteral("renamed"));
        ImportPlan plan = planImport(f, demoSubnets(), demoMaps(), {});
        QCOMPARE(plan.rows[0].status, RowStatus::Conflict);
        QCOMPARE(plan.rows[0].reason, QStringLiteral("unknown subnet: no subnet of the server contains 198.18.7.1"));
        QCOMPARE(plan.rows[1].status, RowStatus::Update);
        QCOMPARE(plan.rows[1].reason, QStringLiteral("was 198.18.0.11 labpc01 in 198.18.0.0/24|0"));
        // Two serials of one network: the choice is the admin's.
        QList<SubnetRecord> subnets = demoSubnets();
        subnets << subnets[0];
        subnets.last().serial = 1;
        plan = planImport(f, subnets, demoMaps(), {});
        QVERIFY2(plan.rows[1].reason.contains(QStringLiteral("is in several subnets (198.18.0.0/24|0, 198.18.0.0/24|1)")), qPrintable(plan.rows[1].reason));
        plan = planImport(f, subnets, demoMaps(), SubnetOverride{QStringLiteral("198.18.0.0/24"), 1});
        QCOMPARE(plan.rows[0].status, RowStatus::Conflict);   // 198.18.7.1 is outside the chosen subnet
        QCOMPARE(plan.rows[0].reason, QStringLiteral("198.18.7.1 is outside its subnet 198.18.0.0/24"));
        QCOMPARE(plan.rows[1].status, RowStatus::Update);
        QCOMPARE(plan.rows[1].row.serial, 1);
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
