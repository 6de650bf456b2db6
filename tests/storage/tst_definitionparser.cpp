// Tests of DefinitionParser: staticDHCPd's comma-separated address columns and the Definition built from a row.
#include "storage/definitionparser.h"

#include <QTest>

using namespace qsd;

namespace {

QList<IPv4> ips(std::initializer_list<const char *> texts)
{
    QList<IPv4> out;
    for (const char *text : texts)
        out.append(*IPv4::fromString(QString::fromLatin1(text)));
    return out;
}

DefinitionColumns goodColumns()
{
    DefinitionColumns c;
    c.ip = QStringLiteral("198.18.0.11");
    c.hostname = QStringLiteral("labpc01");
    c.gateway = QStringLiteral("198.18.0.1");
    c.subnet_mask = QStringLiteral("255.255.255.0");
    c.broadcast_address = QStringLiteral("198.18.0.255");
    c.domain_name = QStringLiteral("lab.example");
    c.domain_name_servers = QStringLiteral("198.18.0.1");
    c.ntp_servers = QStringLiteral("198.18.0.2");
    c.lease_time = 3600;
    c.subnet = QStringLiteral("198.18.0.0/24");
    c.serial = 0;
    return c;
}

const MAC Mac = *MAC::fromString(u"02:00:00:00:00:01");

} // namespace

class TestDefinitionParser : public QObject
{
    Q_OBJECT

private slots:
    void addressList_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QList<IPv4>>("expected");
        QTest::addColumn<QString>("bad");

