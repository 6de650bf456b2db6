// File and line in the records even in release builds (QT_MESSAGELOGCONTEXT, defined project-wide).

#include "platform/logsink.h"

#include "plantedfiles.h"

#include <QtTest>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcTest, "test")

using namespace qsd;

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QDateTime at(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms));
}

/// A clock the test moves by hand.
struct FakeClock
{
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>();
    LogSink::Clock function() const
    {
        auto shared = now;
        return [shared] { return *shared; };
    }
};

LogSettings fileOnly(const QString &path, Severity severity, int history = 0)
{
    LogSettings settings;
    settings.console = false;
    settings.file = path;
    settings.fileSeverity = severity;
    settings.fileHistory = history;
    return settings;
}

#ifdef Q_OS_UNIX
/// Sends fd 2 to a file for its lifetime.
class StderrCapture
{
public:
    explicit StderrCapture(const QString &path)
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        QFile::remove(path);
        m_file.setFileName(path);
        if (m_file.open(QIODevice::WriteOnly))
            ::dup2(m_file.handle(), 2);
    }
    ~StderrCapture()
    {
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
    }

private:
    int m_saved = -1;
    QFile m_file;
};
#endif

} // namespace

class TestLogSink : public QObject
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        QLoggingCategory::setFilterRules(QString());
    }

    void fileSeverityFilters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        LogSink sink;
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Warn), &error), qPrintable(error));
        qCDebug(lcTest) << "a debug record";
        qCInfo(lcTest) << "an info record";
        qCWarning(lcTest) << "a warning record";
        qCCritical(lcTest) << "an error record";
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith(QLatin1String(" : WARNING : a warning record")));
        QVERIFY(lines.at(1).endsWith(QLatin1String(" : ERROR : an error record")));
    }

    void fileFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        LogSink sink;
        FakeClock clock;
        *clock.now = at(2030, 1, 2, 3, 4, 5, 678);
        sink.setClock(clock.function());
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Debug), &error), qPrintable(error));
        qCInfo(lcTest, "plain format");

        LogSettings debug = fileOnly(path, Severity::Debug);
        debug.debugFormat = true;
        QVERIFY2(sink.apply(debug, &error), qPrintable(error));
        const int line = __LINE__ + 1;
        qCWarning(lcTest, "debug format");

        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("2030-01-02 03:04:05,678 : INFO : plain format"));
        QCOMPARE(lines.at(1), QStringLiteral("2030-01-02 03:04:05,678 : WARNING : test:%1[MainThread] : debug format").arg(line));
    }

    void formatFunction()
    {
        const QDateTime t = at(2024, 5, 1, 13, 45, 12, 3);
        QCOMPARE(LogSink::format(t, Severity::Critical, QStringLiteral("dhcp"), 0, QString(), QStringLiteral("m"), false),
                 QStringLiteral("2024-05-01 13:45:12,003 : CRITICAL : m"));
        QCOMPARE(LogSink::format(t, Severity::Debug, QStringLiteral("dhcp"), 42, QStringLiteral("worker"),
                                 QStringLiteral("m"), true),
                 QStringLiteral("2024-05-01 13:45:12,003 : DEBUG : dhcp:42[worker] : m"));
    }

#ifdef Q_OS_UNIX
    void consoleSeverityFilters()
    {
        QTemporaryDir dir;
        const QString captured = dir.filePath(QStringLiteral("stderr.txt"));
        {
            LogSink sink;
            LogSettings settings;
            settings.console = true;
            settings.consoleSeverity = Severity::Error;
            QString error;
            QVERIFY2(sink.apply(settings, &error), qPrintable(error));
            StderrCapture capture(captured);
            qCWarning(lcTest, "not on the console");
            qCCritical(lcTest, "on the console");
        }
        const QStringList lines = readLines(captured);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} : ERROR : on the console$"))
                     .match(lines.at(0))
                     .hasMatch(),
                 qPrintable(lines.at(0)));
    }
