// qstaticdhcpctl import and definitions export: the one place where the CLI uses a server library (qsd_import,
// which only reads files into rows and plans) besides decode; the server is reached only through the replica.
#include "importcommand.h"

#include "ctloutput.h"
#include "managementclient.h"
#include "rep_management_merged.h"
#include "storage/import/importformats.h"
#include "storage/import/importplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace qsd;
using namespace qsd::import;

using namespace ctl;

namespace {

constexpr int ImportTimeoutMs = 300000;   // a 100 000-row import is one transaction on the server

QVariantMap call(QRemoteObjectPendingReply<QVariantMap> reply, int timeoutMs)
{
    if (!reply.waitForFinished(timeoutMs))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("no answer from the server")}};
    return reply.returnValue();
}

/// Takes "--name value" out of `args`; false when the name is there without a value.
bool takeOption(QStringList &args, const QString &name, QString *value)
{
    const int at = int(args.indexOf(name));
    if (at < 0)
        return true;
    if (at + 1 >= args.size())
        return false;
    *value = args.at(at + 1);
    args.remove(at, 2);
    return true;
}

QList<SubnetRecord> subnetRecords(const QVariantList &rows)
{
    QList<SubnetRecord> out;
    for (const QVariant &v : rows) {
        const QVariantMap m = v.toMap();
        SubnetRecord s;
        s.subnet = m.value(QStringLiteral("subnet")).toString();
        s.serial = m.value(QStringLiteral("serial")).toInt();
        s.lease_time = m.value(QStringLiteral("lease_time")).toLongLong();
        s.gateway = m.value(QStringLiteral("gateway")).toString();
        s.subnet_mask = m.value(QStringLiteral("subnet_mask")).toString();
        s.broadcast_address = m.value(QStringLiteral("broadcast_address")).toString();
        s.ntp_servers = m.value(QStringLiteral("ntp_servers")).toString();
        s.domain_name_servers = m.value(QStringLiteral("domain_name_servers")).toString();
        s.domain_name = m.value(QStringLiteral("domain_name")).toString();
        out << s;
    }
    return out;
}

QList<MapRecord> mapRecords(const QVariantList &rows)
{
    QList<MapRecord> out;
    for (const QVariant &v : rows) {
        const QVariantMap m = v.toMap();
        out << MapRecord{m.value(QStringLiteral("mac")).toString(), m.value(QStringLiteral("ip")).toString(),
                         m.value(QStringLiteral("hostname")).toString(), m.value(QStringLiteral("subnet")).toString(),
                         m.value(QStringLiteral("serial")).toInt()};
    }
    return out;
}

QVariantMap toVariant(const SubnetRecord &s)
{
    return {{QStringLiteral("subnet"), s.subnet}, {QStringLiteral("serial"), s.serial}, {QStringLiteral("lease_time"), s.lease_time},
            {QStringLiteral("gateway"), s.gateway}, {QStringLiteral("subnet_mask"), s.subnet_mask},
            {QStringLiteral("broadcast_address"), s.broadcast_address}, {QStringLiteral("ntp_servers"), s.ntp_servers},
            {QStringLiteral("domain_name_servers"), s.domain_name_servers}, {QStringLiteral("domain_name"), s.domain_name}};
}

QVariantMap toVariant(const MapRecord &m)
{
    return {{QStringLiteral("mac"), m.mac}, {QStringLiteral("ip"), m.ip}, {QStringLiteral("hostname"), m.hostname},
            {QStringLiteral("subnet"), m.subnet}, {QStringLiteral("serial"), m.serial}};
}

QVariantMap summaryOf(const ImportPlan &plan)
{
    QVariantMap summary;
    for (RowStatus s : {RowStatus::New, RowStatus::Update, RowStatus::Same, RowStatus::Conflict, RowStatus::Invalid})
        summary.insert(statusName(s), plan.count(s));
    int subnetProblems = 0;
    for (const PlannedSubnet &s : plan.subnets)
        subnetProblems += s.status == RowStatus::Conflict || s.status == RowStatus::Invalid;
    summary.insert(QStringLiteral("subnetProblems"), subnetProblems);
    return summary;
}

QString summaryText(const ImportPlan &plan)
{
    QStringList parts;
    for (RowStatus s : {RowStatus::New, RowStatus::Update, RowStatus::Same, RowStatus::Conflict, RowStatus::Invalid})
        parts << QStringLiteral("%1 %2").arg(plan.count(s)).arg(statusName(s));
    return QStringLiteral("%1 rows: %2").arg(plan.rows.size()).arg(parts.join(QStringLiteral(", ")));
}

