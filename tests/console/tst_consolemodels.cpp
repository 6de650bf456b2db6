// The console's models against a real embedded server (EmbeddedServer = the daemon's ServerStack on loopback,
// the demo database in a temporary SQLite file, a hook file with two web methods), through a real ConsoleClient
// over the local management socket: connection and reconnection, MapsModel paging over 100 000 rows and its
// lastSeen, SubnetsModel, a second console refreshed after a reinitialise from the first (every model that shows
// definitions, the blacklist or the hook file), the web method's result as its declared type says, ChartSource
// following live counters, SettingsModel validating and saving the file in place, CsvDefinitions' preview,
// import and export, and the first-run wizard's configuration. Every model runs under QAbstractItemModelTester.
#include "blacklistmodel.h"
#include "chartsource.h"
#include "consoleactions.h"
#include "consoleclient.h"
#include "csvdefinitions.h"
#include "embeddedserver.h"
#include "firstrunsetup.h"
#include "hookfile.h"
#include "mapsmodel.h"
#include "settingsmodel.h"
#include "subnetsmodel.h"
#include "../service/loopbackconfig.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJSEngine>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

#include <optional>

namespace {

/// One slot called through ConsoleClient::ask, and its typed answer waited for.
template <typename Send>
ConsoleClient::AnswerOf<Send> askAndWait(ConsoleClient &client, Send send)
{
    using Answer = ConsoleClient::AnswerOf<Send>;
    std::optional<Answer> answer;
    client.ask(&client, send, [&](const Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return ConsoleClient::failure<Answer>(QStringLiteral("no answer in 10 s"));
    return *answer;
}

/// The hook file: two web methods, an HTML report and a plain text whose markup must stay text.
const char *const HookSource = R"(export function init() {
    callbacks.webAddMethod("/console/report", () => ["text/html", "<h1>Report</h1><p>all <b>well</b></p>"],
                           { hidden: false, module: "console", name: "report" });
    callbacks.webAddMethod("/console/plain", () => ["text/plain", "<b>not bold</b>"],
                           { hidden: false, module: "console", name: "plain" });
    callbacks.webAddMethod("/console/image", () => ["image/png", "not text"],
                           { hidden: false, module: "console", name: "image" });
}
)";

QString readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly | QIODevice::Text);
    return QString::fromUtf8(f.readAll());
}

void writeAll(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text));
    f.write(text.toUtf8());
}

/// A DHCPDISCOVER from `mac` to the server's ProxyDHCP port (replies come back to the sender).
QByteArray discover(int last)
{
    QByteArray p(240, '\0');
    p[0] = 1;
    p[1] = 1;
    p[2] = 6;
    p[4] = char(last);
    const char mac[6] = {0x02, 0, 0, 0, 0, char(last)};
    p.replace(28, 6, QByteArray(mac, 6));
    p.replace(236, 4, QByteArray("\x63\x82\x53\x63", 4));
    p.append(QByteArray("\x35\x01\x01\xff", 4));
    return p;
}

} // namespace

class TestConsoleModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_config;
    quint16 m_proxyPort = 0;
    EmbeddedServer m_server;

    QString writeConfig()
    {
        const qsd::ServerConfig c = qsd::test::loopbackConfig(m_dir.path());
        m_proxyPort = c.proxyPort;
        const QString file = m_dir.filePath(QStringLiteral("console.conf"));
        writeAll(file, QStringLiteral("# the console test's server\n[server]\ndhcp_server_ip=127.0.0.1\ndhcp_server_port=%1\n"
                                      "proxy_port=%2\ndhcp_response_interface=\nsystem_name=Console test\n\n"
                                      "[database]\nengine=sqlite\nsqlite_file=demo.sqlite\n\n"
                                      "[management]\nlisten=local:%3\n\n[hooks]\nfile=%4\n")
                           .arg(c.dhcpServerPort).arg(c.proxyPort).arg(m_dir.filePath(QStringLiteral("mgmt.sock")),
                                                                       m_dir.filePath(QStringLiteral("hooks.mjs"))));
        return file;
    }

    std::unique_ptr<ConsoleClient> connectedClient()
    {
        ConsoleClient::Options o;
        o.url = m_server.localUrl();
        o.embedded = true;
        auto client = std::make_unique<ConsoleClient>(o);
        client->open();
        if (client->state() != ConsoleClient::Connected)
            QTest::qWait(100);
        return client;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeAll(m_dir.filePath(QStringLiteral("hooks.mjs")), QString::fromUtf8(HookSource));
        m_config = writeConfig();
        QVERIFY2(m_server.start(m_config), qPrintable(m_server.error()));
    }

    void clientConnectsAndReconnectsByItself()
    {
        auto client = connectedClient();
        QCOMPARE(client->state(), ConsoleClient::Connected);
        QTRY_COMPARE(client->status().value(QStringLiteral("systemName")).toString(), QStringLiteral("Console test"));
        QVERIFY(!client->who().isEmpty() || QTest::qWaitFor([&] { return !client->who().isEmpty(); }, 5000));

        QSignalSpy connected(client.get(), &ConsoleClient::connected);
        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConsoleClient::Unreachable, 10000);
        QVERIFY(!client->error().isEmpty());
        const SubnetsAnswer offline = askAndWait(*client, [](ManagementReplica &r) { return r.subnets(); });
        QVERIFY(!offline.ok());
        QVERIFY(!offline.error().isEmpty());

        QVERIFY2(m_server.start(m_config), qPrintable(m_server.error()));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConsoleClient::Connected, 10000);
        QCOMPARE(connected.size(), 1);
        QVERIFY(askAndWait(*client, [](ManagementReplica &r) { return r.subnets(); }).ok());
    }

    void mapsModelPagesAHundredThousandRows()
    {
        // 100 000 more maps straight into the file, then a reinitialise.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("demo.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO subnets (subnet, serial, lease_time) VALUES ('100.64.0.0/10', 0, 3600)")));
            QVERIFY(db.transaction());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO maps (mac, ip, hostname, subnet, serial) VALUES (?, ?, ?, '100.64.0.0/10', 0)")));
            for (int i = 0; i < 100000; ++i) {
                q.bindValue(0, QStringLiteral("0a:00:00:%1:%2:%3").arg(i >> 16 & 0xff, 2, 16, QLatin1Char('0'))
                                   .arg(i >> 8 & 0xff, 2, 16, QLatin1Char('0')).arg(i & 0xff, 2, 16, QLatin1Char('0')));
                q.bindValue(1, QStringLiteral("100.%1.%2.%3").arg(64 + (i >> 16)).arg(i >> 8 & 0xff).arg(i & 0xff));
                q.bindValue(2, QStringLiteral("host%1").arg(i));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.commit());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
        auto client = connectedClient();
        QVERIFY(askAndWait(*client, [](ManagementReplica &r) { return r.reinitialise(); }).ok());

        MapsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &MapsModel::pageLoaded);
        model.setClient(client.get());
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 100010, 10000);
        QCOMPARE(model.rowCount(), 100010);
        // Only the first page is fetched until a view asks for a row further down.
        QCOMPARE(pages.size(), 1);
        const QModelIndex far = model.index(75000, 0);
        QCOMPARE(far.data(MapsModel::LoadedRole).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(far.data(MapsModel::LoadedRole).toBool(), 10000);
        QCOMPARE(pages.size(), 2);
        QVERIFY(far.data(MapsModel::MacRole).toString().startsWith(QStringLiteral("0a:00:00:")));

        model.setSearch(QStringLiteral("host99999"));
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 1, 10000);
        QCOMPARE(model.get(0).value(QStringLiteral("ip")).toString(), QStringLiteral("100.65.134.159"));
        QCOMPARE(model.rowOf(QStringLiteral("0a:00:00:01:86:9f")), 0);

        model.setSearch(QString());
        model.setSubnet(QStringLiteral("198.18.1.0/24"));
        model.setSerial(0);
        model.setSortColumn(SortColumnEnum::Ip);
        model.setDescending(true);
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 5, 10000);
        QTRY_COMPARE(model.index(0, 0).data(MapsModel::IpRole).toString(), QStringLiteral("198.18.1.25"));

        // An edit elsewhere refreshes the page shown.
        auto other = connectedClient();
        const QVariantMap added{{QStringLiteral("mac"), QStringLiteral("02:00:00:00:01:99")},
                                {QStringLiteral("ip"), QStringLiteral("198.18.1.99")},
                                {QStringLiteral("subnet"), QStringLiteral("198.18.1.0/24")},
                                {QStringLiteral("serial"), 0}};
        QVERIFY(askAndWait(*other, [&](ManagementReplica &r) { return r.addMap(added); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 6, 10000);
        QTRY_COMPARE(model.index(0, 0).data(MapsModel::IpRole).toString(), QStringLiteral("198.18.1.99"));
    }

    /// lastSeen is the server's MapRow.lastSeenMs; refresh() brings it in place, without resetting the view.
    void mapsModelShowsWhenTheServerLastSawAMac()
    {
        auto client = connectedClient();
        MapsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setSearch(QStringLiteral("02:00:00:00:00:03"));
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 1, 10000);
        QTRY_VERIFY(model.index(0).data(MapsModel::LoadedRole).toBool());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
        socket.writeDatagram(discover(3), QHostAddress::LocalHost, m_proxyPort);
        const bool seen = QTest::qWaitFor([&] {
            model.refresh();
            QTest::qWait(200);
            return model.index(0).data(MapsModel::LastSeenRole).toLongLong() >= before;
        }, 10000);
        QVERIFY(seen);
        QVERIFY(model.index(0).data(MapsModel::LastSeenRole).toLongLong() <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(resets.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.roleNames().value(MapsModel::LastSeenRole), QByteArray("lastSeen"));

        // Sorted by the declared SortColumn; a role the server cannot sort by sorts by IP.
        model.setSortRole(QStringLiteral("hostname"));
        QCOMPARE(model.sortColumn(), SortColumnEnum::Hostname);
        model.setSortRole(QStringLiteral("lastSeen"));
        QCOMPARE(model.sortColumn(), SortColumnEnum::Ip);
        QCOMPARE(model.sortRole(), QStringLiteral("ip"));
    }

    void subnetsModelListsTheSubnets()
    {
        auto client = connectedClient();
        SubnetsModel subnets;
        QAbstractItemModelTester tester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        subnets.setClient(client.get());
        QTRY_VERIFY_WITH_TIMEOUT(subnets.indexOf(QStringLiteral("198.18.1.0/24"), 0) >= 0, 10000);
        const int lab = subnets.indexOf(QStringLiteral("198.18.0.0/24"), 0);
        QVERIFY(lab >= 0);
        QCOMPARE(subnets.get(lab).value(QStringLiteral("label")).toString(), QStringLiteral("198.18.0.0/24"));
        QCOMPARE(subnets.get(lab).value(QStringLiteral("domain_name")).toString(), QStringLiteral("lab.example"));
        QVERIFY(subnets.rowAt(lab)->maps() >= 5);
        qint64 maps = 0;
        for (int i = 0; i < subnets.count(); ++i)
            maps += subnets.rowAt(i)->maps();
        QCOMPARE(subnets.mapCount(), maps);
        // The subnet a request came from: its relay's, else the server's own (127.0.0.1: none), else the first.
        QCOMPARE(subnets.indexForRequest(QStringLiteral("198.18.1.1")), subnets.indexOf(QStringLiteral("198.18.1.0/24"), 0));
        QCOMPARE(subnets.indexForRequest(QString()), 0);
        QCOMPARE(subnets.indexForRequest(QStringLiteral("0.0.0.0")), 0);

        // Added elsewhere: announced, and shown with its serial.
        auto other = connectedClient();
        const QVariantMap second{{QStringLiteral("subnet"), QStringLiteral("198.18.0.0/24")}, {QStringLiteral("serial"), 2},
                                 {QStringLiteral("lease_time"), 3600}};
        QVERIFY(askAndWait(*other, [&](ManagementReplica &r) { return r.addSubnet(second); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(subnets.indexOf(QStringLiteral("198.18.0.0/24"), 2) >= 0, 10000);
        const int added = subnets.indexOf(QStringLiteral("198.18.0.0/24"), 2);
        QCOMPARE(subnets.get(added).value(QStringLiteral("label")).toString(), QStringLiteral("198.18.0.0/24 #2"));
        const QString revision = subnets.rowAt(added)->revision();
        QVERIFY(askAndWait(*other, [&](ManagementReplica &r) { return r.deleteSubnet(QStringLiteral("198.18.0.0/24"), 2, revision); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(subnets.indexOf(QStringLiteral("198.18.0.0/24"), 2), -1, 10000);
    }

    /// The defect of issue 17: a reinitialise announced itself as "all", which no console listened to. Changes made
    /// underneath the server (the database file, the hook file) reach a second console once the first one
    /// reinitialises: its maps, subnets, blacklist and hook file.
    void secondConsoleRefreshesAfterAReinitialise()
    {
        auto first = connectedClient();
        auto second = connectedClient();
        MapsModel maps;
        QAbstractItemModelTester mapsTester(&maps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        maps.setClient(second.get());
        maps.setSubnet(QStringLiteral("198.51.100.0/24"));
        maps.setSerial(0);
        SubnetsModel subnets;
        QAbstractItemModelTester subnetsTester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        subnets.setClient(second.get());
        BlacklistModel blacklist;
        blacklist.setClient(second.get());
        HookFile hooks;
        hooks.setClient(second.get());
        QSignalSpy mapsLoaded(&maps, &MapsModel::pageLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!mapsLoaded.isEmpty() && subnets.count() > 0 && blacklist.fetchedAtMs() > 0
                                     && hooks.source() == QString::fromUtf8(HookSource), 10000);
        QCOMPARE(maps.total(), 0);
        const int subnetsBefore = subnets.count();
        const QString blacklisted = QStringLiteral("02:00:00:00:05:02");
        QCOMPARE(blacklist.permanent()->indexOf(blacklisted), -1);

        // Changed where no console sees it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("underneath"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("demo.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO subnets (subnet, serial, lease_time) VALUES ('198.51.100.0/24', 0, 3600)")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO maps (mac, ip, hostname, subnet, serial) "
                                           "VALUES ('02:00:00:00:05:01', '198.51.100.10', 'underneath', '198.51.100.0/24', 0)")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO qsd_blacklist (mac, reason, added_at, added_by) "
                                           "VALUES ('%1', 'underneath', 0, 'test')").arg(blacklisted)),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("underneath"));
        const QString changedHooks = QString::fromUtf8(HookSource) + QStringLiteral("// changed underneath\n");
        writeAll(m_dir.filePath(QStringLiteral("hooks.mjs")), changedHooks);
        QTest::qWait(500);
        QCOMPARE(maps.total(), 0);   // nobody announced anything yet
        QCOMPARE(subnets.count(), subnetsBefore);

        QVERIFY(askAndWait(*first, [](ManagementReplica &r) { return r.reinitialise(); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(maps.total(), 1, 10000);
        QTRY_VERIFY(maps.index(0).data(MapsModel::LoadedRole).toBool());
        QCOMPARE(maps.index(0).data(MapsModel::HostnameRole).toString(), QStringLiteral("underneath"));
        QTRY_COMPARE_WITH_TIMEOUT(subnets.count(), subnetsBefore + 1, 10000);
        QVERIFY(subnets.indexOf(QStringLiteral("198.51.100.0/24"), 0) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(blacklist.permanent()->indexOf(blacklisted) >= 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(hooks.source(), changedHooks, 10000);
    }

    /// The other defect of issue 17: the console read content/contentType while the server sent {mimetype, data}.
    /// Now the answer is the declared ActionResult, and QML gets its fields and how to show them.
    void webMethodResultAsItsDeclaredTypeSays()
    {
        using Display = ConsoleActions::Display;
        QCOMPARE(ConsoleActions::displayOf(QStringLiteral("text/html")), Display::RichText);
        QCOMPARE(ConsoleActions::displayOf(QStringLiteral("Text/HTML; charset=utf-8")), Display::RichText);
        QCOMPARE(ConsoleActions::displayOf(QStringLiteral("text/plain")), Display::PlainText);
        QCOMPARE(ConsoleActions::displayOf(QStringLiteral("application/json")), Display::PlainText);
        QCOMPARE(ConsoleActions::displayOf(QStringLiteral("image/png")), Display::NotShown);
        QCOMPARE(ConsoleActions::displayOf(QString()), Display::NotShown);

        auto client = connectedClient();
        const ActionResult report = askAndWait(*client, [](ManagementReplica &r) {
            return r.invokeAction(QStringLiteral("/console/report"), {});
        });
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report.mimetype().startsWith(QStringLiteral("text/html")));
        QCOMPARE(report.data(), QStringLiteral("<h1>Report</h1><p>all <b>well</b></p>"));

        // What the Hooks page's dialog gets, in the order asked.
        QJSEngine engine;
        ConsoleActions actions(client.get(), &engine);
        engine.globalObject().setProperty(QStringLiteral("answers"), engine.newArray());
        const QJSValue keep = engine.evaluate(QStringLiteral("(function(answer) { answers.push(answer) })"));
        for (const char *path : {"/console/report", "/console/plain", "/console/image", "/console/nothing-here"})
            actions.invokeAction(QString::fromLatin1(path), {}, keep);
        const QJSValue answers = engine.globalObject().property(QStringLiteral("answers"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.property(QStringLiteral("length")).toInt(), 4, 10000);
        const QVariantMap html = answers.property(0).toVariant().toMap();
        const QVariantMap plain = answers.property(1).toVariant().toMap();
        const QVariantMap image = answers.property(2).toVariant().toMap();
        const QVariantMap missing = answers.property(3).toVariant().toMap();
        QVERIFY(html.value(QStringLiteral("ok")).toBool());
        QCOMPARE(html.value(QStringLiteral("data")).toString(), report.data());
        QVERIFY(html.value(QStringLiteral("richText")).toBool());
        QVERIFY(html.value(QStringLiteral("readable")).toBool());
        QVERIFY(plain.value(QStringLiteral("ok")).toBool());
        QCOMPARE(plain.value(QStringLiteral("mimetype")).toString().section(QLatin1Char(';'), 0, 0), QStringLiteral("text/plain"));
        QCOMPARE(plain.value(QStringLiteral("data")).toString(), QStringLiteral("<b>not bold</b>"));
        QVERIFY(!plain.value(QStringLiteral("richText")).toBool());
        QVERIFY(plain.value(QStringLiteral("readable")).toBool());
        QVERIFY(image.value(QStringLiteral("ok")).toBool());
        QVERIFY(!image.value(QStringLiteral("readable")).toBool());
        QVERIFY(!missing.value(QStringLiteral("ok")).toBool());
        QVERIFY(!missing.value(QStringLiteral("error")).toString().isEmpty());
    }

    void chartSourceFollowsLiveCounters()
    {
        auto client = connectedClient();
        ChartSource chart;
        chart.setClient(client.get());
        QTRY_VERIFY_WITH_TIMEOUT(chart.methods().contains(QStringLiteral("DISCOVER")), 10000);
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
        for (int i = 0; i < 30; ++i)
            socket.writeDatagram(discover(1 + i % 5), QHostAddress::LocalHost, m_proxyPort);
        auto peak = [&] {
            double top = 0;
            for (const QVariant &p : chart.points(QStringLiteral("DISCOVER")))
                top = std::max(top, p.toMap().value(QStringLiteral("y")).toDouble());
            return top;
        };
        QTRY_VERIFY_WITH_TIMEOUT(peak() >= 1, 10000);
        QVERIFY(chart.maxRate() >= peak());
        QVERIFY(chart.points(QStringLiteral("DISCOVER")).size() >= 2);
        for (const QVariant &p : chart.points(QStringLiteral("DISCOVER")))
            QVERIFY(p.toMap().value(QStringLiteral("x")).toDouble() >= chart.xMinimum() && p.toMap().value(QStringLiteral("x")).toDouble() <= 0);
        chart.setRange(ChartSource::TwoDays);
        QCOMPARE(chart.xMinimum(), -48.0);
    }

    void settingsModelValidatesAndSavesInPlace()
    {
        auto client = connectedClient();
        SettingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setConfigFile(m_config);
        QVERIFY(model.editable());
        QVERIFY(!model.needsRestart());
        QCOMPARE(model.validate(QStringLiteral("server/dhcp_server_port"), QStringLiteral("70000")), QStringLiteral("70000 is outside 1 … 65535"));
        QVERIFY(!model.validate(QStringLiteral("server/authoritative"), QStringLiteral("maybe")).isEmpty());
        QVERIFY(model.validate(QStringLiteral("server/authoritative"), QStringLiteral("yes")).isEmpty());
        QVERIFY(!model.validate(QStringLiteral("server/allowed_dhcp_relays"), QStringLiteral("198.18.0.1, nonsense")).isEmpty());

        const QString before = readAll(m_config);
        QVariantMap refused = model.save({{QStringLiteral("server/dhcp_server_port"), QStringLiteral("70000")}});
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        QCOMPARE(refused.value(QStringLiteral("key")).toString(), QStringLiteral("server/dhcp_server_port"));
        QCOMPARE(readAll(m_config), before);

        const QVariantMap saved = model.save({{QStringLiteral("server/system_name"), QStringLiteral("Renamed")},
                                              {QStringLiteral("cache/use_cache"), QStringLiteral("false")}});
        QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), qPrintable(saved.value(QStringLiteral("error")).toString()));
        const QString after = readAll(m_config);
        QVERIFY(after.startsWith(QStringLiteral("# the console test's server\n")));   // comments kept
        QVERIFY(after.contains(QStringLiteral("system_name=Renamed\n")));
        QVERIFY(!after.contains(QStringLiteral("Console test")));
        QVERIFY(after.contains(QStringLiteral("[cache]\nuse_cache=false\n")));
        QVERIFY(model.needsRestart());
        int row = -1;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.index(i).data(SettingsModel::IdRole).toString() == QLatin1String("server/system_name"))
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row).data(SettingsModel::ValueRole).toString(), QStringLiteral("Renamed"));
        QVERIFY(model.index(row).data(SettingsModel::ChangedRole).toBool());

        // Restoring the old name: the server and the file agree again.
        QVERIFY(model.save({{QStringLiteral("server/system_name"), QStringLiteral("Console test")},
                            {QStringLiteral("cache/use_cache"), QString()}}).value(QStringLiteral("ok")).toBool());
        QVERIFY(!model.needsRestart());
    }

    /// The Settings page shows a secret as set or not set, even with the file at hand, and hands back what it
    /// showed when the user did not touch it: that must never replace the password in the file.
    void settingsPageNeitherShowsNorOverwritesASecret()
    {
        const QString original = readAll(m_config);
        const auto restore = qScopeGuard([&] {
            writeAll(m_config, original);
            m_server.start(m_config);
        });
        auto client = connectedClient();
        QTRY_VERIFY(!client->status().isEmpty());
        SettingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(client.get());
        model.setConfigFile(m_config);
        auto row = [&](const QString &id) {
            for (int i = 0; i < model.rowCount(); ++i) {
                if (model.index(i).data(SettingsModel::IdRole).toString() == id)
                    return model.index(i);
            }
            return QModelIndex();
        };
        const QString password = QStringLiteral("database/postgresql_password");
        const QString headers = QStringLiteral("database/http_headers");
        const QString uri = QStringLiteral("database/http_uri");
        QVERIFY(row(password).data(SettingsModel::SecretRole).toBool());
        QVERIFY(row(headers).data(SettingsModel::SecretRole).toBool());
        QVERIFY(!row(uri).data(SettingsModel::SecretRole).toBool());   // shown, without its password
        QCOMPARE(row(password).data(SettingsModel::ValueRole).toString(), QString());   // not set

        // New secrets typed in: written to the file, shown as set; the server runs with the old ones.
        const QString run = QString::number(QRandomGenerator::global()->generate64(), 36);
        const QString pw = QStringLiteral("pw-") + run, token = QStringLiteral("tok-") + run, up = QStringLiteral("up-") + run;
        QVariantMap saved = model.save({{password, pw},
                                        {headers, QStringLiteral("{\"Authorization\": \"Bearer %1\"}").arg(token)},
                                        {uri, QStringLiteral("https://dhcp:%1@inventory.example/lookup").arg(up)}});
        QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), qPrintable(saved.value(QStringLiteral("error")).toString()));
        QString file = readAll(m_config);
        QVERIFY(file.contains(QStringLiteral("postgresql_password=") + pw + u'\n'));
        QVERIFY(file.contains(QStringLiteral("Bearer ") + token));
        QCOMPARE(row(password).data(SettingsModel::ValueRole).toString(), QStringLiteral("(set)"));
        QCOMPARE(row(headers).data(SettingsModel::ValueRole).toString(), QStringLiteral("(set)"));
        QCOMPARE(row(uri).data(SettingsModel::ValueRole).toString(), QStringLiteral("https://dhcp:***@inventory.example/lookup"));
        QVERIFY(row(password).data(SettingsModel::ChangedRole).toBool());
        QVERIFY(model.needsRestart());

        // The server restarted on the file: it has the secrets, and no console sees them.
        const qint64 before = client->status().value(QStringLiteral("startedAtMs")).toLongLong();
        QVERIFY2(m_server.start(m_config), qPrintable(m_server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == ConsoleClient::Connected
                                     && client->status().value(QStringLiteral("startedAtMs")).toLongLong() != before, 10000);
        QTRY_VERIFY(!model.needsRestart());
        QVERIFY(!row(password).data(SettingsModel::ChangedRole).toBool());
        const QString status = QString::fromUtf8(QJsonDocument::fromVariant(client->status()).toJson());
        for (const QString &secret : {pw, token, up})
            QVERIFY2(!status.contains(secret), qPrintable(secret));
        QVERIFY(status.contains(QStringLiteral("(set)")));

        // Another key saved with the secrets handed back as shown: the file keeps the real ones.
        saved = model.save({{password, QStringLiteral("(set)")},
                            {headers, QStringLiteral("(set)")},
                            {uri, QStringLiteral("https://dhcp:***@inventory2.example/lookup")},
                            {QStringLiteral("server/system_name"), QStringLiteral("Renamed")}});
        QVERIFY2(saved.value(QStringLiteral("ok")).toBool(), qPrintable(saved.value(QStringLiteral("error")).toString()));
        file = readAll(m_config);
        QVERIFY2(!file.contains(QStringLiteral("(set)")) && !file.contains(QStringLiteral("***")), qPrintable(file));
        QVERIFY(file.contains(QStringLiteral("postgresql_password=") + pw + u'\n'));
        QVERIFY(file.contains(QStringLiteral("http_headers={\"Authorization\": \"Bearer %1\"}\n").arg(token)));
        QVERIFY(file.contains(QStringLiteral("http_uri=https://dhcp:%1@inventory2.example/lookup\n").arg(up)));
        QVERIFY(!row(password).data(SettingsModel::ChangedRole).toBool());   // untouched: nothing to restart for
        QVERIFY(row(uri).data(SettingsModel::ChangedRole).toBool());
        QVERIFY(model.needsRestart());

        // Cleared on purpose: the key goes, the default (none) applies.
        QVERIFY(model.save({{password, QString()}}).value(QStringLiteral("ok")).toBool());
        QVERIFY(!readAll(m_config).contains(QStringLiteral("postgresql_password")));
        QCOMPARE(row(password).data(SettingsModel::ValueRole).toString(), QString());
        QVERIFY(row(password).data(SettingsModel::ChangedRole).toBool());
    }

    void setKeyKeepsEverythingElse()
    {
        const QString text = QStringLiteral("# head\n[server]\n# a comment\nport=1\n\n[log]\nfile=x\n");
        QCOMPARE(SettingsModel::setKey(text, QStringLiteral("server"), QStringLiteral("port"), QStringLiteral("2")),
                 QStringLiteral("# head\n[server]\n# a comment\nport=2\n\n[log]\nfile=x\n"));
        QCOMPARE(SettingsModel::setKey(text, QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("dhcp")),
                 QStringLiteral("# head\n[server]\n# a comment\nport=1\nuser=dhcp\n\n[log]\nfile=x\n"));
        QCOMPARE(SettingsModel::setKey(text, QStringLiteral("server"), QStringLiteral("port"), QString()),
                 QStringLiteral("# head\n[server]\n# a comment\n\n[log]\nfile=x\n"));
        QCOMPARE(SettingsModel::setKey(text, QStringLiteral("server"), QStringLiteral("user"), QString()), text);
        QCOMPARE(SettingsModel::setKey(text, QStringLiteral("hooks"), QStringLiteral("file"), QStringLiteral("h.js")),
                 QStringLiteral("# head\n[server]\n# a comment\nport=1\n\n[log]\nfile=x\n\n[hooks]\nfile=h.js\n"));
    }

    void csvPreviewImportAndExport()
    {
        QCOMPARE(CsvDefinitions::parse(QStringLiteral("a,\"b,c\",\"d \"\"e\"\"\"\r\n\nx;y\n"), QLatin1Char(',')),
                 (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d \"e\"")}, {QStringLiteral("x;y")}}));
        QCOMPARE(CsvDefinitions::line({QStringLiteral("a"), QStringLiteral("b,c")}), QStringLiteral("a,\"b,c\""));

        auto client = connectedClient();
        const QString csv = m_dir.filePath(QStringLiteral("import.csv"));
        writeAll(csv, QStringLiteral("MAC;IP;Hostname\n"
                                     "02-00-00-00-03-01;198.18.0.101;new1\n"        // new (MAC normalised)
                                     "02:00:00:00:00:01;198.18.0.11;labpc01\n"      // same as the demo row
                                     "02:00:00:00:00:02;198.18.0.102;renamed\n"     // update
                                     "02:00:00:00:03:02;198.18.0.13;thief\n"        // conflict: IP of labpc03
                                     "02:00:00:00:03:03;10.1.1.1;outside\n"         // conflict: outside the subnet
                                     "not-a-mac;198.18.0.104;bad\n"                  // invalid
                                     "02:00:00:00:03:01;198.18.0.105;again\n"));    // conflict: MAC twice
        CsvDefinitions importer;
        importer.setClient(client.get());
        QSignalSpy ready(&importer, &CsvDefinitions::previewReady);
        importer.preview(QUrl::fromLocalFile(csv), QStringLiteral("198.18.0.0/24"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
        const QVariantMap s = importer.summary();
        QCOMPARE(s.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("same")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("update")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("conflict")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("invalid")).toInt(), 1);
        // Problems first.
        QCOMPARE(importer.rows()->get(0).value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));

        QSignalSpy imported(&importer, &CsvDefinitions::imported);
        importer.importRows();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(importer.summary().value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(importer.summary().value(QStringLiteral("failed")).toInt(), 0);
        const MapsAnswer row = askAndWait(*client, [](ManagementReplica &r) {
            return r.maps(QStringLiteral("02:00:00:00:00:02"), QString(), -1, SortColumnEnum::Mac, false, 10, 0);
        });
        QVERIFY(row.ok() && !row.maps().isEmpty());
        QCOMPARE(row.maps().first().hostname(), QStringLiteral("renamed"));

        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy exported(&importer, &CsvDefinitions::exported);
        importer.exportTo(QUrl::fromLocalFile(out), QString(), QStringLiteral("198.18.0.0/24"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));
        const QStringList lines = readAll(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("mac,ip,hostname,subnet,serial"));
        QVERIFY(lines.contains(QStringLiteral("02:00:00:00:03:01,198.18.0.101,new1,198.18.0.0/24,0")));

        // Exported, then imported again: nothing to do.
        importer.preview(QUrl::fromLocalFile(out), QString(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
        QCOMPARE(importer.summary().value(QStringLiteral("same")).toInt(), int(lines.size()) - 1);
        QCOMPARE(importer.summary().value(QStringLiteral("new")).toInt() + importer.summary().value(QStringLiteral("conflict")).toInt(), 0);
    }

    void firstRunSetupWritesAConfigurationTheServerLoads()
    {
        const QString file = m_dir.filePath(QStringLiteral("wizard/qstaticdhcpd.conf"));
        FirstRunSetup setup(file);
        QVERIFY(!setup.interfaces().isEmpty());   // loopback at least
        QVariantMap choice{{QStringLiteral("address"), QStringLiteral("198.18.5.1")}, {QStringLiteral("network"), QStringLiteral("198.18.5.0/24")},
                           {QStringLiteral("gateway"), QStringLiteral("198.18.6.1")}, {QStringLiteral("dns"), QStringLiteral("198.18.5.1")}};
        QVariantMap answer = setup.create(choice);
        QCOMPARE(answer.value(QStringLiteral("field")).toString(), QStringLiteral("gateway"));
        QVERIFY(!QFile::exists(file));
        choice[QStringLiteral("gateway")] = QStringLiteral("198.18.5.1");
        answer = setup.create(choice);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), qPrintable(answer.value(QStringLiteral("error")).toString()));
        QStringList errors;
        const auto config = qsd::ServerConfig::load(file, &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(!config->authoritative);   // safe by default
        QCOMPARE(config->dhcpServerIp.toString(), QStringLiteral("198.18.5.1"));
        QCOMPARE(setup.pendingSubnet().value(QStringLiteral("subnet")).toString(), QStringLiteral("198.18.5.0/24"));
        QCOMPARE(setup.pendingSubnet().value(QStringLiteral("broadcast_address")).toString(), QStringLiteral("198.18.5.255"));
    }

    void firstRunSetupSaysWhenThePortCannotBeBound()
    {
        QVERIFY(FirstRunSetup::canBindPort(0, QStringLiteral("0000000000000000"), 1024, 67));             // root
        QVERIFY(FirstRunSetup::canBindPort(1000, QStringLiteral("0000000000000400"), 1024, 67));          // CAP_NET_BIND_SERVICE
        QVERIFY(FirstRunSetup::canBindPort(1000, QStringLiteral("0000000000000000"), 0, 67));             // sysctl lets everyone
        QVERIFY(!FirstRunSetup::canBindPort(1000, QStringLiteral("0000000000003000"), 1024, 67));         // other capabilities only
        QVERIFY(!FirstRunSetup::canBindPort(1000, QString(), -1, 67));
        FirstRunSetup setup(m_dir.filePath(QStringLiteral("unused.conf")));
        QCOMPARE(setup.privilegeProblem().isEmpty(), geteuid() == 0);   // the tests run as root in CI
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
