// Tests of LookupQuery: staticDHCPd's lookup SQL, column by column, and the extra-column defect fix.
#include "storage/lookupquery.h"

#include <QTest>

using namespace qsd;

namespace {

/// The query of staticDHCPd's databases/_sql.py (SQLite form) with {mac} and {extra} filled in.
QString staticDhcpdQuery(const QString &mac, const QString &extra)
{
    return QStringLiteral("SELECT\n"
                          "    m.ip, m.hostname,\n"
                          "    s.gateway, s.subnet_mask, s.broadcast_address, s.domain_name, s.domain_name_servers,\n"
                          "    s.ntp_servers, s.lease_time, s.subnet, s.serial") + extra
        + QStringLiteral("\nFROM maps m, subnets s\n"
                         "WHERE\n"
                         "    ") + mac
        + QStringLiteral(" = ? AND\n"
                         "    m.subnet = s.subnet AND\n"
                         "    m.serial = s.serial\n"
                         "LIMIT 1");
}

} // namespace

class TestLookupQuery : public QObject
{
    Q_OBJECT

private slots:
    void sql_data()
    {
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<QStringList>("extraMaps");
        QTest::addColumn<QStringList>("extraSubnets");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("keys");

        QTest::addRow("plain") << false << QStringList() << QStringList()
                               << staticDhcpdQuery(QStringLiteral("m.mac"), QString()) << QStringList();
        QTest::addRow("case-insensitive") << true << QStringList() << QStringList()
                                          << staticDhcpdQuery(QStringLiteral("LOWER(m.mac)"), QString())
                                          << QStringList();
        QTest::addRow("extra_maps alone")
            << false << QStringList{QStringLiteral("pxe"), QStringLiteral("owner")} << QStringList()
            << staticDhcpdQuery(QStringLiteral("m.mac"), QStringLiteral(",m.pxe,m.owner"))
            << QStringList{QStringLiteral("maps.pxe"), QStringLiteral("maps.owner")};
        QTest::addRow("extra_subnets alone")
            << false << QStringList() << QStringList{QStringLiteral("vlan")}
            << staticDhcpdQuery(QStringLiteral("m.mac"), QStringLiteral(",s.vlan"))
            << QStringList{QStringLiteral("subnets.vlan")};
        QTest::addRow("both") << true << QStringList{QStringLiteral("pxe")} << QStringList{QStringLiteral("vlan")}
                              << staticDhcpdQuery(QStringLiteral("LOWER(m.mac)"), QStringLiteral(",m.pxe,s.vlan"))
                              << QStringList{QStringLiteral("maps.pxe"), QStringLiteral("subnets.vlan")};
    }

    void sql()
    {
        QFETCH(bool, caseInsensitive);
        QFETCH(QStringList, extraMaps);
        QFETCH(QStringList, extraSubnets);
        QFETCH(QString, expected);
        QFETCH(QStringList, keys);
        const LookupOptions options{caseInsensitive, extraMaps, extraSubnets};
        QVERIFY(LookupQuery::validate(options, nullptr));
        QCOMPARE(LookupQuery::sql(options), expected);
        QCOMPARE(LookupQuery::extraKeys(options), keys);
    }

    void sqliteDialect()
    {
        LookupOptions options;
        // Case-sensitive lookups are the same in every dialect.
        QCOMPARE(LookupQuery::sql(options, LookupQuery::Dialect::SQLite),
                 staticDhcpdQuery(QStringLiteral("m.mac"), QString()));
        options.case_insensitive_macs = true;
        options.extra_subnets = QStringList{QStringLiteral("vlan")};
        QString expected = staticDhcpdQuery(QStringLiteral("m.mac"), QStringLiteral(",s.vlan"));
        expected.replace(QStringLiteral("m.mac = ?"), QStringLiteral("m.mac = ? COLLATE NOCASE"));
        QCOMPARE(LookupQuery::sql(options, LookupQuery::Dialect::SQLite), expected);
    }

    void rejectsNonIdentifiers_data()
    {
        QTest::addColumn<QStringList>("extraMaps");
        QTest::addColumn<QStringList>("extraSubnets");
        QTest::addColumn<QString>("named");

        QTest::addRow("injection") << QStringList{QStringLiteral("ip FROM maps; --")} << QStringList()
                                   << QStringLiteral("extra_maps");
        QTest::addRow("dotted") << QStringList() << QStringList{QStringLiteral("s.vlan")}
                                << QStringLiteral("extra_subnets");
        QTest::addRow("leading digit") << QStringList{QStringLiteral("1col")} << QStringList()
                                       << QStringLiteral("extra_maps");
        QTest::addRow("empty") << QStringList() << QStringList{QString()} << QStringLiteral("extra_subnets");
    }

    void rejectsNonIdentifiers()
    {
        QFETCH(QStringList, extraMaps);
        QFETCH(QStringList, extraSubnets);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!LookupQuery::validate(LookupOptions{false, extraMaps, extraSubnets}, &error));
        QVERIFY2(error.startsWith(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLookupQuery)
#include "tst_lookupquery.moc"
