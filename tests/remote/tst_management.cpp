// The management API end to end in one process: a real DhcpService on loopback (as tst_dhcpservice), the
// ManagementHost in the service's thread, and replicas of management.rep in the test thread. Requests go to
// the ProxyDHCP port, so edits are checked by what the server answers.
#include "contractvariant.h"
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "remote/managementhost.h"
#include "remote/serverstack.h"
#include "remote/tlslistener.h"
#include "rep_management_merged.h"
#include "service/dhcpserver.h"
#include "platform/logsink.h"
#include "../service/loopbackconfig.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QRemoteObjectNode>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <pwd.h>
#include <sys/stat.h>
#include <signal.h>
#include <unistd.h>

using namespace qsd;

namespace {

QString userName()
{
    const passwd *entry = getpwuid(getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("local");
}

/// The answer of a slot (a type declared in management.rep); without one in 10 s, one refused with "no answer".
template <typename Reply>
Reply call(QRemoteObjectPendingReply<Reply> reply)
{
    if (!reply.waitForFinished(10000)) {
        Reply none;
        none.setError(QStringLiteral("no answer"));
        return none;
    }
    return reply.returnValue();
}

template <typename Reply>
bool isOk(const Reply &answer) { return answer.ok(); }
template <typename Reply>
QString errorOf(const Reply &answer) { return answer.error(); }

/// A declared value as the plain maps and lists it stands for (what qstaticdhcpctl --json prints).
template <typename Declared>
QVariant plain(const Declared &value) { return contract::toPlain(QVariant::fromValue(value)); }

/// A DhcpServer with a ManagementHost created and listening in the server's thread.
struct Running
{
    DhcpServer server;
    ManagementHost *host = nullptr;
    QString error;

    Running(const ServerConfig &config, const ManagementSettings &settings) : server(config)
    {
        if (!server.start(&error))
            return;
        QMetaObject::invokeMethod(server.service(), [&] {
            host = new ManagementHost(server.service(), settings);
            if (!host->listen(&error)) {
                delete host;
                host = nullptr;
            }
        }, Qt::BlockingQueuedConnection);
    }
    ~Running()
    {
        if (host)
            QMetaObject::invokeMethod(server.service(), [this] { delete host; }, Qt::BlockingQueuedConnection);
    }
    bool ok() const { return host != nullptr; }
    template<typename F>
    auto inThread(F f)
    {
        decltype(f()) result{};
        QMetaObject::invokeMethod(server.service(), [&] { result = f(); }, Qt::BlockingQueuedConnection);
        return result;
    }
};

/// A console: a node connected to `url` and its replica of "Management".
struct Console
{
    QRemoteObjectNode node;
    std::unique_ptr<ManagementReplica> rep;

    explicit Console(const QString &url)
    {
        node.connectToNode(QUrl(url));
        rep.reset(node.acquire<ManagementReplica>(QStringLiteral("Management")));
    }
    Console() = default;
};

/// Every text in `value` (map keys and values, list items, bytes also in hex), appended to `out`: what a grep
/// of the answer sees.
void collectText(const QVariant &value, QStringList *out)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            *out << it.key();
            collectText(it.value(), out);
        }
        return;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        for (const QVariant &item : value.toList())
            collectText(item, out);
        return;
    case QMetaType::QByteArray:
        *out << QString::fromUtf8(value.toByteArray()) << QString::fromLatin1(value.toByteArray().toHex());
        return;
    default:
        *out << value.toString();
    }
}

/// A TCP port nobody listens on: the database or web service that is down.
quint16 closedTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Credentials unique to one test run, so that finding one anywhere can only mean it leaked from the file.
struct Secrets
{
    QString postgresqlPassword, mysqlPassword, token, uriPassword;

    static Secrets fresh()
    {
        const QString run = QString::number(QRandomGenerator::global()->generate64(), 36);
        return {QStringLiteral("pw-") + run, QStringLiteral("my-") + run, QStringLiteral("tok-") + run, QStringLiteral("up-") + run};
    }
    QStringList all() const { return {postgresqlPassword, mysqlPassword, token, uriPassword}; }
    /// The first secret `text` contains, with what surrounds it; empty when none.
    QString foundIn(const QString &text) const
    {
        for (const QString &secret : all()) {
            if (const qsizetype at = text.indexOf(secret); at >= 0)
                return secret + QStringLiteral(" in: …") + text.mid(std::max<qsizetype>(0, at - 120), 240) + QStringLiteral("…");
        }
        return {};
    }
};

} // namespace

