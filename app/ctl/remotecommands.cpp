#include "remotecommands.h"

#include "importcommand.h"
#include "contractvariant.h"
#include "ctlcall.h"
#include "ctloutput.h"
#include "managementclient.h"
#include "rep_management_merged.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <numeric>

using namespace ctl;

namespace {

QString time(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString duration(qint64 seconds)
{
    return QStringLiteral("%1d %2h %3m %4s").arg(seconds / 86400).arg(seconds / 3600 % 24).arg(seconds / 60 % 60).arg(seconds % 60);
}

/// Takes "--name value" out of `args`; the value, or `fallback` when absent.
QString option(QStringList &args, const QString &name, const QString &fallback = QString())
{
    const int at = int(args.indexOf(name));
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

bool flag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

/// "field=value" arguments as a map; false on an argument without '='.
bool fields(const QStringList &args, QVariantMap *values)
{
    for (const QString &a : args) {
        const int eq = int(a.indexOf(u'='));
        if (eq <= 0) {
            err() << "qstaticdhcpctl: expected field=value, got '" << a << "'\n";
            return false;
        }
        values->insert(a.left(eq), a.mid(eq + 1));
    }
    return true;
}

/// The order names of `definitions list --sort`.
const std::pair<QLatin1String, SortColumnEnum::SortColumn> SortNames[] = {
    {QLatin1String("mac"), SortColumnEnum::Mac}, {QLatin1String("ip"), SortColumnEnum::Ip},
    {QLatin1String("hostname"), SortColumnEnum::Hostname}, {QLatin1String("subnet"), SortColumnEnum::Subnet}};

class Runner
{
public:
    Runner(ManagementClient &client, bool json) : m_client(client), m_rep(client.replica()), m_json(json) { }

    /// Waits for the answer; without one, a refusal that says so (and the exit code of a connection problem).
    template <typename Reply>
    Reply call(QRemoteObjectPendingReply<Reply> reply)
    {
        bool answered = true;
        Reply answer = await(reply, m_client.timeoutMs(), &answered);
        if (!answered)
            m_failed = Usage;
        return answer;
    }

    /// Prints `answer` (as JSON, or with `print` when it is good) and returns the exit code.
    template <typename Reply, typename Print>
    int finish(const Reply &answer, Print print)
    {
        if (m_json)
            out() << QJsonDocument(contract::toJson(answer)).toJson(QJsonDocument::Indented);
        else if (answer.ok())
            print(answer);
        if (!answer.ok())
            err() << "qstaticdhcpctl: " << answer.error() << '\n';
        out().flush();
        return answer.ok() ? Done : (m_failed ? m_failed : Refused);
    }

    template <typename Reply>
    int finish(const Reply &answer)
    {
        return finish(answer, [](const Reply &) { out() << "ok\n"; });
    }

    int status();
    int stats(QStringList args);
    int activity(QStringList args);
    int unknown(QStringList args);
    int definitions(QStringList args);
    int subnets(QStringList args);
    int blacklist(QStringList args);
    int reinit();
    int hooks(QStringList args);
    int logs(QStringList args);
    int whoami() { return finish(call(m_rep->whoAmI()), [](const WhoAmIAnswer &a) { out() << a.who() << " (" << a.transport() << ")\n"; }); }

private:
    /// The stored row of `mac` (for its revision); false with the refusal to print.
    bool currentMap(const QString &mac, MapRow *row, Answer *failure);
    bool currentSubnet(const QString &subnet, int serial, SubnetRow *row, Answer *failure);

    ManagementClient &m_client;
    ManagementReplica *m_rep;
    bool m_json;
    int m_failed = 0;
};

int Runner::status()
{
    const ServerStatus s = m_rep->status();
    if (m_json) {
        out() << QJsonDocument(contract::toJson(s)).toJson(QJsonDocument::Indented);
        return Done;
    }
    const DatabaseStatus db = s.database();
    const HooksStatus hooks = s.hooks();
    const ServerCounters counters = m_rep->counters();
    QList<QStringList> rows{
        {QStringLiteral("system"), s.systemName()},
        {QStringLiteral("version"), s.version()},
        {QStringLiteral("started"), time(s.startedAtMs())},
        {QStringLiteral("uptime"), duration((QDateTime::currentMSecsSinceEpoch() - s.startedAtMs()) / 1000)},
        {QStringLiteral("config"), s.configFile()},
        {QStringLiteral("interfaces"), s.interfaces().join(QStringLiteral(", "))},
        {QStringLiteral("database"), db.description()},
        {QStringLiteral("database state"), db.ok() ? QStringLiteral("ok") : db.error()},
        {QStringLiteral("hooks"), hooks.status() + (hooks.lastError().isEmpty() ? QString() : QStringLiteral(" (") + hooks.lastError() + u')')},
        {QStringLiteral("packets received"), QString::number(counters.totalReceived())},
        {QStringLiteral("unknown clients"), QString::number(counters.unknownClients())},
        {QStringLiteral("consoles connected"), QString::number(s.connections())},
    };
    printTable({QStringLiteral("STATUS"), QString()}, rows);
    return Done;
}

int Runner::stats(QStringList args)
{
    const QString resolution = option(args, QStringLiteral("--series"));
    if (!resolution.isEmpty()) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const int res = resolution.toInt();
        return finish(call(m_rep->series(res, res == 1 ? now - 600 : 0, 0)), [](const SeriesAnswer &a) {
            QList<QStringList> rows;
            for (const BucketRow &b : a.buckets()) {
                const QList<qint64> perMethodReceived = b.received(), perMethodDiscarded = b.discarded();
                const qint64 received = std::accumulate(perMethodReceived.cbegin(), perMethodReceived.cend(), qint64(0));
                const qint64 discarded = std::accumulate(perMethodDiscarded.cbegin(), perMethodDiscarded.cend(), qint64(0));
                if (received)
                    rows.append({time(b.startSecs() * 1000), QString::number(received), QString::number(discarded)});
            }
            printTable({QStringLiteral("TIME"), QStringLiteral("RECEIVED"), QStringLiteral("DISCARDED")}, rows);
        });
    }
    // The counters property is pushed once a second; the first value arrives with the connection.
    const ServerCounters c = m_rep->counters();
    if (m_json) {
        out() << QJsonDocument(contract::toJson(c)).toJson(QJsonDocument::Indented);
        return Done;
    }
    const QStringList methods = c.methods();
    QList<QStringList> rows;
    for (int i = 0; i < methods.size(); ++i) {
        const qint64 received = c.received().value(i);
        if (received == 0)
            continue;
        rows.append({methods[i], QString::number(received), QString::number(c.processed().value(i)),
                     QString::number(c.discarded().value(i))});
    }
    printTable({QStringLiteral("METHOD"), QStringLiteral("RECEIVED"), QStringLiteral("PROCESSED"), QStringLiteral("DISCARDED")}, rows);
    const QMap<QString, qint64> drops = c.drops();
    if (!drops.isEmpty()) {
        out() << '\n';
        QList<QStringList> dropRows;
        for (auto it = drops.constBegin(); it != drops.constEnd(); ++it)
            dropRows.append({it.key(), QString::number(it.value())});
        printTable({QStringLiteral("DROP REASON"), QStringLiteral("COUNT")}, dropRows);
    }
    out() << '\n';
    QList<QStringList> averages;
    for (const AverageRow &a : c.averages()) {
        const int window = a.windowBuckets();
        averages.append({window == 0 ? QStringLiteral("current 5 min") : QStringLiteral("last %1 min").arg((window + 1) * 5),
                         QString::number(a.packetsPerSecond(), 'f', 3), QString::number(a.discardedPerSecond(), 'f', 3)});
    }
    printTable({QStringLiteral("AVERAGE"), QStringLiteral("PACKETS/S"), QStringLiteral("DISCARDED/S")}, averages);
    out() << "\naverage processing time: " << QString::number(c.averageProcessingMs(), 'f', 3) << " ms\n";
    return Done;
}

int Runner::activity(QStringList args)
{
    const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("50")).toInt();
    return finish(call(m_rep->recentActivity(limit)), [](const ActivityAnswer &a) {
        QList<QStringList> rows;
        for (const ActivityRow &e : a.events()) {
            rows.append({time(e.timeMs()), e.mac(), e.method(), e.ip(),
                         e.drop().isEmpty() ? e.reply() : QStringLiteral("dropped: ") + e.drop(),
                         QString::number(e.processingMs(), 'f', 2)});
        }
        printTable({QStringLiteral("TIME"), QStringLiteral("MAC"), QStringLiteral("METHOD"), QStringLiteral("IP"),
                    QStringLiteral("RESULT"), QStringLiteral("MS")}, rows);
    });
}

int Runner::unknown(QStringList args)
{
    const QString sub = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (sub == QLatin1String("list")) {
        return finish(call(m_rep->unknownClients()), [](const UnknownClientsAnswer &a) {
            QList<QStringList> rows;
            for (const UnknownClientRow &c : a.clients()) {
                rows.append({c.mac(), time(c.firstSeenMs()), time(c.lastSeenMs()), QString::number(c.requests()), c.lastMethod(),
                             c.relayIp(), c.lastReason()});
            }
            printTable({QStringLiteral("MAC"), QStringLiteral("FIRST SEEN"), QStringLiteral("LAST SEEN"), QStringLiteral("REQUESTS"),
                        QStringLiteral("LAST METHOD"), QStringLiteral("RELAY"), QStringLiteral("REASON")}, rows);
        });
    }
    if (sub == QLatin1String("promote") && (args.size() == 4 || args.size() == 5)) {
        QString ip = args[3];
        if (ip == QLatin1String("auto")) {
            const IpAnswer free = call(m_rep->nextFreeIp(args[1], args[2].toInt()));
            if (!free.ok())
                return finish(free);
            ip = free.ip();
        }
        return finish(call(m_rep->promoteUnknown(args[0], args[1], args[2].toInt(), ip, args.value(4))), [](const MapAnswer &a) {
            out() << a.map().mac() << " now gets " << a.map().ip() << '\n';
        });
    }
    err() << "usage: qstaticdhcpctl unknown list | unknown promote MAC SUBNET SERIAL IP|auto [HOSTNAME]\n";
    return Usage;
}

bool Runner::currentMap(const QString &mac, MapRow *row, Answer *failure)
{
    const MapsAnswer answer = call(m_rep->maps(mac, QString(), -1, SortColumnEnum::Mac, false, 100, 0));
    for (const MapRow &m : answer.maps()) {
        if (m.mac().compare(mac, Qt::CaseInsensitive) == 0) {
            *row = m;
            return true;
        }
    }
    *failure = Answer(false, answer.ok() ? QStringLiteral("no definition for %1").arg(mac) : answer.error());
    return false;
}

bool Runner::currentSubnet(const QString &subnet, int serial, SubnetRow *row, Answer *failure)
{
    const SubnetsAnswer answer = call(m_rep->subnets());
    for (const SubnetRow &s : answer.subnets()) {
        if (s.subnet() == subnet && s.serial() == serial) {
            *row = s;
            return true;
        }
    }
    *failure = Answer(false, answer.ok() ? QStringLiteral("unknown subnet %1 serial %2").arg(subnet).arg(serial) : answer.error());
    return false;
}

int Runner::definitions(QStringList args)
{
    const QString sub = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (sub == QLatin1String("list") || sub == QLatin1String("search")) {
        QString search = option(args, QStringLiteral("--search"));
        if (sub == QLatin1String("search") && !args.isEmpty() && !args.first().startsWith(QLatin1String("--")))
            search = args.takeFirst();
        const QString subnet = option(args, QStringLiteral("--subnet"));
        const int serial = option(args, QStringLiteral("--serial"), QStringLiteral("-1")).toInt();
        const QString sortName = option(args, QStringLiteral("--sort"), QStringLiteral("mac"));
        const auto sort = std::find_if(std::cbegin(SortNames), std::cend(SortNames), [&](const auto &n) { return n.first == sortName; });
        const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("100")).toInt();
        const int offset = option(args, QStringLiteral("--offset"), QStringLiteral("0")).toInt();
        const bool descending = flag(args, QStringLiteral("--desc"));
        if (!args.isEmpty() || sort == std::cend(SortNames)) {
            err() << "usage: qstaticdhcpctl definitions list|search [TEXT] [--search TEXT] [--subnet S] [--serial N] "
                     "[--sort mac|ip|hostname|subnet] [--desc] [--limit N] [--offset N]\n";
            return Usage;
        }
        return finish(call(m_rep->maps(search, subnet, serial, sort->second, descending, limit, offset)), [](const MapsAnswer &a) {
            QList<QStringList> rows;
            for (const MapRow &m : a.maps())
                rows.append({m.mac(), m.ip(), m.hostname(), m.subnet(), QString::number(m.serial())});
            printTable({QStringLiteral("MAC"), QStringLiteral("IP"), QStringLiteral("HOSTNAME"), QStringLiteral("SUBNET"), QStringLiteral("SERIAL")}, rows);
            out() << a.maps().size() << " of " << a.total() << " definitions\n";
        });
    }
    if (sub == QLatin1String("export"))
        return runExportCommand(m_client, args);
    QVariantMap values;
    if (sub == QLatin1String("add") && fields(args, &values))
        return finish(call(m_rep->addMap(values)));
    if ((sub == QLatin1String("edit") || sub == QLatin1String("delete")) && !args.isEmpty()) {
        const QString mac = args.takeFirst();
        if (!fields(args, &values) || (sub == QLatin1String("edit") && values.isEmpty()) || (sub == QLatin1String("delete") && !values.isEmpty()))
            return Usage;
        MapRow row;
        Answer failure;
        if (!currentMap(mac, &row, &failure))
            return finish(failure);
        return finish(call(sub == QLatin1String("edit") ? m_rep->updateMap(mac, row.revision(), values) : m_rep->deleteMap(mac, row.revision())));
    }
    err() << "usage: qstaticdhcpctl definitions list|search|add FIELD=VALUE…|edit MAC FIELD=VALUE…|delete MAC|export [FILE|-]\n"
             "  fields: mac ip hostname subnet serial\n";
    return Usage;
}

