// Configuration loading, abuse control timing and statistics.
#include "engine/abusecontrol.h"
#include "engine/config.h"
#include "engine/statistics.h"
#include "engine/warningburst.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

using namespace qsd;

class TestEngineSupport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("qstaticdhcpd.conf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

private slots:
    void minimalConfigGetsStaticDhcpdDefaults()
    {
        QStringList errors;
        const auto c = ServerConfig::load(write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nsqlite_file=dhcp.sqlite\n"), &errors);
        QVERIFY2(c, qPrintable(errors.join(u'\n')));
        QCOMPARE(c->dhcpServerIp, IPv4(198, 18, 0, 1));
        QCOMPARE(c->dhcpServerPort, quint16(67));
        QCOMPARE(c->dhcpClientPort, quint16(68));
        QCOMPARE(c->authoritative, false);
        QCOMPARE(c->allowLocalDhcp, true);
        QCOMPARE(c->allowDhcpRelays, false);
        QCOMPARE(c->enableRapidCommit, true);
        QCOMPARE(c->suspendThreshold, 10);
        QCOMPARE(c->misbehavingClientTimeout, 150);
        QCOMPARE(c->unauthorizedClientTimeout, 60);
        QCOMPARE(c->databaseEngine, QStringLiteral("sqlite"));
        QCOMPARE(c->sqliteFile, m_dir.filePath(QStringLiteral("dhcp.sqlite")));   // relative to the config file
        QCOMPARE(c->logFileSeverity, Severity::Warn);
        QCOMPARE(c->logConsoleSeverity, Severity::Info);
        QCOMPARE(c->managementListen, QStringLiteral("local:qstaticdhcpd"));
        QCOMPARE(c->values.value(QStringLiteral("abuse/suspend_threshold")).toString(), QStringLiteral("10"));
    }

    void sqlServerKeysGetStaticDhcpdDefaults()
    {
        QStringList errors;
        const auto c = ServerConfig::load(write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nengine=postgresql\n"
                                                "postgresql_database=dhcp\npostgresql_host=db.example\n"
                                                "mysql_username=dhcp\nmysql_maximum_connections=9\n"),
                                          &errors);
        QVERIFY2(c, qPrintable(errors.join(u'\n')));
        QCOMPARE(c->databaseEngine, QStringLiteral("postgresql"));
        QCOMPARE(c->postgresqlDatabase, QStringLiteral("dhcp"));
        QCOMPARE(c->postgresqlHost, QStringLiteral("db.example"));
        QCOMPARE(c->postgresqlPort, 5432);
        QCOMPARE(c->postgresqlSslmode, QStringLiteral("prefer"));
        QCOMPARE(c->postgresqlMaximumConnections, 4);
        QCOMPARE(c->mysqlPort, 3306);
        QCOMPARE(c->mysqlUsername, QStringLiteral("dhcp"));
        QCOMPARE(c->mysqlMaximumConnections, 9);
        QVERIFY(c->mysqlHost.isEmpty());
    }

    void httpKeysAreRead()
    {
        QStringList errors;
        const auto c = ServerConfig::load(write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nengine=http\n"
                                                "http_uri=https://dhcp.example/lookup\n"
                                                "http_parameters = {\"site\": \"lab, east\", \"n\": 3}\n"
                                                "http_headers={\"X-Api-Key\": \"s3cret\"}\n"
                                                "http_post=false\nhttp_parameter_key_mac=hw\n"
                                                "http_default_name_servers=198.18.0.2, 198.18.0.3\n"
                                                "http_default_lease_time=3600\nhttp_default_serial=2\n"
                                                "http_timeout_ms=800\nhttp_maximum_connections=8\n"),
                                          &errors);
        QVERIFY2(c, qPrintable(errors.join(u'\n')));
        QCOMPARE(c->databaseEngine, QStringLiteral("http"));
        QCOMPARE(c->httpUri, QUrl(QStringLiteral("https://dhcp.example/lookup")));
        QCOMPARE(c->httpPost, false);
        QCOMPARE(c->httpParameters, (QVariantMap{{QStringLiteral("site"), QStringLiteral("lab, east")}, {QStringLiteral("n"), 3}}));
        QCOMPARE(c->httpHeaders, (QMap<QByteArray, QByteArray>{{"X-Api-Key", "s3cret"}}));
        QCOMPARE(c->httpParameterKeyMac, QStringLiteral("hw"));
        QCOMPARE(c->httpDefaultNameServers, (QList<IPv4>{IPv4(198, 18, 0, 2), IPv4(198, 18, 0, 3)}));
        QCOMPARE(c->httpDefaultLeaseTime, 3600);
        QCOMPARE(c->httpDefaultSerial, 2);
        QCOMPARE(c->httpTimeoutMs, 800);
        QCOMPARE(c->httpMaximumConnections, 8);
        QCOMPARE(c->values.value(QStringLiteral("database/http_parameters")).toString(),
                 QStringLiteral("{\"site\": \"lab, east\", \"n\": 3}"));   // as written, quotes kept

        const auto defaults = ServerConfig::load(write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nengine=http\n"
                                                       "http_uri=http://127.0.0.1:8080/\n"), &errors);
        QVERIFY2(defaults, qPrintable(errors.join(u'\n')));
        QCOMPARE(defaults->httpPost, true);   // staticDHCPd's defaults
        QVERIFY(defaults->httpParameters.isEmpty());
        QVERIFY(defaults->httpHeaders.isEmpty());
        QCOMPARE(defaults->httpParameterKeyMac, QStringLiteral("mac"));
        QVERIFY(defaults->httpDefaultNameServers.isEmpty());
        QCOMPARE(defaults->httpDefaultLeaseTime, 0);
        QCOMPARE(defaults->httpDefaultSerial, 0);
        QCOMPARE(defaults->httpTimeoutMs, 5000);
        QCOMPARE(defaults->httpMaximumConnections, 4);
    }

    void everyValueIsRead()
    {
        QStringList errors;
        const auto c = ServerConfig::load(write(
            "[server]\ndhcp_server_ip=10.0.0.1\nauthoritative=yes\nallow_dhcp_relays=on\n"
            "allowed_dhcp_relays=10.1.0.1, 10.2.0.1\nproxy_port=4011\nrenewal_time_fraction=0.5\n"
            "rebinding_time_fraction=0.875\n[abuse]\nsuspend_threshold=3\n[database]\nengine=none\n"
            "extra_maps=owner,room\n[log]\nfile_severity=DEBUG\nconsole_severity=warning\n"), &errors);
        QVERIFY2(c, qPrintable(errors.join(u'\n')));
        QCOMPARE(c->authoritative, true);
        QCOMPARE(c->allowedDhcpRelays, (QList<IPv4>{IPv4(10, 1, 0, 1), IPv4(10, 2, 0, 1)}));
        QCOMPARE(c->proxyPort, quint16(4011));
        QCOMPARE(c->renewalTimeFraction, 0.5);
        QCOMPARE(c->suspendThreshold, 3);
        QCOMPARE(c->databaseEngine, QStringLiteral("none"));
        QCOMPARE(c->extraMaps, (QStringList{QStringLiteral("owner"), QStringLiteral("room")}));
        QCOMPARE(c->logFileSeverity, Severity::Debug);
        QCOMPARE(c->logConsoleSeverity, Severity::Warn);
    }

    void diskCacheKeys()
    {
        QStringList errors;
        const auto c = ServerConfig::load(write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nsqlite_file=dhcp.sqlite\n"
                                                "[cache]\nuse_cache=true\ndisk_cache_persistent=cache/staticDHCPd.db\n"),
                                          &errors);
        QVERIFY2(c, qPrintable(errors.join(u'\n')));
        QCOMPARE(c->diskCache, false);
        QCOMPARE(c->diskCachePersistent, m_dir.filePath(QStringLiteral("cache/staticDHCPd.db")));   // relative to the config file
        const auto d = ServerConfig::load(write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nsqlite_file=dhcp.sqlite\n"
                                                "[cache]\nuse_cache=true\ndisk_cache=true\n"),
                                          &errors);
        QVERIFY2(d, qPrintable(errors.join(u'\n')));
        QCOMPARE(d->diskCache, true);
        QVERIFY(d->diskCachePersistent.isEmpty());
    }

    void errorsNameFileAndKey_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = "[server]\ndhcp_server_ip=198.18.0.1\n[database]\nsqlite_file=x.sqlite\n";
        QTest::addRow("missing server ip") << QByteArray("[database]\nsqlite_file=x\n") << "[server] dhcp_server_ip: required";
        QTest::addRow("bad boolean") << ok + "[server]\nauthoritative=maybe\n" << "[server] authoritative: 'maybe' is not a boolean";
        QTest::addRow("unknown key") << ok + "[server]\nrespond_interfaces=eth0\n" << "[server] respond_interfaces: unknown key";
        QTest::addRow("upper case") << ok + "[server]\nAUTHORITATIVE=true\n" << "keys are lower-case (server/authoritative)";
        QTest::addRow("unknown section") << ok + "[web]\nport=1\n" << "[web] port: unknown key";
        QTest::addRow("port range") << ok + "[server]\ndhcp_server_port=70000\n" << "[server] dhcp_server_port: '70000' is not a whole number from 1 to 65535";
        QTest::addRow("bad address") << QByteArray("[server]\ndhcp_server_ip=0.0.0.0\n[database]\nsqlite_file=x\n") << "[server] dhcp_server_ip: '0.0.0.0' is not a usable IPv4 address";
        QTest::addRow("bad relay") << ok + "[server]\nallowed_dhcp_relays=1.2.3.4,nope\n" << "'nope' is not an IPv4 address";
        // An open relay server answers any giaddr from any interface: it takes `*`, said explicitly.
        QTest::addRow("relays without a list") << ok + "[server]\nallow_dhcp_relays=true\n"
                                               << "[server] allowed_dhcp_relays: required with [server] allow_dhcp_relays=true";
        QTest::addRow("any-relay star in a list") << ok + "[server]\nallowed_dhcp_relays=1.2.3.4,*\n" << "'*' is not an IPv4 address";
        QTest::addRow("star for name servers") << ok + "[database]\nhttp_default_name_servers=*\n" << "'*' is not an IPv4 address";
        QTest::addRow("bad engine") << ok + "[database]\nengine=oracle\n" << "[database] engine: 'oracle' is not one of sqlite, postgresql";
        QTest::addRow("sqlite without file") << QByteArray("[server]\ndhcp_server_ip=1.2.3.4\n") << "[database] sqlite_file: required when engine=sqlite";
        QTest::addRow("postgresql without database") << QByteArray("[server]\ndhcp_server_ip=1.2.3.4\n[database]\nengine=postgresql\n")
                                                     << "[database] postgresql_database: required when engine=postgresql";
        QTest::addRow("mysql without database") << QByteArray("[server]\ndhcp_server_ip=1.2.3.4\n[database]\nengine=mysql\n")
                                                << "[database] mysql_database: required when engine=mysql";
        QTest::addRow("ini without file") << QByteArray("[server]\ndhcp_server_ip=1.2.3.4\n[database]\nengine=ini\n")
                                          << "[database] ini_file: required when engine=ini";
        QTest::addRow("http without uri") << QByteArray("[server]\ndhcp_server_ip=1.2.3.4\n[database]\nengine=http\n")
                                          << "[database] http_uri: required when engine=http";
        QTest::addRow("http uri not http") << ok + "[database]\nhttp_uri=ftp://dhcp.example/\n"
                                           << "[database] http_uri: 'ftp://dhcp.example/' is not an http:// or https:// URL";
        QTest::addRow("http parameters not JSON") << ok + "[database]\nhttp_parameters={site: lab}\n"
                                                  << "[database] http_parameters: '{site: lab}' is not a JSON object";
        QTest::addRow("http parameters a list") << ok + "[database]\nhttp_parameters=[1, 2]\n"
                                                << "[database] http_parameters: '[1, 2]' is not a JSON object";
        QTest::addRow("http headers not text") << ok + "[database]\nhttp_headers={\"X-N\": 1}\n"
                                               << "[database] http_headers: the value of header 'X-N' is not text";
        QTest::addRow("http bad name server") << ok + "[database]\nhttp_default_name_servers=1.2.3.4, dns\n"
                                              << "[database] http_default_name_servers: 'dns' is not an IPv4 address";
        QTest::addRow("bad sslmode") << ok + "[database]\npostgresql_sslmode=maybe\n" << "postgresql_sslmode";
        QTest::addRow("bad sql port") << ok + "[database]\nmysql_port=70000\n" << "mysql_port";
        QTest::addRow("bad severity") << ok + "[log]\nfile_severity=loud\n" << "[log] file_severity: 'loud' is not a severity";
        QTest::addRow("T1 after T2") << ok + "[server]\nrenewal_time_fraction=0.9\nrebinding_time_fraction=0.5\n" << "T1 < T2";
        QTest::addRow("bad column") << ok + "[database]\nextra_maps=owner-name\n" << "is not a column name";
        QTest::addRow("disk cache without cache") << ok + "[cache]\ndisk_cache=true\n" << "[cache] disk_cache: requires [cache] use_cache = true";
        QTest::addRow("persistent cache without cache") << ok + "[cache]\ndisk_cache_persistent=/var/tmp/c.db\n"
                                                        << "[cache] disk_cache_persistent: requires [cache] use_cache = true";
        QTest::addRow("outside a section") << QByteArray("dhcp_server_ip=1.2.3.4\n") + ok << "outside any [section]";
    }
    void errorsNameFileAndKey()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QStringList errors;
        const QString path = write(text);
        QVERIFY(!ServerConfig::load(path, &errors));
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.startsWith(path), qPrintable(e));
    }

    void anyRelayIsSaidWithAStar()
    {
        const QString path = write("[server]\ndhcp_server_ip=198.18.0.1\nallow_dhcp_relays=true\nallowed_dhcp_relays=*\n"
                                   "[database]\nsqlite_file=x.sqlite\n");
        QStringList errors;
        const auto c = ServerConfig::load(path, &errors);
        QVERIFY2(c, qPrintable(errors.join(u'\n')));
        QVERIFY(c->allowAnyDhcpRelay);
        QVERIFY(c->allowedDhcpRelays.isEmpty());
    }

    void readmeDocumentsEveryKey()
    {
        QFile readme(QStringLiteral(QSD_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        for (const ConfigKey &k : ServerConfig::keys()) {
            const QString row = QStringLiteral("`[%1] %2`").arg(QLatin1String(k.section), QLatin1String(k.name));
            QVERIFY2(text.contains(row), qPrintable(row + QStringLiteral(" is missing from README.md's configuration table")));
        }
    }

    /// A credential key not marked in kKeys would reach every console's status and the Settings page.
    void everyCredentialKeyIsMarkedSecret()
    {
        QMap<QString, ConfigKey::Secrecy> marked;
        for (const ConfigKey &k : ServerConfig::keys()) {
            if (k.isSecret())
                marked.insert(k.id(), k.secrecy);
        }
        const QMap<QString, ConfigKey::Secrecy> expected{
            {QStringLiteral("database/postgresql_password"), ConfigKey::Secrecy::Secret},
            {QStringLiteral("database/mysql_password"), ConfigKey::Secrecy::Secret},
            {QStringLiteral("database/http_headers"), ConfigKey::Secrecy::Secret},
            {QStringLiteral("database/http_uri"), ConfigKey::Secrecy::UrlPassword},
        };
        QCOMPARE(marked, expected);
        // Whatever a future key is called, a name that says "password", "token" or "secret" is marked.
        for (const ConfigKey &k : ServerConfig::keys()) {
            const QString name = QLatin1String(k.name);
            if (name.contains(QLatin1String("password")) || name.contains(QLatin1String("secret")) || name.endsWith(QLatin1String("_token")))
                QVERIFY2(k.isSecret(), qPrintable(k.id()));
        }
    }

    /// What status and the Settings page show of each secret: set or unset, a URL without its password.
    void secretsShowAsSetOrUnset()
    {
        QStringList errors;
        const auto c = ServerConfig::load(write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nsqlite_file=dhcp.sqlite\n"
                                                "postgresql_password=pw-4711\n"
                                                "http_uri=https://dhcp:up-4711@inventory.example:8443/lookup?site=lab\n"
                                                "http_headers={\"Authorization\": \"Bearer tok-4711\"}\n"),
                                          &errors);
        QVERIFY2(c, qPrintable(errors.join(u'\n')));
        QCOMPARE(c->postgresqlPassword, QStringLiteral("pw-4711"));   // the server itself still has them
        QCOMPARE(c->httpUri.password(), QStringLiteral("up-4711"));
        QCOMPARE(c->httpHeaders.value("Authorization"), QByteArray("Bearer tok-4711"));
        const QVariantMap shown = c->shownValues();
        QCOMPARE(shown.value(QStringLiteral("database/postgresql_password")).toString(), QStringLiteral("(set)"));
        QCOMPARE(shown.value(QStringLiteral("database/mysql_password")).toString(), QString());   // unset
        QCOMPARE(shown.value(QStringLiteral("database/http_headers")).toString(), QStringLiteral("(set)"));
        QCOMPARE(shown.value(QStringLiteral("database/http_uri")).toString(),
                 QStringLiteral("https://dhcp:***@inventory.example:8443/lookup?site=lab"));
        QCOMPARE(shown.value(QStringLiteral("database/sqlite_file")), c->values.value(QStringLiteral("database/sqlite_file")));
        const QString all = QString::fromUtf8(QJsonDocument::fromVariant(shown).toJson());
        for (const char *secret : {"pw-4711", "up-4711", "tok-4711"})
            QVERIFY2(!all.contains(QLatin1String(secret)), secret);

        const ConfigKey &headers = *ServerConfig::key(QStringLiteral("database/http_headers"));
        QCOMPARE(headers.shown(QStringLiteral("{ }")), QString());   // the default: no headers, nothing set
        QCOMPARE(headers.shown(QStringLiteral("(set)")), QStringLiteral("(set)"));   // shown twice, the same
        const ConfigKey &uri = *ServerConfig::key(QStringLiteral("database/http_uri"));
        QCOMPARE(uri.shown(QStringLiteral("https://dhcp.example/lookup")), QStringLiteral("https://dhcp.example/lookup"));
        QCOMPARE(uri.shown(QStringLiteral("https://dhcp@dhcp.example/")), QStringLiteral("https://dhcp@dhcp.example/"));
        QCOMPARE(uri.shown(QStringLiteral("https://dhcp:p@ss@dhcp.example/a@b")), QStringLiteral("https://dhcp:***@dhcp.example/a@b"));
        QCOMPARE(uri.shown(QStringLiteral("https://dhcp.example:8443/x")), QStringLiteral("https://dhcp.example:8443/x"));
        QCOMPARE(uri.shown(QStringLiteral("https://dhcp:***@dhcp.example/")), QStringLiteral("https://dhcp:***@dhcp.example/"));
    }

    /// An editor (the Settings page) hands back what it was shown: that must never become the password.
    void shownSecretIsNeverWrittenAsTheSecret()
    {
        const ConfigKey &password = *ServerConfig::key(QStringLiteral("database/postgresql_password"));
        QCOMPARE(password.restored(QStringLiteral("(set)"), QStringLiteral("pw-4711")), QStringLiteral("pw-4711"));
        QCOMPARE(password.restored(QStringLiteral("pw-new"), QStringLiteral("pw-4711")), QStringLiteral("pw-new"));
        QCOMPARE(password.restored(QString(), QStringLiteral("pw-4711")), QString());   // cleared on purpose
        const ConfigKey &uri = *ServerConfig::key(QStringLiteral("database/http_uri"));
        const QString current = QStringLiteral("https://dhcp:up-4711@inventory.example/lookup");
        QCOMPARE(uri.restored(uri.shown(current), current), current);
        QCOMPARE(uri.restored(QStringLiteral("https://dhcp:***@other.example/v2"), current),
                 QStringLiteral("https://dhcp:up-4711@other.example/v2"));
        QCOMPARE(uri.restored(QStringLiteral("https://dhcp:new@other.example/"), current), QStringLiteral("https://dhcp:new@other.example/"));
        QCOMPARE(uri.restored(QStringLiteral("https://other.example/"), current), QStringLiteral("https://other.example/"));
        const ConfigKey &name = *ServerConfig::key(QStringLiteral("server/system_name"));
        QCOMPARE(name.restored(QStringLiteral("(set)"), QStringLiteral("lab")), QStringLiteral("(set)"));   // not a secret
    }

    /// A malformed line must not carry its token into --check-config's output or the journal.
    void configErrorsNeverQuoteASecret()
    {
        QStringList errors;
        const QString path = write("[server]\ndhcp_server_ip=198.18.0.1\n[database]\nsqlite_file=x.sqlite\n"
                                   "http_headers={\"Authorization\": \"Bearer tok-4711\"\n"
                                   "http_uri=ftp://dhcp:up-4711@inventory.example/\n");
        QVERIFY(!ServerConfig::load(path, &errors));
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("[database] http_headers: the value is not a JSON object")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("[database] http_uri: 'ftp://dhcp:***@inventory.example/' is not an http://")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("tok-4711")) && !all.contains(QStringLiteral("up-4711")), qPrintable(all));
    }

    void missingFile()
    {
        QStringList errors;
        QVERIFY(!ServerConfig::load(m_dir.filePath(QStringLiteral("nope.conf")), &errors));
        QVERIFY(errors.value(0).contains(QLatin1String("no such configuration file")));
    }

    void abuseTimersAge()
    {
        AbuseControl abuse({true, 2, 5, 3});
        const MAC a = *MAC::fromString(u"02:00:00:00:00:0a");
        QCOMPARE(abuse.evaluate(a), AbuseControl::Verdict::Allow);
        QCOMPARE(abuse.evaluate(a), AbuseControl::Verdict::Allow);
        QCOMPARE(abuse.evaluate(a), AbuseControl::Verdict::Suspended);
        QCOMPARE(abuse.secondsLeft(a), 5);
        for (int i = 0; i < 4; ++i) {
            abuse.tick();
            QCOMPARE(abuse.evaluate(a), AbuseControl::Verdict::Ignored);
        }
        abuse.tick();   // staticDHCPd removes entries at <= 1
        QCOMPARE(abuse.evaluate(a), AbuseControl::Verdict::Allow);
        const MAC b = *MAC::fromString(u"02:00:00:00:00:0b");
        abuse.ignore(b, QStringLiteral("unknown"));
        QCOMPARE(abuse.entries().size(), 1);
        QCOMPARE(abuse.entries().first().reason, QStringLiteral("unknown"));
        QVERIFY(abuse.release(b));
        QVERIFY(!abuse.release(b));
        AbuseControl off({false, 1, 5, 3});
        for (int i = 0; i < 10; ++i)
            QCOMPARE(off.evaluate(a), AbuseControl::Verdict::Allow);
    }

    // A random-MAC flood: the ignore list and the request counts keep the most recent max_tracked_clients MACs.
    void aRandomMacFloodCannotGrowTheAbuseTables()
    {
        AbuseControl abuse({true, 3, 150, 60, 100});
        const auto macN = [](int n) { return MAC({0x02, 0, 0, quint8(n >> 16), quint8(n >> 8), quint8(n)}); };
        for (int n = 0; n < 10000; ++n) {
            QCOMPARE(abuse.evaluate(macN(n)), AbuseControl::Verdict::Allow);
            abuse.ignore(macN(n), QStringLiteral("unknown"));
        }
        QCOMPARE(abuse.ignoredCount(), 100);
        QCOMPARE(abuse.entries().size(), 100);
        QCOMPARE(abuse.evaluate(macN(9999)), AbuseControl::Verdict::Ignored);   // the newest are kept
        QCOMPARE(abuse.evaluate(macN(9900)), AbuseControl::Verdict::Ignored);
        QCOMPARE(abuse.evaluate(macN(0)), AbuseControl::Verdict::Allow);        // the oldest were pushed out
        QCOMPARE(abuse.evicted(), quint64(2 * (10000 - 100)) + 1);               // both tables; macN(0) counted again
        QVERIFY(abuse.ignoredCount() <= 100);
    }

    void floodWarningsAreSummedUp()
    {
        WarningBurst burst(5, 10);
        int logged = 0;
        for (int i = 0; i < 1000; ++i)
            logged += burst.take();
        QCOMPARE(logged, 5);
        for (int s = 0; s < 9; ++s)
            QVERIFY(!burst.tick());
        QCOMPARE(burst.tick(), std::optional<int>(995));   // one summary line for the interval
        QVERIFY(burst.take());                             // a new interval logs again
        for (int s = 0; s < 10; ++s)
            QVERIFY(!burst.tick() || s == 9);
    }

    void statisticsCountAndChart()
    {
        Statistics s;
        const qint64 t0 = 1764000000LL * 1000;   // a whole 5-minute multiple, in ms
        StatsEvent e;
        e.method = Method::Discover;
        e.mac = *MAC::fromString(u"02:00:00:00:00:01");
        e.processed = true;
        e.processingNs = 1000;
        for (int i = 0; i < 3; ++i) {
            e.timeMs = t0 + i * 1000;
            s.record(e);
        }
        StatsEvent unknown = e;
        unknown.mac = *MAC::fromString(u"02:00:00:00:00:99");
        unknown.processed = false;
        unknown.drop = DropReason::UnknownClient;
        unknown.timeMs = t0 + 2500;
        s.record(unknown, QByteArray("raw"));
        QCOMPARE(s.received(Method::Discover), 4u);
        QCOMPARE(s.processed(Method::Discover), 3u);
        QCOMPARE(s.discarded(Method::Discover), 1u);
        QCOMPARE(s.dropped(DropReason::UnknownClient), 1u);
        QCOMPARE(s.totalProcessingNs(), 4000);
        const QList<StatsBucket> seconds = s.perSecond(t0 / 1000 - 1, t0 / 1000 + 3);
        QCOMPARE(seconds.size(), 5);
        QCOMPARE(seconds[0].total(), 0u);
        QCOMPARE(seconds[1].total(), 1u);
        QCOMPARE(seconds[3].total(), 2u);
        QCOMPARE(seconds[3].totalDiscarded(), 1u);
        const QList<StatsBucket> buckets = s.perFiveMinutes(t0 / 1000 + 10);
        QCOMPARE(buckets.size(), Statistics::BucketsKept);
        QCOMPARE(buckets.last().total(), 4u);
        QCOMPARE(s.sumOfBuckets(t0 / 1000 + 10, 0).total(), 4u);
        QCOMPARE(s.recentActivity().size(), 2);
        QCOMPARE(s.recentActivity().first().mac, unknown.mac);   // newest first
        const QList<UnknownClient> u = s.unknownClients();
        QCOMPARE(u.size(), 1);
        QCOMPARE(u.first().lastPacket, QByteArray("raw"));
        QCOMPARE(u.first().requests, 1u);
        unknown.processed = true;   // served later: no longer unknown
        unknown.drop = DropReason::None;
        s.record(unknown);
        QVERIFY(s.unknownClients().isEmpty());
        // An hour later the per-second slot is reused, not mixed.
        e.timeMs = t0 + 3600 * 1000;
        s.record(e);
        QCOMPARE(s.perSecond(t0 / 1000 + 3600, t0 / 1000 + 3600).first().total(), 1u);
        QCOMPARE(s.perSecond(t0 / 1000, t0 / 1000 + 3600).size(), Statistics::SecondsKept);
    }

    void recentActivityIsBounded()
    {
        Statistics s;
        StatsEvent e;
        e.method = Method::Discover;
        for (quint64 i = 0; i < 3000; ++i) {
            e.mac = MAC::fromUInt64(0x020000000000ull + i);
            e.timeMs = qint64(i);
            s.record(e);
        }
        const QList<StatsEvent> recent = s.recentActivity(5000);
        QVERIFY(recent.size() <= Statistics::RecentActivityKept);
        QCOMPARE(recent.first().mac, MAC::fromUInt64(0x020000000000ull + 2999));
    }
};

QTEST_GUILESS_MAIN(TestEngineSupport)
#include "tst_enginesupport.moc"
