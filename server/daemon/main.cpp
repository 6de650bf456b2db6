// qstaticdhcpd: the headless daemon (DESIGN.md "Executables"). Start-up order follows staticDHCPd's
// (inventory §10): configuration, logging, pidfile, signals, sockets, privilege drop, service.
#include "daemonize.h"
#include "engine/config.h"
#include "platform/logsink.h"
#include "platform/pidfile.h"
#include "platform/privileges.h"
#include "platform/servicemanagerlink.h"
#include "platform/signalwatcher.h"
#include "remote/serverstack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace {

Q_LOGGING_CATEGORY(lcMain, "main")

constexpr int ExitConfigError = 2;
constexpr int ExitStartError = 1;

int fail(int status, const QString &message)
{
    QTextStream(stderr) << "qstaticdhcpd: " << message << '\n';
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own Unix event dispatcher: fewer system calls per wake-up than the GLib one, and a daemon
    // has no GLib sources to integrate.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qstaticdhcpd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QSD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("QStaticDHCP: a static DHCPv4 server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("The configuration file."),
                                          QStringLiteral("FILE"), QStringLiteral("qstaticdhcpd.conf"));
    const QCommandLineOption foregroundOption(QStringLiteral("foreground"), QStringLiteral("Stay in the foreground and log to the console."));
    const QCommandLineOption debugOption(QStringLiteral("debug"), QStringLiteral("Log everything, with the debug format."));
    const QCommandLineOption checkOption(QStringLiteral("check-config"), QStringLiteral("Validate the configuration and exit."));
    const QCommandLineOption serviceOption(QStringLiteral("service"), QStringLiteral("Windows: run under the Service Control Manager (implies --foreground)."));
    parser.addOptions({configOption, foregroundOption, debugOption, checkOption, serviceOption});
    parser.process(app);

    // systemd (sd_notify) or the Windows Service Control Manager learn when the server serves and stops.
    qsd::ServiceManagerLink serviceManager;
    if (parser.isSet(serviceOption)) {
        QString why;
        if (!serviceManager.attachToServiceControlManager(QStringLiteral("qstaticdhcpd"), &why))
            return fail(ExitStartError, why);
    }

    QStringList errors;
    const auto config = qsd::ServerConfig::load(parser.value(configOption), &errors);
    if (!config) {
        for (const QString &e : std::as_const(errors))
            QTextStream(stderr) << e << '\n';
        return ExitConfigError;
    }
    if (parser.isSet(checkOption)) {
        QTextStream(stdout) << config->file << ": configuration OK\n";
        return 0;
    }

    const bool debug = parser.isSet(debugOption);
    const bool foreground = parser.isSet(foregroundOption) || parser.isSet(serviceOption);
    qsd::LogSink logs;
    qsd::LogSettings logSettings;
    logSettings.console = true;   // until a daemon has started: start-up errors reach the terminal
    logSettings.consoleSeverity = debug ? qsd::Severity::Debug : config->logConsoleSeverity;
    logSettings.file = config->logFile;
    logSettings.fileSeverity = debug ? qsd::Severity::Debug : config->logFileSeverity;
    logSettings.fileHistory = config->logFileHistory;
    logSettings.syslog = config->logSyslog;
    logSettings.debugFormat = debug;
    QString error;
    if (!logs.apply(logSettings, &error))
        return fail(ExitConfigError, QStringLiteral("%1 ([log] in %2)").arg(error, config->file));
    qsd::LogSink::setDebugEnabled(debug);

    qsd::Daemonizer daemon;
    if (!foreground && !daemon.detach(&error))
        return fail(ExitStartError, error);
    auto startFailed = [&](int status, const QString &message) {
        qCCritical(lcMain).noquote() << message;
        daemon.reportFailed(status);
        return status;
    };
    qCInfo(lcMain).noquote() << QStringLiteral("qstaticdhcpd %1 starting (pid %2, Qt %3, config %4)")
                                    .arg(QStringLiteral(QSD_VERSION)).arg(QCoreApplication::applicationPid())
                                    .arg(QString::fromLatin1(qVersion()), config->file);

    qsd::PidFile pidFile;
    if (!config->pidFile.isEmpty() && !pidFile.create(config->pidFile, &error))
        return startFailed(ExitStartError, error + QStringLiteral(" ([server] pid_file in %1)").arg(config->file));

    qsd::SignalWatcher signalWatcher;
    qsd::ServerStack server(*config);
    QObject::connect(&signalWatcher, &qsd::SignalWatcher::terminateRequested, &app, [] {
        qCInfo(lcMain) << "terminating";
        QCoreApplication::quit();
    });
    QObject::connect(&signalWatcher, &qsd::SignalWatcher::reinitialiseRequested, &app, [&] {
        QString why;
        if (!logs.apply(logSettings, &why))   // reopens the log file: after logrotate, a fresh one
            qCCritical(lcMain).noquote() << why;
        if (!server.reinitialise(&why))
            qCCritical(lcMain).noquote() << "reinitialisation failed:" << why;
    });
    // The service manager's requests take the signals' way (Windows: Stop, Param-change).
    QObject::connect(&serviceManager, &qsd::ServiceManagerLink::stopRequested, &signalWatcher, &qsd::SignalWatcher::terminateRequested);
    QObject::connect(&serviceManager, &qsd::ServiceManagerLink::reloadRequested, &signalWatcher, &qsd::SignalWatcher::reinitialiseRequested);
    QObject::connect(&signalWatcher, &qsd::SignalWatcher::terminateRequested, &serviceManager, &qsd::ServiceManagerLink::reportStopping);

    const auto dropRoot = [&](QString *why) {
        if (config->user.isEmpty())
            return true;
#ifdef Q_OS_UNIX
        qsd::UserIds ids;
        if (!qsd::resolveUser(config->user, config->group, &ids, why))
            return false;
        // Both files are handed over on their open descriptors. The log file must be the user's, or the daily
        // rotation and SIGHUP's reopen would fail once root is gone.
        QString notHanded;
        if (pidFile.isCreated() && !pidFile.chown(ids.uid, ids.gid, &notHanded))
            qCWarning(lcMain).noquote() << notHanded;
        if (!logs.setFileOwner(ids.uid, ids.gid, &notHanded))
            qCWarning(lcMain).noquote() << notHanded;
#endif
        // Not Unix (Windows: the service account is chosen when the service is installed): fails with "dropping
        // privileges is not supported on this platform", so a `user` in the configuration stops the start.
        if (!qsd::dropPrivileges(config->user, config->group, why))
            return false;
        qCInfo(lcMain).noquote() << "running as user" << config->user;
        return true;
    };
    if (!server.start(&error, dropRoot))
        return startFailed(ExitStartError, error);

    if (!foreground) {
        logSettings.console = false;
        // Reopens the log file as the unprivileged user: a failure here is the one rotation would meet at midnight.
        if (!logs.apply(logSettings, &error))
            qCWarning(lcMain).noquote() << error;
    }
    daemon.reportStarted();
    serviceManager.reportStarted(QStringLiteral("serving on %1:%2").arg(config->dhcpServerIp.toString()).arg(config->dhcpServerPort));
    const int status = app.exec();
    server.stop();
    qCInfo(lcMain) << "stopped";
    serviceManager.reportStopped(status);
    return status;
}