int Runner::subnets(QStringList args)
{
    const QString sub = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (sub == QLatin1String("list")) {
        return finish(call(m_rep->subnets()), [](const SubnetsAnswer &a) {
            QList<QStringList> rows;
            for (const SubnetRow &s : a.subnets()) {
                rows.append({s.subnet(), QString::number(s.serial()), QString::number(s.lease_time()), s.gateway(), s.subnet_mask(),
                             s.domain_name_servers(), s.domain_name(), QString::number(s.maps())});
            }
            printTable({QStringLiteral("SUBNET"), QStringLiteral("SERIAL"), QStringLiteral("LEASE"), QStringLiteral("GATEWAY"),
                        QStringLiteral("MASK"), QStringLiteral("DNS"), QStringLiteral("DOMAIN"), QStringLiteral("MAPS")}, rows);
        });
    }
    QVariantMap values;
    if (sub == QLatin1String("add") && fields(args, &values))
        return finish(call(m_rep->addSubnet(values)));
    if ((sub == QLatin1String("edit") || sub == QLatin1String("delete")) && args.size() >= 2) {
        const QString subnet = args.takeFirst();
        const int serial = args.takeFirst().toInt();
        if (!fields(args, &values) || (sub == QLatin1String("edit") && values.isEmpty()) || (sub == QLatin1String("delete") && !values.isEmpty()))
            return Usage;
        SubnetRow row;
        Answer failure;
        if (!currentSubnet(subnet, serial, &row, &failure))
            return finish(failure);
        return finish(call(sub == QLatin1String("edit") ? m_rep->updateSubnet(subnet, serial, row.revision(), values)
                                                         : m_rep->deleteSubnet(subnet, serial, row.revision())));
    }
    err() << "usage: qstaticdhcpctl subnets list|add FIELD=VALUE…|edit SUBNET SERIAL FIELD=VALUE…|delete SUBNET SERIAL\n"
             "  fields: subnet serial lease_time gateway subnet_mask broadcast_address ntp_servers domain_name_servers domain_name\n";
    return Usage;
}