void printPlan(const ImportPlan &plan)
{
    if (!plan.subnets.isEmpty()) {
        QList<QStringList> rows;
        for (const PlannedSubnet &s : plan.subnets)
            rows << QStringList{statusName(s.status), s.subnet.source, s.subnet.record.subnet, QString::number(s.subnet.record.serial),
                                QString::number(s.subnet.record.lease_time), s.reason};
        printTable({QStringLiteral("SUBNET STATUS"), QStringLiteral("SOURCE"), QStringLiteral("SUBNET"), QStringLiteral("SERIAL"),
                    QStringLiteral("LEASE"), QStringLiteral("REASON")}, rows);
        out() << '\n';
    }
    QList<QStringList> rows;
    for (const PlannedRow &r : plan.rows)
        rows << QStringList{statusName(r.status), r.row.source, r.row.mac, r.row.ip, r.row.hostname, r.row.subnet,
                            r.row.subnet.isEmpty() ? QString() : QString::number(r.row.serial), r.reason};
    printTable({QStringLiteral("STATUS"), QStringLiteral("SOURCE"), QStringLiteral("MAC"), QStringLiteral("IP"), QStringLiteral("HOSTNAME"),
                QStringLiteral("SUBNET"), QStringLiteral("SERIAL"), QStringLiteral("REASON")}, rows);
    out() << summaryText(plan) << '\n';
}

QJsonObject planJson(const ImportedFile &file, const ImportPlan &plan)
{
    QJsonArray subnets, rows;
    for (const PlannedSubnet &s : plan.subnets) {
        QJsonObject o = QJsonObject::fromVariantMap(toVariant(s.subnet.record));
        o.insert(QStringLiteral("source"), s.subnet.source);
        o.insert(QStringLiteral("status"), statusName(s.status));
        o.insert(QStringLiteral("reason"), s.reason);
        subnets << o;
    }
    for (const PlannedRow &r : plan.rows) {
        rows << QJsonObject{{QStringLiteral("source"), r.row.source}, {QStringLiteral("mac"), r.row.mac}, {QStringLiteral("ip"), r.row.ip},
                            {QStringLiteral("hostname"), r.row.hostname}, {QStringLiteral("subnet"), r.row.subnet},
                            {QStringLiteral("serial"), r.row.serial}, {QStringLiteral("status"), statusName(r.status)},
                            {QStringLiteral("reason"), r.reason}};
    }
    return {{QStringLiteral("summary"), QJsonObject::fromVariantMap(summaryOf(plan))}, {QStringLiteral("subnets"), subnets},
            {QStringLiteral("rows"), rows}, {QStringLiteral("warnings"), QJsonArray::fromStringList(file.warnings)}};
}

} // namespace

bool fetchAllMaps(ManagementClient &client, const QString &subnet, int serial, QVariantList *maps, QString *error)
{
    constexpr int Page = 10000;
    maps->clear();
    for (;;) {
        const QVariantMap answer = call(client.replica()->maps(QString(), subnet, serial, 0, false, Page, int(maps->size())),
                                        client.timeoutMs());
        if (!answer.value(QStringLiteral("ok")).toBool()) {
            *error = answer.value(QStringLiteral("error")).toString();
            return false;
        }
        const QVariantList page = answer.value(QStringLiteral("maps")).toList();
        *maps += page;
        if (page.size() < Page || maps->size() >= answer.value(QStringLiteral("total")).toLongLong())
            return true;
    }
}

