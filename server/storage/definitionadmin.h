#pragma once

#include "storerecords.h"
#include "protocol/mac.h"

#include <QList>
#include <QString>

#include <functional>

namespace qsd {

/// The administration of a definitions store: what the management API (the console, qstaticdhcpctl) lists and
/// edits. The lookups are another interface, DefinitionStore; a store that can edit implements both (SqliteStore,
/// NetworkSqlStore), and ReadOnlyAdmin answers for the engines that cannot (ini, http, none).
///
/// Used from the thread that opened the store. Every method returns its errors as text naming the file, MAC,
/// subnet or key at fault; `error` may be null when the caller does not want the message.
class DefinitionAdmin
{
public:
    DefinitionAdmin() = default;
    virtual ~DefinitionAdmin();
    DefinitionAdmin(const DefinitionAdmin &) = delete;
    DefinitionAdmin &operator=(const DefinitionAdmin &) = delete;

    /// Short description for messages and the console: "SQLite database /var/lib/qstaticdhcp/dhcp.sqlite".
    virtual QString describe() const = 0;

    /// True when the edits below are supported.
    virtual bool isEditable() const = 0;

    // --- definitions (staticDHCPd's `subnets` and `maps` tables) ---
    virtual bool listSubnets(QList<SubnetRecord> *subnets, QString *error) = 0;
    /// One page of maps (LIMIT/OFFSET) and the number of rows matching the filter.
    virtual bool listMaps(const MapQuery &query, MapPage *page, QString *error) = 0;

    /// Adds a subnet after validation: non-empty subnet, serial >= 0, lease_time > 0, well-formed addresses,
    /// (subnet, serial) not taken. `who` goes into the audit table.
    virtual bool addSubnet(const SubnetRecord &subnet, const QString &who, QString *error) = 0;
    /// Replaces subnet (`subnet`, `serial`) by `changed`; the key may change only while no map uses it.
    virtual bool updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                              QString *error) = 0;
    /// Deletes a subnet that no map uses.
    virtual bool deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error) = 0;

    /// Adds a map after validation: valid MAC (stored lower-case with colons) and IP, known (subnet, serial),
    /// IP inside the subnet's network when the subnet is CIDR text, IP unique within (subnet, serial),
    /// MAC unique (case-insensitively).
    virtual bool addMap(const MapRecord &map, const QString &who, QString *error) = 0;
    /// Replaces the map of `mac` by `changed` (which may carry another MAC), with the checks of addMap.
    virtual bool updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error) = 0;
    virtual bool deleteMap(const MAC &mac, const QString &who, QString *error) = 0;

    /// Applies `batch` in one transaction, with the checks and audit rows of addSubnet, addMap and updateMap:
    /// all of it or, on the first refusal (named by its row), none of it. `dryRun` checks everything, then
    /// rolls back. A subnet already stored with other values is refused (an import never changes a subnet).
    virtual bool applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                            QString *error) = 0;

    // --- permanent blacklist (our table `qsd_blacklist`) ---
    virtual bool listBlacklist(QList<BlacklistEntry> *entries, QString *error) = 0;
    /// Adds `mac`; an already blacklisted MAC is an error.
    virtual bool addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error) = 0;
    virtual bool removeFromBlacklist(const MAC &mac, const QString &who, QString *error) = 0;

    // --- audit of every edit above (our table `qsd_audit`) ---
    /// Newest first.
    virtual bool listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error) = 0;

    using EditListener = std::function<void()>;
    /// Called, in the store's thread, after every edit above that succeeded (a dry run edits nothing): the cache
    /// in front of the lookups is flushed on it, so that the console's changes apply at once.
    void setEditListener(EditListener listener) { m_editListener = std::move(listener); }

protected:
    /// Tells the edit listener when `ok` (an edit succeeded), and passes `ok` on.
    bool edited(bool ok)
    {
        if (ok && m_editListener)
            m_editListener();
        return ok;
    }

private:
    EditListener m_editListener;
};

} // namespace qsd
