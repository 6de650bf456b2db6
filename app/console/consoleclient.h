#pragma once

#include <QObject>
#include <QPointer>
#include <QRemoteObjectPendingReply>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

#include "rep_management_merged.h"

class ManagementClient;

/// The console's one connection to a server (DESIGN.md "Management API"): the embedded server's local socket or
/// a daemon's `local:NAME` / `tcp://HOST:PORT` (TLS and token). Reconnects by itself every two seconds while the
/// server is unreachable; QML shows `state` and `error` in a banner (it reaches the console's one ConsoleClient as
/// a singleton: consolesingletons.h).
///
/// The slots of management.rep are called on the typed replica through ask(): a renamed slot, a reordered
/// parameter or a changed answer type fails to compile. The models call it directly; QML calls the actions of
/// ConsoleActions. The pushed properties are republished for QML as plain maps of their declared fields
/// (contract::toPlain); C++ reads them typed from replica().
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

    /// A change of `kind` concerns what shows `what`: the same kind, or All (a reinitialise).
    static bool concerns(ChangeKindEnum::ChangeKind kind, ChangeKindEnum::ChangeKind what)
    {
        return kind == what || kind == ChangeKindEnum::All;
    }

    /// The replica while connected, else null: the pushed properties, typed.
    ManagementReplica *replica() const;

    /// Calls one slot: `send(replica)` returns its pending reply, and `done(answer)` gets the answer later, in
    /// this thread. While not connected, or when the server does not answer, `done` gets an answer with ok false
    /// and the reason. Nothing is delivered once `context` is destroyed.
    ///
    ///     client->ask(this, [&](ManagementReplica &r) { return r.subnets(); },
    ///                 [this](const SubnetsAnswer &answer) { … });
    template <typename Send, typename Done>
    void ask(const QObject *context, Send send, Done done);

    /// The answer type of a `send` as ask() takes it: T of the slot's QRemoteObjectPendingReply<T>.
    template <typename T>
    struct ReplyOf;
    template <typename T>
    struct ReplyOf<QRemoteObjectPendingReply<T>>
    {
        using Answer = T;
    };
    template <typename Send>
    using AnswerOf = typename ReplyOf<std::invoke_result_t<Send, ManagementReplica &>>::Answer;

    /// An answer of type `Answer` that says the call failed, and why.
    template <typename Answer>
    static Answer failure(const QString &error);

signals:
    void stateChanged();
    void statusChanged();
    void countersChanged();
    void extensionsChanged();
    void logAppended(const QList<LogRow> &records);
    /// Someone changed something (management.rep ChangeKind); `All` after a reinitialise.
    void definitionsChanged(ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who);
    /// After every (re)connection: views reload what they show.
    void connected();

private:
    /// `finished(answered)` once `call` has its answer or has failed, unless `context` is gone by then.
    void watch(const QRemoteObjectPendingCall &call, const QObject *context, std::function<void(bool answered)> finished);
    QString notConnectedReason() const;
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
    // status and counters as QML reads them, converted once per push (many bindings read them).
    mutable std::optional<QVariantMap> m_plainStatus;
    mutable std::optional<QVariantMap> m_plainCounters;
};

template <typename Answer>
Answer ConsoleClient::failure(const QString &error)
{
    Answer answer;
    answer.setOk(false);
    answer.setError(error);
    return answer;
}

template <typename Send, typename Done>
void ConsoleClient::ask(const QObject *context, Send send, Done done)
{
    using Answer = AnswerOf<Send>;
    ManagementReplica *rep = replica();
    if (!rep) {
        done(failure<Answer>(notConnectedReason()));
        return;
    }
    QRemoteObjectPendingReply<Answer> reply = send(*rep);
    watch(reply, context, [reply, done](bool answered) mutable {
        done(answered ? reply.returnValue() : failure<Answer>(tr("the server did not answer")));
    });
}
