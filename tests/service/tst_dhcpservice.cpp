// The whole service in-process over real UDP sockets on loopback: bind, receive, engine, encode, send from
// the receiving port, statistics and reinitialise. Requests go to the ProxyDHCP port, whose replies return
// to the sender's address and port (staticDHCPd's rule), so no privileged port or namespace is needed.
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "service/dhcpserver.h"
#include "storage/definitionstore.h"
#include "storage/diskcache.h"
#include "loopbackclient.h"
#include "loopbackconfig.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace qsd;
using namespace qsd::test;

class TestDhcpService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerConfig m_config;

    DhcpPacket request(MessageType type, const QString &mac)
    {
        DhcpPacket p;
        p.xid = 0x01020304;
        p.setHardwareAddress(*MAC::fromString(mac));
        p.setOption(Opt::DhcpMessageType, QByteArray(1, char(type)));
        p.setOption(Opt::RequestedIpAddress, IPv4(198, 18, 0, 11).toBytes());   // INIT-REBOOT
        return p;
    }

    /// Sends `p` to the proxy port from `client` and returns the decoded reply, if any arrives in `waitMs`.
    std::optional<DhcpPacket> exchange(QUdpSocket &client, const DhcpPacket &p, int waitMs = 2000)
    {
        client.writeDatagram(PacketEncoder::encode(p), QHostAddress::LocalHost, m_config.proxyPort);
        if (!client.hasPendingDatagrams() && !client.waitForReadyRead(waitMs))
            return std::nullopt;
        const QNetworkDatagram reply = client.receiveDatagram();
        return PacketDecoder::decode(reply.data()).packet;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = test::loopbackConfig(m_dir.path());
        QVERIFY2(!m_config.file.isEmpty(), "sqlite3 must build the demo database");
    }

    void servesFromIniFile()
    {
        // [database] engine = ini reads staticDHCPd's INI definitions (IniStore).
        const QString ini = m_dir.filePath(QStringLiteral("dhcp.ini"));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[198.18.0.0/24|0]\nlease-time = 600\nsubnet-mask = 255.255.255.0\ndomain-name = ini.example\n\n"
                   "[02:00:00:00:00:01]\nip = 198.18.0.11\nsubnet = 198.18.0.0/24\nserial = 0\n");
        file.close();
        ServerConfig c = m_config;
        c.databaseEngine = QStringLiteral("ini");
        c.iniFile = ini;
        DhcpServer server(c);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        auto reply = exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:01")));
        QVERIFY(reply);
        QCOMPARE(reply->messageType(), MessageType::Ack);
        QCOMPARE(reply->yiaddr, IPv4(198, 18, 0, 11));
        QCOMPARE(reply->option(Opt::DomainName), QByteArray("ini.example"));
    }

    void answersAreKeptInThePersistentDiskCache()
    {
        // [cache] disk_cache_persistent: memory in front of the file, and the file outlives the server.
        ServerConfig c = m_config;
        c.diskCachePersistent = m_dir.filePath(QStringLiteral("cache.sqlite"));
        {
            DhcpServer server(c);
            QString error;
            QVERIFY2(server.start(&error), qPrintable(error));
            QUdpSocket client;
            QVERIFY(client.bind(QHostAddress::LocalHost, 0));
            auto reply = exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:01")));
            QVERIFY(reply);
            QCOMPARE(reply->yiaddr, IPv4(198, 18, 0, 11));
        }
        DiskCache disk;
        QString error;
        QVERIFY2(disk.open(c.diskCachePersistent, &error), qPrintable(error));
        const auto entry = disk.find(*MAC::fromString(u"02:00:00:00:00:01"), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->definitions.first().ip, IPv4(198, 18, 0, 11));
    }

    void servesOverRealSockets()
    {
        DhcpServer server(m_config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));

        auto reply = exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:01")));
        QVERIFY(reply);
        QCOMPARE(reply->messageType(), MessageType::Ack);
        QCOMPARE(reply->yiaddr, IPv4(198, 18, 0, 11));
        QCOMPARE(reply->xid, 0x01020304u);
        QCOMPARE(reply->option(Opt::DomainName), QByteArray("lab.example"));
        QCOMPARE(reply->option(Opt::ServerIdentifier), IPv4(127, 0, 0, 1).toBytes());

        // An unknown MAC gets nothing (not authoritative), and the statistics say why.
        QVERIFY(!exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:99")), 300));
        struct Seen
        {
            quint64 processed, discarded, unknownDrops, other, malformed;
            QList<UnknownClient> unknown;
            std::optional<StatsEvent> known;
        };
        auto seen = [&] {
            return inServerThread(server, [](DhcpService &s) {
                const Statistics &st = s.statistics();
                return Seen{st.processed(Method::RequestInitReboot), st.discarded(Method::RequestInitReboot),
                            st.dropped(DropReason::UnknownClient), st.received(Method::Other),
                            st.dropped(DropReason::Malformed), st.unknownClients(),
                            st.lastEventOf(*MAC::fromString(u"02:00:00:00:00:01"))};
            });
        };
        Seen now = seen();
        QCOMPARE(now.processed, 1u);
        QCOMPARE(now.discarded, 1u);
        QCOMPARE(now.unknownDrops, 1u);
        QCOMPARE(now.unknown.size(), 1);
        QCOMPARE(now.unknown.first().mac.toString(), QStringLiteral("02:00:00:00:00:99"));
        QVERIFY(!now.unknown.first().lastPacket.isEmpty());
        QCOMPARE(now.known->replyType, MessageType::Ack);
        QVERIFY(now.known->processingNs > 0);

        // Garbage is counted as "other", not answered.
        client.writeDatagram(QByteArray(50, 'x'), QHostAddress::LocalHost, m_config.proxyPort);
        QTRY_COMPARE(seen().other, 1u);
        QCOMPARE(seen().malformed, 1u);
    }

    void editsAreSeenAfterReinitialise()
    {
        DhcpServer server(m_config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        auto reply = exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:01")));
        QVERIFY(reply);
        QCOMPARE(reply->messageType(), MessageType::Ack);
        // Move the client's address behind the cache's back: the cached definition still answers ACK...
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {m_config.sqliteFile, QStringLiteral("UPDATE maps SET ip='198.18.0.99' WHERE mac='02:00:00:00:00:01'")});
        QVERIFY(sqlite.waitForFinished(10000) && sqlite.exitCode() == 0);
        reply = exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:01")));
        QVERIFY(reply);
        QCOMPARE(reply->messageType(), MessageType::Ack);
        // ... until reinitialise flushes it: the request for 198.18.0.11 is now NAKed, and recorded so.
        QVERIFY2(server.reinitialise(&error), qPrintable(error));
        const auto nak = exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:01")));
        QVERIFY(nak);
        QCOMPARE(nak->messageType(), MessageType::Nak);
        const auto last = inServerThread(server, [](DhcpService &s) {
            return s.statistics().lastEventOf(*MAC::fromString(u"02:00:00:00:00:01"));
        });
        QCOMPARE(last->replyType, MessageType::Nak);
        sqlite.start(QStringLiteral("sqlite3"), {m_config.sqliteFile, QStringLiteral("UPDATE maps SET ip='198.18.0.11' WHERE mac='02:00:00:00:00:01'")});
        QVERIFY(sqlite.waitForFinished(10000) && sqlite.exitCode() == 0);
    }

    void startUpErrorsNameTheCulprit_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::addRow("address of no interface") << "ip" << "[server] dhcp_server_ip=198.18.255.254: no network interface has this address";
        QTest::addRow("port in use") << "port" << "in use by tst_dhcpservice (pid";
        QTest::addRow("database directory missing") << "db" << "directory";
        QTest::addRow("engine not available") << "engine" << "[database] engine=redis is not available";
        QTest::addRow("ini file missing") << "ini" << "([database] ini_file in";
        QTest::addRow("disk cache on the definitions") << "diskcache"
                                                       << "give the cache a file of its own ([cache] disk_cache_persistent in";
    }
    void startUpErrorsNameTheCulprit()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        ServerConfig c = m_config;
        QUdpSocket holder;
        if (what == QLatin1String("ip"))
            c.dhcpServerIp = IPv4(198, 18, 255, 254);
        if (what == QLatin1String("port"))
            QVERIFY(holder.bind(QHostAddress::AnyIPv4, c.dhcpServerPort));
        if (what == QLatin1String("db"))
            c.sqliteFile = m_dir.filePath(QStringLiteral("no/such/dir/x.sqlite"));
        if (what == QLatin1String("engine"))
            c.databaseEngine = QStringLiteral("redis");
        if (what == QLatin1String("ini")) {
            c.databaseEngine = QStringLiteral("ini");
            c.iniFile = m_dir.filePath(QStringLiteral("no-such.ini"));
        }
        if (what == QLatin1String("diskcache"))
            c.diskCachePersistent = c.sqliteFile;   // refused, not emptied
        DhcpServer server(c);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void startsWhileTheDatabaseServerIsUnreachable()
    {
        // A daemon may start before its database: that is an outage (logged, in the status), not a failure.
        ServerConfig c = m_config;
        c.databaseEngine = QStringLiteral("postgresql");
        c.postgresqlHost = QStringLiteral("127.0.0.1");
        c.postgresqlPort = 1;
        c.postgresqlDatabase = QStringLiteral("dhcp");
        DhcpServer server(c);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString outage = inServerThread(server, [](DhcpService &s) {
            return s.outage().active() ? s.outage().error() : QString();
        });
        QVERIFY2(outage.contains(QStringLiteral("PostgreSQL database dhcp on 127.0.0.1:1: cannot connect")), qPrintable(outage));

        // Requests are dropped at once with their own reason, without waiting for the database.
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress::LocalHost, 0));
        QVERIFY(!exchange(client, request(MessageType::Request, QStringLiteral("02:00:00:00:00:01")), 300));
        QTRY_COMPARE(inServerThread(server, [](DhcpService &s) {
                         return s.statistics().dropped(DropReason::DatabaseUnavailable);
                     }), 1u);
    }
};

QTEST_GUILESS_MAIN(TestDhcpService)
#include "tst_dhcpservice.moc"
