#include "pgchangelistener.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

namespace qsd {

/// The listener's half that lives in its thread: the connection, the subscription, the reconnection.
class PgListenerWorker : public QObject
{
public:
    PgListenerWorker(const QString &connectionName, PgChangeListener::Configure configure, const QString &describe,
                     const QString &origin, std::function<void(const StoreChange &)> post,
                     std::function<void(const QString &)> postLost, std::atomic<bool> *listening)
        : m_name(connectionName),
          m_configure(std::move(configure)),
          m_describe(describe),
          m_origin(origin),
          m_post(std::move(post)),
          m_postLost(std::move(postLost)),
          m_listening(listening)
    {
        m_retry.setSingleShot(true);
        m_retry.setInterval(RetryMs);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { listen(); });
        // QPSQL reads the connection in a socket notifier of its own, out of our reach (Qt 6.4): when the server
        // closes the connection, libpq closes the socket and Qt's event dispatcher disables that notifier ("Invalid
        // socket … disabling"). The driver's state (PQstatus, nothing is sent) is therefore checked every second.
        m_health.setInterval(HealthMs);
        QObject::connect(&m_health, &QTimer::timeout, this, [this] { checkAlive(); });
    }

    /// In the thread: connects and subscribes, or tries again later.
    void listen()
    {
        if (m_stopping)
            return;
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_configure(db);
            if (!db.open()) {
                problem = db.lastError().text();
            } else if (!db.driver()->subscribeToNotification(PgChangeListener::channel())) {
                problem = db.driver()->lastError().text();
            } else {
                QSqlDriver *driver = db.driver();
                QObject::connect(driver, &QSqlDriver::notification, this,
                                 [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                                     received(payload.toString());
                                 });
            }
        }
        if (!problem.isEmpty()) {
            if (!m_failing)
                qWarning().noquote() << QStringLiteral("%1: cannot listen for edits made by other servers (%2); "
                                                       "trying again every %3 ms")
                                            .arg(m_describe, problem.trimmed())
                                            .arg(RetryMs);
            m_failing = true;
            drop();
            m_retry.start();
            return;
        }
        if (m_failing)
            qInfo().noquote() << QStringLiteral("%1: listening for edits made by other servers again; the cache is "
                                                "flushed once")
                                     .arg(m_describe);
        m_failing = false;
        m_listening->store(true);
        m_health.start();
        // Edits may have been missed (before the first subscription, or while the connection was down).
        m_post(StoreChange{});
    }

    /// In the thread, before it quits.
    void stop()
    {
        m_stopping = true;
        m_retry.stop();
        m_health.stop();
        drop();
    }

private:
    static constexpr int RetryMs = 500;
    static constexpr int HealthMs = 1000;

    void received(const QString &payload)
    {
        const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
        if (o.value(QStringLiteral("origin")).toString() == m_origin)
            return;   // our own edit: already flushed and announced by the edit path
        if (o.isEmpty() || !o.contains(QStringLiteral("what"))) {
            m_post(StoreChange{});   // sent by hand (or by a later version): read everything again
            return;
        }
        m_post(StoreChange{o.value(QStringLiteral("what")).toString(), o.value(QStringLiteral("key")).toString(),
                           o.value(QStringLiteral("who")).toString()});
    }

    void checkAlive()
    {
        if (!m_listening->load() || m_stopping)
            return;
        {
            const QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid() && db.driver()->isOpen())
                return;
        }
        m_listening->store(false);
        m_health.stop();
        m_failing = true;
        qWarning().noquote() << QStringLiteral("%1: lost the connection that listens for edits made by other servers; "
                                               "reconnecting")
                                    .arg(m_describe);
        m_postLost(QStringLiteral("%1: the connection was closed (the server stopped, or the network failed)").arg(m_describe));
        drop();
        m_retry.start();
    }

    void drop()
    {
        m_listening->store(false);
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    QString m_name;
    PgChangeListener::Configure m_configure;
    QString m_describe;
    QString m_origin;
    std::function<void(const StoreChange &)> m_post;
    std::function<void(const QString &)> m_postLost;
    std::atomic<bool> *m_listening;
    QTimer m_retry{this};
    QTimer m_health{this};
    bool m_failing = false;
    bool m_stopping = false;
};

PgChangeListener::PgChangeListener(const QString &connectionName, Configure configure, const QString &describe,
                                   const QString &origin, Report report, Lost lost)
{
    QObject *receiver = &m_receiver;
    auto post = [receiver, report = std::move(report)](const StoreChange &change) {
        QMetaObject::invokeMethod(receiver, [report, change] { report(change); }, Qt::QueuedConnection);
    };
    auto postLost = [receiver, lost = std::move(lost)](const QString &problem) {
        if (lost)
            QMetaObject::invokeMethod(receiver, [lost, problem] { lost(problem); }, Qt::QueuedConnection);
    };
    m_worker = new PgListenerWorker(connectionName, std::move(configure), describe, origin, std::move(post),
                                    std::move(postLost), &m_listening);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("pg-listen"));
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->listen(); }, Qt::QueuedConnection);
}

PgChangeListener::~PgChangeListener()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

} // namespace qsd
