#include "remotecommands.h"

#include "importcommand.h"
#include "ctloutput.h"
#include "managementclient.h"
#include "rep_management_merged.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

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

class Runner
{
public:
    Runner(ManagementClient &client, bool json) : m_client(client), m_rep(client.replica()), m_json(json) { }

    /// Waits for the answer; on failure prints the server's reason.
    QVariantMap call(QRemoteObjectPendingReply<QVariantMap> reply)
    {
        if (!reply.waitForFinished(m_client.timeoutMs())) {
            m_failed = Usage;
            return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no answer from the server")}};
        }
        return reply.returnValue();
    }

    /// Prints `answer` (as JSON, or with `print` when it is good) and returns the exit code.
    int finish(const QVariantMap &answer, const std::function<void(const QVariantMap &)> &print = {})
    {
        const bool ok = answer.value(QStringLiteral("ok")).toBool();
        if (m_json)
            out() << QJsonDocument(QJsonObject::fromVariantMap(answer)).toJson(QJsonDocument::Indented);
        else if (ok && print)
            print(answer);
        else if (ok)
            out() << "ok\n";
        if (!ok)
            err() << "qstaticdhcpctl: " << answer.value(QStringLiteral("error")).toString() << '\n';
        out().flush();
        return ok ? Done : (m_failed ? m_failed : Refused);
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
    int whoami() { return finish(call(m_rep->whoAmI()), [](const QVariantMap &a) {
        out() << a.value(QStringLiteral("who")).toString() << " (" << a.value(QStringLiteral("transport")).toString() << ")\n"; }); }

private:
    bool currentMap(const QString &mac, QVariantMap *row, QVariantMap *answer);
    bool currentSubnet(const QString &subnet, int serial, QVariantMap *row, QVariantMap *answer);

    ManagementClient &m_client;
    ManagementReplica *m_rep;
    bool m_json;
    int m_failed = 0;
};

int Runner::status()
{
    const QVariantMap s = m_rep->status();
    if (m_json) {
        out() << QJsonDocument(QJsonObject::fromVariantMap(s)).toJson(QJsonDocument::Indented);
        return Done;
    }
    const QVariantMap db = s.value(QStringLiteral("database")).toMap();
    const QVariantMap hooks = s.value(QStringLiteral("hooks")).toMap();
    const qint64 started = s.value(QStringLiteral("startedAtMs")).toLongLong();
    const QVariantMap counters = m_rep->counters();
    QList<QStringList> rows{
        {QStringLiteral("system"), s.value(QStringLiteral("systemName")).toString()},
        {QStringLiteral("version"), s.value(QStringLiteral("version")).toString()},
        {QStringLiteral("started"), time(started)},
        {QStringLiteral("uptime"), duration((QDateTime::currentMSecsSinceEpoch() - started) / 1000)},
        {QStringLiteral("config"), s.value(QStringLiteral("configFile")).toString()},
        {QStringLiteral("interfaces"), s.value(QStringLiteral("interfaces")).toStringList().join(QStringLiteral(", "))},
        {QStringLiteral("database"), db.value(QStringLiteral("description")).toString()},
        {QStringLiteral("database state"), db.value(QStringLiteral("ok")).toBool() ? QStringLiteral("ok") : db.value(QStringLiteral("error")).toString()},
        {QStringLiteral("hooks"), hooks.value(QStringLiteral("status")).toString()
                                      + (hooks.value(QStringLiteral("lastError")).toString().isEmpty() ? QString()
                                             : QStringLiteral(" (") + hooks.value(QStringLiteral("lastError")).toString() + u')')},
        {QStringLiteral("packets received"), counters.value(QStringLiteral("totalReceived")).toString()},
        {QStringLiteral("unknown clients"), counters.value(QStringLiteral("unknownClients")).toString()},
        {QStringLiteral("consoles connected"), s.value(QStringLiteral("connections")).toString()},
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
        const QVariantMap answer = call(m_rep->series(res, res == 1 ? now - 600 : 0, 0));
        return finish(answer, [](const QVariantMap &a) {
            QList<QStringList> rows;
            for (const QVariant &v : a.value(QStringLiteral("buckets")).toList()) {
                const QVariantMap b = v.toMap();
                qint64 received = 0, discarded = 0;
                for (const QVariant &n : b.value(QStringLiteral("received")).toList())
                    received += n.toLongLong();
                for (const QVariant &n : b.value(QStringLiteral("discarded")).toList())
                    discarded += n.toLongLong();
                if (received)
                    rows.append({time(b.value(QStringLiteral("startSecs")).toLongLong() * 1000), QString::number(received), QString::number(discarded)});
            }
            printTable({QStringLiteral("TIME"), QStringLiteral("RECEIVED"), QStringLiteral("DISCARDED")}, rows);
        });
    }
    // The counters property is pushed once a second; the first value arrives with the connection.
    const QVariantMap c = m_rep->counters();
    if (m_json) {
        out() << QJsonDocument(QJsonObject::fromVariantMap(c)).toJson(QJsonDocument::Indented);
        return Done;
    }
    const QVariantList methods = c.value(QStringLiteral("methods")).toList();
    QList<QStringList> rows;
    for (int i = 0; i < methods.size(); ++i) {
        const QString received = c.value(QStringLiteral("received")).toList().value(i).toString();
        if (received == QLatin1String("0"))
            continue;
        rows.append({methods[i].toString(), received, c.value(QStringLiteral("processed")).toList().value(i).toString(),
                     c.value(QStringLiteral("discarded")).toList().value(i).toString()});
    }
    printTable({QStringLiteral("METHOD"), QStringLiteral("RECEIVED"), QStringLiteral("PROCESSED"), QStringLiteral("DISCARDED")}, rows);
    const QVariantMap drops = c.value(QStringLiteral("drops")).toMap();
    if (!drops.isEmpty()) {
        out() << '\n';
        QList<QStringList> dropRows;
        for (auto it = drops.constBegin(); it != drops.constEnd(); ++it)
            dropRows.append({it.key(), it.value().toString()});
        printTable({QStringLiteral("DROP REASON"), QStringLiteral("COUNT")}, dropRows);
    }
    out() << '\n';
    QList<QStringList> averages;
    for (const QVariant &v : c.value(QStringLiteral("averages")).toList()) {
        const QVariantMap a = v.toMap();
        const int window = a.value(QStringLiteral("windowBuckets")).toInt();
        averages.append({window == 0 ? QStringLiteral("current 5 min") : QStringLiteral("last %1 min").arg((window + 1) * 5),
                         QString::number(a.value(QStringLiteral("packetsPerSecond")).toDouble(), 'f', 3),
                         QString::number(a.value(QStringLiteral("discardedPerSecond")).toDouble(), 'f', 3)});
    }
    printTable({QStringLiteral("AVERAGE"), QStringLiteral("PACKETS/S"), QStringLiteral("DISCARDED/S")}, averages);
    out() << "\naverage processing time: " << QString::number(c.value(QStringLiteral("averageProcessingMs")).toDouble(), 'f', 3) << " ms\n";
    return Done;
}

int Runner::activity(QStringList args)
{
    const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("50")).toInt();
    return finish(call(m_rep->recentActivity(limit)), [](const QVariantMap &a) {
        QList<QStringList> rows;
        for (const QVariant &v : a.value(QStringLiteral("events")).toList()) {
            const QVariantMap e = v.toMap();
            const QString drop = e.value(QStringLiteral("drop")).toString();
            rows.append({time(e.value(QStringLiteral("timeMs")).toLongLong()), e.value(QStringLiteral("mac")).toString(),
                         e.value(QStringLiteral("method")).toString(), e.value(QStringLiteral("ip")).toString(),
                         drop.isEmpty() ? e.value(QStringLiteral("reply")).toString() : QStringLiteral("dropped: ") + drop,
                         QString::number(e.value(QStringLiteral("processingMs")).toDouble(), 'f', 2)});
        }
        printTable({QStringLiteral("TIME"), QStringLiteral("MAC"), QStringLiteral("METHOD"), QStringLiteral("IP"),
                    QStringLiteral("RESULT"), QStringLiteral("MS")}, rows);
    });
}

