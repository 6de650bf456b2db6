#pragma once

#include <QObject>

class QSocketNotifier;

namespace qsd {

/// Turns the daemon's signals into Qt signals on the thread that owns the watcher (inventory §10):
/// SIGHUP → reinitialiseRequested(), SIGTERM and SIGINT → terminateRequested(). As staticDHCPd, a second
/// SIGTERM/SIGINT arriving while a shutdown is already pending ends the process at once with exit status 1
/// (from the signal handler, so it works even if the event loop is stuck; the pidfile is then left behind and
/// replaced as stale at the next start).
///
/// Unix: the handlers write the signal number into a self-pipe that a QSocketNotifier watches. One watcher is
/// active at a time; a second one constructed meanwhile stays inert (isActive() is false). Destroying the
/// watcher restores the previous handlers.
/// Other platforms: a stub that never emits and is never active.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// Whether this watcher has the signal handlers installed.
    bool isActive() const { return m_active; }
    /// Whether a SIGTERM/SIGINT has been received (the next one exits the process).
    static bool isTerminationPending();

signals:
    void reinitialiseRequested();
    void terminateRequested();

private:
    void readSignals();

    bool m_active = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace qsd
