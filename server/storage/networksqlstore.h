#pragma once

#include "definitionadmin.h"
#include "definitionstore.h"
#include "lookupquery.h"
#include "networksqlschema.h"
#include "sqleditor.h"

#include <QSqlQuery>

#include <functional>
#include <memory>

class QThread;

namespace qsd {

class PgChangeListener;

/// Where a PostgreSQL or MySQL database is: staticDHCPd's POSTGRESQL_* / MYSQL_* settings.
struct SqlServerSettings
{
    SqlServer server = SqlServer::PostgreSQL;
    QString host;                   ///< empty: the local socket
    int port = 5432;                ///< 5432 (PostgreSQL) or 3306 (MySQL)
    QString database;
    QString username;
    QString password;
    QString sslmode = QStringLiteral("disable");    ///< PostgreSQL only (libpq's sslmode)
    int maximumConnections = 4;     ///< staticDHCPd's pool size: lookup worker threads (see below)
    int connectTimeoutSeconds = 5;  ///< staticDHCPd's pool uses connect_timeout=5
};

/// Definitions in a PostgreSQL or MySQL/MariaDB database with staticDHCPd's schema
/// (`[database] engine = postgresql | mysql`), over Qt's QPSQL / QMYSQL drivers.
///
/// Like SqliteStore, the connection is a named QSqlDatabase opened by `open()` in the calling thread and used
/// only from that thread. Absent tables are created (NetworkSqlSchema); the lookup is staticDHCPd's SQL
/// (LookupQuery, generic dialect: `LOWER(m.mac) = ?` when case_insensitive_macs). Edits, the blacklist and the
/// audit go through SqlEditor.
///
/// The server may restart under us: a lookup or an edit that fails because the connection is gone closes it,
/// and the next call reconnects (in the thread that first opened the store). Errors name the engine, host,
/// port and database, and carry the driver's message; a lookup that cannot reach the server is an outage
/// (LookupResult::outage). The service's LookupPool runs `maximumConnections` lookup-only stores, one per
/// worker thread, beside the one store that edits, lists and listens.
///
/// Several servers may share one database. On PostgreSQL every edit notifies the others (`NOTIFY
/// qsd_definitions` in its transaction) and a PgChangeListener — a second connection, in a thread of its own —
/// hears theirs and passes them to the change listener (DefinitionStore::setChangeListener) in the store's
/// thread, which must run an event loop. MySQL has no notifications: there the cache's `[cache] max_age` bounds
/// how long another server's edit takes to show.
class NetworkSqlStore final : public DefinitionStore, public DefinitionAdmin
{
public:
    NetworkSqlStore(const SqlServerSettings &settings, const LookupOptions &options);
    ~NetworkSqlStore() override;

    /// Connects, creates staticDHCPd's tables when absent, applies migrations and prepares the lookup.
    /// Calling it again reconnects; the calling thread becomes the store's thread.
    bool open(QString *error);
    /// As open(), but a database that cannot be reached now is not an error: `unreachable` says why, and the
    /// store connects at its next use (the PostgreSQL listener keeps trying too), so a server can start while
    /// its database is down. False only for settings that can never work (no database name, no Qt driver).
    bool openLazily(QString *error, QString *unreachable);
    /// A store of the lookup pool: lookups only, no tables created, no listener, no editor. Before open().
    void setLookupOnly(bool lookupOnly) { m_lookupOnly = lookupOnly; }
    /// Tells whether the database is known to be unreachable (the service's outage: non-empty text). While it
    /// is, a call that would have to reconnect fails at once instead of waiting for a connection timeout in the
    /// caller's thread (the server thread, for the management API's edits and lists).
    void setKnownOutage(std::function<QString()> knownOutage) { m_knownOutage = std::move(knownOutage); }
    /// Disconnects; lookups then fail until the next open().
    void close();
    bool isConnected() const { return m_lookup != nullptr; }

    QString connectionName() const { return m_connectionName; }
    /// PostgreSQL: true while the store listens for other servers' edits (the listener connects in the
    /// background after open(), and again after the database restarted).
    bool isListening() const;
    /// This store's name in the notifications it sends (a random UUID), so that it ignores its own.
    QString origin() const { return m_origin; }
    const SqlServerSettings &settings() const { return m_settings; }

    /// "PostgreSQL database dhcp on db.example:5432" or "… on the local socket".
    QString describe() const override;
    LookupResult lookupMAC(const MAC &mac) override;
    /// Reconnects (staticDHCPd's SQL engines have no state to reset; this picks up a moved server).
    bool reinitialise(QString *error) override;

    bool isEditable() const override { return true; }
    bool listSubnets(QList<SubnetRecord> *subnets, QString *error) override;
    bool listMaps(const MapQuery &query, MapPage *page, QString *error) override;
    bool addSubnet(const SubnetRecord &subnet, const QString &who, QString *error) override;
    bool updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                      QString *error) override;
    bool deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error) override;
    bool addMap(const MapRecord &map, const QString &who, QString *error) override;
    bool updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error) override;
    bool deleteMap(const MAC &mac, const QString &who, QString *error) override;
    bool applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                    QString *error) override;
    bool listBlacklist(QList<BlacklistEntry> *entries, QString *error) override;
    bool addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error) override;
    bool removeFromBlacklist(const MAC &mac, const QString &who, QString *error) override;
    bool listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error) override;

private:
    /// Connects when needed, from the store's thread only; false with `error` set otherwise.
    bool ensureConnected(QString *error);
    /// The steps of open() that use the connection; `problem` gets the error without the server's name.
    bool connect(QString *problem);
    /// Sets where and who on a connection (both the store's and the listener's).
    static void configure(QSqlDatabase &db, const SqlServerSettings &settings, const QString &extraOptions);
    void disconnect();
    /// After a failed call: drops the connection when the server no longer answers, so the next call reconnects.
    void dropIfGone();
    /// Runs one SqlEditor call with reconnection.
    template<typename Call>
    bool withEditor(QString *error, Call call);

    SqlServerSettings m_settings;
    LookupOptions m_options;
    QStringList m_extraKeys;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    bool m_lookupOnly = false;
    bool m_reached = false;     ///< the last connection attempt got as far as the server
    std::function<QString()> m_knownOutage;
    std::unique_ptr<QSqlQuery> m_lookup;
    std::unique_ptr<SqlEditor> m_editor;
    QString m_origin;
    std::unique_ptr<PgChangeListener> m_listener;
};

} // namespace qsd