int runImportCommand(ManagementClient &client, QStringList args, bool json)
{
    const bool dryRun = args.removeAll(QStringLiteral("--dry-run")) > 0;
    const bool skip = args.removeAll(QStringLiteral("--skip-conflicts")) > 0;
    SubnetOverride override;
    QString serial;
    const bool options = takeOption(args, QStringLiteral("--subnet"), &override.subnet) && takeOption(args, QStringLiteral("--serial"), &serial);
    bool serialOk = true;
    override.serial = serial.isEmpty() ? 0 : serial.toInt(&serialOk);
    const auto format = formatFromName(args.value(0));
    if (!options || args.size() != 2 || !format || !serialOk || override.serial < 0 || (!serial.isEmpty() && override.subnet.isEmpty())) {
        err() << "usage: qstaticdhcpctl import FORMAT FILE [--dry-run] [--subnet S [--serial N]] [--skip-conflicts] [--json]\n"
                 "  FORMAT: " << formatNames().join(QStringLiteral(", "))
              << "\n  FILE: a file ('-' for standard input); for postgresql and mysql a URL\n"
                 "        postgresql://USER:PASSWORD@HOST:PORT/DATABASE (mysql://… likewise)\n";
        return Usage;
    }
    const ImportedFile file = readDefinitions(*format, args[1]);
    if (!file.error.isEmpty()) {
        err() << "qstaticdhcpctl: " << file.error << '\n';
        return Usage;
    }
    for (const QString &w : file.warnings)
        err() << "warning: " << w << '\n';
    err().flush();

    const QVariantMap subnets = call(client.replica()->subnets(), client.timeoutMs());
    QVariantList maps;
    QString error = subnets.value(QStringLiteral("error")).toString();
    if (!subnets.value(QStringLiteral("ok")).toBool() || !fetchAllMaps(client, QString(), -1, &maps, &error)) {
        err() << "qstaticdhcpctl: " << error << '\n';
        return Refused;
    }
    const ImportPlan plan = planImport(file, subnetRecords(subnets.value(QStringLiteral("subnets")).toList()), mapRecords(maps), override);
    QJsonObject report = planJson(file, plan);
    report.insert(QStringLiteral("dryRun"), dryRun);
    if (!json)
        printPlan(plan);

    // The server checks the rows too (in a transaction it rolls back for a dry run): what it would refuse shows now.
    const DefinitionBatch batch = plan.batch();
    QVariantMap answer{{QStringLiteral("ok"), true}, {QStringLiteral("error"), QString()}};
    const bool problems = plan.hasProblems();
    const bool write = !dryRun && (!problems || skip);
    if (!batch.subnets.isEmpty() || !batch.maps.isEmpty()) {
        if (dryRun || write) {
            QVariantList s, m;
            for (const SubnetRecord &r : batch.subnets)
                s << toVariant(r);
            for (const MapRecord &r : batch.maps)
                m << toVariant(r);
            answer = call(client.replica()->importDefinitions(s, m, !write), ImportTimeoutMs);
        }
    }
    const bool serverOk = answer.value(QStringLiteral("ok")).toBool();
    QString verdict;
    if (!serverOk)
        verdict = QStringLiteral("refused by the server, nothing written: %1").arg(answer.value(QStringLiteral("error")).toString());
    else if (dryRun)
        verdict = problems ? QStringLiteral("dry run: nothing written; fix the conflicts or import with --skip-conflicts")
                           : QStringLiteral("dry run: nothing written; the server accepts every row");
    else if (!write)
        verdict = QStringLiteral("nothing written: %1 conflicts and %2 invalid rows (fix them, or --skip-conflicts to import the rest)")
                      .arg(plan.count(RowStatus::Conflict) + summaryOf(plan).value(QStringLiteral("subnetProblems")).toInt())
                      .arg(plan.count(RowStatus::Invalid));
    else
        verdict = QStringLiteral("imported: %1 subnets added, %2 maps added, %3 updated, %4 unchanged")
                      .arg(answer.value(QStringLiteral("subnetsAdded")).toInt()).arg(answer.value(QStringLiteral("added")).toInt())
                      .arg(answer.value(QStringLiteral("updated")).toInt()).arg(plan.count(RowStatus::Same) + answer.value(QStringLiteral("unchanged")).toInt());
    const bool ok = serverOk && (write || (dryRun && !problems));
    report.insert(QStringLiteral("ok"), ok);
    report.insert(QStringLiteral("written"), write && serverOk);
    report.insert(QStringLiteral("error"), ok ? QString() : verdict);
    report.insert(QStringLiteral("server"), QJsonObject::fromVariantMap(answer));
    if (json)
        out() << QJsonDocument(report).toJson(QJsonDocument::Indented);
    else
        (ok ? out() : err()) << verdict << '\n';
    out().flush();
    err().flush();
    return ok ? Done : Refused;
}

int runExportCommand(ManagementClient &client, QStringList args)
{
    QString subnet, serial;
    if (!takeOption(args, QStringLiteral("--subnet"), &subnet) || !takeOption(args, QStringLiteral("--serial"), &serial) || args.size() > 1) {
        err() << "usage: qstaticdhcpctl definitions export [--subnet S] [--serial N] [FILE|-]\n";
        return Usage;
    }
    QVariantList maps;
    QString error;
    if (!fetchAllMaps(client, subnet, serial.isEmpty() ? -1 : serial.toInt(), &maps, &error)) {
        err() << "qstaticdhcpctl: " << error << '\n';
        return Refused;
    }
    QString text = csvLine({QStringLiteral("mac"), QStringLiteral("ip"), QStringLiteral("hostname"), QStringLiteral("subnet"), QStringLiteral("serial")}) + u'\n';
    for (const QVariant &v : std::as_const(maps)) {
        const QVariantMap m = v.toMap();
        text += csvLine({m.value(QStringLiteral("mac")).toString(), m.value(QStringLiteral("ip")).toString(), m.value(QStringLiteral("hostname")).toString(),
                         m.value(QStringLiteral("subnet")).toString(), m.value(QStringLiteral("serial")).toString()}) + u'\n';
    }
    const QString path = args.value(0, QStringLiteral("-"));
    if (path == QLatin1String("-")) {
        out() << text;
        out().flush();
        return Done;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0) {
        err() << "qstaticdhcpctl: cannot write " << path << ": " << f.errorString() << '\n';
        return Usage;
    }
    err() << maps.size() << " definitions written to " << path << '\n';
    return Done;
}
