// OuiTable: vendors from Debian's IEEE registry (ieee-data, installed by setup.sh), local and multicast addresses
// named as such, a registry read only when first asked, and no registry at all handled quietly.
#include "protocol/mac.h"
#include "remote/ouitable.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

class TestOuiTable : public QObject
{
    Q_OBJECT
private slots:
    void vendorsFromTheRegistry()
    {
        OuiTable table;
        QVERIFY2(table.size() > 20000, "Debian's ieee-data must be installed: /usr/share/ieee-data/oui.csv");
        QCOMPARE(table.vendorOf(*MAC::fromString(QStringLiteral("00:d0:ef:12:34:56"))), QStringLiteral("IGT"));
        QCOMPARE(table.vendorOf(*MAC::fromString(QStringLiteral("00:22:72:00:00:01"))), QStringLiteral("American Micro-Fuel Device Corp."));
        QVERIFY(table.vendorOf(*MAC::fromString(QStringLiteral("02:00:00:00:00:01"))).startsWith(QStringLiteral("locally administered")));
        QCOMPARE(table.vendorOf(*MAC::fromString(QStringLiteral("01:00:5e:00:00:01"))), QStringLiteral("multicast address"));
    }

    void quotedNamesAndAMissingRegistry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oui.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Registry,Assignment,Organization Name,Organization Address\n"
                "MA-L,ACDE48,\"Example, Inc. \"\"Labs\"\"\",Somewhere\n"
                "MA-L,BAD,Too short,Nowhere\n");
        f.close();
        OuiTable table({dir.filePath(QStringLiteral("missing.csv")), path});
        QCOMPARE(table.vendorOf(*MAC::fromString(QStringLiteral("ac:de:48:00:11:22"))), QStringLiteral("Example, Inc. \"Labs\""));
        QCOMPARE(table.size(), 1);
        OuiTable none({dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(none.vendorOf(*MAC::fromString(QStringLiteral("ac:de:48:00:11:22"))), QString());
        QCOMPARE(none.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOuiTable)
#include "tst_ouitable.moc"
