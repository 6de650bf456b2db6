#pragma once

#include "definition.h"
#include "storerecords.h"
#include "protocol/mac.h"

#include <QList>
#include <QString>

#include <functional>

namespace qsd {

/// The answer to one MAC lookup: no definition (unknown MAC), one, or several (for
/// `filterRetrievedDefinitions`), or an error when the store could not answer (database unreadable, bad row).
struct LookupResult
{
    /// Why a lookup failed: the store answered with an error (a bad row, a bad answer), the database could not
    /// be reached (connection refused or lost, timeout: an outage), or too many lookups were already waiting.
    enum class Failure : quint8 { Error, Unreachable, Busy };

    QList<Definition> definitions;
    QString error;      ///< non-empty: the lookup failed and `definitions` is empty
    Failure kind = Failure::Error;   ///< why it failed, when failed()

    bool failed() const { return !error.isEmpty(); }
    bool found() const { return !definitions.isEmpty(); }
    bool unreachable() const { return failed() && kind == Failure::Unreachable; }
    static LookupResult failure(const QString &error) { return LookupResult{{}, error, Failure::Error}; }
    static LookupResult outage(const QString &error) { return LookupResult{{}, error, Failure::Unreachable}; }
    static LookupResult busy(const QString &error) { return LookupResult{{}, error, Failure::Busy}; }
};

/// An edit made by another server sharing the same database (PostgreSQL NOTIFY, see NetworkSqlStore), as the
/// management API announces its own: what = "map" | "subnet" | "blacklist", key = the MAC or "subnet|serial"
/// (empty after a batch). An empty `what` means "anything may have changed" (notifications may have been missed
/// while the database was unreachable).
struct StoreChange
{
    QString what;
    QString key;
    QString who;
};

/// Where definitions come from: SQLite, PostgreSQL, MySQL, an INI file, HTTP, or a cache in front of one.
///
/// The engine calls `lookupMAC()` and `reinitialise()` from its own thread; a store is used from one thread
/// only (SQL connections belong to the thread that opened them). The management methods serve the console
/// and the CLI; a store that cannot edit keeps the default implementations, which answer with an error
/// saying so. Every method returns its errors as text naming the file, MAC, subnet or key at fault;
/// `error` may be null when the caller does not want the message.
class DefinitionStore
{
public:
    DefinitionStore() = default;
    virtual ~DefinitionStore();
    DefinitionStore(const DefinitionStore &) = delete;
    DefinitionStore &operator=(const DefinitionStore &) = delete;

    /// Short description for messages and the console: "SQLite database /var/lib/qstaticdhcp/dhcp.sqlite".
    virtual QString describe() const = 0;

    /// The definitions of `mac`. An unknown MAC is a success with no definition.
    virtual LookupResult lookupMAC(const MAC &mac) = 0;

    /// Makes sure later lookups see fresh data (flushes caches, reconnects, re-reads files); staticDHCPd calls
    /// it on SIGHUP and from the web button.
    virtual bool reinitialise(QString *error) = 0;

    /// True when the management edits below are supported.
    virtual bool isEditable() const;

    // --- definitions (staticDHCPd's `subnets` and `maps` tables) ---
    virtual bool listSubnets(QList<SubnetRecord> *subnets, QString *error);
    /// One page of maps (LIMIT/OFFSET) and the number of rows matching the filter.
    virtual bool listMaps(const MapQuery &query, MapPage *page, QString *error);

    /// Adds a subnet after validation: non-empty subnet, serial >= 0, lease_time > 0, well-formed addresses,
    /// (subnet, serial) not taken. `who` goes into the audit table.
    virtual bool addSubnet(const SubnetRecord &subnet, const QString &who, QString *error);
    /// Replaces subnet (`subnet`, `serial`) by `changed`; the key may change only while no map uses it.
    virtual bool updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                              QString *error);
    /// Deletes a subnet that no map uses.
    virtual bool deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error);

    /// Adds a map after validation: valid MAC (stored lower-case with colons) and IP, known (subnet, serial),
    /// IP inside the subnet's network when the subnet is CIDR text, IP unique within (subnet, serial),
    /// MAC unique (case-insensitively).
    virtual bool addMap(const MapRecord &map, const QString &who, QString *error);
    /// Replaces the map of `mac` by `changed` (which may carry another MAC), with the checks of addMap.
    virtual bool updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error);
    virtual bool deleteMap(const MAC &mac, const QString &who, QString *error);

    /// Applies `batch` in one transaction, with the checks and audit rows of addSubnet, addMap and updateMap:
    /// all of it or, on the first refusal (named by its row), none of it. `dryRun` checks everything, then
    /// rolls back. A subnet already stored with other values is refused (an import never changes a subnet).
    virtual bool applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                            QString *error);

    // --- permanent blacklist (our table `qsd_blacklist`) ---
    virtual bool listBlacklist(QList<BlacklistEntry> *entries, QString *error);
    /// Adds `mac`; an already blacklisted MAC is an error.
    virtual bool addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error);
    virtual bool removeFromBlacklist(const MAC &mac, const QString &who, QString *error);

    // --- audit of every edit above (our table `qsd_audit`) ---
    /// Newest first.
    virtual bool listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error);

    // --- changes made elsewhere ---
    using ChangeListener = std::function<void(const StoreChange &)>;
    /// Called, in the store's thread, for every change another server made to the shared database (only stores
    /// that learn of such changes call it: PostgreSQL). Not called for the edits made through this store.
    void setChangeListener(ChangeListener listener) { m_changeListener = std::move(listener); }
    using OutageListener = std::function<void(const QString &problem)>;
    /// Called, in the store's thread, when the store learns without a lookup that its database cannot be reached
    /// (only PostgreSQL's, whose listener notices a lost connection), so that an idle server reports it too.
    void setOutageListener(OutageListener listener) { m_outageListener = std::move(listener); }

protected:
    /// Tells the change listener, if any.
    void announceChange(const StoreChange &change)
    {
        if (m_changeListener)
            m_changeListener(change);
    }

    /// Tells the outage listener, if any.
    void announceOutage(const QString &problem)
    {
        if (m_outageListener)
            m_outageListener(problem);
    }

    /// The error of the default implementations: "<describe()> is read-only (<what> is not supported)".
    bool unsupported(const char *what, QString *error) const;

private:
    ChangeListener m_changeListener;
    OutageListener m_outageListener;
};

} // namespace qsd
