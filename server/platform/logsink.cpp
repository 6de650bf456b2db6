#include "logsink.h"

#include "nofollow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <syslog.h>
#include <unistd.h>
#endif

namespace qsd {

namespace {

std::atomic<LogSink *> s_sink{nullptr};
/// Set while this thread is inside the handler: a record logged from within (a QFile warning, the observer)
/// goes straight to stderr instead of deadlocking on the sink's mutexes.
thread_local bool t_inHandler = false;

Severity severityOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return Severity::Debug;
    case QtInfoMsg:
        return Severity::Info;
    case QtWarningMsg:
        return Severity::Warn;
    case QtCriticalMsg:
        return Severity::Error;
    case QtFatalMsg:
        return Severity::Critical;
    }
    return Severity::Critical;
}

QString threadName()
{
    QThread *thread = QThread::currentThread();
    QString name = thread ? thread->objectName() : QString();
    if (name.isEmpty()) {
        if (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())
            name = QStringLiteral("MainThread");
        else
            name = QStringLiteral("0x") + QString::number(quintptr(QThread::currentThreadId()), 16);
    }
    return name;
}

void writeStderr(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

#ifdef Q_OS_UNIX
int syslogPriority(Severity severity)
{
    switch (severity) {
    case Severity::Debug:
        return LOG_DEBUG;
    case Severity::Info:
        return LOG_INFO;
    case Severity::Warn:
        return LOG_WARNING;
    case Severity::Error:
        return LOG_ERR;
    case Severity::Critical:
        return LOG_CRIT;
    }
    return LOG_CRIT;
}
#endif

/// rename(2) on Unix: it never follows a link at either name, where QFile::rename falls back to copying into a
/// newly opened `to` when the rename fails.
bool renameFile(const QString &from, const QString &to, QString *reason)
{
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *reason = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#else
    QFile file(from);
    if (file.rename(to))
        return true;
    *reason = file.errorString();
    return false;
#endif
}

QDateTime startOfNextDay(const QDateTime &time)
{
    return time.date().addDays(1).startOfDay();
}

} // namespace

LogSink::LogSink() : m_clock([] { return QDateTime::currentDateTime(); })
{
    updateMinimum();
    m_previousSink = s_sink.exchange(this);
    m_previousHandler = qInstallMessageHandler(&LogSink::messageHandler);
}

LogSink::~LogSink()
{
    qInstallMessageHandler(m_previousHandler);
    s_sink.store(m_previousSink);
    // Wait for records in flight on other threads.
    QMutexLocker observerLock(&m_observerMutex);
    QMutexLocker lock(&m_mutex);
    if (m_file)
        m_file->close();
    closeSyslog();
}

LogSink *LogSink::instance()
{
    return s_sink.load();
}

QString LogSink::levelName(Severity severity)
{
    switch (severity) {
    case Severity::Debug:
        return QStringLiteral("DEBUG");
    case Severity::Info:
        return QStringLiteral("INFO");
    case Severity::Warn:
        return QStringLiteral("WARNING");
    case Severity::Error:
        return QStringLiteral("ERROR");
    case Severity::Critical:
        return QStringLiteral("CRITICAL");
    }
    return QString();
}

QString LogSink::format(const QDateTime &time, Severity severity, const QString &category, int line,
                        const QString &thread, const QString &message, bool debugFormat)
{
    // Python logging's asctime: "2003-07-08 16:49:45,896".
    const QString asctime = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
    if (!debugFormat)
        return asctime + QLatin1String(" : ") + levelName(severity) + QLatin1String(" : ") + message;
    return asctime + QLatin1String(" : ") + levelName(severity) + QLatin1String(" : ") + category + QLatin1Char(':')
        + QString::number(line) + QLatin1Char('[') + thread + QLatin1String("] : ") + message;
}

void LogSink::setDebugEnabled(bool enabled)
{
    QLoggingCategory::setFilterRules(enabled ? QStringLiteral("*.debug=true\nqt.*.debug=false")
                                             : QStringLiteral("*.debug=false"));
}

