#pragma once

#include <QJSValue>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

class ManagementClient;
class ManagementReplica;

/// The console's one connection to a server (DESIGN.md "Management API"): the embedded server's local socket or
/// a daemon's `local:NAME` / `tcp://HOST:PORT` (TLS and token). Reconnects by itself every two seconds while the
/// server is unreachable; QML shows `state` and `error` in a banner.
///
/// Every slot of management.rep is reachable by name through call(), asynchronously: the answer map (always
/// with "ok" and "error") reaches the callback; a call while disconnected answers {ok: false, error}.
class ConsoleClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString url READ url NOTIFY stateChanged)
    Q_PROPERTY(bool embedded READ embedded NOTIFY stateChanged)
    Q_PROPERTY(bool tls READ tls NOTIFY stateChanged)
    Q_PROPERTY(QString who READ who NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap status READ status NOTIFY statusChanged)
    Q_PROPERTY(QVariantMap counters READ counters NOTIFY countersChanged)
    Q_PROPERTY(QVariantList extensionPanels READ extensionPanels NOTIFY extensionsChanged)
    Q_PROPERTY(QVariantList extensionActions READ extensionActions NOTIFY extensionsChanged)
public:
    enum State { Connecting, Connected, Unreachable };
    Q_ENUM(State)

    struct Options
    {
        QString url;
        QString tokenFile;
        QString caFile;
        bool embedded = false;
    };

    explicit ConsoleClient(const Options &options, QObject *parent = nullptr);
    ~ConsoleClient() override;

    /// Starts connecting (and reconnecting whenever the connection is lost).
    void open();
    /// Connects somewhere else (the embedded server once it runs): drops the current connection first.
    void reopen(const Options &options);
    /// Not connected, with this reason, and not retrying (the embedded server failed to start).
    void fail(const QString &why);

    State state() const { return m_state; }
    QString error() const { return m_error; }
    QString url() const { return m_options.url; }
    bool embedded() const { return m_options.embedded; }
    bool tls() const { return m_options.url.startsWith(QLatin1String("tcp://")); }
    QString who() const { return m_who; }
    QVariantMap status() const;
    QVariantMap counters() const;
    QVariantList extensionPanels() const;
    QVariantList extensionActions() const;

    /// QML: client.call("maps", ["", "", -1, 0, false, 200, 0], function(answer) { … })
    Q_INVOKABLE void call(const QString &slot, const QVariantList &arguments, const QJSValue &callback = QJSValue());
    /// C++: the same with a function.
    void call(const QString &slot, const QVariantList &arguments, std::function<void(const QVariantMap &)> done);

signals:
    void stateChanged();
    void statusChanged();
    void countersChanged();
    void extensionsChanged();
    void logAppended(const QVariantList &records);
    void definitionsChanged(const QString &what, const QString &key, const QString &who);
    /// After every (re)connection: views reload what they show.
    void connected();

private:
    void tryConnect();
    void lost(const QString &why);
    void dropConnection();
    void setState(State state, const QString &error);

    Options m_options;
    std::unique_ptr<ManagementClient> m_client;
    State m_state = Connecting;
    QString m_error;
    QString m_who;
    QTimer m_retry;
};