int Runner::blacklist(QStringList args)
{
    const QString sub = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (sub == QLatin1String("list")) {
        return finish(call(m_rep->blacklist()), [](const BlacklistAnswer &a) {
            QList<QStringList> rows;
            for (const TemporaryBlacklistRow &e : a.temporary())
                rows.append({e.mac(), QStringLiteral("%1 s left").arg(e.secondsLeft()), e.reason(), QString(), QString()});
            for (const PermanentBlacklistRow &e : a.permanent())
                rows.append({e.mac(), QStringLiteral("permanent"), e.reason(), time(e.addedAtMs()), e.addedBy()});
            printTable({QStringLiteral("MAC"), QStringLiteral("UNTIL"), QStringLiteral("REASON"), QStringLiteral("ADDED"), QStringLiteral("BY")}, rows);
        });
    }
    if (sub == QLatin1String("add") && !args.isEmpty()) {
        const QString mac = args.takeFirst();
        const int seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("0")).toInt();
        const QString reason = option(args, QStringLiteral("--reason"));
        if (args.isEmpty())
            return finish(call(m_rep->blacklistAdd(mac, seconds, reason)));
    }
    if (sub == QLatin1String("remove") && args.size() == 1)
        return finish(call(m_rep->blacklistRemove(args.first())));
    err() << "usage: qstaticdhcpctl blacklist list | add MAC [--seconds N] [--reason TEXT] | remove MAC\n"
             "  without --seconds the entry is permanent\n";
    return Usage;
}

