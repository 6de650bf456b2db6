#pragma once

#include "definitionstore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <functional>

namespace qsd {

class PgListenerWorker;

/// Hears of the edits other servers make to a shared PostgreSQL database (DESIGN.md "Storage", scale-out).
///
/// Every edit made through SqlEditor on PostgreSQL sends `NOTIFY qsd_definitions, '<json>'` inside its
/// transaction (SqlEditor::setNotifyChannel). This listener subscribes with QSqlDriver::subscribeToNotification
/// on a connection of its own, in a thread of its own: a lookup running on the store's connection can therefore
/// neither swallow a notification nor be held up by a reconnection, and the notification is read when it arrives
/// (QPSQL's socket notifier needs an event loop, which this thread runs). Each change is reported through
/// `report`, queued to the thread that created the listener (the store's thread, which runs an event loop).
///
/// Notifications carrying our own `origin` are ignored: the edit path already flushed and announced them. When
/// the connection is lost (the database restarted), the listener reconnects every half second and, once it
/// listens again, reports a change with an empty `what`: notifications may have been missed meanwhile, so
/// everything cached must be read again. It reports the same once at start, since lookups may have been cached
/// before it listened. A payload that is not ours (a `NOTIFY qsd_definitions` sent by hand after editing the
/// tables directly) is reported the same way.
class PgChangeListener
{
public:
    using Configure = std::function<void(QSqlDatabase &)>;
    using Report = std::function<void(const StoreChange &)>;
    using Lost = std::function<void(const QString &problem)>;

    /// The channel every server listens on and every edit notifies.
    static QString channel() { return QStringLiteral("qsd_definitions"); }

    /// Starts listening at once. `connectionName` must be unique; `configure` sets host, port, database and
    /// credentials on a fresh QPSQL connection; `describe` names the database in log messages. `lost` is told,
    /// queued like `report`, when a connection that listened is lost: the database went away, even if no lookup
    /// has noticed yet.
    PgChangeListener(const QString &connectionName, Configure configure, const QString &describe,
                     const QString &origin, Report report, Lost lost = {});
    /// Stops the thread and closes its connection.
    ~PgChangeListener();
    PgChangeListener(const PgChangeListener &) = delete;
    PgChangeListener &operator=(const PgChangeListener &) = delete;

    /// True while subscribed (for tests and status).
    bool isListening() const { return m_listening.load(); }

private:
    QObject m_receiver;   // in the creating thread: reports are queued to it
    QThread m_thread;
    PgListenerWorker *m_worker = nullptr;
    std::atomic<bool> m_listening{false};
};

} // namespace qsd
