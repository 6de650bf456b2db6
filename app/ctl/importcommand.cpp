// qstaticdhcpctl import and definitions export: the one place where the CLI uses a server library (qsd_import,
// which only reads files into rows and plans) besides decode; the server is reached only through the replica.
#include "importcommand.h"

#include "contractvariant.h"
#include "ctlcall.h"
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

QList<SubnetRecord> subnetRecords(const QList<SubnetRow> &rows)
{
    QList<SubnetRecord> out;
    for (const SubnetRow &row : rows) {
        SubnetRecord s;
        s.subnet = row.subnet();
        s.serial = row.serial();
        s.lease_time = row.lease_time();
        s.gateway = row.gateway();
        s.subnet_mask = row.subnet_mask();
        s.broadcast_address = row.broadcast_address();
        s.ntp_servers = row.ntp_servers();
        s.domain_name_servers = row.domain_name_servers();
        s.domain_name = row.domain_name();
        out << s;
    }
    return out;
}

QList<MapRecord> mapRecords(const QList<MapRow> &rows)
{
    QList<MapRecord> out;
    for (const MapRow &m : rows)
        out << MapRecord{m.mac(), m.ip(), m.hostname(), m.subnet(), m.serial()};
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

bool fetchAllMaps(ManagementClient &client, const QString &subnet, int serial, QList<MapRow> *maps, QString *error)
{
    constexpr int Page = 10000;
    maps->clear();
    for (;;) {
        const MapsAnswer answer = await(client.replica()->maps(QString(), subnet, serial, SortColumnEnum::Mac, false, Page,
                                                               int(maps->size())), client.timeoutMs());
        if (!answer.ok()) {
            *error = answer.error();
            return false;
        }
        const QList<MapRow> page = answer.maps();
        *maps += page;
        if (page.size() < Page || maps->size() >= answer.total())
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

    const SubnetsAnswer subnets = await(client.replica()->subnets(), client.timeoutMs());
    QList<MapRow> maps;
    QString error = subnets.error();
    if (!subnets.ok() || !fetchAllMaps(client, QString(), -1, &maps, &error)) {
        err() << "qstaticdhcpctl: " << error << '\n';
        return Refused;
    }
    const ImportPlan plan = planImport(file, subnetRecords(subnets.subnets()), mapRecords(maps), override);
    QJsonObject report = planJson(file, plan);
    report.insert(QStringLiteral("dryRun"), dryRun);
    if (!json)
        printPlan(plan);

    // The server checks the rows too (in a transaction it rolls back for a dry run): what it would refuse shows now.
    const DefinitionBatch batch = plan.batch();
    ImportAnswer answer(true, QString(), dryRun, 0, 0, 0, 0, 0);   // unless there is something to send
    const bool problems = plan.hasProblems();
    const bool write = !dryRun && (!problems || skip);
    if (!batch.subnets.isEmpty() || !batch.maps.isEmpty()) {
        if (dryRun || write) {
            QVariantList s, m;
            for (const SubnetRecord &r : batch.subnets)
                s << toVariant(r);
            for (const MapRecord &r : batch.maps)
                m << toVariant(r);
            answer = await(client.replica()->importDefinitions(s, m, !write), ImportTimeoutMs);
        }
    }
    const bool serverOk = answer.ok();
    QString verdict;
    if (!serverOk)
        verdict = QStringLiteral("refused by the server, nothing written: %1").arg(answer.error());
    else if (dryRun)
        verdict = problems ? QStringLiteral("dry run: nothing written; fix the conflicts or import with --skip-conflicts")
                           : QStringLiteral("dry run: nothing written; the server accepts every row");
    else if (!write)
        verdict = QStringLiteral("nothing written: %1 conflicts and %2 invalid rows (fix them, or --skip-conflicts to import the rest)")
                      .arg(plan.count(RowStatus::Conflict) + summaryOf(plan).value(QStringLiteral("subnetProblems")).toInt())
                      .arg(plan.count(RowStatus::Invalid));
    else
        verdict = QStringLiteral("imported: %1 subnets added, %2 maps added, %3 updated, %4 unchanged")
                      .arg(answer.subnetsAdded()).arg(answer.added()).arg(answer.updated())
                      .arg(plan.count(RowStatus::Same) + answer.unchanged());
    const bool ok = serverOk && (write || (dryRun && !problems));
    report.insert(QStringLiteral("ok"), ok);
    report.insert(QStringLiteral("written"), write && serverOk);
    report.insert(QStringLiteral("error"), ok ? QString() : verdict);
    report.insert(QStringLiteral("server"), contract::toJson(answer));
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
    QList<MapRow> maps;
    QString error;
    if (!fetchAllMaps(client, subnet, serial.isEmpty() ? -1 : serial.toInt(), &maps, &error)) {
        err() << "qstaticdhcpctl: " << error << '\n';
        return Refused;
    }
    QString text = csvLine({QStringLiteral("mac"), QStringLiteral("ip"), QStringLiteral("hostname"), QStringLiteral("subnet"), QStringLiteral("serial")}) + u'\n';
    for (const MapRow &m : std::as_const(maps))
        text += csvLine({m.mac(), m.ip(), m.hostname(), m.subnet(), QString::number(m.serial())}) + u'\n';
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