int Runner::unknown(QStringList args)
{
    const QString sub = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (sub == QLatin1String("list")) {
        return finish(call(m_rep->unknownClients()), [](const QVariantMap &a) {
            QList<QStringList> rows;
            for (const QVariant &v : a.value(QStringLiteral("clients")).toList()) {
                const QVariantMap c = v.toMap();
                rows.append({c.value(QStringLiteral("mac")).toString(), time(c.value(QStringLiteral("firstSeenMs")).toLongLong()),
                             time(c.value(QStringLiteral("lastSeenMs")).toLongLong()), c.value(QStringLiteral("requests")).toString(),
                             c.value(QStringLiteral("lastMethod")).toString(), c.value(QStringLiteral("relayIp")).toString(),
                             c.value(QStringLiteral("lastReason")).toString()});
            }
            printTable({QStringLiteral("MAC"), QStringLiteral("FIRST SEEN"), QStringLiteral("LAST SEEN"), QStringLiteral("REQUESTS"),
                        QStringLiteral("LAST METHOD"), QStringLiteral("RELAY"), QStringLiteral("REASON")}, rows);
        });
    }
    if (sub == QLatin1String("promote") && (args.size() == 4 || args.size() == 5)) {
        QString ip = args[3];
        if (ip == QLatin1String("auto")) {
            const QVariantMap free = call(m_rep->nextFreeIp(args[1], args[2].toInt()));
            if (!free.value(QStringLiteral("ok")).toBool())
                return finish(free);
            ip = free.value(QStringLiteral("ip")).toString();
        }
        return finish(call(m_rep->promoteUnknown(args[0], args[1], args[2].toInt(), ip, args.value(4))), [](const QVariantMap &a) {
            const QVariantMap m = a.value(QStringLiteral("map")).toMap();
            out() << m.value(QStringLiteral("mac")).toString() << " now gets " << m.value(QStringLiteral("ip")).toString() << '\n';
        });
    }
    err() << "usage: qstaticdhcpctl unknown list | unknown promote MAC SUBNET SERIAL IP|auto [HOSTNAME]\n";
    return Usage;
}

