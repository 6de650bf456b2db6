#include "managementsession.h"

#include "managementapi.h"

#include <QLocalSocket>
#include <QTcpSocket>

namespace qsd {

ManagementSession::ManagementSession(ManagementApi *api, QIODevice *device, const QString &who, const QString &transport,
                                     QObject *parent)
    : ManagementSimpleSource(parent), m_api(api), m_device(device), m_who(who), m_transport(transport)
{
    device->setParent(this);
    if (auto *local = qobject_cast<QLocalSocket *>(device))
        connect(local, &QLocalSocket::disconnected, this, &ManagementSession::closed);
    else if (auto *tcp = qobject_cast<QTcpSocket *>(device))
        connect(tcp, &QTcpSocket::disconnected, this, &ManagementSession::closed);
    connect(device, &QIODevice::aboutToClose, this, &ManagementSession::closed);
    // The connection first (it creates the node's I/O), then the source, which is announced on it.
    m_node.addHostSideConnection(device);
    m_node.enableRemoting(this, QStringLiteral("Management"));
    // Bytes that arrived with the TLS token line are already buffered: make QtRO read them.
    if (device->bytesAvailable() > 0)
        QMetaObject::invokeMethod(device, "readyRead", Qt::QueuedConnection);
}

ManagementSession::~ManagementSession()
{
    m_node.disableRemoting(this);
}

WhoAmIAnswer ManagementSession::whoAmI()
{
    return WhoAmIAnswer(true, QString(), m_who, m_transport);
}

SeriesAnswer ManagementSession::series(int resolutionSecs, qint64 fromSecs, qint64 toSecs) { return m_api->series(resolutionSecs, fromSecs, toSecs); }
ActivityAnswer ManagementSession::recentActivity(int limit) { return m_api->recentActivity(limit); }
UnknownClientsAnswer ManagementSession::unknownClients() { return m_api->unknownClients(); }
LogsAnswer ManagementSession::logs(int minimumSeverity, int limit) { return m_api->logs(minimumSeverity, limit); }
SubnetsAnswer ManagementSession::subnets() { return m_api->subnets(); }
MapsAnswer ManagementSession::maps(QString search, QString subnet, int serial, SortColumnEnum::SortColumn sort, bool descending, int limit, int offset)
{
    return m_api->maps(search, subnet, serial, sort, descending, limit, offset);
}
SubnetAnswer ManagementSession::addSubnet(QVariantMap subnet) { return m_api->addSubnet(subnet, m_who); }
SubnetAnswer ManagementSession::updateSubnet(QString subnet, int serial, QString revision, QVariantMap changed)
{
    return m_api->updateSubnet(subnet, serial, revision, changed, m_who);
}
SubnetAnswer ManagementSession::deleteSubnet(QString subnet, int serial, QString revision) { return m_api->deleteSubnet(subnet, serial, revision, m_who); }
MapAnswer ManagementSession::addMap(QVariantMap map) { return m_api->addMap(map, m_who); }
ImportAnswer ManagementSession::importDefinitions(QVariantList subnets, QVariantList maps, bool dryRun)
{
    return m_api->importDefinitions(subnets, maps, dryRun, m_who);
}
MapAnswer ManagementSession::updateMap(QString mac, QString revision, QVariantMap changed) { return m_api->updateMap(mac, revision, changed, m_who); }
MapAnswer ManagementSession::deleteMap(QString mac, QString revision) { return m_api->deleteMap(mac, revision, m_who); }
IpAnswer ManagementSession::nextFreeIp(QString subnet, int serial) { return m_api->nextFreeIp(subnet, serial); }
MapAnswer ManagementSession::promoteUnknown(QString mac, QString subnet, int serial, QString ip, QString hostname)
{
    return m_api->promoteUnknown(mac, subnet, serial, ip, hostname, m_who);
}
AuditAnswer ManagementSession::audit(int limit, int offset) { return m_api->audit(limit, offset); }
BlacklistAnswer ManagementSession::blacklist() { return m_api->blacklist(); }
Answer ManagementSession::blacklistAdd(QString mac, int seconds, QString reason) { return m_api->blacklistAdd(mac, seconds, reason, m_who); }
BlacklistRemoveAnswer ManagementSession::blacklistRemove(QString mac) { return m_api->blacklistRemove(mac, m_who); }
ReinitialiseAnswer ManagementSession::reinitialise() { return m_api->reinitialise(m_who); }
ActionResult ManagementSession::invokeAction(QString path, QVariantMap query) { return m_api->invokeAction(path, query, m_who); }
HookSourceAnswer ManagementSession::hookSource() { return m_api->hookSource(); }
Answer ManagementSession::setHookSource(QString source) { return m_api->setHookSource(source, m_who); }
HookValidationAnswer ManagementSession::validateHookSource(QString source) { return m_api->validateHookSource(source); }
Answer ManagementSession::reloadHooks() { return m_api->reloadHooks(m_who); }

} // namespace qsd
