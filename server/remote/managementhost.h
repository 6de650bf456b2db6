#pragma once

#include "extensionprovider.h"
#include "managementapi.h"
#include "managementsettings.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace qsd {

class DhcpService;
class ManagementSession;
class TlsListener;

/// The management API's server side (DESIGN.md "Management API"; management.rep): listens on a local socket
/// that only the server's user can open (`local:NAME`) and, when configured, on TCP with TLS and a token;
/// publishes the source object "Management" to every connection, each with its own identity for the audit.
///
/// Create it in the DhcpService's thread, after the service started, and call listen(). While at least one
/// console is connected a one-second timer pushes the counters, status, extension lists and new log records;
/// with nobody connected nothing runs. The log ring buffer is fed from LogSink::instance(), if any.
class ManagementHost : public QObject
{
    Q_OBJECT
public:
    ManagementHost(DhcpService *service, const ManagementSettings &settings, QObject *parent = nullptr);
    ~ManagementHost() override;

    /// Starts listening. False with an error naming the [management] key at fault (a tcp_listen without
    /// tls_certificate, tls_key and token_file is refused; so is a local name already served).
    bool listen(QString *error);
    void close();

    /// Hooks' console panels and actions; nullptr: none. Not owned; must outlive the host or be reset.
    void setExtensionProvider(ExtensionProvider *provider) { m_api.setExtensionProvider(provider); }
    /// The hook file's get/set/validate/reload; nullptr: "hooks are not configured".
    void setHookFileProvider(HookFileProvider *provider) { m_api.setHookFileProvider(provider); }

    int connectionCount() const { return int(m_sessions.size()); }
    /// "local:/tmp/qstaticdhcpd", "tcp:0.0.0.0:8067": what listen() opened.
    QStringList addresses() const;
    /// The local socket's file (empty if none): the console connects with `local:` + the name.
    QString localSocketPath() const;
    /// The TCP port listened on (0: none); useful with tcp_listen port 0 in tests.
    quint16 tcpPort() const;

    ManagementApi &api() { return m_api; }

signals:
    void connectionsChanged(int count);

private:
    bool listenLocal(const QString &name, QString *error);
    void acceptLocal();
    ManagementSession *addSession(QIODevice *device, const QString &who, const QString &transport);
    /// Ends the TCP sessions whose token is not among `validDigests` (TlsListener::tokensChanged).
    void endRevokedSessions(const QByteArrayList &validDigests);
    void removeSession(ManagementSession *session);
    /// Emits definitionsChanged on every session.
    void announce(ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who);
    void push();
    void pushStatus();

    DhcpService *m_service;
    ManagementSettings m_settings;
    ManagementApi m_api;
    QLocalServer *m_local = nullptr;
    TlsListener *m_tls = nullptr;
    QList<ManagementSession *> m_sessions;   // children
    QHash<ManagementSession *, QByteArray> m_tokenOf;   // TCP sessions: TlsListener::tokenDigest of their token
    QTimer m_push;
    quint64 m_logSequence = 0;
    bool m_observing = false;
};

} // namespace qsd
