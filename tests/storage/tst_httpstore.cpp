// staticDHCPd's httpdb contract against a real HTTP server (httpdb_server.py on 127.0.0.1): the request sent,
// the answers read, the failures named, and lookups from threads without an event loop.
#include "storage/httpstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <thread>

using namespace qsd;

namespace {

const MAC kFull = *MAC::fromString(u"02:00:00:00:00:01");
const MAC kMinimal = *MAC::fromString(u"02:00:00:00:00:02");
const MAC kUnknown = *MAC::fromString(u"02:00:00:00:00:99");

/// FULL of httpdb_server.py.
Definition fullDefinition()
{
    Definition d;
    d.ip = IPv4(198, 18, 0, 11);
    d.hostname = QStringLiteral("labpc01");
    d.gateways = {IPv4(198, 18, 0, 1)};
    d.subnet_mask = IPv4(255, 255, 255, 0);
    d.broadcast_address = IPv4(198, 18, 0, 255);
    d.domain_name = QStringLiteral("lab.example");
    d.domain_name_servers = {IPv4(198, 18, 0, 2), IPv4(198, 18, 0, 3), IPv4(198, 18, 0, 4)};   // cut to 3
    d.ntp_servers = {IPv4(198, 18, 0, 1)};
    d.lease_time = 3600;
    d.subnet = QStringLiteral("198.18.0.0/24");
    d.serial = 1;
    d.extra = {{QStringLiteral("owner"), QStringLiteral("Ada")}, {QStringLiteral("room"), qlonglong(7)},
               {QStringLiteral("pxe"), true}};
    return d;
}

} // namespace

class TestHttpStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;

    QString recordFile() const { return m_dir.filePath(QStringLiteral("last-request.json")); }

    /// The service's URL for `mode` (a path of httpdb_server.py: normal, list, slow, error, …).
    QUrl url(const QString &mode) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(mode));
    }

    HttpStoreSettings settings(const QString &mode) const
    {
        HttpStoreSettings s;
        s.uri = url(mode);
        s.timeoutMs = 3000;
        return s;
    }

    /// The last request the server received: method, path, query, headers (lower-case names), body.
    QJsonObject lastRequest() const
    {
        QFile f(recordFile());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void init()
    {
        QFile::remove(recordFile());
        m_server.setProgram(QStringLiteral("/usr/bin/python3"));
        m_server.setArguments({QStringLiteral(QSD_SOURCE_DIR "/tests/storage/httpdb_server.py"), recordFile()});
        m_server.start();
        if (!m_server.waitForStarted(5000))
            QFAIL(qPrintable(QStringLiteral("cannot start /usr/bin/python3: %1").arg(m_server.errorString())));
        while (!m_server.canReadLine() && m_server.waitForReadyRead(5000)) { }
        bool ok = false;
        m_port = m_server.readLine().trimmed().toInt(&ok);
        if (!ok)
            QFAIL(qPrintable(QStringLiteral("httpdb_server.py printed no port: %1")
                                 .arg(QString::fromUtf8(m_server.readAllStandardError()))));
    }

    void cleanup()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }

    void postSendsParametersAndMacAsJson()
    {
        HttpStoreSettings s = settings(QStringLiteral("normal"));
        s.parameters = {{QStringLiteral("site"), QStringLiteral("lab")}, {QStringLiteral("n"), 3}};
        HttpStore store(s);
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY2(!result.failed(), qPrintable(result.error));

        const QJsonObject request = lastRequest();
        QCOMPARE(request.value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(request.value(u"path").toString(), QStringLiteral("/normal"));
        QCOMPARE(request.value(u"headers").toObject().value(u"content-type").toString(), QStringLiteral("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.value(u"body").toString().toUtf8()).object();
        QCOMPARE(body, (QJsonObject{{QStringLiteral("site"), QStringLiteral("lab")}, {QStringLiteral("n"), 3},
                                    {QStringLiteral("mac"), QStringLiteral("02:00:00:00:00:01")}}));
    }

    void getSendsAQueryString()
    {
        HttpStoreSettings s = settings(QStringLiteral("normal"));
        s.uri.setQuery(QStringLiteral("token=abc"));
        s.post = false;
        s.macKey = QStringLiteral("hw");
        s.parameters = {{QStringLiteral("site"), QStringLiteral("lab one")}, {QStringLiteral("debug"), true}};
        HttpStore store(s);
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY2(result.found(), qPrintable(result.error));

        const QJsonObject request = lastRequest();
        QCOMPARE(request.value(u"method").toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(u"body").toString(), QString());
        const QUrlQuery query(request.value(u"query").toString());
        QCOMPARE(query.queryItemValue(QStringLiteral("token")), QStringLiteral("abc"));
        QCOMPARE(query.queryItemValue(QStringLiteral("site"), QUrl::FullyDecoded), QStringLiteral("lab one"));
        QCOMPARE(query.queryItemValue(QStringLiteral("debug")), QStringLiteral("True"));   // Python's str(True)
        QCOMPARE(query.queryItemValue(QStringLiteral("hw"), QUrl::FullyDecoded), QStringLiteral("02:00:00:00:00:01"));
    }

    void headersAreSent()
    {
        HttpStoreSettings s = settings(QStringLiteral("normal"));
        s.headers.insert("X-Api-Key", "s3cret");
        HttpStore store(s);
        QVERIFY(!store.lookupMAC(kFull).failed());
        QCOMPARE(lastRequest().value(u"headers").toObject().value(u"x-api-key").toString(), QStringLiteral("s3cret"));
    }

    void oneDefinitionWithEveryField()
    {
        HttpStore store(settings(QStringLiteral("normal")));
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.definitions.size(), 1);
        const Definition d = result.definitions.first();
        QCOMPARE(d.extra, fullDefinition().extra);
        QCOMPARE(d.domain_name_servers, fullDefinition().domain_name_servers);
        QVERIFY(d == fullDefinition());
    }

    void severalDefinitions()
    {
        HttpStore store(settings(QStringLiteral("list")));
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QCOMPARE(result.definitions.size(), 2);
        QVERIFY(result.definitions.at(0) == fullDefinition());
        const Definition second = result.definitions.at(1);
        QCOMPARE(second.ip, IPv4(198, 18, 1, 11));
        QCOMPARE(second.gateways, (QList<IPv4>{IPv4(198, 18, 1, 1), IPv4(198, 18, 1, 2)}));
        QCOMPARE(second.lease_time, quint32(7200));   // "7200": staticDHCPd's int() takes text too
        QCOMPARE(second.subnet, QStringLiteral("198.18.1.0/24"));
    }

    void unknownMac_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("mac");
        QTest::addRow("not in the table (null)") << QStringLiteral("normal") << kUnknown.toString();
        QTest::addRow("null") << QStringLiteral("null") << kFull.toString();
        QTest::addRow("{}") << QStringLiteral("empty-object") << kFull.toString();
        QTest::addRow("[]") << QStringLiteral("empty-list") << kFull.toString();
    }
    void unknownMac()
    {
        QFETCH(QString, mode);
        QFETCH(QString, mac);
        HttpStore store(settings(mode));
        const LookupResult result = store.lookupMAC(*MAC::fromString(mac));
        QVERIFY2(!result.failed(), qPrintable(result.error));
        QVERIFY(!result.found());
    }

    void defaultsFillWhatTheAnswerLacks()
    {
        HttpStoreSettings s = settings(QStringLiteral("normal"));
        s.defaults.nameServers = {IPv4(198, 18, 9, 1), IPv4(198, 18, 9, 2)};
        s.defaults.leaseTime = 600;
        s.defaults.serial = 2;
        HttpStore store(s);
        const LookupResult minimal = store.lookupMAC(kMinimal);
        QVERIFY2(minimal.found(), qPrintable(minimal.error));
        QCOMPARE(minimal.definitions.first().domain_name_servers, s.defaults.nameServers);
        QCOMPARE(minimal.definitions.first().lease_time, quint32(600));
        QCOMPARE(minimal.definitions.first().serial, 2);
        QVERIFY(minimal.definitions.first().gateways.isEmpty());
        QVERIFY(!minimal.definitions.first().subnet_mask);

        const LookupResult full = store.lookupMAC(kFull);   // what the answer says wins
        QVERIFY2(full.found(), qPrintable(full.error));
        QVERIFY(full.definitions.first() == fullDefinition());
    }

    void httpErrorNamesUrlAndStatus()
    {
        HttpStore store(settings(QStringLiteral("error")));
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY(result.failed());
        QVERIFY(result.unreachable());   // 5xx: the service cannot answer now, an outage
        QVERIFY(result.definitions.isEmpty());
        QVERIFY2(result.error.contains(url(QStringLiteral("error")).toString()), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("HTTP status 500")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("02:00:00:00:00:01")), qPrintable(result.error));
    }

    // A service (or whoever answers for it) cannot make the server read without bound, nor collect http_headers
    // (credentials) by redirecting elsewhere.
    void aHugeAnswerIsRefusedAsItArrives()
    {
        HttpStore store(settings(QStringLiteral("huge")));
        const LookupResult r = store.lookupMAC(kFull);
        QVERIFY(r.failed());
        QVERIFY2(r.error.contains(QStringLiteral("larger than 1048576 bytes")), qPrintable(r.error));
    }

    void aRedirectElsewhereIsNotFollowed()
    {
        HttpStoreSettings s = settings(QStringLiteral("redirect-other"));
        s.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer kept-here")}};
        HttpStore store(s);
        const LookupResult r = store.lookupMAC(kFull);
        QVERIFY(r.failed());
        QVERIFY2(r.error.contains(QStringLiteral("redirected elsewhere, not followed")), qPrintable(r.error));
        QCOMPARE(lastRequest().value(QStringLiteral("path")).toString(), QStringLiteral("/redirect-other"));

        HttpStoreSettings same = settings(QStringLiteral("redirect-same"));
        same.headers = s.headers;
        same.post = false;   // a 302 turns a POST into a GET without its body: the MAC goes in the query
        HttpStore sameStore(same);
        const LookupResult ok = sameStore.lookupMAC(kFull);
        QVERIFY2(!ok.failed(), qPrintable(ok.error));
        QCOMPARE(ok.definitions.size(), 1);
        QCOMPARE(lastRequest().value(QStringLiteral("path")).toString(), QStringLiteral("/normal"));
    }

    void slowServiceTimesOut()
    {
        HttpStoreSettings s = settings(QStringLiteral("slow"));   // the server sleeps 5 s
        s.timeoutMs = 300;
        HttpStore store(s);
        QElapsedTimer clock;
        clock.start();
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY(result.failed());
        QVERIFY(result.unreachable());
        QVERIFY2(result.error.contains(QLatin1String("timed out after 300 ms")), qPrintable(result.error));
        QVERIFY2(clock.elapsed() < 4500, "the lookup waited for the server instead of timing out");
        QVERIFY2(result.error.contains(url(QStringLiteral("slow")).toString()), qPrintable(result.error));
    }

    void badAnswersNameTheField_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not JSON") << QStringLiteral("malformed") << QStringLiteral("the answer is not JSON");
        QTest::addRow("bad ip") << QStringLiteral("bad-ip") << QStringLiteral("ip: '198.18.0.300' is not an IPv4 address");
        QTest::addRow("bad DNS in a list")
            << QStringLiteral("bad-dns") << QStringLiteral("[1].domain_name_servers: 'dns.example' is not an IPv4 address");
        QTest::addRow("no such path (404)") << QStringLiteral("nope") << QStringLiteral("HTTP status 404");
    }
    void badAnswersNameTheField()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        HttpStore store(settings(mode));
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY(result.failed());
        QVERIFY(!result.unreachable());   // it answered: an error to fix, not an outage
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY2(result.error.startsWith(QStringLiteral("HTTP definitions service ") + url(mode).toString()
                                         + QStringLiteral(": MAC 02:00:00:00:00:01: ")),
                 qPrintable(result.error));
    }

    void connectionRefused()
    {
        HttpStore store(settings(QStringLiteral("normal")));
        QVERIFY(store.lookupMAC(kFull).found());
        cleanup();   // the service goes away
        const LookupResult result = store.lookupMAC(kFull);
        QVERIFY(result.failed());
        QVERIFY(result.unreachable());
        QVERIFY2(result.error.contains(url(QStringLiteral("normal")).toString()), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(result.error));
    }

    void lookupsFromThreadsWithoutEventLoop()
    {
        // As the lookup pool does: one store per worker, created, used and destroyed in that thread.
        std::vector<LookupResult> results(2 * 3);
        std::vector<std::thread> workers;
        for (int w = 0; w < 2; ++w) {
            workers.emplace_back([&, w] {
                HttpStore store(settings(QStringLiteral("normal")));
                for (int i = 0; i < 3; ++i)
                    results[w * 3 + i] = store.lookupMAC(i == 2 ? kMinimal : kFull);
            });
        }
        for (std::thread &t : workers)
            t.join();
        for (size_t i = 0; i < results.size(); ++i) {
            QVERIFY2(results[i].found(), qPrintable(results[i].error));
            QCOMPARE(results[i].definitions.first().ip, i % 3 == 2 ? IPv4(198, 18, 0, 12) : IPv4(198, 18, 0, 11));
        }
    }

    void describeAndReinitialise()
    {
        HttpStoreSettings s;
        s.uri = QUrl(QStringLiteral("https://dhcp:secret@dhcp.example/lookup"));
        HttpStore store(s);
        QCOMPARE(store.describe(), QStringLiteral("HTTP definitions service https://dhcp@dhcp.example/lookup"));
        QCOMPARE(HttpStore::description(s), store.describe());
        QString error;
        QVERIFY(store.reinitialise(&error));
    }
};

QTEST_GUILESS_MAIN(TestHttpStore)
#include "tst_httpstore.moc"