#endif

    void rotationAcrossMidnight()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        QFile unrelated(path + QStringLiteral(".notadate"));
        QVERIFY(unrelated.open(QIODevice::WriteOnly));
        unrelated.close();

        LogSink sink;
        FakeClock clock;
        *clock.now = at(2030, 3, 1, 22, 0);
        sink.setClock(clock.function());
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Info, 2), &error), qPrintable(error));

        for (int day = 1; day <= 5; ++day) {
            *clock.now = at(2030, 3, day, 23, 59, 59, 999);
            qCInfo(lcTest, "day %d evening", day);
            *clock.now = at(2030, 3, day + 1, 0, 0, 0, 1);
            qCInfo(lcTest, "day %d morning", day + 1);
        }
        // Now on 2030-03-06: the days 1–5 were rotated; the newest two are kept.
        QStringList rotated = QDir(dir.path()).entryList({QStringLiteral("server.log.*")}, QDir::Files, QDir::Name);
        rotated.removeAll(QStringLiteral("server.log.notadate"));
        QCOMPARE(rotated, QStringList({QStringLiteral("server.log.2030-03-04"), QStringLiteral("server.log.2030-03-05")}));
        QVERIFY(unrelated.exists());

        QStringList day5 = readLines(path + QStringLiteral(".2030-03-05"));
        QCOMPARE(day5.size(), 2);
        QVERIFY(day5.at(0).endsWith(QLatin1String("day 5 morning")));
        QVERIFY(day5.at(1).endsWith(QLatin1String("day 5 evening")));
        QStringList today = readLines(path);
        QCOMPARE(today.size(), 1);
        QVERIFY(today.at(0).startsWith(QLatin1String("2030-03-06 00:00:00,001 : INFO : day 6 morning")));
    }

    void noRotationWithoutHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        LogSink sink;
        FakeClock clock;
        *clock.now = at(2030, 3, 1, 23, 0);
        sink.setClock(clock.function());
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Info, 0), &error), qPrintable(error));
        qCInfo(lcTest, "before");
        *clock.now = at(2030, 3, 3, 1, 0);
        qCInfo(lcTest, "after");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("server.log")});
        QCOMPARE(readLines(path).size(), 2);
    }

    void oldFileRotatedAtFirstRecord()
    {
        // A file last written yesterday (the server was down over midnight) is rotated by the first record.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday\n");
            QVERIFY(old.flush());   // before dating it, or the buffered write would touch it again
            QVERIFY(old.setFileTime(at(2030, 3, 1, 18, 0), QFileDevice::FileModificationTime));
        }
        LogSink sink;
        FakeClock clock;
        *clock.now = at(2030, 3, 2, 9, 0);
        sink.setClock(clock.function());
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Info, 7), &error), qPrintable(error));
        qCInfo(lcTest, "today");
        QCOMPARE(readLines(path + QStringLiteral(".2030-03-01")), QStringList{QStringLiteral("yesterday")});
        QCOMPARE(readLines(path).size(), 1);
    }

    void unopenableFileIsAnError()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.log"));
        const QString notADirectory = dir.filePath(QStringLiteral("plain-file"));
        QFile plain(notADirectory);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString bad = notADirectory + QStringLiteral("/server.log");   // ENOTDIR, even for root

        LogSink sink;
        QString error;
        QVERIFY2(sink.apply(fileOnly(good, Severity::Info), &error), qPrintable(error));
        QVERIFY(!sink.apply(fileOnly(bad, Severity::Info), &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        // The previous settings stay in force.
        QCOMPARE(sink.settings().file, good);
        qCInfo(lcTest, "still logged");
        QCOMPARE(readLines(good).size(), 1);

        LogSettings negative = fileOnly(good, Severity::Info, -1);
        QVERIFY(!sink.apply(negative, &error));
        QVERIFY2(error.contains(QLatin1String("file_history")), qPrintable(error));
    }

    void observerReceivesRecords()
    {
        LogSink sink;
        LogSettings quiet;
        quiet.console = false;
        QString error;
        QVERIFY(sink.apply(quiet, &error));
        FakeClock clock;
        *clock.now = at(2030, 1, 1, 12, 0);
        sink.setClock(clock.function());

        std::vector<LogRecord> records;
        sink.setObserver([&records](const LogRecord &record) { records.push_back(record); }, Severity::Info);
        qCDebug(lcTest, "below the observer");
        qCInfo(lcTest, "for the observer");
        qWarning("uncategorised");
        QCOMPARE(records.size(), size_t(2));
        QCOMPARE(records[0].severity, Severity::Info);
        QCOMPARE(records[0].category, QStringLiteral("test"));
        QCOMPARE(records[0].message, QStringLiteral("for the observer"));
        QCOMPARE(records[0].timeMs, clock.now->toMSecsSinceEpoch());
        QCOMPARE(records[1].severity, Severity::Warn);
        QCOMPARE(records[1].category, QStringLiteral("default"));

        sink.setObserver({});
        qCWarning(lcTest, "after the observer is gone");
        QCOMPARE(records.size(), size_t(2));
    }

    void debugSwitch()
    {
        LogSink sink;
        LogSettings quiet;
        quiet.console = false;
        QString error;
        QVERIFY(sink.apply(quiet, &error));
        QStringList seen;
        sink.setObserver([&seen](const LogRecord &record) { seen.append(record.category); }, Severity::Debug);

        LogSink::setDebugEnabled(false);
        qCDebug(lcTest, "hidden");
        QVERIFY(seen.isEmpty());
        LogSink::setDebugEnabled(true);
        qCDebug(lcTest, "shown");
        QCOMPARE(seen, QStringList{QStringLiteral("test")});
        QVERIFY(!QLoggingCategory("qt.network.whatever").isDebugEnabled());
        qCInfo(lcTest, "info is not affected");
        QCOMPARE(seen.size(), 2);
    }

    void concurrentThreadsWriteWholeLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        LogSink sink;
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Debug), &error), qPrintable(error));
        std::atomic<int> observed{0};
        sink.setObserver([&observed](const LogRecord &) { ++observed; });

        constexpr int kThreads = 4;
        constexpr int kRecords = 500;
        const QString padding(200, QLatin1Char('x'));
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([t, padding] {
                for (int i = 0; i < kRecords; ++i)
                    qCInfo(lcTest).noquote() << QStringLiteral("thread %1 record %2 %3 end").arg(t).arg(i).arg(padding);
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));

        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), kThreads * kRecords);
        QCOMPARE(observed.load(), kThreads * kRecords);
        const QRegularExpression pattern(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} : INFO : thread (\\d) record (\\d+) x{200} end$"));
        int next[kThreads] = {};
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = pattern.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            const int t = match.captured(1).toInt();
            QCOMPARE(match.captured(2).toInt(), next[t]);   // each thread's records in order
            ++next[t];
        }
        for (int t = 0; t < kThreads; ++t)
            QCOMPARE(next[t], kRecords);
    }

    void syslogApplies()
    {
#ifdef Q_OS_UNIX
        LogSink sink;
        LogSettings settings;
        settings.console = false;
        settings.syslog = true;
        settings.syslogIdent = QStringLiteral("tst_logsink");
        settings.syslogSeverity = Severity::Debug;
        QString error;
        QVERIFY2(sink.apply(settings, &error), qPrintable(error));
        qCWarning(lcTest, "tst_logsink: a test message to syslog");
        qCDebug(lcTest, "tst_logsink: a debug message to syslog");
        settings.syslogIdent = QStringLiteral("tst_logsink2");
        QVERIFY2(sink.apply(settings, &error), qPrintable(error));
        qCInfo(lcTest, "tst_logsink: after changing the ident");
        settings.syslog = false;
        QVERIFY2(sink.apply(settings, &error), qPrintable(error));
#else
        LogSink sink;
        LogSettings settings;
        settings.syslog = true;
        QString error;
        QVERIFY(!sink.apply(settings, &error));
        QVERIFY(error.contains(QLatin1String("syslog")));
#endif
    }

