#pragma once

#include "platform/severity.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

namespace qsd {

/// Where log records go: the [log] section of the configuration (DESIGN.md "Configuration"), plus the switches the
/// daemon sets from its command line. Each output has its own minimum severity, as staticDHCPd's handlers
/// (inventory §9 "Logging").
struct LogSettings
{
    bool console = true;                          ///< stderr (staticDHCPd logs to the console only when not a daemon)
    Severity consoleSeverity = Severity::Info;    ///< [log] console_severity (LOG_CONSOLE_SEVERITY)
    QString file;                                 ///< [log] file; empty: no log file
    Severity fileSeverity = Severity::Warn;       ///< [log] file_severity (LOG_FILE_SEVERITY)
    int fileHistory = 7;                          ///< [log] file_history: rotated files kept; 0: never rotate
    bool syslog = false;                          ///< [log] syslog: syslog(3), facility LOG_DAEMON
    Severity syslogSeverity = Severity::Info;     ///< minimum severity sent to syslog
    QString syslogIdent = QStringLiteral("qstaticdhcpd");   ///< openlog(3) ident
    bool debugFormat = false;   ///< staticDHCPd's DEBUG format: "… : LEVEL : category:line[thread] : message"
};

/// One log record, as handed to the observer (the console's log ring buffer).
struct LogRecord
{
    qint64 timeMs = 0;   ///< milliseconds since the epoch, from the sink's clock
    Severity severity = Severity::Info;
    QString category;    ///< the QLoggingCategory name ("dhcp", "system", …); "default" for plain qDebug()
    QString message;
};

/// The process's log destination: installs a Qt message handler (qInstallMessageHandler) and writes every
/// record that QLoggingCategory lets through to the console, a daily-rotated file, syslog and an observer,
/// each filtered by its own minimum severity. Qt message types map QtDebugMsg→Debug, QtInfoMsg→Info,
/// QtWarningMsg→Warn, QtCriticalMsg→Error, QtFatalMsg→Critical.
///
/// Thread-safe: records from any thread are written whole, one at a time, in the order they are received.
/// The file is flushed after every record, so a crash loses nothing already logged.
///
/// One sink is active at a time: constructing one takes over from the previous handler, and destroying it
/// gives the handler back (LIFO). Destroy it only once other threads have stopped logging.
///
/// The log file's directory may belong to the service user (/var/log/qstaticdhcpd), so the file is never opened
/// through a link planted there: it is created new or opened without following (openWithoutFollowing), and a
/// symbolic link, a FIFO or a hard link at its path is refused. Its owner is set on the descriptor
/// (setFileOwner), so that after the privilege drop the daily rotation and SIGHUP's reopen can still open it.
class LogSink
{
public:
    using Clock = std::function<QDateTime()>;
    using Observer = std::function<void(const LogRecord &)>;

    /// Installs the message handler, logging to the console at Info until apply() is called.
    LogSink();
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    /// Switches to `settings`. The log file is (re)opened for appending, so calling this again after an external
    /// log rotation (SIGHUP) starts a fresh file. On failure nothing changes and `error` names the file or
    /// setting at fault ("cannot open log file /var/log/x.log: Permission denied"); syslog is an error on
    /// platforms without syslog(3).
    bool apply(const LogSettings &settings, QString *error);
    LogSettings settings() const;

#ifdef Q_OS_UNIX
    /// Gives the log file to `uid`:`gid` before dropPrivileges(): the open one now, with fchown(2) on its
    /// descriptor (never by path), and any file opened later while this process is still root. Afterwards the
    /// unprivileged process can rename and reopen it (rotation, SIGHUP). On failure `error` names the file, and
    /// the owner is still used for later files.
    bool setFileOwner(uid_t uid, gid_t gid, QString *error);
#endif

    /// Calls `observer` for every record at or above `minimum`, on the logging thread (so it must be
    /// thread-safe), never twice at once. Pass {} to stop; when setObserver returns, the previous observer
    /// is no longer running. Records the observer logs itself go to stderr only.
    void setObserver(Observer observer, Severity minimum = Severity::Debug);

    /// Replaces the time source (default QDateTime::currentDateTime): tests use it to cross midnight.
    void setClock(Clock clock);

    /// Turns debug messages of every non-Qt category (the server's "dhcp", "system", "conf", …) on or off
    /// through QLoggingCategory::setFilterRules; Qt's own "qt.*" categories stay quiet. QT_LOGGING_RULES still
    /// has the last word.
    static void setDebugEnabled(bool enabled);

    /// The installed sink, or nullptr.
    static LogSink *instance();

    /// "2024-05-01 13:45:12,345 : WARNING : message" (or the debug format): one line, without the newline.
    static QString format(const QDateTime &time, Severity severity, const QString &category, int line,
                          const QString &thread, const QString &message, bool debugFormat);
    /// Python's level names: DEBUG, INFO, WARNING, ERROR, CRITICAL.
    static QString levelName(Severity severity);

private:
    static void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void handle(Severity severity, const QMessageLogContext &context, const QString &message);
    void updateMinimum();
    /// Who is given the log files opened while the process is root (setFileOwner).
    struct FileOwner
    {
        bool set = false;
        uint uid = 0;
        uint gid = 0;
    };
    /// Opens `path` for appending without following a planted link and, while the process is root, gives it to
    /// `owner`. On failure `reason` says why, without the path.
    static std::unique_ptr<QFile> openFile(const QString &path, const FileOwner &owner, QString *reason);
    /// TimedRotatingFileHandler('D') at local midnight: renames the file to <file>.YYYY-MM-DD of the day it
    /// covered and keeps the newest fileHistory of those. Called with m_mutex held.
    void rotateIfDue(const QDateTime &now);
    void reportFileProblem(const QDateTime &now, const QString &text);
    void scheduleRollover(const QDateTime &from);
    void removeOldFiles();
    void openSyslog();
    void closeSyslog();

    mutable QMutex m_mutex;   ///< guards everything below except the observer
    LogSettings m_settings;
    Clock m_clock;
    std::unique_ptr<QFile> m_file;   ///< open on the log file's descriptor: it has no fileName()
    FileOwner m_fileOwner;
    QDate m_fileDate;          ///< the day the current file's records belong to
    QDateTime m_nextRollover;  ///< the next local midnight
    QByteArray m_syslogIdent;  ///< openlog(3) keeps the pointer: must outlive the connection
    bool m_syslogOpen = false;

    QMutex m_observerMutex;
    Observer m_observer;
    Severity m_observerMinimum = Severity::Debug;

    std::atomic<int> m_minimum{0};   ///< lowest severity any output wants; cheaper records are dropped early

    QtMessageHandler m_previousHandler = nullptr;
    LogSink *m_previousSink = nullptr;
};

} // namespace qsd