bool Runner::currentMap(const QString &mac, QVariantMap *row, QVariantMap *answer)
{
    *answer = call(m_rep->maps(mac, QString(), -1, 0, false, 100, 0));
    for (const QVariant &v : answer->value(QStringLiteral("maps")).toList()) {
        if (v.toMap().value(QStringLiteral("mac")).toString().compare(mac, Qt::CaseInsensitive) == 0) {
            *row = v.toMap();
            return true;
        }
    }
    if (answer->value(QStringLiteral("ok")).toBool())
        *answer = {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no definition for %1").arg(mac)}};
    return false;
}

bool Runner::currentSubnet(const QString &subnet, int serial, QVariantMap *row, QVariantMap *answer)
{
    *answer = call(m_rep->subnets());
    for (const QVariant &v : answer->value(QStringLiteral("subnets")).toList()) {
        const QVariantMap s = v.toMap();
        if (s.value(QStringLiteral("subnet")).toString() == subnet && s.value(QStringLiteral("serial")).toInt() == serial) {
            *row = s;
            return true;
        }
    }
    if (answer->value(QStringLiteral("ok")).toBool())
        *answer = {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("unknown subnet %1 serial %2").arg(subnet).arg(serial)}};
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
        const int sort = int(QStringList{QStringLiteral("mac"), QStringLiteral("ip"), QStringLiteral("hostname"), QStringLiteral("subnet")}
                                 .indexOf(option(args, QStringLiteral("--sort"), QStringLiteral("mac"))));
        const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("100")).toInt();
        const int offset = option(args, QStringLiteral("--offset"), QStringLiteral("0")).toInt();
        const bool descending = flag(args, QStringLiteral("--desc"));
        if (!args.isEmpty() || sort < 0) {
            err() << "usage: qstaticdhcpctl definitions list|search [TEXT] [--search TEXT] [--subnet S] [--serial N] "
                     "[--sort mac|ip|hostname|subnet] [--desc] [--limit N] [--offset N]\n";
            return Usage;
        }
        return finish(call(m_rep->maps(search, subnet, serial, sort, descending, limit, offset)), [](const QVariantMap &a) {
            QList<QStringList> rows;
            const QVariantList maps = a.value(QStringLiteral("maps")).toList();
            for (const QVariant &v : maps) {
                const QVariantMap m = v.toMap();
                rows.append({m.value(QStringLiteral("mac")).toString(), m.value(QStringLiteral("ip")).toString(),
                             m.value(QStringLiteral("hostname")).toString(), m.value(QStringLiteral("subnet")).toString(),
                             m.value(QStringLiteral("serial")).toString()});
            }
            printTable({QStringLiteral("MAC"), QStringLiteral("IP"), QStringLiteral("HOSTNAME"), QStringLiteral("SUBNET"), QStringLiteral("SERIAL")}, rows);
            out() << maps.size() << " of " << a.value(QStringLiteral("total")).toLongLong() << " definitions\n";
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
        QVariantMap row, answer;
        if (!currentMap(mac, &row, &answer))
            return finish(answer);
        const QString revision = row.value(QStringLiteral("revision")).toString();
        return finish(call(sub == QLatin1String("edit") ? m_rep->updateMap(mac, revision, values) : m_rep->deleteMap(mac, revision)));
    }
    err() << "usage: qstaticdhcpctl definitions list|search|add FIELD=VALUE…|edit MAC FIELD=VALUE…|delete MAC|export [FILE]\n"
             "  fields: mac ip hostname subnet serial\n";
    return Usage;
}