bool LogSink::apply(const LogSettings &settings, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (settings.fileHistory < 0)
        return fail(QStringLiteral("log file_history must be 0 or more, not %1").arg(settings.fileHistory));
#ifndef Q_OS_UNIX
    if (settings.syslog)
        return fail(QStringLiteral("log syslog: syslog is not available on this platform"));
#endif

    std::unique_ptr<QFile> file;
    if (!settings.file.isEmpty()) {
        FileOwner owner;
        {
            QMutexLocker lock(&m_mutex);
            owner = m_fileOwner;
        }
        QString reason;
        file = openFile(settings.file, owner, &reason);
        if (!file)
            return fail(QStringLiteral("cannot open log file %1: %2").arg(settings.file, reason));
    }

    QMutexLocker lock(&m_mutex);
    m_file = std::move(file);
    if (m_file) {
        // As TimedRotatingFileHandler: an existing file is dated by its last modification, so a file left
        // from yesterday is rotated at the first record of today. Both read from the descriptor (fstat).
        const QDateTime now = m_clock();
        const QDateTime modified = m_file->size() > 0 ? m_file->fileTime(QFileDevice::FileModificationTime) : now;
        scheduleRollover(std::min(modified, now));
    }
    const bool reopenSyslog = settings.syslog && (!m_syslogOpen || settings.syslogIdent != m_settings.syslogIdent);
    if (!settings.syslog || reopenSyslog)
        closeSyslog();
    m_settings = settings;
    if (reopenSyslog)
        openSyslog();
    lock.unlock();
    updateMinimum();
    return true;
}

LogSettings LogSink::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

std::unique_ptr<QFile> LogSink::openFile(const QString &path, const FileOwner &owner, QString *reason)
{
    auto file = std::make_unique<QFile>();
    // Unbuffered: each record is one write(2) to an O_APPEND file, on disk (in the page cache) at once.
    // 0666 less the umask: the mode QFile would create it with.
    const auto mode = QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text | QIODevice::Unbuffered;
    if (!openWithoutFollowing(*file, path, mode, 0666, reason))
        return nullptr;
#ifdef Q_OS_UNIX
    // Only root can give a file away. After the privilege drop the process creates its files as the user already,
    // and opens only files it may write.
    if (owner.set && ::geteuid() == 0 && !giveFileTo(*file, uid_t(owner.uid), gid_t(owner.gid), reason))
        return nullptr;
#else
    Q_UNUSED(owner);
#endif
    return file;
}

#ifdef Q_OS_UNIX
bool LogSink::setFileOwner(uid_t uid, gid_t gid, QString *error)
{
    QMutexLocker lock(&m_mutex);
    m_fileOwner = {true, uint(uid), uint(gid)};
    QString reason;
    if (m_file && !giveFileTo(*m_file, uid, gid, &reason)) {
        if (error)
            *error = QStringLiteral("cannot give log file %1 to %2:%3: %4; it cannot be reopened once privileges "
                                    "are dropped")
                         .arg(m_settings.file)
                         .arg(uid)
                         .arg(gid)
                         .arg(reason);
        return false;
    }
    return true;
}
#endif

void LogSink::setObserver(Observer observer, Severity minimum)
{
    {
        QMutexLocker lock(&m_observerMutex);
        m_observer = std::move(observer);
        m_observerMinimum = minimum;
    }
    updateMinimum();
}

void LogSink::setClock(Clock clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); });
}

void LogSink::updateMinimum()
{
    int minimum = int(Severity::Critical) + 1;
    {
        QMutexLocker lock(&m_mutex);
        if (m_settings.console)
            minimum = std::min(minimum, int(m_settings.consoleSeverity));
        if (m_file)
            minimum = std::min(minimum, int(m_settings.fileSeverity));
        if (m_settings.syslog)
            minimum = std::min(minimum, int(m_settings.syslogSeverity));
    }
    {
        QMutexLocker lock(&m_observerMutex);
        if (m_observer)
            minimum = std::min(minimum, int(m_observerMinimum));
    }
    m_minimum.store(minimum);
}

void LogSink::messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const Severity severity = severityOf(type);
    LogSink *sink = s_sink.load();
    if (!sink || t_inHandler) {
        // No sink, or a record logged while handling one: plain stderr, never lost, never a deadlock.
        const QString category = QString::fromLatin1(context.category ? context.category : "default");
        writeStderr(format(QDateTime::currentDateTime(), severity, category, context.line, threadName(), message,
                           false).toUtf8()
                    + '\n');
        return;
    }
    if (int(severity) < sink->m_minimum.load(std::memory_order_relaxed))
        return;
    t_inHandler = true;
    sink->handle(severity, context, message);
    t_inHandler = false;
}

