#pragma once

#include "extensionprovider.h"
#include "logring.h"
#include "ouitable.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace qsd {

class DhcpService;
struct MapRecord;
struct SubnetRecord;

/// What the management slots do (management.rep), on a DhcpService, in the service's thread. Every method
/// answers the slot's declared type with {ok, error, …}; nothing throws. Edits name the revision they started
/// from (optimistic concurrency), are audited under `who`, take effect at once and are announced through the
/// changed callback. ManagementSession forwards its slots here with its connection's identity.
class ManagementApi
{
public:
    using ChangedCallback = std::function<void(ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who)>;

    explicit ManagementApi(DhcpService *service);

    void setExtensionProvider(ExtensionProvider *provider) { m_extensions = provider; }
    void setHookFileProvider(HookFileProvider *provider) { m_hookFile = provider; }
    void setChangedCallback(ChangedCallback callback) { m_changed = std::move(callback); }
    LogRing &logRing() { return m_log; }

    // published properties
    ServerStatus status(int connections, const QStringList &listening);
    ServerCounters counters();
    QList<ExtensionPanel> extensionPanels();
    QList<ExtensionAction> extensionActions();
    /// Log records as the rep publishes them.
    static QList<LogRow> logRecords(const QList<LogRecord> &records);

    // slots
    SeriesAnswer series(int resolutionSecs, qint64 fromSecs, qint64 toSecs);
    ActivityAnswer recentActivity(int limit);
    UnknownClientsAnswer unknownClients();
    LogsAnswer logs(int minimumSeverity, int limit);
    SubnetsAnswer subnets();
    MapsAnswer maps(const QString &search, const QString &subnet, int serial, SortColumnEnum::SortColumn sort, bool descending,
                    int limit, int offset);
    SubnetAnswer addSubnet(const QVariantMap &subnet, const QString &who);
    SubnetAnswer updateSubnet(const QString &subnet, int serial, const QString &revision, const QVariantMap &changed, const QString &who);
    SubnetAnswer deleteSubnet(const QString &subnet, int serial, const QString &revision, const QString &who);
    MapAnswer addMap(const QVariantMap &map, const QString &who);
    MapAnswer updateMap(const QString &mac, const QString &revision, const QVariantMap &changed, const QString &who);
    MapAnswer deleteMap(const QString &mac, const QString &revision, const QString &who);
    IpAnswer nextFreeIp(const QString &subnet, int serial);
    MapAnswer promoteUnknown(const QString &mac, const QString &subnet, int serial, const QString &ip, const QString &hostname, const QString &who);
    ImportAnswer importDefinitions(const QVariantList &subnets, const QVariantList &maps, bool dryRun, const QString &who);
    AuditAnswer audit(int limit, int offset);
    BlacklistAnswer blacklist();
    Answer blacklistAdd(const QString &mac, int seconds, const QString &reason, const QString &who);
    BlacklistRemoveAnswer blacklistRemove(const QString &mac, const QString &who);
    ReinitialiseAnswer reinitialise(const QString &who);
    ActionResult invokeAction(const QString &path, const QVariantMap &query, const QString &who);
    HookSourceAnswer hookSource();
    Answer setHookSource(const QString &source, const QString &who);
    HookValidationAnswer validateHookSource(const QString &source);
    Answer reloadHooks(const QString &who);

private:
    /// A refusal by the store: remembered for the status until a store call succeeds.
    template <typename Reply>
    Reply storeFailed(const QString &error)
    {
        m_lastStoreError = error;
        Reply answer;
        answer.setOk(false);
        answer.setError(error);
        return answer;
    }
    /// The map as the API shows it, with the last time the server heard from its MAC.
    MapRow mapRow(const MapRecord &map) const;
    /// The subnet as the API shows it, with the number of its maps (0 when the store cannot count them).
    SubnetRow subnetRow(const SubnetRecord &subnet);
    /// The number of maps in a subnet; false with the store's error.
    bool countMaps(const SubnetRecord &subnet, qint64 *count, QString *error);
    bool findMap(const QString &mac, MapRecord *found, QString *error);
    bool findSubnet(const QString &subnet, int serial, SubnetRecord *found, QString *error);
    void changed(ChangeKindEnum::ChangeKind kind, const QString &key, const QString &who);

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
