#pragma once

// A throw-away PostgreSQL or MariaDB server for the network SQL store tests, started from the Debian packages
// (postgresql, mariadb-server) in a temporary directory on a free loopback port, and deleted afterwards.
// Nothing here skips: when a server cannot start, start() says why and the test fails.
#include "storage/networksqlschema.h"
#include "storage/networksqlstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <unistd.h>

namespace qsd::test {

class SqlTestServer
{
public:
    explicit SqlTestServer(SqlServer server) : m_server(server) { }
    ~SqlTestServer()
    {
        stop();
        QSqlDatabase::removeDatabase(sideConnection());
    }

    SqlServer server() const { return m_server; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString database() const { return QStringLiteral("qsd_test"); }
    QString username() const { return m_server == SqlServer::PostgreSQL ? QStringLiteral("postgres") : QStringLiteral("qsd"); }
    QString password() const { return QStringLiteral("qsd-secret"); }
    /// Where this server is, for a NetworkSqlStore.
    SqlServerSettings settings() const
    {
        SqlServerSettings s;
        s.server = m_server;
        s.host = host();
        s.port = m_port;
        s.database = database();
        s.username = username();
        s.password = password();
        return s;
    }
    QString log() const
    {
        QFile file(m_dir->filePath(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(3000)) : QString();
    }

    /// Creates the data directory (first call), starts the server and creates the test database.
    bool start(QString *error)
    {
        if (!m_dir && !initialise(error))
            return false;
        if (!(m_server == SqlServer::PostgreSQL ? startPostgres(error) : startMariaDb(error)))
            return false;
        return waitUntilReady(error);
    }

    void stop()
    {
        if (m_server == SqlServer::PostgreSQL) {
            if (m_dir && m_running)
                run(pgBin(QStringLiteral("pg_ctl")), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                                      QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                    nullptr);
        } else if (m_mariadb) {
            m_mariadb->terminate();
            if (!m_mariadb->waitForFinished(20000)) {
                m_mariadb->kill();
                m_mariadb->waitForFinished(5000);
            }
            m_mariadb.reset();
        }
        m_running = false;
        if (QSqlDatabase::contains(sideConnection()))
            QSqlDatabase::database(sideConnection(), false).close();
    }

    /// A connection of the test's own to the test database, as another program would have.
    QSqlDatabase side()
    {
        QSqlDatabase db = QSqlDatabase::contains(sideConnection())
            ? QSqlDatabase::database(sideConnection(), false)
            : QSqlDatabase::addDatabase(driver(), sideConnection());
        if (!db.isOpen()) {
            configure(db, database());
            if (db.open() && m_server == SqlServer::PostgreSQL)
                QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));   // no DROP … IF EXISTS notices
        }
        return db;
    }

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(side());
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text() + QStringLiteral(" in: ") + sql;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }

    /// Drops every table (staticDHCPd's and ours).
    bool dropAll()
    {
        for (const char *table : {"maps", "subnets", "qsd_audit", "qsd_blacklist", "qsd_schema_version"}) {
            if (!exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))))
                return false;
        }
        return true;
    }

