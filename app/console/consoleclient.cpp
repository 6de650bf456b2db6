#include "consoleclient.h"

#include "managementclient.h"
#include "contractvariant.h"
#include "rep_management_merged.h"

#include <QJSEngine>
#include <QMetaMethod>
#include <QRemoteObjectPendingCallWatcher>

namespace {

constexpr int RetryMs = 2000;
constexpr int ConnectTimeoutMs = 1500;

QVariantMap failure(const QString &error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

} // namespace

ConsoleClient::ConsoleClient(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ConsoleClient::tryConnect);
}

ConsoleClient::~ConsoleClient()
{
    if (m_client && m_client->device())
        disconnect(m_client->device(), nullptr, this, nullptr);
}

void ConsoleClient::dropConnection()
{
    ManagementClient *old = m_client.release();
    if (!old)
        return;
    // Silenced first: closing the socket must not report a loss again. Deleted later: this may run inside one
    // of the connection's own signals.
    if (old->device())
        disconnect(old->device(), nullptr, this, nullptr);
    if (old->replica())
        disconnect(old->replica(), nullptr, this, nullptr);
    QTimer::singleShot(0, this, [old] { delete old; });
}

void ConsoleClient::open()
{
    tryConnect();
}

void ConsoleClient::reopen(const Options &options)
{
    m_retry.stop();
    dropConnection();
    m_options = options;
    setState(Connecting, QString());
    tryConnect();
}

void ConsoleClient::fail(const QString &why)
{
    m_retry.stop();
    dropConnection();
    setState(Unreachable, why);
}

void ConsoleClient::tryConnect()
{
    if (m_options.url.isEmpty())
        return;
    auto client = std::make_unique<ManagementClient>();
    ManagementClient::Options o;
    o.url = m_options.url;
    o.tokenFile = m_options.tokenFile;
    o.caFile = m_options.caFile;
    o.timeoutMs = ConnectTimeoutMs;
    QString why;
    if (!client->connect(o, &why)) {
        setState(Unreachable, why);
        m_retry.start();
        return;
    }
    m_client = std::move(client);
    ManagementReplica *rep = m_client->replica();
    connect(rep, &QRemoteObjectReplica::stateChanged, this, [this](QRemoteObjectReplica::State s) {
        if (s == QRemoteObjectReplica::Suspect || s == QRemoteObjectReplica::SignatureMismatch)
            lost(tr("the server closed the connection"));
    });
    if (QIODevice *device = m_client->device()) {
        connect(device, &QIODevice::readChannelFinished, this, [this] { lost(tr("the server closed the connection")); });
        connect(device, &QIODevice::aboutToClose, this, [this] { lost(tr("the connection was closed")); });
    }
    connect(rep, &ManagementReplica::statusChanged, this, &ConsoleClient::statusChanged);
    connect(rep, &ManagementReplica::countersChanged, this, &ConsoleClient::countersChanged);
    connect(rep, &ManagementReplica::extensionPanelsChanged, this, &ConsoleClient::extensionsChanged);
    connect(rep, &ManagementReplica::extensionActionsChanged, this, &ConsoleClient::extensionsChanged);
    // Until the console reads management.rep's declared types: the plain maps and names they stand for.
    connect(rep, &ManagementReplica::logAppended, this, [this](const QList<LogRow> &records) {
        emit logAppended(contract::toPlain(QVariant::fromValue(records)).toList());
    });
    connect(rep, &ManagementReplica::definitionsChanged, this, [this](ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who) {
        emit definitionsChanged(QString::fromLatin1(QMetaEnum::fromType<ChangeKindEnum::ChangeKind>().valueToKey(kind)).toLower(), key, who);
    });
    setState(Connected, QString());
    call(QStringLiteral("whoAmI"), {}, [this](const QVariantMap &answer) {
        m_who = answer.value(QStringLiteral("who")).toString();
        emit stateChanged();
    });
    emit statusChanged();
    emit countersChanged();
    emit extensionsChanged();
    emit connected();
}

void ConsoleClient::lost(const QString &why)
{
    if (m_state != Connected)
        return;
    dropConnection();
    setState(Unreachable, why);
    m_retry.start();
}

void ConsoleClient::setState(State state, const QString &error)
{
    if (m_state == state && m_error == error)
        return;
    m_state = state;
    m_error = error;
    emit stateChanged();
}

QVariantMap ConsoleClient::status() const
{
    return m_state == Connected ? contract::toMap(m_client->replica()->status()) : QVariantMap();
}

QVariantMap ConsoleClient::counters() const
{
    return m_state == Connected ? contract::toMap(m_client->replica()->counters()) : QVariantMap();
}

QVariantList ConsoleClient::extensionPanels() const
{
    return m_state == Connected ? contract::toPlain(QVariant::fromValue(m_client->replica()->extensionPanels())).toList() : QVariantList();
}

QVariantList ConsoleClient::extensionActions() const
{
    return m_state == Connected ? contract::toPlain(QVariant::fromValue(m_client->replica()->extensionActions())).toList() : QVariantList();
}

void ConsoleClient::call(const QString &slot, const QVariantList &arguments, const QJSValue &callback)
{
    QJSValue cb = callback;
    call(slot, arguments, [this, cb](const QVariantMap &answer) mutable {
        if (!cb.isCallable())
            return;
        QJSEngine *engine = qjsEngine(this);
        if (engine)
            cb.call({engine->toScriptValue(answer)});
    });
}

void ConsoleClient::call(const QString &slot, const QVariantList &arguments, std::function<void(const QVariantMap &)> done)
{
    if (m_state != Connected || !m_client) {
        done(failure(m_error.isEmpty() ? tr("not connected") : m_error));
        return;
    }
    ManagementReplica *rep = m_client->replica();
    const QMetaObject *meta = rep->metaObject();
    QMetaMethod method;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod m = meta->method(i);
        if (m.methodType() == QMetaMethod::Slot && m.name() == slot.toLatin1() && m.parameterCount() == arguments.size()) {
            method = m;
            break;
        }
    }
    if (!method.isValid()) {
        done(failure(QStringLiteral("the management API has no %1 with %2 arguments").arg(slot).arg(arguments.size())));
        return;
    }
    // Each argument converted to the slot's parameter type, kept alive for the call.
    QVariantList values = arguments;
    QGenericArgument args[10];
    for (int i = 0; i < values.size(); ++i) {
        const QMetaType type = method.parameterMetaType(i);
        if (!values[i].convert(type)) {
            done(failure(QStringLiteral("%1: argument %2 is not a %3").arg(slot).arg(i + 1).arg(QLatin1String(type.name()))));
            return;
        }
        args[i] = QGenericArgument(type.name(), values[i].constData());
    }
    QRemoteObjectPendingCall reply;   // every QRemoteObjectPendingReply<Answer> is one of these
    const bool invoked = method.invoke(rep, Qt::DirectConnection, QGenericReturnArgument(method.typeName(), &reply),
                                       args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8], args[9]);
    if (!invoked) {
        done(failure(QStringLiteral("%1 could not be called").arg(slot)));
        return;
    }
    auto *watcher = new QRemoteObjectPendingCallWatcher(reply, this);
    connect(watcher, &QRemoteObjectPendingCallWatcher::finished, this, [watcher, done] {
        watcher->deleteLater();
        if (watcher->error() != QRemoteObjectPendingCall::NoError) {
            done(failure(tr("the server did not answer")));
            return;
        }
        done(contract::toPlain(watcher->returnValue()).toMap());
    });
}
