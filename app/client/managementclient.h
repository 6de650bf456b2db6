#pragma once

#include <QIODevice>
#include <QRemoteObjectNode>
#include <QString>
#include <QVariantMap>

#include <memory>

class ManagementReplica;

/// qstaticdhcpctl's connection to the management API: `local:NAME` (the daemon's owner-only local socket)
/// or `tcp://HOST:PORT` (TLS, then the token as the first line). Only the replica of management.rep is used.
class ManagementClient
{
public:
    struct Options
    {
        QString url = QStringLiteral("local:qstaticdhcpd");
        QString tokenFile;   ///< tcp: the token (first "name:token" or "token" line)
        QString caFile;      ///< tcp: PEM CA certificate(s) to trust; default: the system's
        int timeoutMs = 10000;
    };

    ManagementClient();
    ~ManagementClient();

    /// Connects and waits for the server's object. False with a message for people.
    bool connect(const Options &options, QString *error);
    ManagementReplica *replica() const { return m_replica.get(); }
    /// The connection's socket (owned by the node): its readChannelFinished() says the server went away.
    QIODevice *device() const { return m_device; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QRemoteObjectNode m_node;
    std::unique_ptr<ManagementReplica> m_replica;
    int m_timeoutMs = 10000;
    QIODevice *m_device = nullptr;
};
