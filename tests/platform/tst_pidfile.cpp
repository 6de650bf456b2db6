#include "platform/pidfile.h"

#include "plantedfiles.h"

#include <QtTest>

#include <QCoreApplication>
#include <QFileInfo>
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
        UserIds nobody;
        QVERIFY(planted::serviceUser(&nobody));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        PidFile pidFile;
        QString error;
        QVERIFY2(pidFile.create(path, &error), qPrintable(error));
        QVERIFY2(pidFile.chown(nobody.uid, nobody.gid, &error), qPrintable(error));
        const planted::Snapshot written = planted::snapshot(path);
        QCOMPARE(written.uid, nobody.uid);
        QCOMPARE(written.gid, nobody.gid);
    }

    void worldReadableWhateverTheUmask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        const mode_t saved = ::umask(077);
        PidFile pidFile;
        QString error;
        const bool created = pidFile.create(path, &error);
        ::umask(saved);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(planted::snapshot(path).mode & 07777, mode_t(0644));
    }

    // The attacks: the service user owns the pidfile's directory (/run/qstaticdhcpd) and plants something at the
    // pidfile's path before root starts the daemon.

    void pidFileRefusesAPlantedSymlink()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("passwd"));
        const planted::Snapshot before = planted::plantVictim(victim);
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        QVERIFY(QFile::link(victim, path));

        PidFile pidFile;
        QString error;
        QVERIFY(!pidFile.create(path, &error));
        QCOMPARE(error, QStringLiteral("cannot write pidfile %1: it is a symbolic link (to %2); refusing to follow it")
                            .arg(path, victim));
        QVERIFY(!pidFile.isCreated());
        planted::verifyUnchanged(victim, before);
        QVERIFY(QFileInfo(path).isSymLink());
    }

    void pidFileRefusesADanglingSymlink()
    {
        // A link to a file that does not exist yet (/etc/cron.d/job): creating through it would make the file.
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("cron.d-job"));
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        QVERIFY(QFile::link(victim, path));

        PidFile pidFile;
        QString error;
        QVERIFY(!pidFile.create(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write pidfile %1: it is a symbolic link").arg(path)),
                 qPrintable(error));
        QVERIFY2(!QFile::exists(victim), "the link's target was created");
    }

    void pidFileRefusesAPlantedHardLink()
    {
        // Another name of the victim (possible where fs.protected_hardlinks is off).
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("passwd"));
        const planted::Snapshot before = planted::plantVictim(victim);
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        QCOMPARE(::link(QFile::encodeName(victim).constData(), QFile::encodeName(path).constData()), 0);

        PidFile pidFile;
        QString error;
        QVERIFY(!pidFile.create(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write pidfile %1: it has 2 hard links").arg(path)),
                 qPrintable(error));
        planted::verifyUnchanged(victim, before);
    }

    void pidFileRefusesAPlantedFifo()
    {
        // Without O_NONBLOCK, opening a FIFO waits for a reader: the daemon would hang at start.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        PidFile pidFile;
        QString error;
        QVERIFY(!pidFile.create(path, &error));
        QCOMPARE(error, QStringLiteral("cannot write pidfile %1: it is not a regular file").arg(path));
        QCOMPARE(PidFile::readPid(path), 0);
    }

    void chownIgnoresASymlinkPlantedAfterCreation()
    {
        // Between the pidfile's creation and the privilege drop, the file is swapped for a link to the victim:
        // the chown must reach the file written, not the victim.
        if (geteuid() != 0)
            QSKIP("chown to another user needs root");
        UserIds nobody;
        QVERIFY(planted::serviceUser(&nobody));
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("passwd"));
        const planted::Snapshot before = planted::plantVictim(victim);
        const QString path = dir.filePath(QStringLiteral("qstaticdhcpd.pid"));
        const QString moved = dir.filePath(QStringLiteral("moved.pid"));
        {
            PidFile pidFile;
            QString error;
            QVERIFY2(pidFile.create(path, &error), qPrintable(error));
            QVERIFY(QFile::rename(path, moved));
            QVERIFY(QFile::link(victim, path));
            QVERIFY2(pidFile.chown(nobody.uid, nobody.gid, &error), qPrintable(error));
            QVERIFY2(!pidFile.remove(), "removed a path that no longer names its file");
        }
        planted::verifyUnchanged(victim, before);
        QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(planted::snapshot(moved).uid, nobody.uid);
    }
#endif
};

QTEST_GUILESS_MAIN(TestPidFile)
#include "tst_pidfile.moc"