void LogSink::handle(Severity severity, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    LogRecord record;
    {
        QMutexLocker lock(&m_mutex);
        const QDateTime now = m_clock();
        record.timeMs = now.toMSecsSinceEpoch();
        const bool toConsole = m_settings.console && severity >= m_settings.consoleSeverity;
        const bool toFile = m_file && severity >= m_settings.fileSeverity;
        const bool toSyslog = m_syslogOpen && severity >= m_settings.syslogSeverity;
        if (toConsole || toFile) {
            const QByteArray line
                = format(now, severity, category, context.line, m_settings.debugFormat ? threadName() : QString(),
                         message, m_settings.debugFormat)
                      .toUtf8()
                + '\n';
            if (toConsole)
                writeStderr(line);
            if (toFile) {
                rotateIfDue(now);
                if (m_file) {
                    m_file->write(line);
                    m_file->flush();
                }
            }
        }
#ifdef Q_OS_UNIX
        if (toSyslog) {
            const QString text = m_settings.debugFormat
                ? category + QLatin1Char(':') + QString::number(context.line) + QLatin1Char('[') + threadName()
                    + QLatin1String("] : ") + message
                : message;
            ::syslog(syslogPriority(severity), "%s", text.toUtf8().constData());
        }
#else
        Q_UNUSED(toSyslog);
#endif
    }

    QMutexLocker lock(&m_observerMutex);
    if (m_observer && severity >= m_observerMinimum) {
        record.severity = severity;
        record.category = category;
        record.message = message;
        m_observer(record);
    }
}

void LogSink::scheduleRollover(const QDateTime &from)
{
    m_fileDate = from.date();
    m_nextRollover = startOfNextDay(from);
}

void LogSink::rotateIfDue(const QDateTime &now)
{
    if (m_settings.fileHistory <= 0 || now < m_nextRollover)
        return;
    const QString path = m_settings.file;
    const QString rotated = path + QLatin1Char('.') + m_fileDate.toString(QStringLiteral("yyyy-MM-dd"));
    m_file.reset();
    QFile::remove(rotated);
    QString reason;
    if (!renameFile(path, rotated, &reason))
        reportFileProblem(now, QStringLiteral("cannot rotate log file %1 to %2: %3").arg(path, rotated, reason));
    m_file = openFile(path, m_fileOwner, &reason);
    if (!m_file) {
        reportFileProblem(now, QStringLiteral("cannot reopen log file %1 after rotation: %2; file logging stopped "
                                              "until the log is reopened (SIGHUP)")
                                   .arg(path, reason));
        return;
    }
    removeOldFiles();
    scheduleRollover(now);
}

/// A problem with the log file goes where the file's records cannot: to the console and to syslog, whatever their
/// severities (the records that would have told of it are lost), or to stderr when neither is on.
void LogSink::reportFileProblem(const QDateTime &now, const QString &text)
{
    if (m_settings.console || !m_syslogOpen) {
        writeStderr(format(now, Severity::Warn, QStringLiteral("system"), 0, threadName(), text, m_settings.debugFormat)
                        .toUtf8()
                    + '\n');
    }
#ifdef Q_OS_UNIX
    if (m_syslogOpen)
        ::syslog(LOG_WARNING, "%s", text.toUtf8().constData());
#endif
}

void LogSink::removeOldFiles()
{
    const QFileInfo info(m_settings.file);
    QDir dir = info.absoluteDir();
    const QString prefix = info.fileName() + QLatin1Char('.');
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QStringList rotated;
    const QStringList candidates = dir.entryList({prefix + QLatin1Char('*')}, QDir::Files, QDir::Name);
    for (const QString &name : candidates) {
        if (datePattern.match(QStringView(name).mid(prefix.size())).hasMatch())
            rotated.append(name);
    }
    // Names sort by date; keep the newest fileHistory.
    for (qsizetype i = 0; i + m_settings.fileHistory < rotated.size(); ++i)
        dir.remove(rotated.at(i));
}

void LogSink::openSyslog()
{
#ifdef Q_OS_UNIX
    m_syslogIdent = m_settings.syslogIdent.toUtf8();
    ::openlog(m_syslogIdent.constData(), LOG_PID | LOG_NDELAY, LOG_DAEMON);
    m_syslogOpen = true;
#endif
}

void LogSink::closeSyslog()
{
#ifdef Q_OS_UNIX
    if (m_syslogOpen)
        ::closelog();
    m_syslogOpen = false;
#endif
}

} // namespace qsd
