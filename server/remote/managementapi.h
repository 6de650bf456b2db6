#pragma once

#include "extensionprovider.h"
#include "logring.h"
#include "ouitable.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace qsd {

class DhcpService;
struct MapRecord;
struct SubnetRecord;

/// What the management slots do (management.rep), on a DhcpService, in the service's thread. Every method
/// answers a QVariantMap with {ok, error, …}; nothing throws. Edits name the revision they started from
/// (optimistic concurrency), are audited under `who`, take effect at once and are announced through the
/// changed callback. ManagementSession forwards its slots here with its connection's identity.
class ManagementApi
{
public:
    using ChangedCallback = std::function<void(const QString &what, const QString &key, const QString &who)>;

    explicit ManagementApi(DhcpService *service);

    void setExtensionProvider(ExtensionProvider *provider) { m_extensions = provider; }
    void setHookFileProvider(HookFileProvider *provider) { m_hookFile = provider; }
    void setChangedCallback(ChangedCallback callback) { m_changed = std::move(callback); }
    LogRing &logRing() { return m_log; }

    /// The revision of a row: a short hash of its content.
    static QString revision(const MapRecord &map);
    static QString revision(const SubnetRecord &subnet);

    // published properties
    QVariantMap status(int connections, const QStringList &listening);
    QVariantMap counters();
    QVariantList extensionPanels();
    QVariantList extensionActions();
    /// Log records as the rep publishes them.
    static QVariantList logRecords(const QList<LogRecord> &records);

    // slots
    QVariantMap series(int resolutionSecs, qint64 fromSecs, qint64 toSecs);
    QVariantMap recentActivity(int limit);
    QVariantMap unknownClients();
    QVariantMap logs(int minimumSeverity, int limit);
    QVariantMap subnets();
    QVariantMap maps(const QString &search, const QString &subnet, int serial, int sort, bool descending, int limit, int offset);
    QVariantMap addSubnet(const QVariantMap &subnet, const QString &who);
    QVariantMap updateSubnet(const QString &subnet, int serial, const QString &revision, const QVariantMap &changed, const QString &who);
    QVariantMap deleteSubnet(const QString &subnet, int serial, const QString &revision, const QString &who);
    QVariantMap addMap(const QVariantMap &map, const QString &who);
    QVariantMap updateMap(const QString &mac, const QString &revision, const QVariantMap &changed, const QString &who);
    QVariantMap deleteMap(const QString &mac, const QString &revision, const QString &who);
    QVariantMap nextFreeIp(const QString &subnet, int serial);
    QVariantMap promoteUnknown(const QString &mac, const QString &subnet, int serial, const QString &ip, const QString &hostname, const QString &who);
    QVariantMap importDefinitions(const QVariantList &subnets, const QVariantList &maps, bool dryRun, const QString &who);
    QVariantMap audit(int limit, int offset);
    QVariantMap blacklist();
    QVariantMap blacklistAdd(const QString &mac, int seconds, const QString &reason, const QString &who);
    QVariantMap blacklistRemove(const QString &mac, const QString &who);
    QVariantMap reinitialise(const QString &who);
    QVariantMap invokeAction(const QString &path, const QVariantMap &query, const QString &who);
    QVariantMap hookSource();
    QVariantMap setHookSource(const QString &source, const QString &who);
    QVariantMap validateHookSource(const QString &source);
    QVariantMap reloadHooks(const QString &who);

private:
    QVariantMap storeFailed(const QString &error);
    bool findMap(const QString &mac, MapRecord *found, QString *error);
    bool findSubnet(const QString &subnet, int serial, SubnetRecord *found, QString *error);
    bool reloadPermanentBlacklist(QString *error);
    void changed(const QString &what, const QString &key, const QString &who);

    DhcpService *m_service;
    ExtensionProvider *m_extensions = nullptr;
    HookFileProvider *m_hookFile = nullptr;
    ChangedCallback m_changed;
    LogRing m_log;
    OuiTable m_oui;
    qint64 m_startedAtMs;
    QString m_lastStoreError;            ///< the last error of a store call made here; cleared by a success
    quint64 m_databaseErrorsSeen = 0;    ///< DropReason::DatabaseError count at the previous status
};

} // namespace qsd
