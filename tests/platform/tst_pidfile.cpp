#include "platform/pidfile.h"

#include <QtTest>

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace qsd;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class TestPidFile : public QObject
{
    Q_OBJECT
private slots:
    void createWritesOwnPid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        {
            PidFile pidFile;
            QString error;
            QVERIFY2(pidFile.create(path, &error), qPrintable(error));
            QVERIFY(pidFile.isCreated());
            QCOMPARE(pidFile.path(), path);
            QCOMPARE(PidFile::readPid(path), QCoreApplication::applicationPid());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray::number(QCoreApplication::applicationPid()) + '\n');
            QVERIFY(file.permissions() & QFileDevice::ReadOther);
            // Creating it again from the same process is fine (its own pid is not "another instance").
            QVERIFY2(pidFile.create(path, &error), qPrintable(error));
        }
        QVERIFY2(!QFile::exists(path), "removed on destruction");
    }

    void removeExplicitly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.pid"));
        PidFile pidFile;
        QString error;
        QVERIFY2(pidFile.create(path, &error), qPrintable(error));
        QVERIFY(pidFile.remove());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!pidFile.isCreated());
        QVERIFY(!pidFile.remove());
    }

    void livePidIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        writeFile(path, QByteArray::number(pid) + '\n');

        PidFile pidFile;
        QString error;
        QVERIFY(!pidFile.create(path, &error));
        QCOMPARE(error, QStringLiteral("already running with pid %1 (%2)").arg(pid).arg(path));
        QVERIFY(!pidFile.isCreated());
        sleeper.kill();
        sleeper.waitForFinished();
        // The other instance's file is left alone.
        QCOMPARE(PidFile::readPid(path), pid);
    }

    void stalePidIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        QProcess done;
        done.start(QStringLiteral("true"), {});
        QVERIFY(done.waitForStarted());
        const qint64 pid = done.processId();
        QVERIFY(done.waitForFinished());
        QVERIFY(!PidFile::isProcessAlive(pid));
        writeFile(path, QByteArray::number(pid) + '\n');

        PidFile pidFile;
        QString error;
        QTest::ignoreMessage(QtWarningMsg,
                             qPrintable(QStringLiteral("replacing stale pidfile %1: pid %2 is not running").arg(path).arg(pid)));
        QVERIFY2(pidFile.create(path, &error), qPrintable(error));
        QCOMPARE(PidFile::readPid(path), QCoreApplication::applicationPid());
    }

    void garbageIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        writeFile(path, "not a pid\n");
        PidFile pidFile;
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("holds no pid")));
        QVERIFY2(pidFile.create(path, &error), qPrintable(error));
        QCOMPARE(PidFile::readPid(path), QCoreApplication::applicationPid());
    }

    void unwritableIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/qstaticdhcpd.pid"));
        PidFile pidFile;
        QString error;
        QVERIFY(!pidFile.create(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void destructorLeavesAReplacedFileAlone()
    {
        // If another instance took the file over, ours must not delete it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        {
            PidFile pidFile;
            QString error;
            QVERIFY2(pidFile.create(path, &error), qPrintable(error));
            writeFile(path, "1\n");
        }
        QVERIFY(QFile::exists(path));
    }

#ifdef Q_OS_UNIX
    void chownChangesOwner()
    {
        if (geteuid() != 0)
            QSKIP("chown to another user needs root");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        PidFile pidFile;
        QString error;
        QVERIFY2(pidFile.create(path, &error), qPrintable(error));
        QVERIFY2(pidFile.chown(65534, 65534, &error), qPrintable(error));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_uid, uid_t(65534));
        QCOMPARE(info.st_gid, gid_t(65534));
    }
#endif
};

QTEST_GUILESS_MAIN(TestPidFile)
#include "tst_pidfile.moc"