int Runner::reinit()
{
    return finish(call(m_rep->reinitialise()), [](const ReinitialiseAnswer &a) {
        out() << "reinitialised in " << QString::number(a.seconds(), 'f', 3) << " s\n";
    });
}

int Runner::hooks(QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("get") && args.isEmpty())
        return finish(call(m_rep->hookSource()), [](const HookSourceAnswer &a) { out() << a.source(); });
    if (sub == QLatin1String("reload") && args.isEmpty())
        return finish(call(m_rep->reloadHooks()));
    if ((sub == QLatin1String("set") || sub == QLatin1String("validate")) && args.size() == 1) {
        QFile file;
        const bool opened = args.first() == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                               : (file.setFileName(args.first()), file.open(QIODevice::ReadOnly));
        if (!opened) {
            err() << "qstaticdhcpctl: cannot read " << args.first() << ": " << file.errorString() << '\n';
            return Usage;
        }
        const QString source = QString::fromUtf8(file.readAll());
        if (sub == QLatin1String("set"))
            return finish(call(m_rep->setHookSource(source)));
        return finish(call(m_rep->validateHookSource(source)), [](const HookValidationAnswer &) { out() << "no problems found\n"; });
    }
    err() << "usage: qstaticdhcpctl hooks get | set FILE|- | validate FILE|- | reload\n";
    return Usage;
}

