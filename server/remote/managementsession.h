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

    QVariantMap whoAmI() override;
    QVariantMap series(int resolutionSecs, qint64 fromSecs, qint64 toSecs) override;
    QVariantMap recentActivity(int limit) override;
    QVariantMap unknownClients() override;
    QVariantMap logs(int minimumSeverity, int limit) override;
    QVariantMap subnets() override;
    QVariantMap maps(QString search, QString subnet, int serial, int sort, bool descending, int limit, int offset) override;
    QVariantMap addSubnet(QVariantMap subnet) override;
    QVariantMap updateSubnet(QString subnet, int serial, QString revision, QVariantMap changed) override;
    QVariantMap deleteSubnet(QString subnet, int serial, QString revision) override;
    QVariantMap addMap(QVariantMap map) override;
    QVariantMap updateMap(QString mac, QString revision, QVariantMap changed) override;
    QVariantMap deleteMap(QString mac, QString revision) override;
    QVariantMap nextFreeIp(QString subnet, int serial) override;
    QVariantMap promoteUnknown(QString mac, QString subnet, int serial, QString ip, QString hostname) override;
    QVariantMap importDefinitions(QVariantList subnets, QVariantList maps, bool dryRun) override;
    QVariantMap audit(int limit, int offset) override;
    QVariantMap blacklist() override;
    QVariantMap blacklistAdd(QString mac, int seconds, QString reason) override;
    QVariantMap blacklistRemove(QString mac) override;
    QVariantMap reinitialise() override;
    QVariantMap invokeAction(QString path, QVariantMap query) override;
    QVariantMap hookSource() override;
    QVariantMap setHookSource(QString source) override;
    QVariantMap validateHookSource(QString source) override;
    QVariantMap reloadHooks() override;

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
