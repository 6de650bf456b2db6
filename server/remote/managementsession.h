#pragma once

#include "rep_management_merged.h"

#include <QPointer>
#include <QRemoteObjectHost>

namespace qsd {

class ManagementApi;

/// One management connection: its own QRemoteObjectHost and source object, so every slot knows who called it
/// (the OS user of a local connection, the token's name over TCP) for the audit. The host pushes the shared
/// properties into every session. Lives in the service thread; deleted when its connection closes.
class ManagementSession : public ManagementSimpleSource
{
    Q_OBJECT
public:
    /// Takes `device` (already open, authenticated) and publishes the source "Management" on it.
    ManagementSession(ManagementApi *api, QIODevice *device, const QString &who, const QString &transport,
                      QObject *parent = nullptr);
    ~ManagementSession() override;

    // The published properties are read-only for replicas; the host sets them.
    using ManagementSimpleSource::setCounters;
    using ManagementSimpleSource::setExtensionActions;
    using ManagementSimpleSource::setExtensionPanels;
    using ManagementSimpleSource::setStatus;

    QString who() const { return m_who; }
    QIODevice *device() const { return m_device; }

    WhoAmIAnswer whoAmI() override;
    SeriesAnswer series(int resolutionSecs, qint64 fromSecs, qint64 toSecs) override;
    ActivityAnswer recentActivity(int limit) override;
    UnknownClientsAnswer unknownClients() override;
    LogsAnswer logs(int minimumSeverity, int limit) override;
    SubnetsAnswer subnets() override;
    MapsAnswer maps(QString search, QString subnet, int serial, SortColumnEnum::SortColumn sort, bool descending, int limit, int offset) override;
    SubnetAnswer addSubnet(QVariantMap subnet) override;
    SubnetAnswer updateSubnet(QString subnet, int serial, QString revision, QVariantMap changed) override;
    SubnetAnswer deleteSubnet(QString subnet, int serial, QString revision) override;
    MapAnswer addMap(QVariantMap map) override;
    MapAnswer updateMap(QString mac, QString revision, QVariantMap changed) override;
    MapAnswer deleteMap(QString mac, QString revision) override;
    IpAnswer nextFreeIp(QString subnet, int serial) override;
    MapAnswer promoteUnknown(QString mac, QString subnet, int serial, QString ip, QString hostname) override;
    ImportAnswer importDefinitions(QVariantList subnets, QVariantList maps, bool dryRun) override;
    AuditAnswer audit(int limit, int offset) override;
    BlacklistAnswer blacklist() override;
    Answer blacklistAdd(QString mac, int seconds, QString reason) override;
    BlacklistRemoveAnswer blacklistRemove(QString mac) override;
    ReinitialiseAnswer reinitialise() override;
    ActionResult invokeAction(QString path, QVariantMap query) override;
    HookSourceAnswer hookSource() override;
    Answer setHookSource(QString source) override;
    HookValidationAnswer validateHookSource(QString source) override;
    Answer reloadHooks() override;

signals:
    void closed();

private:
    ManagementApi *m_api;
    QPointer<QIODevice> m_device;
    QString m_who;
    QString m_transport;
    QRemoteObjectHost m_node;
};

} // namespace qsd