        QTest::addRow("empty") << QString() << -1 << true << QList<IPv4>() << QString();
        QTest::addRow("one") << QStringLiteral("198.18.0.1") << -1 << true << ips({"198.18.0.1"}) << QString();
        QTest::addRow("spaces") << QStringLiteral(" 198.18.0.1 ,198.18.0.2,  198.18.0.3 ") << -1 << true
                                << ips({"198.18.0.1", "198.18.0.2", "198.18.0.3"}) << QString();
        QTest::addRow("trailing comma") << QStringLiteral("198.18.0.1,") << -1 << true << ips({"198.18.0.1"})
                                        << QString();
        QTest::addRow("gateways unlimited") << QStringLiteral("1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4,5.5.5.5") << -1
                                            << true
                                            << ips({"1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5"})
                                            << QString();
        QTest::addRow("truncated to 3") << QStringLiteral("1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4") << 3 << true
                                        << ips({"1.1.1.1", "2.2.2.2", "3.3.3.3"}) << QString();
        // staticDHCPd slices before parsing: a bad fourth entry is never read.
        QTest::addRow("bad past the limit") << QStringLiteral("1.1.1.1,2.2.2.2,3.3.3.3,junk") << 3 << true
                                            << ips({"1.1.1.1", "2.2.2.2", "3.3.3.3"}) << QString();
        QTest::addRow("bad item") << QStringLiteral("198.18.0.1, 198.18.0.x") << -1 << false << QList<IPv4>()
                                  << QStringLiteral("198.18.0.x");
        QTest::addRow("semicolon") << QStringLiteral("198.18.0.1;198.18.0.2") << -1 << false << QList<IPv4>()
                                   << QStringLiteral("198.18.0.1;198.18.0.2");
        QTest::addRow("octet too big") << QStringLiteral("198.18.0.256") << -1 << false << QList<IPv4>()
                                       << QStringLiteral("198.18.0.256");
    }

    void addressList()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(bool, ok);
        QFETCH(QList<IPv4>, expected);
        QFETCH(QString, bad);
        QString badItem;
        const auto list = DefinitionParser::parseAddressList(text, limit, &badItem);
        QCOMPARE(list.has_value(), ok);
        if (ok)
            QCOMPARE(*list, expected);
        else
            QCOMPARE(badItem, bad);
    }

    void fromColumnsEveryField()
    {
        DefinitionColumns c = goodColumns();
        c.domain_name_servers = QStringLiteral("198.18.0.1, 198.18.0.2,198.18.0.3, 198.18.0.4");
        c.gateway = QStringLiteral("198.18.0.1,198.18.0.2,198.18.0.3,198.18.0.4");
        QString error;
        const auto d = DefinitionParser::fromColumns(c, Mac, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->ip, IPv4(198, 18, 0, 11));
        QCOMPARE(d->hostname, QStringLiteral("labpc01"));
        QCOMPARE(d->gateways.size(), 4);
        QCOMPARE(d->subnet_mask, std::optional<IPv4>(IPv4(255, 255, 255, 0)));
        QCOMPARE(d->broadcast_address, std::optional<IPv4>(IPv4(198, 18, 0, 255)));
        QCOMPARE(d->domain_name, QStringLiteral("lab.example"));
        QCOMPARE(d->domain_name_servers, ips({"198.18.0.1", "198.18.0.2", "198.18.0.3"}));
        QCOMPARE(d->ntp_servers, ips({"198.18.0.2"}));
        QCOMPARE(d->lease_time, 3600u);
        QCOMPARE(d->subnet, QStringLiteral("198.18.0.0/24"));
        QCOMPARE(d->serial, 0);
        QVERIFY(d->extra.isEmpty());
    }

    void fromColumnsNullsAreUnset()
    {
        DefinitionColumns c = goodColumns();
        c.hostname = c.gateway = c.subnet_mask = c.broadcast_address = c.domain_name = c.domain_name_servers =
            c.ntp_servers = QVariant();
        const auto d = DefinitionParser::fromColumns(c, Mac, nullptr);
        QVERIFY(d);
        QVERIFY(d->hostname.isEmpty());
        QVERIFY(d->gateways.isEmpty());
        QVERIFY(!d->subnet_mask);
        QVERIFY(!d->broadcast_address);
        QVERIFY(d->domain_name_servers.isEmpty());
        QVERIFY(d->ntp_servers.isEmpty());
    }

    void fromColumnsErrors_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("named");

        QTest::addRow("ip") << QStringLiteral("ip") << QVariant(QStringLiteral("198.18.0")) << QStringLiteral("maps.ip");
        QTest::addRow("ip null") << QStringLiteral("ip") << QVariant() << QStringLiteral("maps.ip");
        QTest::addRow("gateway") << QStringLiteral("gateway") << QVariant(QStringLiteral("gw")) << QStringLiteral("subnets.gateway");
        QTest::addRow("mask") << QStringLiteral("subnet_mask") << QVariant(QStringLiteral("/24")) << QStringLiteral("subnets.subnet_mask");
        QTest::addRow("broadcast") << QStringLiteral("broadcast_address") << QVariant(QStringLiteral("x")) << QStringLiteral("subnets.broadcast_address");
        QTest::addRow("dns") << QStringLiteral("domain_name_servers") << QVariant(QStringLiteral("198.18.0.1, 198.18.0.x")) << QStringLiteral("subnets.domain_name_servers");
        QTest::addRow("ntp") << QStringLiteral("ntp_servers") << QVariant(QStringLiteral("pool.ntp.org")) << QStringLiteral("subnets.ntp_servers");
        QTest::addRow("lease text") << QStringLiteral("lease_time") << QVariant(QStringLiteral("1h")) << QStringLiteral("subnets.lease_time");
        QTest::addRow("lease negative") << QStringLiteral("lease_time") << QVariant(-5) << QStringLiteral("subnets.lease_time");
        QTest::addRow("serial") << QStringLiteral("serial") << QVariant(QStringLiteral("one")) << QStringLiteral("subnets.serial");
    }

    void fromColumnsErrors()
    {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QString, named);
        DefinitionColumns c = goodColumns();
        QVariant *fields[] = {&c.ip, &c.gateway, &c.subnet_mask, &c.broadcast_address, &c.domain_name_servers,
                              &c.ntp_servers, &c.lease_time, &c.serial};
        const char *names[] = {"ip", "gateway", "subnet_mask", "broadcast_address", "domain_name_servers",
                               "ntp_servers", "lease_time", "serial"};
        bool set = false;
        for (size_t i = 0; i < std::size(names); ++i) {
            if (column == QLatin1String(names[i])) {
                *fields[i] = value;
                set = true;
            }
        }
        QVERIFY(set);
        QString error;
        QVERIFY(!DefinitionParser::fromColumns(c, Mac, &error));
        QVERIFY2(error.contains(QStringLiteral("02:00:00:00:00:01")), qPrintable(error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDefinitionParser)
#include "tst_definitionparser.moc"
