#include "networksqlstore.h"

#include "pgchangelistener.h"

#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace qsd {

namespace {

std::atomic<int> s_connectionCounter{0};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

NetworkSqlStore::NetworkSqlStore(const SqlServerSettings &settings, const LookupOptions &options)
    : m_settings(settings),
      m_options(options),
      m_extraKeys(LookupQuery::extraKeys(options)),
      m_connectionName(QStringLiteral("qsd-%1-%2")
                           .arg(settings.server == SqlServer::PostgreSQL ? QStringLiteral("pgsql")
                                                                         : QStringLiteral("mysql"))
                           .arg(++s_connectionCounter)),
      m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

NetworkSqlStore::~NetworkSqlStore()
{
    close();
}

QString NetworkSqlStore::describe() const
{
    const QString engine = m_settings.server == SqlServer::PostgreSQL ? QStringLiteral("PostgreSQL")
                                                                      : QStringLiteral("MySQL");
    const QString where = m_settings.host.isEmpty()
        ? QStringLiteral("the local socket")
        : QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    return QStringLiteral("%1 database %2 on %3").arg(engine, m_settings.database, where);
}

bool NetworkSqlStore::open(QString *error)
{
    QString unreachable;
    if (!openLazily(error, &unreachable))
        return false;
    if (unreachable.isEmpty())
        return true;
    close();
    return fail(error, unreachable);
}

bool NetworkSqlStore::openLazily(QString *error, QString *unreachable)
{
    close();
    unreachable->clear();
    QString problem;
    if (!LookupQuery::validate(m_options, &problem))
        return fail(error, QStringLiteral("%1: %2").arg(describe(), problem));
    if (m_settings.database.isEmpty())
        return fail(error, QStringLiteral("%1: no database name given").arg(describe()));
    const bool pg = m_settings.server == SqlServer::PostgreSQL;
    if (!QSqlDatabase::isDriverAvailable(pg ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL")))
        return fail(error, QStringLiteral("%1: Qt's %2 driver is not installed (package libqt6sql6-%3)")
                               .arg(describe(), pg ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"),
                                    pg ? QStringLiteral("psql") : QStringLiteral("mysql")));
    m_thread = QThread::currentThread();
    if (!connect(&problem)) {
        disconnect();
        *unreachable = QStringLiteral("%1: %2").arg(describe(), problem);
    }
    if (pg && !m_lookupOnly) {
        // Keepalives: a listener on a silently dropped network notices within a minute and reconnects.
        const SqlServerSettings settings = m_settings;
        m_listener = std::make_unique<PgChangeListener>(
            m_connectionName + QStringLiteral("-listen"),
            [settings](QSqlDatabase &db) {
                configure(db, settings, QStringLiteral("keepalives_idle=20;keepalives_interval=10;keepalives_count=3"));
            },
            describe(), m_origin, [this](const StoreChange &change) { announceChange(change); },
            [this](const QString &problem) { announceOutage(problem); });
    }
    return true;
}

bool NetworkSqlStore::isListening() const
{
    return m_listener && m_listener->isListening();
}

void NetworkSqlStore::configure(QSqlDatabase &db, const SqlServerSettings &settings, const QString &extraOptions)
{
    const bool pg = settings.server == SqlServer::PostgreSQL;
    // staticDHCPd passes host, port and sslmode only when a host is set; without one libpq and libmysqlclient
    // use the local socket.
    if (!settings.host.isEmpty()) {
        db.setHostName(settings.host);
        db.setPort(settings.port);
    }
    db.setDatabaseName(settings.database);
    db.setUserName(settings.username);
    db.setPassword(settings.password);
    const int timeout = settings.connectTimeoutSeconds;
    QString options;
    if (pg) {
        options = QStringLiteral("connect_timeout=%1").arg(timeout);
        if (!settings.host.isEmpty() && !settings.sslmode.isEmpty())
            options += QStringLiteral(";sslmode=") + settings.sslmode;
    } else {
        options = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;MYSQL_OPT_WRITE_TIMEOUT=%2")
                      .arg(timeout)
                      .arg(timeout * 6);
    }
    if (!extraOptions.isEmpty())
        options += u';' + extraOptions;
    db.setConnectOptions(options);
}

bool NetworkSqlStore::connect(QString *problem)
{
    const bool pg = m_settings.server == SqlServer::PostgreSQL;
    QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"),
                                                m_connectionName);
    configure(db, m_settings, QString());
    m_reached = db.open();
    if (!m_reached) {
        *problem = QStringLiteral("cannot connect: %1").arg(db.lastError().text());
        return false;
    }
    if (!pg) {
        QSqlQuery names(db);
        names.exec(QStringLiteral("SET NAMES utf8mb4"));
    }
    if (!m_lookupOnly && !NetworkSqlSchema::prepare(db, m_settings.server, problem))
        return false;

    m_lookup = LookupQuery::prepare(db, m_options, LookupQuery::Dialect::Generic, problem);
    if (!m_lookup)
        return false;
    if (m_lookupOnly)
        return true;
    m_editor = std::make_unique<SqlEditor>(m_connectionName, describe());
    if (pg)
        m_editor->setNotifyChannel(PgChangeListener::channel(), m_origin);
    return true;
}

void NetworkSqlStore::disconnect()
{
    m_editor.reset();
    m_lookup.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void NetworkSqlStore::close()
{
    m_listener.reset();
    disconnect();
    m_thread = nullptr;
}

bool NetworkSqlStore::reinitialise(QString *error)
{
    if (m_thread && QThread::currentThread() != m_thread)
        return fail(error, QStringLiteral("%1 is used from a thread that did not open it").arg(describe()));
    // Lazily: a database that is down now fails the reinitialise but leaves the store open, to reconnect (and
    // listen again) once the database is back.
    QString unreachable;
    if (!openLazily(error, &unreachable))
        return false;
    return unreachable.isEmpty() || fail(error, unreachable);
}

bool NetworkSqlStore::ensureConnected(QString *error)
{
    if (!m_thread)
        return fail(error, QStringLiteral("%1 is not open").arg(describe()));
    if (QThread::currentThread() != m_thread)
        return fail(error, QStringLiteral("%1 is used from a thread that did not open it").arg(describe()));
    if (m_lookup)
        return true;
    if (m_knownOutage) {
        if (const QString outage = m_knownOutage(); !outage.isEmpty())
            return fail(error, QStringLiteral("%1 is unreachable; try again when it is back (%2)").arg(describe(), outage.simplified()));
    }
    QString problem;
    if (connect(&problem))
        return true;
    disconnect();
    return fail(error, QStringLiteral("%1: %2").arg(describe(), problem));
}

void NetworkSqlStore::dropIfGone()
{
    if (!m_lookup)
        return;
    QSqlQuery ping(QSqlDatabase::database(m_connectionName, false));
    if (!ping.exec(QStringLiteral("SELECT 1")))
        disconnect();
}

LookupResult NetworkSqlStore::lookupMAC(const MAC &mac)
{
    QString error;
    if (!ensureConnected(&error))
        // Not reached: an outage. Reached but unusable (no maps table yet, no rights): an error to fix.
        return m_thread && !m_reached ? LookupResult::outage(error) : LookupResult::failure(error);
    m_lookup->bindValue(0, mac.toString());
    if (!m_lookup->exec()) {
        const QString text = m_lookup->lastError().text();
        // Most often the server restarted or the network dropped: start afresh on the next lookup.
        disconnect();
        return LookupResult::outage(QStringLiteral("%1: lookup of MAC %2 failed: %3")
                                         .arg(describe(), mac.toString(), text));
    }
    return LookupQuery::readResult(*m_lookup, mac, m_extraKeys, describe());
}

template<typename Call>
bool NetworkSqlStore::withEditor(QString *error, Call call)
{
    if (!ensureConnected(error))
        return false;
    if (call(m_editor.get()))
        return true;
    dropIfGone();
    return false;
}

bool NetworkSqlStore::listSubnets(QList<SubnetRecord> *subnets, QString *error)
{
    return withEditor(error, [&](SqlEditor *e) { return e->listSubnets(subnets, error); });
}

bool NetworkSqlStore::listMaps(const MapQuery &query, MapPage *page, QString *error)
{
    return withEditor(error, [&](SqlEditor *e) { return e->listMaps(query, page, error); });
}

bool NetworkSqlStore::addSubnet(const SubnetRecord &subnet, const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->addSubnet(subnet, who, error); }));
}

