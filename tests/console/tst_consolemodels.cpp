// The console's models against a real embedded server (EmbeddedServer = the daemon's ServerStack on loopback,
// the demo database in a temporary SQLite file), through a real ConsoleClient over the local management socket:
// connection and reconnection, MapsModel paging over 100 000 rows, ChartSource following live counters,
// SettingsModel validating and saving the file in place, CsvDefinitions' preview, import and export, and the
// first-run wizard's configuration. Every model runs under QAbstractItemModelTester.
#include "chartsource.h"
#include "consoleclient.h"
#include "csvdefinitions.h"
#include "embeddedserver.h"
#include "firstrunsetup.h"
#include "mapsmodel.h"
#include "settingsmodel.h"
#include "../service/loopbackconfig.h"

#include <QAbstractItemModelTester>
#include <QFile>
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

namespace {

QVariantMap callAndWait(ConsoleClient &client, const QString &slot, const QVariantList &args)
{
    QVariantMap answer;
    bool done = false;
    client.call(slot, args, [&](const QVariantMap &a) { answer = a; done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no answer in 10 s")}};
    return answer;
}

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
                                      "[management]\nlisten=local:%3\n")
                           .arg(c.dhcpServerPort).arg(c.proxyPort).arg(m_dir.filePath(QStringLiteral("mgmt.sock"))));
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
        m_config = writeConfig();
        QVERIFY2(m_server.start(m_config), qPrintable(m_server.error()));
    }

    void clientConnectsAndReconnectsByItself()
    {
        auto client = connectedClient();
        QCOMPARE(client->state(), ConsoleClient::Connected);
        QTRY_COMPARE(client->status().value(QStringLiteral("systemName")).toString(), QStringLiteral("Console test"));
        QVERIFY(!client->who().isEmpty() || QTest::qWaitFor([&] { return !client->who().isEmpty(); }, 5000));

        const QVariantMap refused = callAndWait(*client, QStringLiteral("maps"), {QStringLiteral("only one argument")});
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        QVERIFY(refused.value(QStringLiteral("error")).toString().contains(QStringLiteral("maps")));

        QSignalSpy connected(client.get(), &ConsoleClient::connected);
        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConsoleClient::Unreachable, 10000);
        QVERIFY(!client->error().isEmpty());
        const QVariantMap offline = callAndWait(*client, QStringLiteral("subnets"), {});
        QVERIFY(!offline.value(QStringLiteral("ok")).toBool());

        QVERIFY2(m_server.start(m_config), qPrintable(m_server.error()));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), ConsoleClient::Connected, 10000);
        QCOMPARE(connected.size(), 1);
        QVERIFY(callAndWait(*client, QStringLiteral("subnets"), {}).value(QStringLiteral("ok")).toBool());
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
        QVERIFY(callAndWait(*client, QStringLiteral("reinitialise"), {}).value(QStringLiteral("ok")).toBool());

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
        model.setSortColumn(1);
        model.setDescending(true);
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 5, 10000);
        QTRY_COMPARE(model.index(0, 0).data(MapsModel::IpRole).toString(), QStringLiteral("198.18.1.25"));

        // An edit elsewhere refreshes the page shown.
        auto other = connectedClient();
        QVERIFY(callAndWait(*other, QStringLiteral("addMap"), {QVariantMap{{QStringLiteral("mac"), QStringLiteral("02:00:00:00:01:99")},
                                                                          {QStringLiteral("ip"), QStringLiteral("198.18.1.99")},
                                                                          {QStringLiteral("subnet"), QStringLiteral("198.18.1.0/24")},
                                                                          {QStringLiteral("serial"), 0}}})
                    .value(QStringLiteral("ok")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 6, 10000);
        QTRY_COMPARE(model.index(0, 0).data(MapsModel::IpRole).toString(), QStringLiteral("198.18.1.99"));
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
        const QVariantMap row = callAndWait(*client, QStringLiteral("maps"), {QStringLiteral("02:00:00:00:00:02"), QString(), -1, 0, false, 10, 0});
        QCOMPARE(row.value(QStringLiteral("maps")).toList().first().toMap().value(QStringLiteral("hostname")).toString(), QStringLiteral("renamed"));

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
