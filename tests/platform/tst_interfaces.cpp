#include "platform/interfaces.h"

#include <QtTest>

#include <QNetworkInterface>

using namespace qsd;

class TestInterfaces : public QObject
{
    Q_OBJECT
private slots:
    void loopbackOwnsLocalhost()
    {
        const std::optional<InterfaceInfo> lo = interfaceOwning(0x7f000001);   // 127.0.0.1
        QVERIFY(lo.has_value());
#ifdef Q_OS_LINUX
        QCOMPARE(lo->name, QStringLiteral("lo"));
#endif
        QVERIFY(lo->index > 0);
        QCOMPARE(lo->index, QNetworkInterface::interfaceIndexFromName(lo->name));
        QCOMPARE(lo->hardwareAddress, QByteArray(6, '\0'));
    }

    void nobodyOwnsTestNet()
    {
        QVERIFY(!interfaceOwning(0xc0000201).has_value());   // 192.0.2.1, TEST-NET-1
    }

    void byName()
    {
        const std::optional<InterfaceInfo> lo = interfaceOwning(0x7f000001);
        QVERIFY(lo.has_value());
        const std::optional<InterfaceInfo> named = interfaceByName(lo->name);
        QVERIFY(named.has_value());
        QCOMPARE(named->index, lo->index);
        const std::optional<InterfaceInfo> alias = interfaceByName(lo->name + QStringLiteral(":7"));
        QVERIFY(alias.has_value());
        QCOMPARE(alias->name, lo->name);
        QCOMPARE(alias->index, lo->index);
        QVERIFY(!interfaceByName(QStringLiteral("no-such-if0")).has_value());
    }

    void everyInterfaceByName()
    {
        const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &iface : all) {
            const std::optional<InterfaceInfo> info = interfaceByName(iface.name());
            QVERIFY2(info.has_value(), qPrintable(iface.name()));
            QCOMPARE(info->index, iface.index());
            QVERIFY(info->hardwareAddress.isEmpty() || info->hardwareAddress.size() == 6);
        }
    }
};

QTEST_GUILESS_MAIN(TestInterfaces)
#include "tst_interfaces.moc"