class TestManagement : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerConfig m_config;
    int m_names = 0;

    ManagementSettings localSettings()
    {
        ManagementSettings s;
        s.listen = QStringLiteral("local:qsd-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_names);
        return s;
    }

    DhcpPacket request(MessageType type, const QString &mac, IPv4 requested = IPv4(198, 18, 0, 11))
    {
        DhcpPacket p;
        p.xid = 0x01020304;
        p.setHardwareAddress(*MAC::fromString(mac));
        p.setOption(Opt::DhcpMessageType, QByteArray(1, char(type)));
        if (type == MessageType::Request)
            p.setOption(Opt::RequestedIpAddress, requested.toBytes());   // INIT-REBOOT
        return p;
    }

    std::optional<DhcpPacket> exchange(const DhcpPacket &p, int waitMs = 2000)
    {
        QUdpSocket client;
        client.bind(QHostAddress::LocalHost, 0);
        client.writeDatagram(PacketEncoder::encode(p), QHostAddress::LocalHost, m_config.proxyPort);
        if (!client.hasPendingDatagrams() && !client.waitForReadyRead(waitMs))
            return std::nullopt;
        return PacketDecoder::decode(client.receiveDatagram().data()).packet;
    }

    /// A configuration file holding `secrets` in every secret key whatever `engine` uses (the loader accepts
    /// them with any engine): the database (PostgreSQL) and the web service (HTTP) are down. Its ProxyDHCP port
    /// goes to `proxyPort`.
    QString writeSecretConfig(const QString &engine, const Secrets &secrets, quint16 *proxyPort)
    {
        *proxyPort = test::freeUdpPort();
        const quint16 down = closedTcpPort();
        const QString path = m_dir.filePath(QStringLiteral("secrets-%1.conf").arg(++m_names));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return {};
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QStringLiteral(
            "[server]\ndhcp_server_ip=127.0.0.1\ndhcp_server_port=%1\nproxy_port=%2\ndhcp_response_interface=\n"
            "system_name=secrets-test\n"
            "[database]\nengine=%3\nsqlite_file=%4\n"
            "postgresql_host=127.0.0.1\npostgresql_port=%5\npostgresql_database=dhcp\npostgresql_username=dhcp\n"
            "postgresql_password=%6\nmysql_username=dhcp\nmysql_password=%7\n"
            "http_uri=http://dhcp:%8@127.0.0.1:%5/lookup\nhttp_headers={\"Authorization\": \"Bearer %9\"}\n"
            "http_timeout_ms=2000\n"
            "[cache]\nuse_cache=true\n"
            "[management]\nlisten=local:qsd-test-%10-%11\n")
                       .arg(test::freeUdpPort()).arg(*proxyPort).arg(engine, m_config.sqliteFile).arg(down)
                       .arg(secrets.postgresqlPassword, secrets.mysqlPassword, secrets.uriPassword, secrets.token)
                       .arg(QCoreApplication::applicationPid()).arg(m_names)
                       .toUtf8());
        return path;
    }

    /// The row of `mac` as the API lists it; an empty row when there is none.
    MapRow mapOf(ManagementReplica *rep, const QString &mac)
    {
        const QList<MapRow> rows = call(rep->maps(mac, QString(), -1, SortColumnEnum::Mac, false, 10, 0)).maps();
        return rows.isEmpty() ? MapRow() : rows.first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = test::loopbackConfig(m_dir.path());
        QVERIFY2(!m_config.file.isEmpty(), "sqlite3 must build the demo database");
        m_config.systemName = QStringLiteral("test-server");
        m_config.values.insert(QStringLiteral("server/system_name"), m_config.systemName);
    }

    void statusAndIdentity()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        const ServerStatus status = c.rep->status();
        QCOMPARE(status.version(), QStringLiteral(QSD_VERSION));
        QCOMPARE(status.systemName(), QStringLiteral("test-server"));
        QCOMPARE(status.configFile(), m_config.file);
        QCOMPARE(status.config().value(QStringLiteral("server/system_name")).toString(), QStringLiteral("test-server"));
        QVERIFY(status.startedAtMs() > 0);
        QVERIFY(!status.interfaces().isEmpty());
        QCOMPARE(status.database().engine(), QStringLiteral("sqlite"));
        QVERIFY(status.database().ok());
        QVERIFY(status.database().description().contains(QStringLiteral("demo.sqlite")));
        QCOMPARE(status.hooks().status(), QStringLiteral("none"));
        QCOMPARE(status.connections(), 1);
        QCOMPARE(status.management().listen(), QStringList{QStringLiteral("local:") + r.host->localSocketPath()});

        const WhoAmIAnswer me = call(c.rep->whoAmI());
        QCOMPARE(me.who(), userName());   // SO_PEERCRED
        QCOMPARE(me.transport(), QStringLiteral("local"));

        // No hooks wired: the extension lists are empty and the hook slots say why.
        QVERIFY(c.rep->extensionPanels().isEmpty());
        QVERIFY(c.rep->extensionActions().isEmpty());
        const HookSourceAnswer hooks = call(c.rep->hookSource());
        QVERIFY(!isOk(hooks));
        QCOMPARE(errorOf(hooks), QStringLiteral("hooks are not configured"));
        const ActionResult action = call(c.rep->invokeAction(QStringLiteral("/nothing"), {}));
        QVERIFY(!isOk(action));
        QCOMPARE(errorOf(action), QStringLiteral("no extension action is registered at '/nothing'"));

        const ReinitialiseAnswer reinit = call(c.rep->reinitialise());
        QVERIFY2(isOk(reinit), qPrintable(errorOf(reinit)));
        QVERIFY(reinit.seconds() >= 0);
    }

    void countersArePushedOnlyWhileConnected()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        auto pushing = [&] { return r.inThread([&] { return r.host->connectionCount() > 0; }); };
        QVERIFY(!pushing());
        {
            Console c(QStringLiteral("local:") + r.host->localSocketPath());
            QVERIFY(c.rep->waitForSource(5000));
            QSignalSpy pushed(c.rep.get(), &ManagementReplica::countersChanged);
            QVERIFY(exchange(request(MessageType::Request, QStringLiteral("02:00:00:00:00:01"))));
            auto total = [&] { return c.rep->counters().totalReceived(); };
            QTRY_VERIFY_WITH_TIMEOUT(total() >= 1, 5000);
            const ServerCounters counters = c.rep->counters();
            const QStringList methods = counters.methods();
            const int initReboot = int(methods.indexOf(QStringLiteral("REQUEST:INIT-REBOOT")));
            QVERIFY(initReboot > 0);
            QVERIFY(counters.processed().at(initReboot) >= 1);
            QCOMPARE(counters.received().size(), methods.size());
            QCOMPARE(counters.averages().size(), 7);
            QVERIFY(pushing());
            // The one-second series: a range of the last ten minutes comes back at one-second resolution.
            const SeriesAnswer series = call(c.rep->series(1, QDateTime::currentSecsSinceEpoch() - 600, 0));
            QVERIFY2(isOk(series), qPrintable(errorOf(series)));
            QVERIFY(series.buckets().size() >= 600);
            QCOMPARE(series.buckets().first().received().size(), methods.size());
            QVERIFY(isOk(call(c.rep->series(300, 0, 0))));
            QVERIFY(!isOk(call(c.rep->series(7, 0, 0))));
            // Recent activity has the exchange.
            const QList<ActivityRow> events = call(c.rep->recentActivity(10)).events();
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.first().reply(), QStringLiteral("ACK"));
            QCOMPARE(events.first().mac(), QStringLiteral("02:00:00:00:00:01"));
        }
        QTRY_VERIFY(!pushing());
    }

    void mapAddedIsServedAtOnce()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        const QString mac = QStringLiteral("02:00:00:00:01:01");
        // Unknown first: ignored (and put on the temporary ignore list).
        QVERIFY(!exchange(request(MessageType::Discover, mac), 300));
        QSignalSpy changed(c.rep.get(), &ManagementReplica::definitionsChanged);
        const MapAnswer added = call(c.rep->addMap({{QStringLiteral("mac"), mac}, {QStringLiteral("ip"), QStringLiteral("198.18.0.50")},
                                                    {QStringLiteral("hostname"), QStringLiteral("newpc")},
                                                    {QStringLiteral("subnet"), QStringLiteral("198.18.0.0/24")}, {QStringLiteral("serial"), 0}}));
        QVERIFY2(isOk(added), qPrintable(errorOf(added)));
        QVERIFY(!added.map().revision().isEmpty());
        QCOMPARE(added.map().hostname(), QStringLiteral("newpc"));
        const auto offer = exchange(request(MessageType::Discover, mac));
        QVERIFY(offer);
        QCOMPARE(offer->messageType(), MessageType::Offer);
        QCOMPARE(offer->yiaddr, IPv4(198, 18, 0, 50));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<ChangeKindEnum::ChangeKind>(), ChangeKindEnum::Map);
        QCOMPARE(changed.first().at(1).toString(), mac);
        QCOMPARE(changed.first().at(2).toString(), userName());
        // Audited under the caller's name.
        const QList<AuditRow> audit = call(c.rep->audit(5, 0)).records();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.first().who(), userName());
        QCOMPARE(audit.first().action(), QStringLiteral("map.add"));
        // Paging and totals.
        const MapsAnswer page = call(c.rep->maps(QString(), QStringLiteral("198.18.0.0/24"), 0, SortColumnEnum::Ip, true, 2, 0));
        QCOMPARE(page.total(), 6);
        QCOMPARE(page.maps().size(), 2);
        QCOMPARE(page.maps().first().ip(), QStringLiteral("198.18.0.50"));   // the highest address first
        // "Last seen" comes with the row, from the exchanges the server saw: the MAC just served, not one never heard.
        const MapRow row = mapOf(c.rep.get(), mac);
        QVERIFY(row.lastSeenMs() > QDateTime::currentMSecsSinceEpoch() - 60000);
        QCOMPARE(mapOf(c.rep.get(), QStringLiteral("02:00:00:00:00:02")).lastSeenMs(), 0);
        // Deleting it silences the client again at once.
        QVERIFY(isOk(call(c.rep->deleteMap(mac, row.revision()))));
        QVERIFY(!exchange(request(MessageType::Discover, mac), 300));
    }

    void importIsAllOrNothingAndAnnouncedOnce()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        const QString mac = QStringLiteral("02:00:00:00:01:51");
        QVERIFY(!exchange(request(MessageType::Discover, mac), 300));   // unknown: ignored for a while
        QSignalSpy changed(c.rep.get(), &ManagementReplica::definitionsChanged);
        const QVariantList subnets{QVariantMap{{QStringLiteral("subnet"), QStringLiteral("198.18.7.0/24")}, {QStringLiteral("lease_time"), 600}}};
        const QVariantMap fresh{{QStringLiteral("mac"), mac}, {QStringLiteral("ip"), QStringLiteral("198.18.0.51")},
                                {QStringLiteral("hostname"), QStringLiteral("imported")}, {QStringLiteral("subnet"), QStringLiteral("198.18.0.0/24")},
                                {QStringLiteral("serial"), 0}};
        const QVariantMap renamed{{QStringLiteral("mac"), QStringLiteral("02:00:00:00:00:01")}, {QStringLiteral("ip"), QStringLiteral("198.18.0.11")},
                                  {QStringLiteral("hostname"), QStringLiteral("renamed")}, {QStringLiteral("subnet"), QStringLiteral("198.18.0.0/24")},
                                  {QStringLiteral("serial"), 0}};
        QVariantMap taken = fresh;
        taken.insert(QStringLiteral("mac"), QStringLiteral("02:00:00:00:01:52"));
        taken.insert(QStringLiteral("ip"), QStringLiteral("198.18.0.12"));

        // A dry run answers what would happen and changes nothing.
        ImportAnswer answer = call(c.rep->importDefinitions(subnets, {fresh, renamed}, true));
        QVERIFY2(isOk(answer), qPrintable(errorOf(answer)));
        QVERIFY(answer.dryRun());
        QCOMPARE(answer.subnetsAdded(), 1);
        QCOMPARE(answer.added(), 1);
        QCOMPARE(answer.updated(), 1);
        QCOMPARE(mapOf(c.rep.get(), mac), MapRow());
        // One refused row refuses the whole import.
        answer = call(c.rep->importDefinitions(subnets, {fresh, renamed, taken}, false));
        QVERIFY(!isOk(answer));
        QVERIFY2(errorOf(answer).contains(QStringLiteral("map 3 of the import (02:00:00:00:01:52)")), qPrintable(errorOf(answer)));
        QCOMPARE(mapOf(c.rep.get(), mac), MapRow());
        QCOMPARE(mapOf(c.rep.get(), QStringLiteral("02:00:00:00:00:01")).hostname(), QStringLiteral("labpc01"));
        QCOMPARE(call(c.rep->subnets()).subnets().size(), 2);
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);

        answer = call(c.rep->importDefinitions(subnets, {fresh, renamed}, false));
        QVERIFY2(isOk(answer), qPrintable(errorOf(answer)));
        QTRY_COMPARE(changed.size(), 1);
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1);   // once for the whole import
        QCOMPARE(changed.first().at(0).value<ChangeKindEnum::ChangeKind>(), ChangeKindEnum::Map);
        QCOMPARE(changed.first().at(1).toString(), QString());
        QCOMPARE(changed.first().at(2).toString(), userName());
        // Served at once (the ignore period of the unknown MAC ends), and audited under the caller's name.
        const auto offer = exchange(request(MessageType::Discover, mac));
        QVERIFY(offer);
        QCOMPARE(offer->yiaddr, IPv4(198, 18, 0, 51));
        QStringList actions;
        for (const AuditRow &record : call(c.rep->audit(3, 0)).records()) {
            QCOMPARE(record.who(), userName());
            actions << record.action();
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("map.update"), QStringLiteral("map.add"), QStringLiteral("subnet.add")}));

        // The demo database is shared by the tests: put it back.
        QVERIFY(isOk(call(c.rep->deleteMap(mac, mapOf(c.rep.get(), mac).revision()))));
        const QString first = QStringLiteral("02:00:00:00:00:01");
        QVERIFY(isOk(call(c.rep->updateMap(first, mapOf(c.rep.get(), first).revision(),
                                           {{QStringLiteral("hostname"), QStringLiteral("labpc01")}}))));
        for (const SubnetRow &sub : call(c.rep->subnets()).subnets()) {
            if (sub.subnet() == QStringLiteral("198.18.7.0/24"))
                QVERIFY(isOk(call(c.rep->deleteSubnet(QStringLiteral("198.18.7.0/24"), 0, sub.revision()))));
        }
    }

    void validationErrorsComeBackAsText_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::addColumn<QString>("expected");
        const QVariantMap good{{QStringLiteral("mac"), QStringLiteral("02:00:00:00:01:02")}, {QStringLiteral("ip"), QStringLiteral("198.18.0.60")},
                               {QStringLiteral("subnet"), QStringLiteral("198.18.0.0/24")}, {QStringLiteral("serial"), 0}};
        auto with = [&](const char *key, const QVariant &value) { QVariantMap m = good; m.insert(QLatin1String(key), value); return m; };
        QTest::addRow("ip outside its subnet") << with("ip", QStringLiteral("198.18.5.1")) << "is outside subnet";
        QTest::addRow("duplicate ip") << with("ip", QStringLiteral("198.18.0.11")) << "is already given to";
        QTest::addRow("duplicate mac") << with("mac", QStringLiteral("02:00:00:00:00:01")) << "already has a map";
        QTest::addRow("unknown subnet") << with("subnet", QStringLiteral("198.18.0.0/25")) << "unknown subnet";
        QTest::addRow("bad mac") << with("mac", QStringLiteral("nonsense")) << "nonsense";
        QTest::addRow("serial not a number") << with("serial", QStringLiteral("x")) << "serial: 'x' is not a number";
    }
    void validationErrorsComeBackAsText()
    {
        QFETCH(QVariantMap, map);
        QFETCH(QString, expected);
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        const MapAnswer answer = call(c.rep->addMap(map));
        QVERIFY(!isOk(answer));
        QCOMPARE(answer.map(), MapRow());
        QVERIFY2(errorOf(answer).contains(expected), qPrintable(errorOf(answer)));
    }

    void badLeaseTimeIsRefused()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        const SubnetAnswer answer = call(c.rep->addSubnet({{QStringLiteral("subnet"), QStringLiteral("198.18.7.0/24")},
                                                           {QStringLiteral("lease_time"), 0}}));
        QVERIFY(!isOk(answer));
        QVERIFY2(errorOf(answer).contains(QStringLiteral("lease_time")), qPrintable(errorOf(answer)));
        const QList<SubnetRow> subnets = call(c.rep->subnets()).subnets();
        QCOMPARE(subnets.size(), 2);
        QCOMPARE(subnets.first().maps(), 5);
    }

    void staleEditIsRefused()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console a(QStringLiteral("local:") + r.host->localSocketPath());
        Console b(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(a.rep->waitForSource(5000));
        QVERIFY(b.rep->waitForSource(5000));
        const QString mac = QStringLiteral("02:00:00:00:00:02");
        const MapRow openedByA = mapOf(a.rep.get(), mac);
        const MapRow openedByB = mapOf(b.rep.get(), mac);
        QCOMPARE(openedByA.revision(), openedByB.revision());
        const MapAnswer first = call(a.rep->updateMap(mac, openedByA.revision(), {{QStringLiteral("hostname"), QStringLiteral("edited-by-a")}}));
        QVERIFY2(isOk(first), qPrintable(errorOf(first)));
        QCOMPARE(first.map().hostname(), QStringLiteral("edited-by-a"));
        QVERIFY(first.map().revision() != openedByA.revision());
        const MapAnswer second = call(b.rep->updateMap(mac, openedByB.revision(), {{QStringLiteral("hostname"), QStringLiteral("edited-by-b")}}));
        QVERIFY(!isOk(second));
        QVERIFY2(errorOf(second).contains(QStringLiteral("changed by someone else since you opened it")), qPrintable(errorOf(second)));
        QCOMPARE(second.current().hostname(), QStringLiteral("edited-by-a"));
        QCOMPARE(second.current().revision(), first.map().revision());
        QCOMPARE(mapOf(b.rep.get(), mac).hostname(), QStringLiteral("edited-by-a"));
        // A stale delete is refused too.
        QVERIFY(!isOk(call(b.rep->deleteMap(mac, openedByB.revision()))));
        QVERIFY(mapOf(b.rep.get(), mac) != MapRow());
        // Subnets likewise.
        const QString revision = call(a.rep->subnets()).subnets().first().revision();
        const SubnetAnswer updated = call(a.rep->updateSubnet(QStringLiteral("198.18.0.0/24"), 0, revision, {{QStringLiteral("domain_name"), QStringLiteral("a.example")}}));
        QVERIFY(isOk(updated));
        QCOMPARE(updated.subnet().domain_name(), QStringLiteral("a.example"));
        QCOMPARE(updated.subnet().maps(), 5);
        const SubnetAnswer stale = call(b.rep->updateSubnet(QStringLiteral("198.18.0.0/24"), 0, revision, {{QStringLiteral("domain_name"), QStringLiteral("b.example")}}));
        QVERIFY(!isOk(stale));
        QVERIFY(errorOf(stale).contains(QStringLiteral("changed by someone else")));
        QCOMPARE(stale.current().domain_name(), QStringLiteral("a.example"));
        const QString now = call(a.rep->subnets()).subnets().first().revision();
        QVERIFY(isOk(call(a.rep->updateSubnet(QStringLiteral("198.18.0.0/24"), 0, now, {{QStringLiteral("domain_name"), QStringLiteral("lab.example")}}))));
    }

    void promoteUnknownClient()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        const QString mac = QStringLiteral("02:00:00:00:02:01");
        QVERIFY(!exchange(request(MessageType::Discover, mac), 300));
        auto unknown = [&] {
            QStringList macs;
            for (const UnknownClientRow &client : call(c.rep->unknownClients()).clients())
                macs << client.mac();
            return macs;
        };
        QTRY_VERIFY(unknown().contains(mac));
        const UnknownClientRow client = call(c.rep->unknownClients()).clients().first();
        QVERIFY(!client.lastPacketHex().isEmpty());
        QCOMPARE(client.lastReason(), QStringLiteral("unknown-client"));
        QCOMPARE(client.requests(), 1);

        const IpAnswer free = call(c.rep->nextFreeIp(QStringLiteral("198.18.0.0/24"), 0));
        QVERIFY2(isOk(free), qPrintable(errorOf(free)));
        QCOMPARE(free.ip(), QStringLiteral("198.18.0.2"));   // .0 network, .1 gateway
        const MapAnswer promoted = call(c.rep->promoteUnknown(mac, QStringLiteral("198.18.0.0/24"), 0, QStringLiteral("198.18.0.2"), QStringLiteral("promoted")));
        QVERIFY2(isOk(promoted), qPrintable(errorOf(promoted)));
        QCOMPARE(promoted.map().hostname(), QStringLiteral("promoted"));
        QVERIFY(!unknown().contains(mac));
        const auto ack = exchange(request(MessageType::Request, mac, IPv4(198, 18, 0, 2)));
        QVERIFY(ack);
        QCOMPARE(ack->messageType(), MessageType::Ack);
        QCOMPARE(ack->yiaddr, IPv4(198, 18, 0, 2));
        QCOMPARE(call(c.rep->nextFreeIp(QStringLiteral("198.18.0.0/24"), 0)).ip(), QStringLiteral("198.18.0.3"));
        QVERIFY(!isOk(call(c.rep->nextFreeIp(QStringLiteral("198.18.77.0/24"), 0))));
        QVERIFY(isOk(call(c.rep->deleteMap(mac, mapOf(c.rep.get(), mac).revision()))));
    }

    void blacklist()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        const QString mac = QStringLiteral("02:00:00:00:00:03");
        const IPv4 ip(198, 18, 0, 13);
        QVERIFY(exchange(request(MessageType::Request, mac, ip)));

        // Permanent: the MAC gets nothing, and the entry says who and why.
        QVERIFY(isOk(call(c.rep->blacklistAdd(mac, 0, QStringLiteral("stolen laptop")))));
        QVERIFY(!exchange(request(MessageType::Request, mac, ip), 300));
        BlacklistAnswer list = call(c.rep->blacklist());
        QVERIFY2(isOk(list), qPrintable(errorOf(list)));
        QCOMPARE(list.permanent().size(), 1);
        const PermanentBlacklistRow permanent = list.permanent().first();
        QCOMPARE(permanent.mac(), mac);
        QCOMPARE(permanent.reason(), QStringLiteral("stolen laptop"));
        QCOMPARE(permanent.addedBy(), userName());
        QVERIFY(permanent.addedAtMs() > 0);
        QTRY_COMPARE(c.rep->counters().permanentBlacklist(), 1);   // the counters are pushed once a second
        QVERIFY(!isOk(call(c.rep->blacklistAdd(mac, 0, QStringLiteral("twice")))));
        const BlacklistRemoveAnswer removed = call(c.rep->blacklistRemove(mac));
        QVERIFY2(isOk(removed), qPrintable(errorOf(removed)));
        QVERIFY(removed.removed());
        QVERIFY(!removed.released());
        const auto again = exchange(request(MessageType::Request, mac, ip));
        QVERIFY(again);
        QCOMPARE(again->messageType(), MessageType::Ack);

        // Temporary: listed with the seconds left, then released.
        QVERIFY(isOk(call(c.rep->blacklistAdd(mac, 120, QStringLiteral("cooling off")))));
        QVERIFY(!exchange(request(MessageType::Request, mac, ip), 300));
        list = call(c.rep->blacklist());
        QCOMPARE(list.temporary().size(), 1);
        const TemporaryBlacklistRow temporary = list.temporary().first();
        QCOMPARE(temporary.mac(), mac);
        QCOMPARE(temporary.reason(), QStringLiteral("cooling off"));
        const int left = temporary.secondsLeft();
        QVERIFY2(left > 100 && left <= 120, qPrintable(QString::number(left)));
        QTRY_COMPARE(c.rep->counters().temporaryBlacklist(), 1);
        const BlacklistRemoveAnswer released = call(c.rep->blacklistRemove(mac));
        QVERIFY(released.released());
        QVERIFY(!released.removed());
        QVERIFY(call(c.rep->blacklist()).temporary().isEmpty());
        QVERIFY(exchange(request(MessageType::Request, mac, ip)));
        QVERIFY(!isOk(call(c.rep->blacklistRemove(mac))));
        QVERIFY(!isOk(call(c.rep->blacklistAdd(QStringLiteral("zz"), 0, QString()))));
    }

    void localSocketIsOwnerOnly()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QFileInfo socket(r.host->localSocketPath());
        QVERIFY(socket.exists());
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(socket.permissions() & others, QFile::Permissions());
        QVERIFY(socket.permissions() & QFile::WriteOwner);
        // A second server on the same name is refused instead of stealing it.
        ManagementSettings same;
        same.listen = QStringLiteral("local:") + r.host->localSocketPath();
        const bool second = r.inThread([&] {
            ManagementHost other(r.server.service(), same);
            QString error;
            return other.listen(&error) || !error.contains(QStringLiteral("already listening"));
        });
        QVERIFY(!second);
    }

    void tcpNeedsTlsAndToken_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::addRow("certificate") << "tls_certificate";
        QTest::addRow("key") << "tls_key";
        QTest::addRow("token file") << "token_file";
    }
    void tcpNeedsTlsAndToken()
    {
        QFETCH(QString, missing);
        ManagementSettings s;
        s.listen.clear();
        s.tcpListen = QStringLiteral("127.0.0.1:0");
        s.tlsCertificate = missing == QLatin1String("tls_certificate") ? QString() : QStringLiteral("cert.pem");
        s.tlsKey = missing == QLatin1String("tls_key") ? QString() : QStringLiteral("key.pem");
        s.tokenFile = missing == QLatin1String("token_file") ? QString() : QStringLiteral("tokens");
        Running r(m_config, s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("[management] %1 is required").arg(missing)), qPrintable(r.error));
    }

    /// The certificate and key (made once with openssl, owner-only) and a token file with `lines` (0600).
    bool tlsFiles(const QByteArray &lines, QString *cert, QString *key, QString *tokens, QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner)
    {
        *cert = m_dir.filePath(QStringLiteral("cert.pem"));
        *key = m_dir.filePath(QStringLiteral("key.pem"));
        *tokens = m_dir.filePath(QStringLiteral("tokens-%1").arg(++m_names));
        if (!QFile::exists(*cert)) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                      QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                                                      QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), *key,
                                                      QStringLiteral("-out"), *cert});
            if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
                return false;
            QFile::setPermissions(*key, QFile::ReadOwner | QFile::WriteOwner);
        }
        return writeTokens(*tokens, lines, mode);
    }
    static bool writeTokens(const QString &file, const QByteArray &lines, QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner)
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(lines) != lines.size())
            return false;
        f.close();
        return QFile::setPermissions(file, mode);
    }
    ManagementSettings tlsSettings(const QString &cert, const QString &key, const QString &tokens)
    {
        ManagementSettings s;
        s.listen.clear();
        s.tcpListen = QStringLiteral("127.0.0.1:0");
        s.tlsCertificate = cert;
        s.tlsKey = key;
        s.tokenFile = tokens;
        return s;
    }
    /// A console over TLS from `from` (any 127/8 address), sending `token` once encrypted.
    static QSslSocket *connectWith(const QByteArray &token, Console *console, quint16 port, const QString &cert,
                                   const QHostAddress &from = QHostAddress(QStringLiteral("127.0.0.1")))
    {
        auto *socket = new QSslSocket(&console->node);
        QSslConfiguration tls = socket->sslConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(cert));
        socket->setSslConfiguration(tls);
        socket->setPeerVerifyName(QStringLiteral("localhost"));
        QObject::connect(socket, &QSslSocket::encrypted, &console->node, [socket, token, console] {
            socket->write(token + '\n');
            console->node.addClientSideConnection(socket);
        });
        socket->bind(from);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        console->rep.reset(console->node.acquire<ManagementReplica>(QStringLiteral("Management")));
        return socket;
    }

    void tlsWithToken()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QString cert, key, tokens;
        QVERIFY2(tlsFiles("# consoles\nconsole:0123456789abcdef0123456789abcdef\n", &cert, &key, &tokens),
                 "openssl must create a self-signed certificate");
        Running r(m_config, tlsSettings(cert, key, tokens));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const quint16 port = r.host->tcpPort();
        QVERIFY(port > 0);

        {   // A wrong token gets nothing, and the refusal is logged with the peer's address.
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused connection from 127\\.0\\.0\\.1:\\d+ : wrong token")));
            Console wrong;
            QSslSocket *socket = connectWith("not-the-token-at-all", &wrong, port, cert);
            QVERIFY(!wrong.rep->waitForSource(1500));
            QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        }
        {   // (After the first backoff of its address, one second.)
            Console right;
            connectWith("0123456789abcdef0123456789abcdef", &right, port, cert);
            QVERIFY(right.rep->waitForSource(5000));
            const WhoAmIAnswer me = call(right.rep->whoAmI());
            QCOMPARE(me.who(), QStringLiteral("console"));
            QCOMPARE(me.transport(), QStringLiteral("tcp"));
            QVERIFY(isOk(call(right.rep->subnets())));
        }
    }

    // A token or key file that others may read gives the token or key away; one they may write lets them add a token.
    void groupReadableTokenFileIsRefused_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addRow("token 0640") << "token_file" << 0640 << "mode 0640 lets group/others read it; chmod 600";
        QTest::addRow("token 0604") << "token_file" << 0604 << "mode 0604 lets group/others read it; chmod 600";
        QTest::addRow("token 0620") << "token_file" << 0620 << "mode 0620 lets group/others write it; chmod 600";
        QTest::addRow("token 0666") << "token_file" << 0666 << "mode 0666 lets group/others read and write it; chmod 600";
        QTest::addRow("token directory") << "token_file" << -1 << "not a regular file";
        QTest::addRow("key 0644") << "tls_key" << 0644 << "mode 0644 lets group/others read it; chmod 600";
    }
    void groupReadableTokenFileIsRefused()
    {
        QFETCH(QString, which);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        QString cert, key, tokens;
        QVERIFY(tlsFiles("console:0123456789abcdef0123456789abcdef\n", &cert, &key, &tokens));
        QString keyCopy = m_dir.filePath(QStringLiteral("key-%1.pem").arg(++m_names));
        QVERIFY(QFile::copy(key, keyCopy));
        QString &target = which == QLatin1String("token_file") ? tokens : keyCopy;
        if (mode < 0) {
            target = m_dir.filePath(QStringLiteral("dir-%1").arg(++m_names));
            QVERIFY(QDir().mkdir(target));
        } else {
            QVERIFY(::chmod(QFile::encodeName(target).constData(), mode_t(mode)) == 0);
        }
        Running r(m_config, tlsSettings(cert, keyCopy, tokens));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("[management] %1 %2: ").arg(which, target)), qPrintable(r.error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    // A token must not be guessable byte by byte, nor its length from the time a comparison takes: both sides are
    // compared as HMAC-SHA-256 digests, of one length whatever was presented.
    void tokenTimingTellsNothing()
    {
        const QByteArray token("0123456789abcdef0123456789abcdef");
        QVERIFY(TlsListener::sameSecret(token, token));
        QVERIFY(!TlsListener::sameSecret(token, token.left(31)));
        QVERIFY(!TlsListener::sameSecret(token, token + 'x'));
        QVERIFY(!TlsListener::sameSecret(token, QByteArray()));
        QVERIFY(!TlsListener::sameSecret(token, QByteArray("1123456789abcdef0123456789abcdef")));
        QVERIFY(TlsListener::sameSecret(QByteArray(), QByteArray()));
        for (const QByteArray &presented : {QByteArray(), QByteArray("x"), token, QByteArray(4096, 'y')})
            QCOMPARE(TlsListener::tokenDigest(presented).size(), 32);
        QCOMPARE(TlsListener::tokenDigest(token), TlsListener::tokenDigest(token));
        QVERIFY(TlsListener::tokenDigest(token) != TlsListener::tokenDigest(token.left(31)));
    }

    // 32 stalled handshakes used to fill Qt 6.4's 30 pending connections and lock every console out; hundreds took
    // as many descriptors. Now an address gets 8 sockets without a token, the server 64, the rest are closed at
    // once, and a console from another address still gets in while DHCP is served.
    void handshakeFloodCannotLockOutAConsole()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QString cert, key, tokens;
        QVERIFY(tlsFiles("console:0123456789abcdef0123456789abcdef\n", &cert, &key, &tokens));
        Running r(m_config, tlsSettings(cert, key, tokens));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const quint16 port = r.host->tcpPort();

        // 4 attacking addresses × 60 TCP connections that never start a handshake.
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (int a = 2; a <= 5; ++a) {
            for (int i = 0; i < 60; ++i) {
                auto socket = std::make_unique<QTcpSocket>();
                socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(a)));
                socket->connectToHost(QStringLiteral("127.0.0.1"), port);
                stalled.push_back(std::move(socket));
            }
        }
        // And from a fifth, wrong tokens after complete handshakes.
        std::vector<std::unique_ptr<Console>> wrong;
        for (int i = 0; i < 20; ++i) {
            wrong.push_back(std::make_unique<Console>());
            connectWith("wrong-token-wrong-token-wrong", wrong.back().get(), port, cert, QHostAddress(QStringLiteral("127.0.0.6")));
        }
        QTest::qWait(500);
        // Those over the per-address cap were closed at once; at most 8 per address remain open.
        int open = 0;
        for (const auto &socket : stalled)
            open += socket->state() == QAbstractSocket::ConnectedState;
        QVERIFY2(open <= 4 * 8, qPrintable(QString::number(open)));

        // The console gets in, and DHCP goes on.
        QElapsedTimer timer;
        timer.start();
        Console right;
        connectWith("0123456789abcdef0123456789abcdef", &right, port, cert);
        QVERIFY(right.rep->waitForSource(5000));
        QCOMPARE(call(right.rep->whoAmI()).who(), QStringLiteral("console"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(exchange(request(MessageType::Request, QStringLiteral("02:00:00:00:00:01"))));

        // The stalled sockets are closed by the deadline (5 s), and their addresses then back off.
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(stalled.cbegin(), stalled.cend(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState; }), 10000);
        QTcpSocket again;
        again.bind(QHostAddress(QStringLiteral("127.0.0.2")));
        again.connectToHost(QStringLiteral("127.0.0.1"), port);
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), QAbstractSocket::UnconnectedState, 2000);
    }

    // Removing a token's line must end the sessions opened with it, not only refuse new ones.
    void revokedTokenEndsItsSession()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QString cert, key, tokens;
        QVERIFY(tlsFiles("alice:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbob:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n", &cert, &key, &tokens));
        Running r(m_config, tlsSettings(cert, key, tokens));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const quint16 port = r.host->tcpPort();
        Console alice, bob;
        QSslSocket *aliceSocket = connectWith("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &alice, port, cert);
        connectWith("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", &bob, port, cert, QHostAddress(QStringLiteral("127.0.0.7")));
        QVERIFY(alice.rep->waitForSource(5000));
        QVERIFY(bob.rep->waitForSource(5000));
        QCOMPARE(call(alice.rep->whoAmI()).who(), QStringLiteral("alice"));
        QCOMPARE(r.inThread([&] { return r.host->connectionCount(); }), 2);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("token of alice is no longer in the token file")));
        QVERIFY(writeTokens(tokens, "bob:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n"));
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(aliceSocket->state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE(r.inThread([&] { return r.host->connectionCount(); }), 1);
        QCOMPARE(call(bob.rep->whoAmI()).who(), QStringLiteral("bob"));
    }

    /// qstaticdhcpctl in another process against this process's host (the daemon wiring comes later).
    void ctlCommands()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString url = QStringLiteral("local:") + r.host->localSocketPath();
        auto ctl = [&](const QStringList &args, QString *output = nullptr) {
            QProcess p;
            p.start(QStringLiteral(QSD_BIN_DIR "/qstaticdhcpctl"), QStringList{QStringLiteral("--connect"), url} + args);
            if (!p.waitForFinished(20000))
                return -1;
            if (output)
                *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString output;
        QCOMPARE(ctl({QStringLiteral("status")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("test-server")), qPrintable(output));
        QCOMPARE(ctl({QStringLiteral("definitions"), QStringLiteral("list"), QStringLiteral("--subnet"), QStringLiteral("198.18.1.0/24")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("02:00:00:00:00:06  198.18.1.21")) && output.contains(QStringLiteral("5 of 5 definitions")), qPrintable(output));
        QCOMPARE(ctl({QStringLiteral("definitions"), QStringLiteral("add"), QStringLiteral("mac=02:00:00:00:03:01"), QStringLiteral("ip=198.18.1.99"),
                      QStringLiteral("subnet=198.18.1.0/24")}, &output), 0);
        QCOMPARE(ctl({QStringLiteral("definitions"), QStringLiteral("edit"), QStringLiteral("02:00:00:00:03:01"), QStringLiteral("ip=198.18.9.1")}, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("is outside subnet")), qPrintable(output));
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("definitions"), QStringLiteral("edit"), QStringLiteral("02:00:00:00:03:01"),
                      QStringLiteral("hostname=cli")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("\"hostname\": \"cli\"")), qPrintable(output));
        QCOMPARE(ctl({QStringLiteral("blacklist"), QStringLiteral("add"), QStringLiteral("02:00:00:00:03:01"), QStringLiteral("--seconds"), QStringLiteral("60")}), 0);
        QCOMPARE(ctl({QStringLiteral("blacklist"), QStringLiteral("list")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("02:00:00:00:03:01")) && output.contains(QStringLiteral("s left")), qPrintable(output));
        QCOMPARE(ctl({QStringLiteral("blacklist"), QStringLiteral("remove"), QStringLiteral("02:00:00:00:03:01")}), 0);
        QCOMPARE(ctl({QStringLiteral("definitions"), QStringLiteral("delete"), QStringLiteral("02:00:00:00:03:01")}), 0);
        QCOMPARE(ctl({QStringLiteral("subnets"), QStringLiteral("list")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("classroom.lab.example")), qPrintable(output));
        QCOMPARE(ctl({QStringLiteral("hooks"), QStringLiteral("get")}, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("hooks are not configured")), qPrintable(output));
        QCOMPARE(ctl({QStringLiteral("stats")}), 0);
        QCOMPARE(ctl({QStringLiteral("reinit")}), 0);

        // --json prints every declared field under its name (management.rep): the keys scripts read.
        auto json = [&](const QStringList &args) {
            QString text;
            ctl(QStringList{QStringLiteral("--json")} + args, &text);
            return QJsonDocument::fromJson(text.toUtf8()).object();
        };
        auto keys = [](const QJsonObject &o) { return QStringList(o.keys()).join(u' '); };
        const QJsonObject page = json({QStringLiteral("definitions"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(keys(page), QStringLiteral("error maps ok total"));
        QCOMPARE(keys(page.value(QStringLiteral("maps")).toArray().first().toObject()),
                 QStringLiteral("hostname ip lastSeenMs mac revision serial subnet"));
        const QJsonObject subnets = json({QStringLiteral("subnets"), QStringLiteral("list")});
        QCOMPARE(keys(subnets.value(QStringLiteral("subnets")).toArray().first().toObject()),
                 QStringLiteral("broadcast_address domain_name domain_name_servers gateway lease_time maps ntp_servers revision serial "
                                "subnet subnet_mask"));
        QCOMPARE(keys(json({QStringLiteral("stats")})),
                 QStringLiteral("averageProcessingMs averages discarded drops methods permanentBlacklist processed received seconds "
                                "temporaryBlacklist timeSecs totalReceived unknownClients"));
        const QJsonObject status = json({QStringLiteral("status")});
        QCOMPARE(keys(status), QStringLiteral("config configFile connections database hooks interfaces management startedAtMs systemName version"));
        QCOMPARE(keys(status.value(QStringLiteral("database")).toObject()), QStringLiteral("description engine error ok"));
        QCOMPARE(keys(json({QStringLiteral("blacklist"), QStringLiteral("list")})), QStringLiteral("error ok permanent temporary"));
        QCOMPARE(keys(json({QStringLiteral("whoami")})), QStringLiteral("error ok transport who"));
        QCOMPARE(keys(json({QStringLiteral("reinit")})), QStringLiteral("error ok seconds"));
        QCOMPARE(ctl({QStringLiteral("definitions"), QStringLiteral("frobnicate")}), 2);
        QProcess missing;
        missing.start(QStringLiteral(QSD_BIN_DIR "/qstaticdhcpctl"), {QStringLiteral("--connect"), QStringLiteral("local:qsd-test-nobody-here"), QStringLiteral("status")});
        QVERIFY(missing.waitForFinished(20000));
        QCOMPARE(missing.exitCode(), 2);
        QVERIFY(missing.readAllStandardError().contains("is qstaticdhcpd running?"));
    }

    // A reinitialise changes everything a console may show: every connected console is told so, as `All`.
    void reinitialiseRefreshesEveryConsole()
    {
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console a(QStringLiteral("local:") + r.host->localSocketPath());
        Console b(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(a.rep->waitForSource(5000));
        QVERIFY(b.rep->waitForSource(5000));
        QSignalSpy changedA(a.rep.get(), &ManagementReplica::definitionsChanged);
        QSignalSpy changedB(b.rep.get(), &ManagementReplica::definitionsChanged);
        QVERIFY(isOk(call(a.rep->reinitialise())));
        for (QSignalSpy *spy : {&changedA, &changedB}) {
            QTRY_COMPARE(spy->size(), 1);
            QCOMPARE(spy->first().at(0).value<ChangeKindEnum::ChangeKind>(), ChangeKindEnum::All);
            QCOMPARE(spy->first().at(1).toString(), QString());
            QCOMPARE(spy->first().at(2).toString(), userName());
        }
        // A failed reinitialise announces nothing: here, nothing fails, and a second one is announced once more.
        QVERIFY(isOk(call(b.rep->reinitialise())));
        QTRY_COMPARE(changedA.size(), 2);
        QCOMPARE(changedA.last().at(0).value<ChangeKindEnum::ChangeKind>(), ChangeKindEnum::All);
    }

    // The hooks' web method, as the console's action dialog shows it: one declared result (mimetype, data), and
    // the hook file's edits announced to every console as `Hooks`.
    void hookActionsAndHookFileEdits()
    {
        const QString file = m_dir.filePath(QStringLiteral("hooks-%1.mjs").arg(++m_names));
        const QByteArray source =
            "export function init() {\n"
            "    callbacks.webAddDashboard('lab', 'greeting', () => '<p>hello</p>');\n"
            "    callbacks.webAddMethod('/lab/count', (path, query) => ['text/plain', 'counted ' + (query.n || ['?'])[0]],\n"
            "                           {module: 'lab', name: 'count', hidden: false, confirm: true});\n"
            "}\n";
        QFile hooks(file);
        QVERIFY(hooks.open(QIODevice::WriteOnly) && hooks.write(source) == source.size());
        hooks.close();
        ServerConfig config = m_config;
        config.hooksFile = file;
        config.managementListen = localSettings().listen;
        ServerStack stack(config);
        QString error;
        QVERIFY2(stack.start(&error), qPrintable(error));
        Console a(stack.localUrl());
        Console b(stack.localUrl());
        QVERIFY(a.rep->waitForSource(5000));
        QVERIFY(b.rep->waitForSource(5000));

        QCOMPARE(a.rep->status().hooks().status(), QStringLiteral("loaded"));
        QCOMPARE(a.rep->status().hooks().file(), file);
        QTRY_COMPARE(a.rep->extensionActions().size(), 1);
        const ExtensionAction action = a.rep->extensionActions().first();
        QCOMPARE(action.path(), QStringLiteral("/lab/count"));
        QCOMPARE(action.name(), QStringLiteral("count"));
        QVERIFY(action.confirm());
        QVERIFY(!action.hidden());
        QCOMPARE(action.display_mode(), QStringLiteral("raw"));
        QTRY_COMPARE(a.rep->extensionPanels().size(), 1);
        QCOMPARE(a.rep->extensionPanels().first().html(), QStringLiteral("<p>hello</p>"));

        const ActionResult result = call(a.rep->invokeAction(QStringLiteral("/lab/count"), {{QStringLiteral("n"), QStringLiteral("3")}}));
        QVERIFY2(isOk(result), qPrintable(errorOf(result)));
        QCOMPARE(result.mimetype(), QStringLiteral("text/plain"));
        QCOMPARE(result.data(), QStringLiteral("counted 3"));
        QVERIFY(!isOk(call(a.rep->invokeAction(QStringLiteral("/lab/none"), {}))));

        const HookValidationAnswer broken = call(a.rep->validateHookSource(QStringLiteral("export function init( {\n")));
        QVERIFY(!isOk(broken));
        QCOMPARE(broken.problems().size(), 1);
        QVERIFY2(broken.problems().first().line() > 0, qPrintable(errorOf(broken)));
        QVERIFY(isOk(call(a.rep->validateHookSource(QString::fromUtf8(source)))));
        QCOMPARE(call(a.rep->hookSource()).source(), QString::fromUtf8(source));

        QSignalSpy changedA(a.rep.get(), &ManagementReplica::definitionsChanged);
        QSignalSpy changedB(b.rep.get(), &ManagementReplica::definitionsChanged);
        QVERIFY(isOk(call(a.rep->setHookSource(QString::fromUtf8(source).replace(QStringLiteral("counted "), QStringLiteral("seen "))))));
        QVERIFY(isOk(call(a.rep->reloadHooks())));
        for (QSignalSpy *spy : {&changedA, &changedB}) {
            QTRY_COMPARE(spy->size(), 2);
            for (const QList<QVariant> &change : std::as_const(*spy)) {
                QCOMPARE(change.at(0).value<ChangeKindEnum::ChangeKind>(), ChangeKindEnum::Hooks);
                QCOMPARE(change.at(1).toString(), file);
                QCOMPARE(change.at(2).toString(), userName());
            }
        }
        QCOMPARE(call(b.rep->invokeAction(QStringLiteral("/lab/count"), {{QStringLiteral("n"), QStringLiteral("4")}})).data(),
                 QStringLiteral("seen 4"));
        // A reload that fails is refused and announced to nobody.
        QVERIFY(isOk(call(a.rep->setHookSource(QStringLiteral("export function init( {\n")))));
        QTRY_COMPARE(changedB.size(), 3);
        QVERIFY(!isOk(call(a.rep->reloadHooks())));
        QTest::qWait(300);
        QCOMPARE(changedB.size(), 3);
        stack.stop();
    }

    // contract::toPlain, which qstaticdhcpctl --json prints with: every field by its name, nested rows and lists
    // as maps and lists, and an empty row (a refusal's `map`, a delete's `current`) left out.
    void declaredTypesAsPlainMaps()
    {
        MapAnswer stale(false, QStringLiteral("stale"), MapRow(),
                        MapRow(QStringLiteral("02:00:00:00:00:01"), QStringLiteral("198.18.0.11"), QStringLiteral("pc"),
                               QStringLiteral("198.18.0.0/24"), 0, QStringLiteral("abc"), 42));
        const QVariantMap m = contract::toMap(stale);
        QCOMPARE(m.keys(), (QStringList{QStringLiteral("current"), QStringLiteral("error"), QStringLiteral("ok")}));
        QCOMPARE(m.value(QStringLiteral("ok")), QVariant(false));
        const QVariantMap current = m.value(QStringLiteral("current")).toMap();
        QCOMPARE(current.keys(), (QStringList{QStringLiteral("hostname"), QStringLiteral("ip"), QStringLiteral("lastSeenMs"), QStringLiteral("mac"),
                                              QStringLiteral("revision"), QStringLiteral("serial"), QStringLiteral("subnet")}));
        QCOMPARE(current.value(QStringLiteral("lastSeenMs")).toLongLong(), 42);

        MapsAnswer page(true, QString(), 2, {MapRow(), MapRow()});
        const QVariantMap p = contract::toMap(page);
        QCOMPARE(p.value(QStringLiteral("total")).toLongLong(), 2);
        QCOMPARE(p.value(QStringLiteral("maps")).toList().size(), 2);   // rows in a list stay, empty or not
        QCOMPARE(p.value(QStringLiteral("maps")).toList().first().toMap().value(QStringLiteral("mac")), QVariant(QString()));

        ServerCounters counters;
        counters.setReceived({1, 2});
        counters.setDrops({{QStringLiteral("unknown-client"), 3}});
        counters.setAverages({AverageRow(0, 1.5, 0.5)});
        const QJsonObject json = contract::toJson(counters);
        QCOMPARE(json.value(QStringLiteral("received")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(json.value(QStringLiteral("drops")).toObject().value(QStringLiteral("unknown-client")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("averages")).toArray().first().toObject().value(QStringLiteral("packetsPerSecond")).toDouble(), 1.5);
        QCOMPARE(json.value(QStringLiteral("methods")).toArray(), QJsonArray());
    }

    void logRecordsReachTheConsole()
    {
        LogSink sink;   // the daemon's sink: the host observes it
        LogSettings quiet;
        quiet.console = false;
        QString error;
        QVERIFY(sink.apply(quiet, &error));
        Running r(m_config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        Console c(QStringLiteral("local:") + r.host->localSocketPath());
        QVERIFY(c.rep->waitForSource(5000));
        QSignalSpy appended(c.rep.get(), &ManagementReplica::logAppended);
        QVERIFY(isOk(call(c.rep->reinitialise())));   // logs "reinitialise requested by …" at info
        QTRY_VERIFY_WITH_TIMEOUT(!appended.isEmpty(), 5000);
        bool seen = false;
        for (const QList<QVariant> &args : std::as_const(appended)) {
            for (const LogRow &record : args.first().value<QList<LogRow>>())
                seen = seen || record.message().contains(QStringLiteral("reinitialise requested by"));
        }
        QVERIFY(seen);
        for (const LogRow &record : call(c.rep->logs(int(Severity::Warn), 100)).records())
            QVERIFY(record.severity() >= int(Severity::Warn));
        const QList<LogRow> all = call(c.rep->logs(int(Severity::Debug), 100)).records();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.last().level(), LogSink::levelName(Severity(all.last().severity())));
    }

    // The configuration file is 0640: its passwords and tokens must not come back out through the management API,
    // to every console and `qstaticdhcpctl --json status`. Every property, push and answer a console can have is
    // searched for the secrets of the file; the slots are listed, so that a new one is searched too (or declared
    // an edit).
    void secretsNeverReachAConsole_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");   // the secret keys are in the file, unused
        QTest::addRow("http down") << QStringLiteral("http");  // the URL and headers in use: lookup errors
        if (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QTest::addRow("postgresql down") << QStringLiteral("postgresql");
    }
    void secretsNeverReachAConsole()
    {
        QFETCH(QString, engine);
        const Secrets secrets = Secrets::fresh();
        quint16 proxyPort = 0;
        QStringList errors;
        const auto config = ServerConfig::load(writeSecretConfig(engine, secrets, &proxyPort), &errors);
        QVERIFY2(config, qPrintable(errors.join(u'\n')));
        QCOMPARE(config->postgresqlPassword, secrets.postgresqlPassword);   // the server itself has them

        LogSink sink;   // the daemon's sink, debug included: the host passes its records on
        LogSettings quiet;
        quiet.console = false;
        QString error;
        QVERIFY(sink.apply(quiet, &error));
        LogSink::setDebugEnabled(true);
        const auto debugOff = qScopeGuard([] { LogSink::setDebugEnabled(false); });

        Running r(*config, localSettings());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString url = QStringLiteral("local:") + r.host->localSocketPath();
        Console c(url);
        QVERIFY(c.rep->waitForSource(5000));
        QSignalSpy logs(c.rep.get(), &ManagementReplica::logAppended);
        QSignalSpy edits(c.rep.get(), &ManagementReplica::definitionsChanged);
        QSignalSpy counters(c.rep.get(), &ManagementReplica::countersChanged);

        // A lookup: where the database is down, its error goes to status and to the log.
        QUdpSocket client;
        client.writeDatagram(PacketEncoder::encode(request(MessageType::Request, QStringLiteral("02:00:00:00:5e:01"))),
                             QHostAddress::LocalHost, proxyPort);
        auto databaseError = [&] { return c.rep->status().database().error(); };
        if (engine != QLatin1String("sqlite"))
            QTRY_VERIFY_WITH_TIMEOUT(!databaseError().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(counters.size() >= 2 && !logs.isEmpty(), 10000);

        QStringList seen;
        const QMetaObject *replica = c.rep->metaObject();
        for (int i = QRemoteObjectReplica::staticMetaObject.propertyCount(); i < replica->propertyCount(); ++i)
            collectText(contract::toPlain(replica->property(i).read(c.rep.get())), &seen);

        // Every slot: the ones that only read (or are refused harmlessly here) are called.
        ManagementReplica *rep = c.rep.get();
        // Each answer as the plain map it stands for (every field by name).
        const QMap<QByteArray, std::function<QVariant()>> reads{
            {"whoAmI", [&] { return plain(call(rep->whoAmI())); }},
            {"series", [&] { return plain(call(rep->series(1, 0, 0))); }},
            {"recentActivity", [&] { return plain(call(rep->recentActivity(1000))); }},
            {"unknownClients", [&] { return plain(call(rep->unknownClients())); }},
            {"logs", [&] { return plain(call(rep->logs(int(Severity::Debug), 1000))); }},
            {"subnets", [&] { return plain(call(rep->subnets())); }},
            {"maps", [&] { return plain(call(rep->maps(QString(), QString(), -1, SortColumnEnum::Mac, false, 1000, 0))); }},
            {"nextFreeIp", [&] { return plain(call(rep->nextFreeIp(QStringLiteral("198.18.0.0/24"), 0))); }},
            {"audit", [&] { return plain(call(rep->audit(1000, 0))); }},
            {"blacklist", [&] { return plain(call(rep->blacklist())); }},
            {"reinitialise", [&] { return plain(call(rep->reinitialise())); }},
            {"invokeAction", [&] { return plain(call(rep->invokeAction(QStringLiteral("/nothing"), {}))); }},
            {"hookSource", [&] { return plain(call(rep->hookSource())); }},
            {"validateHookSource", [&] { return plain(call(rep->validateHookSource(QStringLiteral("export function x() {}")))); }},
            {"reloadHooks", [&] { return plain(call(rep->reloadHooks())); }},
        };
        const QList<QByteArray> writes{"addSubnet", "updateSubnet", "deleteSubnet", "addMap", "updateMap", "deleteMap",
                                       "promoteUnknown", "importDefinitions", "blacklistAdd", "blacklistRemove", "setHookSource"};
        for (int i = QRemoteObjectReplica::staticMetaObject.methodCount(); i < replica->methodCount(); ++i) {
            const QMetaMethod method = replica->method(i);
            if (method.methodType() == QMetaMethod::Slot)
                QVERIFY2(reads.contains(method.name()) || writes.contains(method.name()),
                         "a new management slot: add it to the reads searched here, or to the writes");
        }
        for (auto it = reads.cbegin(); it != reads.cend(); ++it) {
            const QVariantMap answer = it.value()().toMap();
            QVERIFY2(answer.contains(QStringLiteral("ok")), it.key().constData());
            collectText(answer, &seen);
        }

        // The pushes, the last ones included (the log of the calls above).
        QTest::qWait(1500);
        for (const QSignalSpy *spy : {&logs, &edits}) {
            for (const QList<QVariant> &arguments : *spy) {
                for (const QVariant &argument : arguments)
                    collectText(contract::toPlain(argument), &seen);
            }
        }
        collectText(plain(rep->status()), &seen);

        // The reproduction: qstaticdhcpctl --json status.
        QProcess ctl;
        ctl.start(QStringLiteral(QSD_BIN_DIR "/qstaticdhcpctl"), {QStringLiteral("--connect"), url, QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY(ctl.waitForFinished(15000));
        QCOMPARE(ctl.exitCode(), 0);
        seen << QString::fromUtf8(ctl.readAllStandardOutput()) << QString::fromUtf8(ctl.readAllStandardError());

        const QString all = seen.join(u'\n');
        const QString leaked = secrets.foundIn(all);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
        // The keys are still there, shown as set: the console can say which secrets the file gives.
        const QVariantMap shown = rep->status().config();
        QCOMPARE(shown.value(QStringLiteral("database/postgresql_password")).toString(), QStringLiteral("(set)"));
        QCOMPARE(shown.value(QStringLiteral("database/http_headers")).toString(), QStringLiteral("(set)"));
        QVERIFY(shown.value(QStringLiteral("database/http_uri")).toString().startsWith(QStringLiteral("http://dhcp:***@127.0.0.1:")));
        QVERIFY2(all.contains(QStringLiteral("secrets-test")), "the search saw the status");
        if (engine != QLatin1String("sqlite"))
            QVERIFY2(all.contains(databaseError()), "the search saw the database's error");
    }

    // The daemon's own output: its log from the start to the end (debug, a lookup, a reinitialise) and
    // --check-config's errors about a broken secret line.
    void secretsNeverReachTheDaemonsOutput()
    {
        const Secrets secrets = Secrets::fresh();
        quint16 proxyPort = 0;
        const QString file = writeSecretConfig(QStringLiteral("http"), secrets, &proxyPort);
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral(QSD_BIN_DIR "/qstaticdhcpd"), {QStringLiteral("--config"), file, QStringLiteral("--foreground"), QStringLiteral("--debug")});
        QVERIFY(daemon.waitForStarted(5000));
        QString output;
        auto read = [&] { output += QString::fromUtf8(daemon.readAll()); return output; };
        QTRY_VERIFY_WITH_TIMEOUT(read().contains(QStringLiteral("serving")), 10000);
        QUdpSocket client;
        client.writeDatagram(PacketEncoder::encode(request(MessageType::Request, QStringLiteral("02:00:00:00:5e:02"))),
                             QHostAddress::LocalHost, proxyPort);
        QTRY_VERIFY_WITH_TIMEOUT(read().contains(QStringLiteral("unreachable")), 10000);   // the lookup's error
        ::kill(daemon.processId(), SIGHUP);   // reinitialise
        QTRY_VERIFY_WITH_TIMEOUT(read().contains(QStringLiteral("reinitialisation completed")), 10000);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(10000));
        read();
        QVERIFY2(output.contains(QStringLiteral("HTTP definitions service http://dhcp@127.0.0.1:")), qPrintable(output));
        QString leaked = secrets.foundIn(output);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));

        // A broken line: the error names the key, never the value.
        QFile broken(m_dir.filePath(QStringLiteral("broken-secrets.conf")));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Text));
        broken.write(QStringLiteral("[server]\ndhcp_server_ip=127.0.0.1\n[database]\nsqlite_file=x.sqlite\n"
                                    "http_headers={\"Authorization\": \"Bearer %1\"\nhttp_uri=ftp://dhcp:%2@inventory.example/\n")
                         .arg(secrets.token, secrets.uriPassword).toUtf8());
        broken.close();
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral(QSD_BIN_DIR "/qstaticdhcpd"), {QStringLiteral("--check-config"), QStringLiteral("--config"), broken.fileName()});
        QVERIFY(check.waitForFinished(10000));
        QVERIFY(check.exitCode() != 0);
        const QString checked = QString::fromUtf8(check.readAll());
        QVERIFY2(checked.contains(QStringLiteral("[database] http_headers:")) && checked.contains(QStringLiteral("[database] http_uri:")),
                 qPrintable(checked));
        leaked = secrets.foundIn(checked);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    }
};

QTEST_GUILESS_MAIN(TestManagement)
#include "tst_management.moc"
