// qsd_hookbench: what the JavaScript hooks cost per exchange, in process, without sockets or a load generator.
//
// Runs the engine on the benchmark's traffic (run_bench.py: relayed DISCOVER + REQUEST:SELECTING for MACs drawn
// at random from `--macs` definitions, SQLite behind the memory cache) twice: without hooks and with
// bench-hooks.mjs. Prints the thread CPU time per exchange of each and the difference. The network benchmark
// (run-bench.sh) stays the reference; this one is quiet enough to compare two builds of the hooks on a busy
// machine.
//
//   qsd_hookbench [--exchanges N] [--macs N] [--hooks FILE] [--rounds N] [--only plain|hooks]
//
// On a shared machine the times are noisy; instruction counts are not:
//   valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*measure*' qsd_hookbench --only hooks --rounds 1
#include "engine/engine.h"
#include "protocol/packetencoder.h"
#include "scripting/hookrunner.h"
#include "storage/cachingstore.h"
#include "storage/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <ctime>
#include <cstdio>

using namespace qsd;

namespace {

const IPv4 kServer(198, 18, 0, 1);
const IPv4 kRelay(198, 18, 0, 2);

MAC macOf(int i)
{
    return *MAC::fromString(QStringLiteral("02:00:00:%1:%2:%3")
                                .arg((i >> 16) & 255, 2, 16, QLatin1Char('0'))
                                .arg((i >> 8) & 255, 2, 16, QLatin1Char('0'))
                                .arg(i & 255, 2, 16, QLatin1Char('0')));
}

IPv4 ipOf(int i)
{
    return IPv4(IPv4(198, 18, 1, 0).toUInt32() + quint32(i));
}

/// A relayed request as perfdhcp sends it (giaddr set, from port 67, its parameter request list).
Exchange request(MessageType type, const MAC &mac, quint32 xid, std::optional<IPv4> requested)
{
    DhcpPacket p;
    p.xid = xid;
    p.giaddr = kRelay;
    p.hops = 1;
    p.setHardwareAddress(mac);
    p.setOption(Opt::DhcpMessageType, QByteArray(1, char(type)));
    p.setOption(Opt::ParameterRequestList, QByteArray("\x01\x1c\x02\x03\x0f\x06\x0c", 7));
    if (requested) {
        p.setOption(Opt::RequestedIpAddress, requested->toBytes());
        p.setOption(Opt::ServerIdentifier, kServer.toBytes());
    }
    Exchange x;
    x.wire = PacketEncoder::encode(p);
    x.sourceIp = kRelay;
    x.sourcePort = 67;
    x.destinationIp = kServer;
    return x;
}

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/// Runs `exchanges` DISCOVER + REQUEST exchanges for MACs drawn from `macs`; false if one got no ACK.
Q_NEVER_INLINE bool runExchanges(Engine &engine, const QList<MAC> &macs, int exchanges)
{
    QRandomGenerator random(1);
    for (int i = 0; i < exchanges; ++i) {
        const MAC &mac = macs[int(random.bounded(int(macs.size())))];
        Exchange discover = request(MessageType::Discover, mac, quint32(i), std::nullopt);
        engine.handle(discover);
        if (!discover.reply)
            return false;
        Exchange req = request(MessageType::Request, mac, quint32(i), discover.reply->yiaddr);
        engine.handle(req);
        if (!req.reply || req.reply->messageType() != MessageType::Ack)
            return false;
    }
    return true;
}

/// CPU µs per exchange (the warm-up calls runExchanges directly, so that callgrind's toggle leaves it out);
/// negative if an exchange got no ACK.
Q_NEVER_INLINE double measure(Engine &engine, const QList<MAC> &macs, int exchanges)
{
    const double start = threadCpuUs();
    if (!runExchanges(engine, macs, exchanges))
        return -1;
    return (threadCpuUs() - start) / exchanges;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("CPU per exchange of the engine without and with hooks"));
    cli.addHelpOption();
    const QCommandLineOption exchangesOpt(QStringLiteral("exchanges"), QStringLiteral("exchanges per round (20000)"),
                                          QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption macsOpt(QStringLiteral("macs"), QStringLiteral("defined MACs (1000)"), QStringLiteral("N"),
                                     QStringLiteral("1000"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("measured rounds; the best is shown (3)"),
                                       QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption hooksOpt(QStringLiteral("hooks"), QStringLiteral("hook file (tests/bench/bench-hooks.mjs)"),
                                      QStringLiteral("FILE"), QStringLiteral(QSD_SOURCE_DIR "/tests/bench/bench-hooks.mjs"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"), QStringLiteral("measure only the engine without (plain) or with hooks"),
                                     QStringLiteral("plain|hooks"));
    cli.addOptions({exchangesOpt, macsOpt, roundsOpt, hooksOpt, onlyOpt});
    cli.process(app);
    const int exchanges = cli.value(exchangesOpt).toInt();
    QList<MAC> macs;
    for (int i = 0; i < cli.value(macsOpt).toInt(); ++i)
        macs << macOf(i);
    const int rounds = cli.value(roundsOpt).toInt();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));

    QTemporaryDir dir;
    QString error;
    auto sqlite = std::make_unique<SqliteStore>(dir.filePath(QStringLiteral("bench.sqlite")), LookupOptions{});
    if (!sqlite->open(&error)) {
        std::fprintf(stderr, "qsd_hookbench: %s\n", qPrintable(error));
        return 1;
    }
    const SubnetRecord subnet{QStringLiteral("198.18.0.0/15"), 0, 3600, QStringLiteral("198.18.0.1"),
                              QStringLiteral("255.254.0.0"), QStringLiteral("198.19.255.255"), QString(),
                              QStringLiteral("198.18.0.1"), QString()};
    bool ok = sqlite->addSubnet(subnet, QStringLiteral("bench"), &error);
    for (int i = 0; ok && i < macs.size(); ++i)
        ok = sqlite->addMap(MapRecord{macs[i].toString(), ipOf(i).toString(), QStringLiteral("h%1").arg(i), subnet.subnet, 0},
                            QStringLiteral("bench"), &error);
    if (!ok) {
        std::fprintf(stderr, "qsd_hookbench: %s\n", qPrintable(error));
        return 1;
    }
    CachingStore store(std::move(sqlite));

    ServerConfig config;
    config.dhcpServerIp = kServer;
    config.allowDhcpRelays = true;
    config.allowAnyDhcpRelay = true;
    config.enableSuspend = false;
    HookRunner hooks;
    if (!hooks.load(cli.value(hooksOpt), &error) || !hooks.init(&error)) {
        std::fprintf(stderr, "qsd_hookbench: %s\n", qPrintable(error));
        return 1;
    }
    Engine plain(config, &store);
    Engine hooked(config, &store);
    hooked.setHooks(&hooks);

    const QString only = cli.value(onlyOpt);
    const bool runs[2] = {only != QLatin1String("hooks"), only != QLatin1String("plain")};
    if (runs[0])
        runExchanges(plain, macs, exchanges);    // warms the cache
    if (runs[1])
        runExchanges(hooked, macs, exchanges);   // and the JIT
    double best[2] = {1e9, 1e9};
    for (int r = 0; r < rounds; ++r) {
        for (int h = 0; h < 2; ++h) {
            if (!runs[h])
                continue;
            const double us = measure(h ? hooked : plain, macs, exchanges);
            if (us < 0) {
                std::fprintf(stderr, "qsd_hookbench: an exchange got no ACK (%s)\n", h ? "with hooks" : "without hooks");
                return 1;
            }
            best[h] = std::min(best[h], us);
        }
    }
    std::printf("CPU per exchange (DISCOVER + REQUEST, best of %d rounds of %d, %d MACs):", rounds, exchanges, int(macs.size()));
    if (runs[0])
        std::printf(" %.1f us without hooks", best[0]);
    if (runs[1])
        std::printf("%s %.1f us with hooks", runs[0] ? "," : "", best[1]);
    if (runs[0] && runs[1])
        std::printf(" (+%.1f us)", best[1] - best[0]);
    std::printf("\n");
    return 0;
}
