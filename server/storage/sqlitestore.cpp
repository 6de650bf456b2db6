#include "sqlitestore.h"

#include "sqliteschema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace qsd {

namespace {

std::atomic<int> s_connectionCounter{0};

} // namespace

SqliteStore::SqliteStore(const QString &file, const LookupOptions &options)
    : m_file(file),
      m_options(options),
      m_extraKeys(LookupQuery::extraKeys(options)),
      m_connectionName(QStringLiteral("qsd-sqlite-%1").arg(++s_connectionCounter))
{
}

SqliteStore::~SqliteStore()
{
    close();
}

QString SqliteStore::describe() const
{
    return QStringLiteral("SQLite database %1").arg(QDir::toNativeSeparators(m_file));
}

bool SqliteStore::fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool SqliteStore::checkFile(bool create, QString *error) const
{
    QString problem;
    const QFileInfo info(m_file);
    if (m_file.isEmpty()) {
        problem = QStringLiteral("no file name given (sqlite_file)");
    } else if (!info.exists()) {
        const QFileInfo directory(info.absolutePath());
        if (!create)
            problem = QStringLiteral("the file has disappeared");
        else if (!directory.isDir())
            problem = QStringLiteral("cannot create it: directory %1 does not exist")
                          .arg(QDir::toNativeSeparators(directory.filePath()));
        else if (!directory.isWritable())
            problem = QStringLiteral("cannot create it: directory %1 is not writable")
                          .arg(QDir::toNativeSeparators(directory.filePath()));
    } else if (info.isDir()) {
        problem = QStringLiteral("it is a directory, not a file");
    } else if (!info.isReadable()) {
        problem = QStringLiteral("the file is not readable");
    } else if (!info.isWritable()) {
        problem = QStringLiteral("the file is not writable (the server keeps its blacklist and audit there)");
    }
    if (problem.isEmpty())
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(describe(), problem);
    return false;
}

bool SqliteStore::open(QString *error)
{
    return openFile(true, error);
}

bool SqliteStore::openFile(bool create, QString *error)
{
    close();
    QString problem;
    if (!LookupQuery::validate(m_options, &problem))
        return fail(error, QStringLiteral("%1: %2").arg(describe(), problem));
    if (!checkFile(create, error))
        return false;
    if (!openConnection(&problem)) {
        close();
        return fail(error, QStringLiteral("%1: %2").arg(describe(), problem));
    }
    m_thread = QThread::currentThread();
    return true;
}

bool SqliteStore::openConnection(QString *problem)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_file);
    if (!db.open()) {
        *problem = QStringLiteral("cannot open: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    // SQLite opens lazily: the first read is what tells a database from any other file.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        *problem = QStringLiteral("not a readable SQLite database (%1)").arg(query.lastError().text());
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *problem = QStringLiteral("cannot switch to WAL journal mode (%1)")
                       .arg(query.lastError().isValid() ? query.lastError().text() : query.value(0).toString());
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        *problem = QStringLiteral("cannot set synchronous=FULL (%1)").arg(query.lastError().text());
        return false;
    }
    query.finish();
    if (!SqliteSchema::prepare(db, problem))
        return false;

    m_lookup = LookupQuery::prepare(db, m_options, LookupQuery::Dialect::SQLite, problem);
    if (!m_lookup)
        return false;
    m_editor = std::make_unique<SqlEditor>(m_connectionName, describe());
    return true;
}

void SqliteStore::close()
{
    m_editor.reset();
    m_lookup.reset();
    m_thread = nullptr;
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqliteStore::reinitialise(QString *error)
{
    return openFile(false, error);
}

LookupResult SqliteStore::lookupMAC(const MAC &mac)
{
    if (!m_lookup)
        return LookupResult::failure(QStringLiteral("%1 is not open").arg(describe()));
    if (QThread::currentThread() != m_thread)
        return LookupResult::failure(QStringLiteral("%1 is used from a thread that did not open it").arg(describe()));
    m_lookup->bindValue(0, mac.toString());
    if (!m_lookup->exec()) {
        const QString text = m_lookup->lastError().text();
        m_lookup->finish();
        return LookupResult::failure(QStringLiteral("%1: lookup of MAC %2 failed: %3")
                                         .arg(describe(), mac.toString(), text));
    }
    return LookupQuery::readResult(*m_lookup, mac, m_extraKeys, describe());
}

SqlEditor *SqliteStore::editor(QString *error)
{
    if (!m_editor) {
        fail(error, QStringLiteral("%1 is not open").arg(describe()));
        return nullptr;
    }
    if (QThread::currentThread() != m_thread) {
        fail(error, QStringLiteral("%1 is used from a thread that did not open it").arg(describe()));
        return nullptr;
    }
    return m_editor.get();
}

bool SqliteStore::listSubnets(QList<SubnetRecord> *subnets, QString *error)
{
    SqlEditor *e = editor(error);
    return e && e->listSubnets(subnets, error);
}

bool SqliteStore::listMaps(const MapQuery &query, MapPage *page, QString *error)
{
    SqlEditor *e = editor(error);
    return e && e->listMaps(query, page, error);
}

bool SqliteStore::addSubnet(const SubnetRecord &subnet, const QString &who, QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->addSubnet(subnet, who, error));
}

bool SqliteStore::updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                               QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->updateSubnet(subnet, serial, changed, who, error));
}

bool SqliteStore::deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->deleteSubnet(subnet, serial, who, error));
}

bool SqliteStore::addMap(const MapRecord &map, const QString &who, QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->addMap(map, who, error));
}

bool SqliteStore::updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->updateMap(mac, changed, who, error));
}

bool SqliteStore::deleteMap(const MAC &mac, const QString &who, QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->deleteMap(mac, who, error));
}

bool SqliteStore::listBlacklist(QList<BlacklistEntry> *entries, QString *error)
{
    SqlEditor *e = editor(error);
    return e && e->listBlacklist(entries, error);
}

bool SqliteStore::addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->addToBlacklist(mac, reason, who, error));
}

bool SqliteStore::removeFromBlacklist(const MAC &mac, const QString &who, QString *error)
{
    SqlEditor *e = editor(error);
    return edited(e && e->removeFromBlacklist(mac, who, error));
}

bool SqliteStore::listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error)
{
    SqlEditor *e = editor(error);
    return e && e->listAudit(limit, offset, records, error);
}

bool SqliteStore::applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                            QString *error)
{
    SqlEditor *e = editor(error);
    const bool done = e && e->applyBatch(batch, dryRun, who, result, error);
    return dryRun ? done : edited(done);
}

} // namespace qsd