#ifdef Q_OS_UNIX
    void fatalRecordReachesTheFile()
    {
        // qFatal aborts the process: the record must be in the file before that.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            LogSink sink;
            QString error;
            if (!sink.apply(fileOnly(path, Severity::Critical), &error))
                _exit(3);
            ::signal(SIGABRT, SIG_DFL);
            qFatal("the end of the world");
            _exit(4);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).endsWith(QLatin1String(" : CRITICAL : the end of the world")), qPrintable(lines.at(0)));
    }
#endif

#ifdef Q_OS_UNIX
    // The attacks: the service user owns the log file's directory (/var/log/qstaticdhcpd) and plants something at
    // the log file's path before root starts the daemon.

    void logFileRefusesAPlantedSymlink()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("passwd"));
        const planted::Snapshot before = planted::plantVictim(victim);
        const QString path = dir.filePath(QStringLiteral("server.log"));
        QVERIFY(QFile::link(victim, path));

        LogSink sink;
        QString error;
        QVERIFY(!sink.apply(fileOnly(path, Severity::Debug), &error));
        QCOMPARE(error, QStringLiteral("cannot open log file %1: it is a symbolic link (to %2); refusing to follow it")
                            .arg(path, victim));
        qCCritical(lcTest, "root:x:0:0::/:/bin/sh");
        planted::verifyUnchanged(victim, before);
        QVERIFY(QFileInfo(path).isSymLink());
    }

    void logFileRefusesADanglingSymlink()
    {
        // A link to a file that does not exist yet (/etc/cron.d/job): log lines would become cron lines.
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("cron.d-job"));
        const QString path = dir.filePath(QStringLiteral("server.log"));
        QVERIFY(QFile::link(victim, path));

        LogSink sink;
        QString error;
        QVERIFY(!sink.apply(fileOnly(path, Severity::Debug), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot open log file %1: it is a symbolic link").arg(path)),
                 qPrintable(error));
        QVERIFY2(!QFile::exists(victim), "the link's target was created");
    }

    void logFileRefusesAPlantedHardLink()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("passwd"));
        const planted::Snapshot before = planted::plantVictim(victim);
        const QString path = dir.filePath(QStringLiteral("server.log"));
        QCOMPARE(::link(QFile::encodeName(victim).constData(), QFile::encodeName(path).constData()), 0);

        LogSink sink;
        QString error;
        QVERIFY(!sink.apply(fileOnly(path, Severity::Debug), &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot open log file %1: it has 2 hard links").arg(path)),
                 qPrintable(error));
        planted::verifyUnchanged(victim, before);
    }

    void logFileRefusesAPlantedFifo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        LogSink sink;
        QString error;
        QVERIFY(!sink.apply(fileOnly(path, Severity::Debug), &error));
        QCOMPARE(error, QStringLiteral("cannot open log file %1: it is not a regular file").arg(path));
    }

    void logFileRefusesASymlinkPlantedAtRotation()
    {
        // The rotation renames the file away, then opens it anew: a link planted before that reopen is refused
        // too, and said once where it can be seen. A test cannot slip in between the rename and the reopen, so the
        // link replaces the file beforehand and a directory at the rotated name makes the rename fail.
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("passwd"));
        const planted::Snapshot before = planted::plantVictim(victim);
        const QString path = dir.filePath(QStringLiteral("server.log"));
        const QString captured = dir.filePath(QStringLiteral("stderr.txt"));
        {
            LogSink sink;
            FakeClock clock;
            *clock.now = at(2030, 3, 1, 23, 0);
            sink.setClock(clock.function());
            QString error;
            QVERIFY2(sink.apply(fileOnly(path, Severity::Info, 7), &error), qPrintable(error));
            qCInfo(lcTest, "day 1");
            *clock.now = at(2030, 3, 2, 0, 1);
            QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("moved.log"))));
            QVERIFY(QFile::link(victim, path));
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("server.log.2030-03-01/full")));
            StderrCapture capture(captured);
            qCInfo(lcTest, "root:x:0:0::/:/bin/sh");
            qCInfo(lcTest, "day 2");
        }
        planted::verifyUnchanged(victim, before);
        const QStringList warnings = readLines(captured).filter(QStringLiteral("cannot reopen log file"));
        QCOMPARE(warnings.size(), 1);
        const QString expected
            = QStringLiteral(" : WARNING : cannot reopen log file %1 after rotation: it is a symbolic link").arg(path);
        QVERIFY2(warnings.at(0).contains(expected), qPrintable(warnings.at(0)));
    }

    void logFileIsGivenToTheServiceUser()
    {
        if (geteuid() != 0)
            QSKIP("chown to another user needs root");
        UserIds nobody;
        QVERIFY(planted::serviceUser(&nobody));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.log"));
        LogSink sink;
        FakeClock clock;
        *clock.now = at(2030, 3, 1, 23, 0);
        sink.setClock(clock.function());
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Info, 7), &error), qPrintable(error));
        QCOMPARE(planted::snapshot(path).uid, uid_t(0));
        QVERIFY2(sink.setFileOwner(nobody.uid, nobody.gid, &error), qPrintable(error));
        QCOMPARE(planted::snapshot(path).uid, nobody.uid);
        QCOMPARE(planted::snapshot(path).gid, nobody.gid);

        // A file created later while still root (a rotation before the drop, a SIGHUP) is given away too.
        qCInfo(lcTest, "day 1");
        *clock.now = at(2030, 3, 2, 0, 1);
        qCInfo(lcTest, "day 2");
        QCOMPARE(readLines(path).size(), 1);
        QCOMPARE(planted::snapshot(path).uid, nobody.uid);
        QFile::remove(path);
        QVERIFY2(sink.apply(fileOnly(path, Severity::Info, 7), &error), qPrintable(error));
        QCOMPARE(planted::snapshot(path).uid, nobody.uid);
    }

    void logFileOwnerIgnoresASymlinkPlantedAfterOpening()
    {
        // Between opening the log and the privilege drop, the file is swapped for a link to the victim: the chown
        // must reach the log file, not the victim.
        if (geteuid() != 0)
            QSKIP("chown to another user needs root");
        UserIds nobody;
        QVERIFY(planted::serviceUser(&nobody));
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("passwd"));
        const planted::Snapshot before = planted::plantVictim(victim);
        const QString path = dir.filePath(QStringLiteral("server.log"));
        const QString moved = dir.filePath(QStringLiteral("moved.log"));
        LogSink sink;
        QString error;
        QVERIFY2(sink.apply(fileOnly(path, Severity::Info), &error), qPrintable(error));
        QVERIFY(QFile::rename(path, moved));
        QVERIFY(QFile::link(victim, path));
        QVERIFY2(sink.setFileOwner(nobody.uid, nobody.gid, &error), qPrintable(error));
        planted::verifyUnchanged(victim, before);
        QCOMPARE(planted::snapshot(moved).uid, nobody.uid);
    }

    void rotationAndReopenWorkAfterTheDrop()
    {
        // The daemon's order: open the log as root, hand it to the service user, drop privileges for good. Then
        // the daily rotation and SIGHUP's reopen run as that user, in a directory that user owns.
        if (geteuid() != 0)
            QSKIP("dropping privileges needs root");
        UserIds nobody;
        QVERIFY(planted::serviceUser(&nobody));
        QTemporaryDir dir;
        QCOMPARE(::chown(QFile::encodeName(dir.path()).constData(), nobody.uid, nobody.gid), 0);
        const QString path = dir.filePath(QStringLiteral("server.log"));
        // Yesterday and today for real: the reopen dates the file by its modification time, which is real.
        const QDate yesterday = QDate::currentDate().addDays(-1);
        const int status = planted::runInChild([&] {
            LogSink sink;
            FakeClock clock;
            *clock.now = QDateTime(yesterday, QTime(23, 0));
            sink.setClock(clock.function());
            QString error;
            if (!sink.apply(fileOnly(path, Severity::Info, 7), &error))
                return 10;
            if (!sink.setFileOwner(nobody.uid, nobody.gid, &error))
                return 13;
            if (!dropPrivileges(QStringLiteral("nobody"), QStringLiteral("nogroup"), &error))
                return 11;
            qCInfo(lcTest, "day 1");
            *clock.now = QDateTime(yesterday.addDays(1), QTime(0, 1));
            qCInfo(lcTest, "day 2");   // rotated, as nobody
            if (!sink.apply(fileOnly(path, Severity::Info, 7), &error))   // SIGHUP, as nobody
                return 12;
            qCInfo(lcTest, "after the reopen");
            return 0;
        });
        QCOMPARE(status, 0);
        QCOMPARE(readLines(path + QLatin1Char('.') + yesterday.toString(QStringLiteral("yyyy-MM-dd"))).size(), 1);
        const QStringList today = readLines(path);
        QCOMPARE(today.size(), 2);
        QVERIFY(today.at(0).endsWith(QLatin1String("day 2")));
        QVERIFY(today.at(1).endsWith(QLatin1String("after the reopen")));
        QCOMPARE(planted::snapshot(path).uid, nobody.uid);
    }

    void reopenFailureAfterTheDropIsReported()
    {
        // A log file left to root (as before the file was handed over) in a directory of root's: after the drop
        // the rotation can neither rename nor reopen it. File logging stops, and says so once, on the console,
        // whatever the console's severity.
        if (geteuid() != 0)
            QSKIP("dropping privileges needs root");
        QTemporaryDir dir;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
        const QString path = dir.filePath(QStringLiteral("server.log"));
        const QString captured = dir.filePath(QStringLiteral("stderr.txt"));
        const int status = planted::runInChild([&] {
            StderrCapture capture(captured);   // opened while root: nobody writes it through the descriptor
            LogSink sink;
            FakeClock clock;
            *clock.now = at(2030, 3, 1, 23, 0);
            sink.setClock(clock.function());
            LogSettings settings = fileOnly(path, Severity::Info, 7);
            settings.console = true;
            settings.consoleSeverity = Severity::Critical;
            QString error;
            if (!sink.apply(settings, &error))
                return 10;
            if (!dropPrivileges(QStringLiteral("nobody"), QStringLiteral("nogroup"), &error))
                return 11;
            qCInfo(lcTest, "day 1");
            *clock.now = at(2030, 3, 2, 0, 1);
            qCInfo(lcTest, "day 2");
            qCInfo(lcTest, "day 2 again");
            return 0;
        });
        QCOMPARE(status, 0);
        const QStringList lines = readLines(captured);
        const QStringList warnings = lines.filter(QStringLiteral("cannot reopen log file"));
        QCOMPARE(warnings.size(), 1);
        const QString expected
            = QStringLiteral(" : WARNING : cannot reopen log file %1 after rotation: Permission denied").arg(path);
        QVERIFY2(warnings.at(0).contains(expected), qPrintable(warnings.at(0)));
        QCOMPARE(lines.filter(QStringLiteral("cannot rotate log file %1").arg(path)).size(), 1);
        QCOMPARE(lines.filter(QStringLiteral("day 2")).size(), 0);
        QCOMPARE(readLines(path).size(), 1);
    }
#endif
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
