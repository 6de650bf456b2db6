#include "managementhost.h"

#include "managementsession.h"
#include "platform/logsink.h"
#include "service/dhcpservice.h"
#include "tlslistener.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QSet>
#include <QSslSocket>

#ifdef Q_OS_LINUX
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace qsd {

Q_LOGGING_CATEGORY(lcManagement, "management")

namespace {

/// The OS user at the other end of a local connection (SO_PEERCRED), else "local".
QString localPeerName(QLocalSocket *socket)
{
#ifdef Q_OS_LINUX
    ucred credentials{};
    socklen_t size = sizeof credentials;
    if (getsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &size) == 0) {
        passwd entry{};
        passwd *found = nullptr;
        char buffer[1024];
        if (getpwuid_r(credentials.uid, &entry, buffer, sizeof buffer, &found) == 0 && found)
            return QString::fromLocal8Bit(found->pw_name);
        return QStringLiteral("uid %1").arg(credentials.uid);
    }
#else
    Q_UNUSED(socket);
#endif
    return QStringLiteral("local");
}

/// The kind of a change another server made (StoreChange::what: "map", "subnet", "blacklist"); anything else is
/// announced as a change of everything.
ChangeKindEnum::ChangeKind changeKindOf(const QString &what)
{
    if (what == QLatin1String("map"))
        return ChangeKindEnum::Map;
    if (what == QLatin1String("subnet"))
        return ChangeKindEnum::Subnet;
    if (what == QLatin1String("blacklist"))
        return ChangeKindEnum::Blacklist;
    return ChangeKindEnum::All;
}

} // namespace

ManagementHost::ManagementHost(DhcpService *service, const ManagementSettings &settings, QObject *parent)
    : QObject(parent), m_service(service), m_settings(settings), m_api(service)
{
    m_push.setInterval(1000);
    connect(&m_push, &QTimer::timeout, this, &ManagementHost::push);
    m_api.setChangedCallback([this](ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who) {
        announce(kind, key, who);
    });
    // Edits made through another server on the same database reach this server's consoles too.
    connect(service, &DhcpService::changedElsewhere, this, [this](const QString &what, const QString &key, const QString &who) {
        announce(changeKindOf(what), key, who);
    });
}

ManagementHost::~ManagementHost()
{
    close();
}

bool ManagementHost::listen(QString *error)
{
    if (!m_settings.listen.isEmpty()) {
        if (!m_settings.listen.startsWith(QLatin1String("local:")) || m_settings.listen.size() == 6) {
            *error = QStringLiteral("[management] listen: '%1' is not local:NAME (TCP goes in tcp_listen, with TLS)").arg(m_settings.listen);
            return false;
        }
        if (!listenLocal(m_settings.listen.mid(6), error))
            return false;
    }
    if (!m_settings.tcpListen.isEmpty()) {
        m_tls = new TlsListener(this);
        connect(m_tls, &TlsListener::authenticated, this, [this](QSslSocket *socket, const QString &name, const QByteArray &digest) {
            m_tokenOf.insert(addSession(socket, name, QStringLiteral("tcp")), digest);
        });
        connect(m_tls, &TlsListener::tokensChanged, this, &ManagementHost::endRevokedSessions);
        if (!m_tls->listen(m_settings, error)) {
            close();
            return false;
        }
    }
    if (LogSink *sink = LogSink::instance()) {
        LogRing *ring = &m_api.logRing();
        // Qt's own categories stay out: a warning from the transport must not feed itself through the transport.
        sink->setObserver([ring](const LogRecord &r) {
            if (!r.category.startsWith(QLatin1String("qt.")))
                ring->append(r);
        });
        m_observing = true;
    }
    for (const QString &address : addresses())
        qCInfo(lcManagement).noquote() << "management API listening on" << address;
    return true;
}

bool ManagementHost::listenLocal(const QString &name, QString *error)
{
    // A name still answering belongs to a running server: never take it over. A stale one is removed.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500)) {
        *error = QStringLiteral("[management] listen=local:%1: another server is already listening on this name").arg(name);
        return false;
    }
    QLocalServer::removeServer(name);
    m_local = new QLocalServer(this);
    m_local->setSocketOptions(QLocalServer::UserAccessOption);   // owner-only socket file
    connect(m_local, &QLocalServer::newConnection, this, &ManagementHost::acceptLocal);
    if (!m_local->listen(name)) {
        *error = QStringLiteral("[management] listen=local:%1: %2").arg(name, m_local->errorString());
        delete m_local;
        m_local = nullptr;
        return false;
    }
    return true;
}

