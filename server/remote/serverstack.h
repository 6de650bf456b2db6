#pragma once

#include "engine/config.h"

#include <QString>

#include <functional>
#include <memory>

namespace qsd {

class DhcpServer;
class HookProviders;
class ManagementHost;

/// The whole server as the daemon and the console's embedded mode run it: the DhcpServer thread, and in its
/// thread the ManagementHost with the hooks' panels, actions and hook file. One start-up order for both
/// executables: bind, `afterBind` (the daemon drops root there), open the store, then listen for consoles.
class ServerStack
{
public:
    explicit ServerStack(const ServerConfig &config);
    ~ServerStack();
    ServerStack(const ServerStack &) = delete;
    ServerStack &operator=(const ServerStack &) = delete;

    /// False with an error naming the [section] at fault.
    bool start(QString *error, const std::function<bool(QString *)> &afterBind = {});
    bool reinitialise(QString *error);
    /// Closes the management API, then stops the server. Idempotent.
    void stop();

    /// "local:NAME" for the first local listen address (what a console in this process connects to), or empty.
    QString localUrl() const { return m_localUrl; }
    const ServerConfig &config() const { return m_config; }

private:
    ServerConfig m_config;
    std::unique_ptr<DhcpServer> m_server;
    ManagementHost *m_host = nullptr;   // lives in the server thread
    std::unique_ptr<HookProviders> m_hookProviders;
    QString m_localUrl;
};

} // namespace qsd
