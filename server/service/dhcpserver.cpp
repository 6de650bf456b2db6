#include "dhcpserver.h"

namespace qsd {

DhcpServer::DhcpServer(const ServerConfig &config) : m_config(config)
{
    m_thread.setObjectName(QStringLiteral("DHCP"));
}

DhcpServer::~DhcpServer()
{
    stop();
}

bool DhcpServer::start(QString *error, const std::function<bool(QString *)> &afterBind)
{
    m_service = new DhcpService(m_config);
    m_service->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(m_service, [&] { ok = m_service->bind(error); }, Qt::BlockingQueuedConnection);
    if (ok && afterBind)
        ok = afterBind(error);
    if (ok)
        QMetaObject::invokeMethod(m_service, [&] { ok = m_service->open(error); }, Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

bool DhcpServer::reinitialise(QString *error)
{
    if (!m_service || !m_thread.isRunning())
        return false;
    bool ok = false;
    QMetaObject::invokeMethod(m_service, [&] { ok = m_service->reinitialise(error); }, Qt::BlockingQueuedConnection);
    return ok;
}

void DhcpServer::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_service, [this] { m_service->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_service = nullptr;
}

} // namespace qsd
