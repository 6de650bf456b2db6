// staticDHCPd's INI engine file (databases/_ini.py; inventory §2): [subnet|serial] sections with lease-time and
// the subnet options, MAC sections with ip, hostname, subnet, serial. A syntax error stops the import (it names
// the line); a bad section becomes an invalid row or subnet naming its line. Extra keys are not part of the
// SQL schema an import writes to, so they are left out with a warning.
#include "importformats.h"

#include "storage/iniformat.h"

#include <QHash>
#include <QRegularExpression>

namespace qsd::import {

ImportedFile parseStaticDhcpdIni(const QString &text, const QString &file)
{
    ImportedFile result;
    QList<IniFormat::Section> sections;
    if (!IniFormat::parse(text, file, &sections, &result.error))
        return result;
    static const QRegularExpression subnetSection(QStringLiteral("^(.+?)\\|(\\d+)$"));
    static const QStringList subnetKeys{QStringLiteral("lease-time"), QStringLiteral("gateway"), QStringLiteral("subnet-mask"),
                                        QStringLiteral("broadcast-address"), QStringLiteral("ntp-servers"),
                                        QStringLiteral("domain-name-servers"), QStringLiteral("domain-name")};
    static const QStringList mapKeys{QStringLiteral("ip"), QStringLiteral("hostname"), QStringLiteral("subnet"), QStringLiteral("serial")};
    for (const IniFormat::Section &section : std::as_const(sections)) {
        QHash<QString, QString> values;
        QHash<QString, int> lines;
        for (const IniFormat::Entry &e : section.entries) {
            values.insert(e.key, e.value);
            lines.insert(e.key, e.line);
        }
        const auto m = subnetSection.match(section.name);
        const QStringList &known = m.hasMatch() ? subnetKeys : mapKeys;
        for (const IniFormat::Entry &e : section.entries) {
            if (!known.contains(e.key))
                result.warnings << QStringLiteral("%1: [%2] extra key '%3' left out (the import writes staticDHCPd's "
                                                  "SQL columns only)").arg(sourceOf(file, e.line), section.name, e.key);
        }
        if (m.hasMatch()) {
            ImportSubnet s;
            s.source = sourceOf(file, section.line);
            s.record.subnet = m.captured(1).trimmed();
            s.record.serial = m.captured(2).toInt();
            bool ok = false;
            s.record.lease_time = values.value(QStringLiteral("lease-time")).toLongLong(&ok);
            if (!ok || s.record.lease_time <= 0) {
                s.source = sourceOf(file, lines.value(QStringLiteral("lease-time"), section.line));
                s.problem = QStringLiteral("lease-time must be a whole number of seconds above 0");
            }
            s.record.gateway = values.value(QStringLiteral("gateway"));
            s.record.subnet_mask = values.value(QStringLiteral("subnet-mask"));
            s.record.broadcast_address = values.value(QStringLiteral("broadcast-address"));
            s.record.ntp_servers = values.value(QStringLiteral("ntp-servers"));
            s.record.domain_name_servers = values.value(QStringLiteral("domain-name-servers"));
            s.record.domain_name = values.value(QStringLiteral("domain-name"));
            result.subnets << s;
            continue;
        }
        ImportRow row = makeRow(sourceOf(file, section.line), section.name, values.value(QStringLiteral("ip")),
                                values.value(QStringLiteral("hostname")));
        if (!row.problem.isEmpty() && lines.contains(QStringLiteral("ip")) && normalisedMac(section.name).size())
            row.source = sourceOf(file, lines.value(QStringLiteral("ip")));
        if (normalisedMac(section.name).isEmpty())
            row.problem = QStringLiteral("[%1] is neither a MAC address nor 'subnet|serial'").arg(section.name);
        row.hasSubnet = true;
        row.subnet = values.value(QStringLiteral("subnet"));
        bool ok = false;
        row.serial = values.value(QStringLiteral("serial")).toInt(&ok);
        if (row.problem.isEmpty()) {
            for (const char *required : {"ip", "subnet", "serial"}) {
                if (!values.contains(QLatin1String(required))) {
                    row.problem = QStringLiteral("'%1' is required").arg(QLatin1String(required));
                    break;
                }
            }
        }
        if (row.problem.isEmpty() && (!ok || row.serial < 0)) {
            row.source = sourceOf(file, lines.value(QStringLiteral("serial")));
            row.problem = QStringLiteral("serial must be a whole number");
        }
        result.rows << row;
    }
    return result;
}

} // namespace qsd::import