int Runner::logs(QStringList args)
{
    const QString level = option(args, QStringLiteral("--severity"), QStringLiteral("debug")).toLower();
    const int severity = int(QStringList{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("error"),
                                         QStringLiteral("critical")}.indexOf(level == QLatin1String("warning") ? QStringLiteral("warn") : level));
    const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("100")).toInt();
    const bool follow = flag(args, QStringLiteral("--follow"));
    if (severity < 0 || !args.isEmpty()) {
        err() << "usage: qstaticdhcpctl logs [--severity debug|info|warn|error|critical] [--limit N] [--follow]\n";
        return Usage;
    }
    auto print = [this, severity](const QList<LogRow> &records) {
        for (const LogRow &r : records) {
            if (r.severity() < severity)
                continue;
            if (m_json)
                out() << QJsonDocument(contract::toJson(r)).toJson(QJsonDocument::Compact) << '\n';
            else
                out() << time(r.timeMs()) << " : " << r.level() << " : " << r.message() << '\n';
        }
        out().flush();
    };
    const LogsAnswer answer = call(m_rep->logs(severity, limit));
    if (!answer.ok())
        return finish(answer);
    print(answer.records());
    if (!follow)
        return Done;
    QObject::connect(m_rep, &ManagementReplica::logAppended, m_rep, print);
    QObject::connect(m_rep, &QRemoteObjectReplica::stateChanged, m_rep, [](QRemoteObjectReplica::State state) {
        if (state == QRemoteObjectReplica::Suspect) {
            err() << "qstaticdhcpctl: the server went away\n";
            QCoreApplication::exit(Usage);
        }
    });
    return QCoreApplication::exec();
}

