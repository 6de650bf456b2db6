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
};

QTEST_GUILESS_MAIN(TestPortDiagnostics)
#include "tst_portdiagnostics.moc"