void ManagementHost::close()
{
    if (m_observing) {
        if (LogSink *sink = LogSink::instance())
            sink->setObserver({});
        m_observing = false;
    }
    m_push.stop();
    const QList<ManagementSession *> sessions = m_sessions;
    m_sessions.clear();
    m_tokenOf.clear();
    qDeleteAll(sessions);
    if (m_local) {
        m_local->close();
        delete m_local;
        m_local = nullptr;
    }
    if (m_tls) {
        m_tls->close();
        delete m_tls;
        m_tls = nullptr;
    }
}

QStringList ManagementHost::addresses() const
{
    QStringList out;
    if (m_local)
        out << QStringLiteral("local:") + m_local->fullServerName();
    if (m_tls)
        out << m_tls->address();
    return out;
}

QString ManagementHost::localSocketPath() const
{
    return m_local ? m_local->fullServerName() : QString();
}

quint16 ManagementHost::tcpPort() const
{
    return m_tls ? m_tls->port() : 0;
}

void ManagementHost::acceptLocal()
{
    while (QLocalSocket *socket = m_local->nextPendingConnection())
        addSession(socket, localPeerName(socket), QStringLiteral("local"));
}

void ManagementHost::endRevokedSessions(const QByteArrayList &validDigests)
{
    const QSet<QByteArray> valid(validDigests.cbegin(), validDigests.cend());
    const QHash<ManagementSession *, QByteArray> tcp = m_tokenOf;
    for (auto it = tcp.cbegin(); it != tcp.cend(); ++it) {
        if (valid.contains(it.value()))
            continue;
        ManagementSession *session = it.key();
        qCWarning(lcManagement).noquote() << "management: the token of" << session->who()
                                          << "is no longer in the token file: its session ends";
        if (auto *socket = qobject_cast<QAbstractSocket *>(session->device()))
            socket->abort();
        removeSession(session);
    }
}

ManagementSession *ManagementHost::addSession(QIODevice *device, const QString &who, const QString &transport)
{
    auto *session = new ManagementSession(&m_api, device, who, transport, this);
    connect(session, &ManagementSession::closed, this, [this, session] { removeSession(session); }, Qt::QueuedConnection);
    m_sessions.append(session);
    qCDebug(lcManagement).noquote() << "management: console connected over" << transport << "as" << who;
    // Fill the new session at once, then keep everyone up to date every second.
    session->setCounters(m_api.counters());
    session->setExtensionPanels(m_api.extensionPanels());
    session->setExtensionActions(m_api.extensionActions());
    pushStatus();
    if (!m_push.isActive()) {
        m_api.logRing().since(0, &m_logSequence);   // new records only from now on; logs() serves the past
        m_push.start();
    }
    emit connectionsChanged(connectionCount());
    return session;
}

void ManagementHost::removeSession(ManagementSession *session)
{
    m_tokenOf.remove(session);
    if (!m_sessions.removeOne(session))
        return;
    session->deleteLater();
    if (m_sessions.isEmpty())
        m_push.stop();
    else
        pushStatus();
    emit connectionsChanged(connectionCount());
}

void ManagementHost::announce(ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who)
{
    for (ManagementSession *s : std::as_const(m_sessions))
        emit s->definitionsChanged(kind, key, who);
}

void ManagementHost::pushStatus()
{
    const ServerStatus status = m_api.status(connectionCount(), addresses());
    for (ManagementSession *s : std::as_const(m_sessions))
        s->setStatus(status);
}

void ManagementHost::push()
{
    const ServerCounters counters = m_api.counters();
    const QList<ExtensionPanel> panels = m_api.extensionPanels();
    const QList<ExtensionAction> actions = m_api.extensionActions();
    const QList<LogRecord> records = m_api.logRing().since(m_logSequence, &m_logSequence);
    const QList<LogRow> log = ManagementApi::logRecords(records);
    pushStatus();
    for (ManagementSession *s : std::as_const(m_sessions)) {
        s->setCounters(counters);
        s->setExtensionPanels(panels);
        s->setExtensionActions(actions);
        if (!log.isEmpty())
            emit s->logAppended(log);
    }
}

} // namespace qsd
