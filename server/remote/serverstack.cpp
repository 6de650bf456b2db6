#include "serverstack.h"

#include "hookproviders.h"
#include "managementhost.h"
#include "service/dhcpserver.h"

namespace qsd {

ServerStack::ServerStack(const ServerConfig &config) : m_config(config), m_server(std::make_unique<DhcpServer>(config)) { }

ServerStack::~ServerStack()
{
    stop();
}

bool ServerStack::start(QString *error, const std::function<bool(QString *)> &afterBind)
{
    if (!m_server->start(error, afterBind))
        return false;

    // The management API lives in the server thread beside the service it serves (its TLS listener starts a
    // thread of its own, "mgmt-tls", for everything before a token is accepted); its local socket is created
    // after the privilege drop, so it belongs to the service's user.
    ManagementSettings settings;
    settings.listen = m_config.managementListen;
    settings.tcpListen = m_config.managementTcpListen;
    settings.tlsCertificate = m_config.managementTlsCertificate;
    settings.tlsKey = m_config.managementTlsKey;
    settings.tokenFile = m_config.managementTokenFile;
    QMetaObject::invokeMethod(m_server->service(), [&] {
        m_host = new ManagementHost(m_server->service(), settings);
        m_hookProviders = std::make_unique<HookProviders>(m_server->service());
        m_host->setExtensionProvider(m_hookProviders.get());
        m_host->setHookFileProvider(m_hookProviders.get());
        if (!m_host->listen(error)) {
            delete m_host;
            m_host = nullptr;
            return;
        }
        if (!m_host->localSocketPath().isEmpty())
            m_localUrl = QStringLiteral("local:") + m_host->localSocketPath();
    }, Qt::BlockingQueuedConnection);
    if (!m_host) {
        *error += QStringLiteral(" ([management] in %1)").arg(m_config.file);
        m_server->stop();
        return false;
    }
    return true;
}

bool ServerStack::reinitialise(QString *error)
{
    return m_server->reinitialise(error);
}

void ServerStack::stop()
{
    if (m_host) {
        QMetaObject::invokeMethod(m_server->service(), [this] {
            delete m_host;
            m_host = nullptr;
            m_hookProviders.reset();
        }, Qt::BlockingQueuedConnection);
    }
    m_server->stop();
}

} // namespace qsd
