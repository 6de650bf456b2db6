#include "consoleclient.h"

#include "contractvariant.h"
#include "managementclient.h"

#include <QRemoteObjectPendingCallWatcher>

namespace {

constexpr int RetryMs = 2000;
constexpr int ConnectTimeoutMs = 1500;

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
    m_plainStatus.reset();
    m_plainCounters.reset();
    connect(rep, &ManagementReplica::statusChanged, this, [this] {
        m_plainStatus.reset();
        emit statusChanged();
    });
    connect(rep, &ManagementReplica::countersChanged, this, [this] {
        m_plainCounters.reset();
        emit countersChanged();
    });
    connect(rep, &ManagementReplica::extensionPanelsChanged, this, &ConsoleClient::extensionsChanged);
    connect(rep, &ManagementReplica::extensionActionsChanged, this, &ConsoleClient::extensionsChanged);
    connect(rep, &ManagementReplica::logAppended, this, &ConsoleClient::logAppended);
    connect(rep, &ManagementReplica::definitionsChanged, this, &ConsoleClient::definitionsChanged);
    setState(Connected, QString());
    ask(this, [](ManagementReplica &r) { return r.whoAmI(); }, [this](const WhoAmIAnswer &answer) {
        m_who = answer.who();
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
    const ManagementReplica *rep = replica();
    if (!rep)
        return {};
    if (!m_plainStatus)
        m_plainStatus = contract::toMap(rep->status());
    return *m_plainStatus;
}

QVariantMap ConsoleClient::counters() const
{
    const ManagementReplica *rep = replica();
    if (!rep)
        return {};
    if (!m_plainCounters)
        m_plainCounters = contract::toMap(rep->counters());
    return *m_plainCounters;
}

QVariantList ConsoleClient::extensionPanels() const
{
    const ManagementReplica *rep = replica();
    return rep ? contract::toPlain(QVariant::fromValue(rep->extensionPanels())).toList() : QVariantList();
}

QVariantList ConsoleClient::extensionActions() const
{
    const ManagementReplica *rep = replica();
    return rep ? contract::toPlain(QVariant::fromValue(rep->extensionActions())).toList() : QVariantList();
}

ManagementReplica *ConsoleClient::replica() const
{
    return m_state == Connected && m_client ? m_client->replica() : nullptr;
}

QString ConsoleClient::notConnectedReason() const
{
    return m_error.isEmpty() ? tr("not connected") : m_error;
}

void ConsoleClient::watch(const QRemoteObjectPendingCall &call, const QObject *context, std::function<void(bool answered)> finished)
{
    auto *watcher = new QRemoteObjectPendingCallWatcher(call, this);
    QPointer<const QObject> guard(context);
    connect(watcher, &QRemoteObjectPendingCallWatcher::finished, this, [watcher, guard, finished] {
        watcher->deleteLater();
        if (guard)
            finished(watcher->error() == QRemoteObjectPendingCall::NoError);
    });
}
