#include "importrecords.h"

#include "protocol/ipv4.h"
#include "protocol/mac.h"

#include <QRegularExpression>

namespace qsd::import {

QString normalisedMac(const QString &text)
{
    const QString t = text.trimmed();
    // Octets written without their leading zero, as "0:1a:2:3:4:5" (ISC dhcpd and dnsmasq accept it).
    static const QRegularExpression shortOctets(QStringLiteral("^[0-9A-Fa-f]{1,2}(:[0-9A-Fa-f]{1,2}){5}$"));
    if (shortOctets.match(t).hasMatch()) {
        QStringList octets = t.split(u':');
        for (QString &o : octets)
            o = o.rightJustified(2, u'0');
        return MAC::fromString(octets.join(u':'))->toString();
    }
    const auto mac = MAC::fromString(t);
    return mac ? mac->toString() : QString();
}

ImportRow makeRow(const QString &source, const QString &mac, const QString &ip, const QString &hostname)
{
    ImportRow row;
    row.source = source;
    row.mac = normalisedMac(mac);
    row.ip = ip.trimmed();
    row.hostname = hostname.trimmed();
    if (row.mac.isEmpty()) {
        row.mac = mac.trimmed();
        row.problem = QStringLiteral("'%1' is not a MAC address").arg(row.mac);
    } else if (const auto parsed = IPv4::fromString(row.ip)) {
        row.ip = parsed->toString();
    } else {
        row.problem = row.ip.isEmpty() ? QStringLiteral("no IPv4 address")
                                       : QStringLiteral("'%1' is not an IPv4 address").arg(row.ip);
    }
    return row;
}

QString sourceOf(const QString &file, int line)
{
    return QStringLiteral("%1:%2").arg(file).arg(line);
}

} // namespace qsd::import
