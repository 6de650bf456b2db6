#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace qsd {

/// The daemon's link to the operating system's service manager (DESIGN.md "Platforms"): one interface, one
/// implementation per platform, a fallback that does nothing.
///  - systemd (Linux, `Type=notify` units): sd_notify datagrams to `$NOTIFY_SOCKET` — `READY=1` once the
///    server serves, `STOPPING=1` when it stops, `STATUS=` lines. Nothing when `$NOTIFY_SOCKET` is unset.
///  - Windows Service Control Manager (`qstaticdhcpd --service`): attachToServiceControlManager() runs the
///    service dispatcher on its own thread; SERVICE_RUNNING / STOP_PENDING / STOPPED are reported, Stop and
///    Shutdown become stopRequested(), Param-change (`sc.exe control qstaticdhcpd paramchange`) reloadRequested().
///  - launchd (macOS) and other systems: nothing to tell; they watch the process.
class ServiceManagerLink : public QObject
{
    Q_OBJECT
public:
    explicit ServiceManagerLink(QObject *parent = nullptr);
    /// Attached to the SCM and not yet reported stopped: reports SERVICE_STOPPED with a failure (an early return).
    ~ServiceManagerLink() override;

    /// Windows: connects this process, started by the SCM as service `serviceName`, to the SCM (within its
    /// 30-second start-up window) and reports SERVICE_START_PENDING. Elsewhere: false, with an error saying that
    /// --service is for Windows.
    bool attachToServiceControlManager(const QString &serviceName, QString *error);

    /// Whether a service manager listens: $NOTIFY_SOCKET is set, or attached to the SCM.
    bool isManaged() const;

    /// The server serves (ports bound, database open): READY=1 / SERVICE_RUNNING. `status` is a one-line summary.
    void reportStarted(const QString &status);
    /// The server is stopping: STOPPING=1 / SERVICE_STOP_PENDING.
    void reportStopping();
    /// The process is about to exit with `exitCode` (SCM: SERVICE_STOPPED; systemd sees the exit itself).
    void reportStopped(int exitCode);

    /// Sends one sd_notify message (`"READY=1\nSTATUS=…"`) to the AF_UNIX datagram socket `socketPath`
    /// (a path, or "@name" for the abstract namespace) as systemd's sd_notify() does. Linux only; elsewhere false.
    static bool sendNotification(const QByteArray &socketPath, const QByteArray &message, QString *error);

signals:
    /// The service manager asks the server to stop (Windows; on Unix stop requests are signals).
    void stopRequested();
    /// The service manager asks for a reinitialisation (Windows; on Unix it is SIGHUP).
    void reloadRequested();

private:
    void notify(const QByteArray &message);

    bool m_attached = false;
    bool m_stopped = false;
};

} // namespace qsd
