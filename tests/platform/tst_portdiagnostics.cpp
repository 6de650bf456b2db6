#include "platform/portdiagnostics.h"

#include <QtTest>

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QUdpSocket>

using namespace qsd;

class TestPortDiagnostics : public QObject
{
    Q_OBJECT
private slots:
    void findsOwnSocket()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs /proc (Linux)");
#endif
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
        const quint16 port = socket.localPort();
        QVERIFY(port != 0);

        QFile comm(QStringLiteral("/proc/self/comm"));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        const QString name = QString::fromLocal8Bit(comm.readAll().trimmed());

        const QString holder = describeUdpPortHolder(port);
        QCOMPARE(holder, QStringLiteral("%1 (pid %2)").arg(name).arg(QCoreApplication::applicationPid()));
        QVERIFY(name.startsWith(QLatin1String("tst_portdiagnos")));   // comm is cut at 15 characters
    }

    void findsIPv6Socket()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs /proc (Linux)");
#endif
        QUdpSocket socket;
        if (!socket.bind(QHostAddress::AnyIPv6, 0))
            QSKIP("no IPv6 here");
        const QString holder = describeUdpPortHolder(socket.localPort());
        QVERIFY2(holder.contains(QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid())), qPrintable(holder));
    }

    void freePortIsUnknown()
    {
        quint16 port = 0;
        {
            QUdpSocket socket;
            QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
            port = socket.localPort();
        }
        QCOMPARE(describeUdpPortHolder(port), QString());
    }

    // macOS reads the holders from lsof's field output; the parsing is portable and checked here.
    void lsofFields_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("holders");
        QTest::addRow("bootpd") << QByteArray("p812\ncbootpd\nf5\n") << QStringLiteral("bootpd (pid 812)");
        QTest::addRow("two, IPv4 and IPv6 sockets of one")
            << QByteArray("p812\ncbootpd\nf5\nf6\np90\ncdnsmasq\nf7\n") << QStringLiteral("bootpd (pid 812), dnsmasq (pid 90)");
        QTest::addRow("none") << QByteArray() << QString();
        QTest::addRow("command without pid") << QByteArray("cbootpd\n") << QString();
    }

    void lsofFields()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, holders);
        QCOMPARE(describeLsofProcesses(fields), holders);
    }

    void adviceForBootpd()
    {
        const QString advice = udpPortHolderAdvice(QStringLiteral("bootpd (pid 812)"), 67);
        QVERIFY2(advice.startsWith(QLatin1String("macOS's own DHCP server, bootpd, serves Internet Sharing: turn Internet Sharing off")),
                 qPrintable(advice));
        QVERIFY(advice.contains(QLatin1String("launchctl unload -w /System/Library/LaunchDaemons/bootps.plist")));
        QCOMPARE(udpPortHolderAdvice(QStringLiteral("dnsmasq (pid 90), bootpd (pid 812)"), 67), advice);
        QCOMPARE(udpPortHolderAdvice(QStringLiteral("dnsmasq (pid 90)"), 67), QString());
#ifndef Q_OS_MACOS
        QCOMPARE(udpPortHolderAdvice(QString(), 67), QString());   // only macOS has a usual suspect
#endif
    }
};

QTEST_GUILESS_MAIN(TestPortDiagnostics)
#include "tst_portdiagnostics.moc"
