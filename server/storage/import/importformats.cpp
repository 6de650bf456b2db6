#include "importformats.h"

#include <QFile>

namespace qsd::import {

namespace {

struct Name
{
    const char *name;
    Format format;
};

const Name Names[] = {
    {"csv", Format::Csv},         {"ini", Format::StaticDhcpdIni},   {"staticdhcpd-ini", Format::StaticDhcpdIni},
    {"sqlite", Format::Sqlite},   {"postgresql", Format::PostgreSql}, {"mysql", Format::MySql},
    {"mariadb", Format::MySql},   {"dnsmasq", Format::Dnsmasq},     {"dhcpd", Format::Dhcpd},
    {"isc-dhcpd", Format::Dhcpd}, {"kea", Format::Kea},
};

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    for (const Name &n : Names) {
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.format;
    }
    return std::nullopt;
}

QStringList formatNames()
{
    return {QStringLiteral("csv"), QStringLiteral("ini"), QStringLiteral("sqlite"), QStringLiteral("postgresql"),
            QStringLiteral("mysql"), QStringLiteral("dnsmasq"), QStringLiteral("dhcpd"), QStringLiteral("kea")};
}

ImportedFile readDefinitions(Format format, const QString &source)
{
    if (format == Format::Sqlite || format == Format::PostgreSql || format == Format::MySql)
        return readStaticDhcpdDatabase(format, source);
    QFile f(source);
    const bool opened = source == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                      : f.open(QIODevice::ReadOnly);
    if (!opened) {
        ImportedFile failed;
        failed.error = QStringLiteral("%1: cannot read: %2").arg(source, f.errorString());
        return failed;
    }
    const QString text = QString::fromUtf8(f.readAll());
    const QString name = source == QLatin1String("-") ? QStringLiteral("<stdin>") : source;
    switch (format) {
    case Format::Csv: return parseCsv(text, name);
    case Format::StaticDhcpdIni: return parseStaticDhcpdIni(text, name);
    case Format::Dnsmasq: return parseDnsmasq(text, name);
    case Format::Dhcpd: return parseDhcpd(text, name);
    case Format::Kea: return parseKea(text, name);
    default: break;
    }
    return {};
}

} // namespace qsd::import
