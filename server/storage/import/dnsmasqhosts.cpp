// dnsmasq's static hosts: `dhcp-host=` lines of dnsmasq.conf (or --dhcp-host= on a command line), and the
// lines of a --dhcp-hostsfile, which are the same values without the option name. A value is a comma list of
//   [hwaddr…][,id:client-id|*][,set:tag][,tag:tag][,ipaddr][,hostname][,lease-time][,ignore]
// in any order, as dnsmasq reads it. Several MACs give one row each (dnsmasq lets them share the address;
// QStaticDHCP does not, so they show as duplicate IPs). Tags, client-ids, lease times and IPv6 addresses have no
// place in staticDHCPd's schema: they are left out with a warning. Other dnsmasq options are ignored.
#include "importformats.h"

#include "protocol/ipv4.h"

#include <QRegularExpression>

namespace qsd::import {

ImportedFile parseDnsmasq(const QString &text, const QString &file)
{
    ImportedFile result;
    static const QRegularExpression option(QStringLiteral("^(?:--)?([A-Za-z0-9-]+)\\s*(?:=\\s*(.*))?$"));
    static const QRegularExpression macLike(QStringLiteral("^(?:([0-9A-Fa-f]{1,2})-)?((?:[0-9A-Fa-f*]{1,2}[:-]){5}[0-9A-Fa-f*]{1,2})$"));
    static const QRegularExpression leaseTime(QStringLiteral("^(?:\\d+[smhdw]?|infinite)$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = text.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString source = sourceOf(file, n + 1);
        QString value;
        const auto m = option.match(line);
        if (m.hasMatch() && m.captured(1) == QLatin1String("dhcp-host"))
            value = m.captured(2);
        else if (m.hasMatch() || line.contains(u'='))
            continue;   // another dnsmasq option
        else
            value = line;   // a --dhcp-hostsfile line
        QStringList macs;
        QString ip, hostname, bad;
        bool ignore = false;
        for (QString item : value.split(u',')) {
            item = item.trimmed();
            const auto mac = macLike.match(item);
            if (item.isEmpty()) {
                continue;
            } else if (item.startsWith(QLatin1String("set:")) || item.startsWith(QLatin1String("tag:"))
                       || item.startsWith(QLatin1String("net:"))) {
                result.warnings << QStringLiteral("%1: '%2' left out (tags have no place in a static definition)").arg(source, item);
            } else if (item.startsWith(QLatin1String("id:"))) {
                result.warnings << QStringLiteral("%1: client identifier '%2' left out (definitions are looked up by MAC)").arg(source, item);
            } else if (item == QLatin1String("ignore")) {
                ignore = true;
            } else if (item.startsWith(u'[')) {
                result.warnings << QStringLiteral("%1: IPv6 address %2 left out").arg(source, item);
            } else if (mac.hasMatch()) {
                if (item.contains(u'*'))
                    bad = QStringLiteral("wildcard MAC '%1' cannot be a static definition").arg(item);
                else if (!mac.captured(1).isEmpty() && mac.captured(1).toInt(nullptr, 16) != 1)
                    bad = QStringLiteral("'%1' is not an Ethernet address (hardware type %2)").arg(item, mac.captured(1));
                else
                    macs << mac.captured(2);
            } else if (IPv4::fromString(item)) {
                if (!ip.isEmpty())
                    bad = QStringLiteral("two IPv4 addresses (%1, %2)").arg(ip, item);
                ip = item;
            } else if (leaseTime.match(item).hasMatch()) {
                result.warnings << QStringLiteral("%1: lease time '%2' left out (the subnet's lease_time applies)").arg(source, item);
            } else if (hostname.isEmpty()) {
                hostname = item;
            } else {
                bad = QStringLiteral("'%1' is neither a MAC, an address, a lease time nor the only hostname").arg(item);
            }
        }
        if (ignore) {
            result.warnings << QStringLiteral("%1: 'ignore' host left out (a static server ignores unknown MACs anyway)").arg(source);
            continue;
        }
        if (macs.isEmpty()) {
            ImportRow row = makeRow(source, QString(), ip, hostname);
            row.mac.clear();
            row.problem = bad.isEmpty() ? QStringLiteral("no MAC address (a host known by client-id or name only cannot be imported)") : bad;
            result.rows << row;
            continue;
        }
        if (macs.size() > 1)
            result.warnings << QStringLiteral("%1: %2 MACs share %3: QStaticDHCP gives each MAC its own address")
                                   .arg(source).arg(macs.size()).arg(ip.isEmpty() ? QStringLiteral("one address") : ip);
        for (const QString &mac : std::as_const(macs)) {
            ImportRow row = makeRow(source, mac, ip, hostname);
            if (!bad.isEmpty())
                row.problem = bad;
            else if (ip.isEmpty())
                row.problem = QStringLiteral("no IPv4 address (dnsmasq would lease one from a range)");
            result.rows << row;
        }
    }
    return result;
}

} // namespace qsd::import