private:
    // One per engine, so that a test may run a PostgreSQL and a MariaDB server side by side.
    QString sideConnection() const
    {
        return m_server == SqlServer::PostgreSQL ? QStringLiteral("qsd-test-side-pgsql") : QStringLiteral("qsd-test-side-mysql");
    }

    QString driver() const { return m_server == SqlServer::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"); }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString tmpDir() const { return m_dir->filePath(QStringLiteral("tmp")); }

    void configure(QSqlDatabase &db, const QString &name) const
    {
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(name);
        db.setUserName(username());
        db.setPassword(password());
    }

    static QString pgBin(const QString &tool)
    {
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        return versions.isEmpty() ? tool : lib.filePath(versions.last() + QStringLiteral("/bin/") + tool);
    }

    /// Runs `program` (as user postgres when we are root and it is a PostgreSQL tool).
    bool run(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (m_server == SqlServer::PostgreSQL && ::geteuid() == 0)
            process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForStarted(10000)) {
            if (error)
                *error = QStringLiteral("cannot run %1: %2 (install the Debian package %3)")
                             .arg(program, process.errorString(),
                                  m_server == SqlServer::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("mariadb-server"));
            return false;
        }
        const bool finished = process.waitForFinished(timeoutMs);
        if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return true;
        if (!finished)
            process.kill();
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }

    bool initialise(QString *error)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free loopback port: %1").arg(probe.errorString());
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("qsd-sqlserver-XXXXXX")));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
            return false;
        }
        if (m_server == SqlServer::PostgreSQL) {
            if (::geteuid() == 0 && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir->path()}) != 0) {
                *error = QStringLiteral("cannot give %1 to user postgres").arg(m_dir->path());
                return false;
            }
            QFile pw(m_dir->filePath(QStringLiteral("pw")));
            if (!pw.open(QIODevice::WriteOnly) || pw.write(password().toUtf8()) < 0)
                return (*error = QStringLiteral("cannot write %1").arg(pw.fileName()), false);
            pw.close();
            pw.setPermissions(QFile::ReadOwner | QFile::ReadOther | QFile::WriteOwner);
            return run(pgBin(QStringLiteral("initdb")),
                       {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                        QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("-A"), QStringLiteral("md5"),
                        QStringLiteral("-N"), QStringLiteral("-E"), QStringLiteral("UTF8")},
                       error);
        }
        QFile init(m_dir->filePath(QStringLiteral("init.sql")));
        if (!init.open(QIODevice::WriteOnly))
            return (*error = QStringLiteral("cannot write %1").arg(init.fileName()), false);
        init.write(QStringLiteral("CREATE DATABASE IF NOT EXISTS %1;\n"
                                  "CREATE USER IF NOT EXISTS '%2'@'%%' IDENTIFIED BY '%3';\n"
                                  "GRANT ALL ON *.* TO '%2'@'%%';\n")
                       .arg(database(), username(), password()).toUtf8());
        init.close();
        // A temporary directory of its own: in the shared /tmp, two servers set up at once (two test runs on one
        // machine) collided on their temporary tables ("Unknown table 'mysql.tmp_user_sys'").
        if (!QDir().mkpath(tmpDir()))
            return (*error = QStringLiteral("cannot create %1").arg(tmpDir()), false);
        return run(QStringLiteral("mariadb-install-db"),
                   {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataDir(),
                    QStringLiteral("--tmpdir=") + tmpDir(),
                    QStringLiteral("--user=root"), QStringLiteral("--auth-root-authentication-method=normal"),
                    QStringLiteral("--skip-test-db")},
                   error, 120000);
    }

    bool startPostgres(QString *error)
    {
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                    .arg(m_port).arg(m_dir->path());
        if (!run(pgBin(QStringLiteral("pg_ctl")),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                  QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                  QStringLiteral("start")},
                 error))
            return false;
        m_running = true;
        return true;
    }

    bool startMariaDb(QString *error)
    {
        m_mariadb = std::make_unique<QProcess>();
        m_mariadb->setProcessChannelMode(QProcess::MergedChannels);
        m_mariadb->setStandardOutputFile(m_dir->filePath(QStringLiteral("server.log")), QIODevice::Append);
        m_mariadb->start(QStringLiteral("/usr/sbin/mariadbd"),
                         {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataDir(),
                          QStringLiteral("--tmpdir=") + tmpDir(),
                          QStringLiteral("--socket=") + m_dir->filePath(QStringLiteral("mysqld.sock")),
                          QStringLiteral("--pid-file=") + m_dir->filePath(QStringLiteral("mysqld.pid")),
                          QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--bind-address=127.0.0.1"),
                          QStringLiteral("--user=root"), QStringLiteral("--skip-name-resolve"),
                          QStringLiteral("--skip-log-bin"), QStringLiteral("--innodb-buffer-pool-size=32M"),
                          QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
                          QStringLiteral("--init-file=") + m_dir->filePath(QStringLiteral("init.sql"))});
        if (!m_mariadb->waitForStarted(10000)) {
            *error = QStringLiteral("cannot start mariadbd: %1 (install the Debian package mariadb-server)")
                         .arg(m_mariadb->errorString());
            m_mariadb.reset();
            return false;
        }
        m_running = true;
        return true;
    }

    /// Connects until the server answers, then makes sure the test database exists.
    bool waitUntilReady(QString *error)
    {
        const QString name = QStringLiteral("qsd-test-admin");
        QString last;
        QElapsedTimer timer;
        timer.start();
        bool ready = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(driver(), name);
            configure(admin, m_server == SqlServer::PostgreSQL ? QStringLiteral("postgres") : database());
            while (timer.elapsed() < 30000) {
                if (m_mariadb && m_mariadb->state() == QProcess::NotRunning) {
                    last = QStringLiteral("mariadbd exited: %1").arg(log());
                    break;
                }
                if (admin.open()) {
                    ready = true;
                    break;
                }
                last = admin.lastError().text();
                QThread::msleep(100);
            }
            if (ready && m_server == SqlServer::PostgreSQL) {
                QSqlQuery query(admin);
                query.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(database()));
                if (!query.next() && !query.exec(QStringLiteral("CREATE DATABASE %1").arg(database()))) {
                    last = query.lastError().text();
                    ready = false;
                }
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!ready)
            *error = QStringLiteral("the test server on port %1 does not answer: %2\n%3").arg(m_port).arg(last, log());
        return ready;
    }

    SqlServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_mariadb;
    int m_port = 0;
    bool m_running = false;
};

} // namespace qsd::test