int Runner::subnets(QStringList args)
{
    const QString sub = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (sub == QLatin1String("list")) {
        return finish(call(m_rep->subnets()), [](const QVariantMap &a) {
            QList<QStringList> rows;
            for (const QVariant &v : a.value(QStringLiteral("subnets")).toList()) {
                const QVariantMap s = v.toMap();
                rows.append({s.value(QStringLiteral("subnet")).toString(), s.value(QStringLiteral("serial")).toString(),
                             s.value(QStringLiteral("lease_time")).toString(), s.value(QStringLiteral("gateway")).toString(),
                             s.value(QStringLiteral("subnet_mask")).toString(), s.value(QStringLiteral("domain_name_servers")).toString(),
                             s.value(QStringLiteral("domain_name")).toString(), s.value(QStringLiteral("maps")).toString()});
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
        QVariantMap row, answer;
        if (!currentSubnet(subnet, serial, &row, &answer))
            return finish(answer);
        const QString revision = row.value(QStringLiteral("revision")).toString();
        return finish(call(sub == QLatin1String("edit") ? m_rep->updateSubnet(subnet, serial, revision, values)
                                                         : m_rep->deleteSubnet(subnet, serial, revision)));
    }
    err() << "usage: qstaticdhcpctl subnets list|add FIELD=VALUE…|edit SUBNET SERIAL FIELD=VALUE…|delete SUBNET SERIAL\n"
             "  fields: subnet serial lease_time gateway subnet_mask broadcast_address ntp_servers domain_name_servers domain_name\n";
    return Usage;
}

int Runner::blacklist(QStringList args)
{
    const QString sub = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (sub == QLatin1String("list")) {
        return finish(call(m_rep->blacklist()), [](const QVariantMap &a) {
            QList<QStringList> rows;
            for (const QVariant &v : a.value(QStringLiteral("temporary")).toList()) {
                const QVariantMap e = v.toMap();
                rows.append({e.value(QStringLiteral("mac")).toString(), QStringLiteral("%1 s left").arg(e.value(QStringLiteral("secondsLeft")).toInt()),
                             e.value(QStringLiteral("reason")).toString(), QString(), QString()});
            }
            for (const QVariant &v : a.value(QStringLiteral("permanent")).toList()) {
                const QVariantMap e = v.toMap();
                rows.append({e.value(QStringLiteral("mac")).toString(), QStringLiteral("permanent"), e.value(QStringLiteral("reason")).toString(),
                             time(e.value(QStringLiteral("addedAtMs")).toLongLong()), e.value(QStringLiteral("addedBy")).toString()});
            }
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
    return finish(call(m_rep->reinitialise()), [](const QVariantMap &a) {
        out() << "reinitialised in " << QString::number(a.value(QStringLiteral("seconds")).toDouble(), 'f', 3) << " s\n";
    });
}

int Runner::hooks(QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("get") && args.isEmpty())
        return finish(call(m_rep->hookSource()), [](const QVariantMap &a) { out() << a.value(QStringLiteral("source")).toString(); });
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
        return finish(call(m_rep->validateHookSource(source)), [](const QVariantMap &) { out() << "no problems found\n"; });
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
    auto print = [this, severity](const QVariantList &records) {
        for (const QVariant &v : records) {
            const QVariantMap r = v.toMap();
            if (r.value(QStringLiteral("severity")).toInt() < severity)
                continue;
            if (m_json)
                out() << QJsonDocument(QJsonObject::fromVariantMap(r)).toJson(QJsonDocument::Compact) << '\n';
            else
                out() << time(r.value(QStringLiteral("timeMs")).toLongLong()) << " : " << r.value(QStringLiteral("level")).toString()
                      << " : " << r.value(QStringLiteral("message")).toString() << '\n';
        }
        out().flush();
    };
    const QVariantMap answer = call(m_rep->logs(severity, limit));
    if (!answer.value(QStringLiteral("ok")).toBool())
        return finish(answer);
    print(answer.value(QStringLiteral("records")).toList());
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
