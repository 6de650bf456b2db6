#pragma once

#include "definition.h"
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

/// Where definitions come from, on the hot path: SQLite, PostgreSQL, MySQL, an INI file, HTTP, nothing (hooks only),
/// or a cache in front of one of these.
///
/// The engine calls `lookupMAC()` for every request and the service calls `reinitialise()`; a store is used from
/// one thread only (SQL connections belong to the thread that opened them). What the console and the CLI read and
/// edit is a separate interface, DefinitionAdmin (definitionadmin.h), implemented by the
/// stores that can edit: what stands in front of the lookups (CachingStore, LookupPool) has nothing to pass on.
/// Errors are text naming the file, MAC or key at fault; `error` may be null when the caller does not want it.
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

private:
    ChangeListener m_changeListener;
    OutageListener m_outageListener;
};

} // namespace qsd