bool NetworkSqlStore::updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed,
                                   const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->updateSubnet(subnet, serial, changed, who, error); }));
}

bool NetworkSqlStore::deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->deleteSubnet(subnet, serial, who, error); }));
}

bool NetworkSqlStore::addMap(const MapRecord &map, const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->addMap(map, who, error); }));
}

bool NetworkSqlStore::updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->updateMap(mac, changed, who, error); }));
}

bool NetworkSqlStore::deleteMap(const MAC &mac, const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->deleteMap(mac, who, error); }));
}

bool NetworkSqlStore::listBlacklist(QList<BlacklistEntry> *entries, QString *error)
{
    return withEditor(error, [&](SqlEditor *e) { return e->listBlacklist(entries, error); });
}

bool NetworkSqlStore::addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->addToBlacklist(mac, reason, who, error); }));
}

bool NetworkSqlStore::removeFromBlacklist(const MAC &mac, const QString &who, QString *error)
{
    return edited(withEditor(error, [&](SqlEditor *e) { return e->removeFromBlacklist(mac, who, error); }));
}

bool NetworkSqlStore::listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error)
{
    return withEditor(error, [&](SqlEditor *e) { return e->listAudit(limit, offset, records, error); });
}

bool NetworkSqlStore::applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                            QString *error)
{
    const bool done = withEditor(error, [&](SqlEditor *e) { return e->applyBatch(batch, dryRun, who, result, error); });
    return dryRun ? done : edited(done);
}

} // namespace qsd
