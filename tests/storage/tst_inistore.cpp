// staticDHCPd's INI definitions file: lookups, typed extra keys, and malformed files naming their line.
#include "storage/inistore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

namespace {

const QByteArray kGood = R"(# staticDHCPd's sample layout
[198.18.0.0/24|0]
lease-time: 3600
gateway: 198.18.0.1
subnet-mask: 255.255.255.0
broadcast-address: 198.18.0.255
domain-name-servers: 198.18.0.2, 198.18.0.3,198.18.0.4, 198.18.0.5
ntp-servers: 198.18.0.1
domain-name: lab.example
building = i:7

[02-00-00-00-00-01]
ip = 198.18.0.11
hostname = labpc01
subnet = 198.18.0.0/24
serial = 0
owner = s:Ada
room = I:not-a-number
pxe = b:yes
weight = f:1.5

; upper case and no separators are the same MAC form
[0200000000AA]
ip: 198.18.0.12
subnet: 198.18.0.0/24
serial: 0
)";

} // namespace

class TestIniStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("dhcp.ini"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

private slots:
    void lookups()
    {
        IniStore store(write(kGood));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.mapCount(), 2);
        const LookupResult r = store.lookupMAC(*MAC::fromString(u"02:00:00:00:00:01"));
        QVERIFY(!r.failed());
        QCOMPARE(r.definitions.size(), 1);
        const Definition &d = r.definitions.first();
        QCOMPARE(d.ip, IPv4(198, 18, 0, 11));
        QCOMPARE(d.hostname, QStringLiteral("labpc01"));
        QCOMPARE(d.lease_time, 3600u);
        QCOMPARE(d.subnet, QStringLiteral("198.18.0.0/24"));
        QCOMPARE(d.gateways, QList<IPv4>{IPv4(198, 18, 0, 1)});
        QCOMPARE(d.subnet_mask, std::optional<IPv4>(IPv4(255, 255, 255, 0)));
        QCOMPARE(d.domain_name_servers.size(), 3);   // staticDHCPd keeps three
        QCOMPARE(d.domain_name, QStringLiteral("lab.example"));
        // Extra keys, typed: [defect] fixed, staticDHCPd raised on every one.
        QCOMPARE(d.extra.value(QStringLiteral("maps.owner")), QVariant(QStringLiteral("Ada")));
        QVERIFY(d.extra.contains(QStringLiteral("maps.room")));
        QVERIFY(d.extra.value(QStringLiteral("maps.room")).isNull());   // upper-case prefix: null on error
        QCOMPARE(d.extra.value(QStringLiteral("maps.pxe")), QVariant(true));
        QCOMPARE(d.extra.value(QStringLiteral("maps.weight")).toDouble(), 1.5);
        QCOMPARE(d.extra.value(QStringLiteral("subnets.building")).toLongLong(), 7);
        QCOMPARE(store.lookupMAC(*MAC::fromString(u"02:00:00:00:00:aa")).definitions.first().ip, IPv4(198, 18, 0, 12));
        QVERIFY(!store.lookupMAC(*MAC::fromString(u"02:00:00:00:00:99")).found());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray subnet = "[net|0]\nlease-time = 60\n";
        QTest::addRow("key before a section") << QByteArray("ip = 1.2.3.4\n") << ":1: a key before any [section]";
        QTest::addRow("no value") << subnet + "[02:00:00:00:00:01]\njustaword\n" << ":4: expected 'key = value'";
        QTest::addRow("unclosed section") << subnet + "[02:00:00:00:00:01\n" << ":3: a section header must end with ']'";
        QTest::addRow("zero lease") << QByteArray("[net|0]\nlease-time = 0\n") << ":2: [net|0] lease-time must be";
        QTest::addRow("no lease") << QByteArray("[net|0]\ngateway = 1.2.3.4\n") << ":1: [net|0] lease-time must be";
        QTest::addRow("not a MAC") << subnet + "[printer]\nip = 1.2.3.4\n" << ":3: [printer] is neither a MAC";
        QTest::addRow("missing ip") << subnet + "[02:00:00:00:00:01]\nsubnet = net\nserial = 0\n" << ":3: [02:00:00:00:00:01] 'ip' is required";
        QTest::addRow("bad ip") << subnet + "[02:00:00:00:00:01]\nip = 1.2.3\nsubnet = net\nserial = 0\n" << ":4: [02:00:00:00:00:01] ip: '1.2.3'";
        QTest::addRow("unknown subnet") << subnet + "[02:00:00:00:00:01]\nip = 1.2.3.4\nsubnet = other\nserial = 0\n" << ":3: [02:00:00:00:00:01] refers to subnet 'other|0'";
        QTest::addRow("same MAC twice") << subnet + "[02:00:00:00:00:01]\nip=1.2.3.4\nsubnet=net\nserial=0\n[02-00-00-00-00-01]\nip=1.2.3.5\nsubnet=net\nserial=0\n" << ":7: [02-00-00-00-00-01] MAC 02:00:00:00:00:01 again (first at line 3)";
        QTest::addRow("same key twice") << subnet + "lease-time = 61\n" << ":3: key 'lease-time' again in [net|0]";
        QTest::addRow("bad typed extra") << subnet + "floor = i:two\n" << ":3: [net|0] floor: 'two' is not a valid integer";
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString path = write(text);
        IniStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.startsWith(path) && error.contains(expected), qPrintable(error));
    }

    void badAddressInASubnetIsNamedAtLookup()
    {
        IniStore store(write("[net|0]\nlease-time = 60\ndomain-name-servers = 1.2.3.x\n[02:00:00:00:00:01]\nip=1.2.3.4\nsubnet=net\nserial=0\n"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const LookupResult r = store.lookupMAC(*MAC::fromString(u"02:00:00:00:00:01"));
        QVERIFY(r.failed());
        QVERIFY2(r.error.contains(QLatin1String("02:00:00:00:00:01")) && r.error.contains(QLatin1String("domain_name_servers")), qPrintable(r.error));
    }

    void reinitialiseRereadsAndKeepsTheOldOnError()
    {
        const QString path = write(kGood);
        IniStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        write(QByteArray(kGood).replace("198.18.0.11", "198.18.0.111"));
        QVERIFY2(store.reinitialise(&error), qPrintable(error));
        QCOMPARE(store.lookupMAC(*MAC::fromString(u"02:00:00:00:00:01")).definitions.first().ip, IPv4(198, 18, 0, 111));
        write("[broken\n");
        QVERIFY(!store.reinitialise(&error));
        QVERIFY(error.contains(QLatin1String(":1:")));
        QCOMPARE(store.lookupMAC(*MAC::fromString(u"02:00:00:00:00:01")).definitions.first().ip, IPv4(198, 18, 0, 111));
    }

    void missingFile()
    {
        IniStore store(m_dir.filePath(QStringLiteral("none.ini")));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY(error.contains(QLatin1String("none.ini: cannot read")));
    }
};

QTEST_APPLESS_MAIN(TestIniStore)
#include "tst_inistore.moc"
