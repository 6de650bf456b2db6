#pragma once

#include "dhcpservice.h"

#include <QThread>

#include <functional>

namespace qsd {

/// Runs a DhcpService in its own thread (DESIGN.md: "a server that runs in its own thread"), for the daemon
/// and the console's embedded server. Construction does nothing; `start()` blocks until the service is
/// listening or has failed, so start-up errors reach the caller before it drops privileges.
class DhcpServer
{
public:
    explicit DhcpServer(const ServerConfig &config);
    ~DhcpServer();
    DhcpServer(const DhcpServer &) = delete;
    DhcpServer &operator=(const DhcpServer &) = delete;

    /// Binds (as the current user), then calls `afterBind` in this thread — where the daemon drops root —
    /// then opens the store and starts serving. False with the first error.
    bool start(QString *error, const std::function<bool(QString *)> &afterBind = {});
    /// Reinitialises in the server thread and waits for the result.
    bool reinitialise(QString *error);
    void stop();

    /// The service, for calls queued into the server thread (QMetaObject::invokeMethod).
    DhcpService *service() { return m_service; }

private:
    ServerConfig m_config;
    QThread m_thread;
    DhcpService *m_service = nullptr;
};

} // namespace qsd
