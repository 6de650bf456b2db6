#include "importplan.h"

#include "protocol/ipv4.h"
#include "storage/recordvalidator.h"

#include <QHash>

namespace qsd::import {

namespace {

QString key(const QString &subnet, int serial)
{
    return subnet + u'|' + QString::number(serial);
}

struct Network
{
    QString subnet;
    int serial;
    Subnet cidr;
};

/// Resolves the row's (subnet, serial); false with the conflict's reason.
bool resolveSubnet(ImportRow *row, const SubnetOverride &override, const QList<Network> &networks,
                   const QHash<QString, SubnetRecord> &known, QString *reason)
{
    const IPv4 ip = *IPv4::fromString(row->ip);
    if (!override.subnet.isEmpty()) {
        row->subnet = override.subnet;
        row->serial = override.serial;
    } else if (!row->hasSubnet) {
        QStringList containing;
        for (const Network &n : networks) {
            if (n.cidr.contains(ip)) {
                containing << key(n.subnet, n.serial);
                row->subnet = n.subnet;
                row->serial = n.serial;
            }
        }
        if (containing.size() != 1) {
            row->subnet.clear();
            *reason = containing.isEmpty()
                ? QStringLiteral("unknown subnet: no subnet of the server contains %1").arg(row->ip)
                : QStringLiteral("unknown subnet: %1 is in several subnets (%2); choose one with --subnet and --serial")
                      .arg(row->ip, containing.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (!known.contains(key(row->subnet, row->serial))) {
        *reason = QStringLiteral("unknown subnet '%1': neither the server nor the file has it").arg(key(row->subnet, row->serial));
        return false;
    }
    if (const auto cidr = Subnet::parse(row->subnet); cidr && !cidr->contains(ip)) {
        *reason = QStringLiteral("%1 is outside its subnet %2").arg(row->ip, row->subnet);
        return false;
    }
    if (const auto declared = Subnet::parse(row->network); declared && !declared->contains(ip)) {
        *reason = QStringLiteral("%1 is outside %2, the subnet the file declares it in").arg(row->ip, row->network);
        return false;
    }
    return true;
}

void planSubnets(const QList<ImportSubnet> &subnets, const QHash<QString, SubnetRecord> &server, ImportPlan *plan,
                 QHash<QString, SubnetRecord> *known)
{
    QHash<QString, QString> seen;
    for (const ImportSubnet &s : subnets) {
        PlannedSubnet p{s, RowStatus::New, QString()};
        QString error;
        const auto normal = s.problem.isEmpty() ? RecordValidator::normaliseSubnet(s.record, &error) : std::nullopt;
        if (!normal) {
            p.status = RowStatus::Invalid;
            p.reason = s.problem.isEmpty() ? error : s.problem;
        } else {
            p.subnet.record = *normal;
            const QString k = normal->key();
            if (seen.contains(k)) {
                p.status = RowStatus::Conflict;
                p.reason = QStringLiteral("subnet '%1' also at %2").arg(k, seen.value(k));
            } else if (server.contains(k)) {
                p.status = server.value(k) == *normal ? RowStatus::Same : RowStatus::Conflict;
                if (p.status == RowStatus::Conflict)
                    p.reason = QStringLiteral("the server has subnet '%1' with other values (an import never changes a subnet)").arg(k);
            } else {
                known->insert(k, *normal);
            }
            seen.insert(k, s.source);
        }
        plan->subnets << p;
    }
}

} // namespace

QString statusName(RowStatus status)
{
    switch (status) {
    case RowStatus::New: return QStringLiteral("new");
    case RowStatus::Update: return QStringLiteral("update");
    case RowStatus::Same: return QStringLiteral("same");
    case RowStatus::Conflict: return QStringLiteral("conflict");
    case RowStatus::Invalid: return QStringLiteral("invalid");
    }
    return QString();
}

int ImportPlan::count(RowStatus status) const
{
    int n = 0;
    for (const PlannedRow &r : rows)
        n += r.status == status;
    return n;
}

bool ImportPlan::hasProblems() const
{
    for (const PlannedSubnet &s : subnets) {
        if (s.status == RowStatus::Conflict || s.status == RowStatus::Invalid)
            return true;
    }
    return count(RowStatus::Conflict) + count(RowStatus::Invalid) > 0;
}

DefinitionBatch ImportPlan::batch() const
{
    DefinitionBatch out;
    for (const PlannedSubnet &s : subnets) {
        if (s.status == RowStatus::New)
            out.subnets << s.subnet.record;
    }
    for (const PlannedRow &r : rows) {
        if (r.status == RowStatus::New || r.status == RowStatus::Update)
            out.maps << MapRecord{r.row.mac, r.row.ip, r.row.hostname, r.row.subnet, r.row.serial};
    }
    return out;
}

ImportPlan planImport(const ImportedFile &file, const QList<SubnetRecord> &serverSubnets, const QList<MapRecord> &serverMaps,
                      const SubnetOverride &override)
{
    ImportPlan plan;
    QHash<QString, SubnetRecord> server;
    for (const SubnetRecord &s : serverSubnets)
        server.insert(s.key(), s);
    QHash<QString, SubnetRecord> known = server;
    planSubnets(file.subnets, server, &plan, &known);
    QList<Network> networks;
    for (const SubnetRecord &s : std::as_const(known)) {
        if (const auto cidr = Subnet::parse(s.subnet))
            networks << Network{s.subnet, s.serial, *cidr};
    }
    std::sort(networks.begin(), networks.end(), [](const Network &a, const Network &b) {
        return a.subnet != b.subnet ? a.subnet < b.subnet : a.serial < b.serial;
    });

    // Each row on its own: valid, its subnet found, its address inside it.
    QHash<QString, QStringList> macSources, ipSources;   // MAC, "subnet|serial|ip" → sources in the file
    for (const ImportRow &row : file.rows) {
        PlannedRow p{row, RowStatus::New, QString()};
        QString error;
        if (!row.problem.isEmpty()) {
            p.status = RowStatus::Invalid;
            p.reason = row.problem;
        } else if (!resolveSubnet(&p.row, override, networks, known, &p.reason)) {
            p.status = RowStatus::Conflict;
        } else if (!RecordValidator::normaliseMap(MapRecord{row.mac, row.ip, row.hostname, p.row.subnet, p.row.serial}, &error)) {
            p.status = RowStatus::Invalid;
            p.reason = error;
        }
        if (p.status != RowStatus::Invalid) {
            macSources[p.row.mac] << p.row.source;
            if (!p.row.subnet.isEmpty())
                ipSources[key(p.row.subnet, p.row.serial) + u'|' + p.row.ip] << p.row.source;
        }
        plan.rows << p;
    }

    // Then against each other and against the server.
    QHash<QString, MapRecord> byMac;
    QHash<QString, QString> ipOwner;
    for (const MapRecord &m : serverMaps) {
        const QString mac = normalisedMac(m.mac);
        byMac.insert(mac, m);
        ipOwner.insert(key(m.subnet, m.serial) + u'|' + m.ip, mac);
    }
    auto others = [](const QStringList &sources, const QString &self) {
        QStringList o = sources;
        o.removeOne(self);
        return o.join(QStringLiteral(", "));
    };
    for (PlannedRow &p : plan.rows) {
        if (p.status != RowStatus::New)
            continue;
        const ImportRow &r = p.row;
        const QString ipKey = key(r.subnet, r.serial) + u'|' + r.ip;
        if (macSources.value(r.mac).size() > 1) {
            p.status = RowStatus::Conflict;
            p.reason = QStringLiteral("duplicate MAC %1 (also at %2)").arg(r.mac, others(macSources.value(r.mac), r.source));
        } else if (ipSources.value(ipKey).size() > 1) {
            p.status = RowStatus::Conflict;
            p.reason = QStringLiteral("duplicate IP %1 (also at %2)").arg(r.ip, others(ipSources.value(ipKey), r.source));
        } else if (ipOwner.contains(ipKey) && ipOwner.value(ipKey) != r.mac) {
            p.status = RowStatus::Conflict;
            p.reason = QStringLiteral("duplicate IP: the server gives %1 to %2").arg(r.ip, ipOwner.value(ipKey));
        } else if (byMac.contains(r.mac)) {
            const MapRecord old = byMac.value(r.mac);
            if (old.ip == r.ip && old.hostname == r.hostname && old.subnet == r.subnet && old.serial == r.serial) {
                p.status = RowStatus::Same;
            } else {
                p.status = RowStatus::Update;
                p.reason = QStringLiteral("was %1 %2 in %3").arg(old.ip, old.hostname.isEmpty() ? QStringLiteral("(no hostname)") : old.hostname,
                                                                 key(old.subnet, old.serial));
            }
        }
    }
    return plan;
}

} // namespace qsd::import
