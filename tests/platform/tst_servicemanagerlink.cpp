#include "platform/servicemanagerlink.h"

#include <QtTest>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>

using namespace qsd;

namespace {

/// A datagram socket bound where systemd's would be: a path, or "@name" in the abstract namespace.
class NotifyReceiver
{
public:
    explicit NotifyReceiver(const QByteArray &path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        if (address.sun_path[0] == '@')
            address.sun_path[0] = '\0';
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address),
                         socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()))) == 0;
    }
    ~NotifyReceiver() { ::close(m_fd); }
    bool isBound() const { return m_bound; }

    /// The next message, or empty after `timeoutMs`.
    QByteArray receive(int timeoutMs = 2000)
    {
        QDeadlineTimer deadline(timeoutMs);
        char buffer[4096];
        while (!deadline.hasExpired()) {
            const ssize_t size = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (size >= 0)
                return QByteArray(buffer, qsizetype(size));
            QThread::msleep(5);
        }
        return QByteArray();
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class TestServiceManagerLink : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("NOTIFY_SOCKET"); }

    void notifiesSystemdLikeSdNotify_data()
    {
        QTest::addColumn<bool>("abstract");
        QTest::addRow("socket path") << false;
        QTest::addRow("abstract namespace") << true;
    }

    void notifiesSystemdLikeSdNotify()
    {
        QFETCH(bool, abstract);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = abstract ? "@qsd-test-notify-" + QByteArray::number(QCoreApplication::applicationPid())
                                         : QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        NotifyReceiver systemd(path);
        QVERIFY(systemd.isBound());
        qputenv("NOTIFY_SOCKET", path);

        ServiceManagerLink link;
        QVERIFY(link.isManaged());
        link.reportStarted(QStringLiteral("serving on 198.18.0.1:67"));
        QCOMPARE(systemd.receive(), "READY=1\nSTATUS=serving on 198.18.0.1:67\nMAINPID="
                                        + QByteArray::number(QCoreApplication::applicationPid()));
        link.reportStopping();
        QCOMPARE(systemd.receive(), QByteArray("STOPPING=1\nSTATUS=stopping"));
        link.reportStopped(0);
        QCOMPARE(systemd.receive(200), QByteArray());   // systemd sees the exit itself
    }

    void withoutServiceManagerNothingIsSent()
    {
        qunsetenv("NOTIFY_SOCKET");
        ServiceManagerLink link;
        QVERIFY(!link.isManaged());
        link.reportStarted(QStringLiteral("serving"));   // no socket, no error
        link.reportStopped(0);
    }

    void badSocketIsAnError()
    {
        QString error;
        QVERIFY(!ServiceManagerLink::sendNotification("relative/path", "READY=1", &error));
        QVERIFY2(error.contains(QLatin1String("not a socket path")), qPrintable(error));
        QVERIFY(!ServiceManagerLink::sendNotification("/nonexistent-dir/notify", "READY=1", &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent-dir/notify: ")), qPrintable(error));
    }

    void serviceControlManagerIsWindowsOnly()
    {
        ServiceManagerLink link;
        QString error;
        QVERIFY(!link.attachToServiceControlManager(QStringLiteral("qstaticdhcpd"), &error));
        QCOMPARE(error, QStringLiteral("--service is for the Windows Service Control Manager; systemd and launchd run "
                                       "qstaticdhcpd --foreground"));
        QVERIFY(!link.isManaged());
    }
};

QTEST_GUILESS_MAIN(TestServiceManagerLink)
#include "tst_servicemanagerlink.moc"
