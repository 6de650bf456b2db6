#pragma once

#include "definitionadmin.h"
#include "definitionstore.h"
#include "lookupquery.h"
#include "sqleditor.h"

#include <QSqlQuery>

#include <memory>

class QThread;

namespace qsd {

/// Definitions in an SQLite file with staticDHCPd's schema (`[database] engine = sqlite`).
///
/// The connection is its own named QSqlDatabase, opened by `open()` in the calling thread and used only
/// from that thread (the engine's). An absent file is created with staticDHCPd's schema when its directory
/// exists; our tables come from SqliteSchema's migrations. The file is switched to WAL journal mode (readers
/// never wait for the console's writes) with `synchronous=FULL`, so a committed edit survives a crash or a
/// power loss (NORMAL would only survive an application crash).
///
/// The lookup is staticDHCPd's SQL (LookupQuery, SQLite dialect), prepared once in `open()` and reused.
class SqliteStore final : public DefinitionStore, public DefinitionAdmin
{
public:
    SqliteStore(const QString &file, const LookupOptions &options);
    ~SqliteStore() override;

    /// Opens (or creates) the file, checks it is an SQLite database, applies migrations and prepares the
    /// lookup. Errors name the file. Calling it again reopens.
    bool open(QString *error);
    /// Closes the connection; lookups then fail until the next open().
    void close();
    bool isOpen() const { return m_lookup != nullptr; }

    QString file() const { return m_file; }
    /// The QSqlDatabase connection name, unique per store.
    QString connectionName() const { return m_connectionName; }

    QString describe() const override;
    LookupResult lookupMAC(const MAC &mac) override;
    /// Closes and reopens the file: picks up a replaced file and re-checks the schema. Unlike open() it does
    /// not create a file that has disappeared.
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
    /// The editor when the store is open and used from its thread; otherwise null with `error` set.
    SqlEditor *editor(QString *error);
    static bool fail(QString *error, const QString &message);
    /// Checks the file (or, when absent and `create`, its directory) before SQLite touches it.
    bool checkFile(bool create, QString *error) const;
    bool openFile(bool create, QString *error);
    /// The steps of openFile() that use the connection; `problem` gets the error without the file name.
    bool openConnection(QString *problem);

    QString m_file;
    LookupOptions m_options;
    QStringList m_extraKeys;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    std::unique_ptr<QSqlQuery> m_lookup;
    std::unique_ptr<SqlEditor> m_editor;
};

} // namespace qsd