const QStringList Commands{QStringLiteral("status"), QStringLiteral("stats"), QStringLiteral("activity"), QStringLiteral("unknown"),
                           QStringLiteral("definitions"), QStringLiteral("subnets"), QStringLiteral("blacklist"), QStringLiteral("reinit"),
                           QStringLiteral("hooks"), QStringLiteral("logs"), QStringLiteral("whoami"), QStringLiteral("import")};

} // namespace

bool isRemoteCommand(const QString &command)
{
    return Commands.contains(command);
}

QString remoteCommandsUsage()
{
    return QStringLiteral(
        "  status                                  server, uptime, database, hooks, connections\n"
        "  stats [--series 1|300]                  counters, drop reasons, averages; or the time series\n"
        "  activity [--limit N]                    the last event per MAC\n"
        "  unknown list                            clients that asked and got nothing\n"
        "  unknown promote MAC SUBNET SERIAL IP|auto [HOSTNAME]\n"
        "                                          give an unknown client a definition\n"
        "  definitions list|search [TEXT] [--subnet S] [--serial N] [--sort mac|ip|hostname|subnet] [--desc]\n"
        "                      [--limit N] [--offset N]\n"
        "  definitions add mac=M ip=I subnet=S [serial=N] [hostname=H]\n"
        "  definitions edit MAC FIELD=VALUE…      definitions delete MAC\n"
        "  definitions export [--subnet S] [--serial N] [FILE|-]\n"
        "                                          every definition as CSV (mac,ip,hostname,subnet,serial)\n"
        "  import FORMAT FILE [--dry-run] [--subnet S [--serial N]] [--skip-conflicts]\n"
        "                                          definitions from csv, ini (staticDHCPd), sqlite, postgresql, mysql\n"
        "                                          (staticDHCPd databases), dnsmasq, dhcpd (ISC) or kea; all or nothing\n"
        "  subnets list | add subnet=S lease_time=T [FIELD=VALUE…] | edit SUBNET SERIAL FIELD=VALUE… | delete SUBNET SERIAL\n"
        "  blacklist list | add MAC [--seconds N] [--reason TEXT] | remove MAC\n"
        "  reinit                                  reinitialise (flush caches, reload the blacklist)\n"
        "  hooks get | set FILE|- | validate FILE|- | reload\n"
        "  logs [--severity LEVEL] [--limit N] [--follow]\n"
        "  whoami                                  the identity your edits are audited under\n");
}

int runRemoteCommand(ManagementClient &client, const QString &command, QStringList args, bool json)
{
    Runner run(client, json);
    if (command == QLatin1String("status") && args.isEmpty())
        return run.status();
    if (command == QLatin1String("stats"))
        return run.stats(args);
    if (command == QLatin1String("activity"))
        return run.activity(args);
    if (command == QLatin1String("unknown"))
        return run.unknown(args);
    if (command == QLatin1String("definitions"))
        return run.definitions(args);
    if (command == QLatin1String("subnets"))
        return run.subnets(args);
    if (command == QLatin1String("blacklist"))
        return run.blacklist(args);
    if (command == QLatin1String("reinit") && args.isEmpty())
        return run.reinit();
    if (command == QLatin1String("hooks"))
        return run.hooks(args);
    if (command == QLatin1String("logs"))
        return run.logs(args);
    if (command == QLatin1String("import"))
        return runImportCommand(client, args, json);
    if (command == QLatin1String("whoami") && args.isEmpty())
        return run.whoami();
    err() << "qstaticdhcpctl: " << command << " takes no such arguments\n";
    return Usage;
}
