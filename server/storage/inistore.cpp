#include "inistore.h"

#include "definitionparser.h"
#include "iniformat.h"

#include <QFile>
#include <QRegularExpression>

namespace qsd {
namespace {

using Section = IniFormat::Section;
using Line = IniFormat::Entry;

/// An extra value typed by its prefix (_ini.py _parse_extra_option).
bool typedExtra(const QString &raw, QVariant *value, QString *problem)
{
    static const QRegularExpression prefixed(QStringLiteral("^([sifbSIFB]):(.*)$"));
    const auto m = prefixed.match(raw);
    if (!m.hasMatch()) {
        *value = raw;
        return true;
    }
    const QChar type = m.captured(1).at(0);
    const QString text = m.captured(2).trimmed();
    const bool lenient = type.isUpper();
    bool ok = true;
    switch (type.toLower().unicode()) {
    case 's': *value = m.captured(2); break;
    case 'i': { const qlonglong n = text.toLongLong(&ok); *value = n; break; }
    case 'f': { const double d = text.toDouble(&ok); *value = d; break; }
    case 'b': {
        static const QStringList yes = {QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("t"), QStringLiteral("true"),
                                        QStringLiteral("ok"), QStringLiteral("okay"), QStringLiteral("1")};
        *value = yes.contains(text.toLower());
        break;
    }
    }
    if (ok)
        return true;
    if (lenient) {
        *value = QVariant();
        return true;
    }
    *problem = QStringLiteral("'%1' is not a valid %2 value").arg(text, type == u'i' ? QStringLiteral("integer") : QStringLiteral("number"));
    return false;
}

} // namespace

IniStore::IniStore(const QString &file) : m_file(file) { }

QString IniStore::describe() const
{
    return QStringLiteral("INI file %1").arg(m_file);
}

bool IniStore::open(QString *error)
{
    return reinitialise(error);
}

bool IniStore::reinitialise(QString *error)
{
    QHash<QString, Subnet> subnets;
    QHash<MAC, Map> maps;
    QString problem;
    if (!read(&subnets, &maps, &problem)) {
        if (error)
            *error = problem;
        return false;   // the definitions read before stay in service
    }
    m_subnets = std::move(subnets);
    m_maps = std::move(maps);
    return true;
}

bool IniStore::read(QHash<QString, Subnet> *subnets, QHash<MAC, Map> *maps, QString *error) const
{
    QList<Section> sections;
    if (!IniFormat::read(m_file, &sections, error))
        return false;
    static const QRegularExpression subnetSection(QStringLiteral("^(.+?)\\|(\\d+)$"));
    QHash<MAC, int> mapLines;
    for (const Section &section : std::as_const(sections)) {
        auto fail = [&](int line, const QString &what) {
            *error = QStringLiteral("%1:%2: [%3] %4").arg(m_file).arg(line).arg(section.name, what);
            return false;
        };
        QHash<QString, QString> values;
        QHash<QString, int> lines;
        for (const Line &l : section.entries) {
            values.insert(l.key, l.value);
            lines.insert(l.key, l.line);
        }
        auto extra = [&](const QStringList &known, const QString &prefix, QVariantMap *out) {
            for (const Line &l : section.entries) {
                if (known.contains(l.key))
                    continue;
                QVariant v;
                QString problem;
                if (!typedExtra(l.value, &v, &problem))
                    return fail(l.line, QStringLiteral("%1: %2").arg(l.key, problem));
                out->insert(prefix + l.key, v);
            }
            return true;
        };
        if (const auto m = subnetSection.match(section.name); m.hasMatch()) {
            Subnet s;
            s.lease_time = values.value(QStringLiteral("lease-time"));
            bool ok = false;
            if (s.lease_time.toUInt(&ok) == 0 || !ok)
                return fail(lines.value(QStringLiteral("lease-time"), section.line),
                            QStringLiteral("lease-time must be a whole number of seconds above 0"));
            s.gateway = values.value(QStringLiteral("gateway"));
            s.subnet_mask = values.value(QStringLiteral("subnet-mask"));
            s.broadcast_address = values.value(QStringLiteral("broadcast-address"));
            s.ntp_servers = values.value(QStringLiteral("ntp-servers"));
            s.domain_name_servers = values.value(QStringLiteral("domain-name-servers"));
            s.domain_name = values.value(QStringLiteral("domain-name"));
            static const QStringList known = {QStringLiteral("lease-time"), QStringLiteral("gateway"), QStringLiteral("subnet-mask"),
                                              QStringLiteral("broadcast-address"), QStringLiteral("ntp-servers"),
                                              QStringLiteral("domain-name-servers"), QStringLiteral("domain-name")};
            if (!extra(known, QStringLiteral("subnets."), &s.extra))
                return false;
            subnets->insert(m.captured(1) + u'|' + QString::number(m.captured(2).toInt()), s);
            continue;
        }
        const auto mac = MAC::fromString(section.name);
        if (!mac)
            return fail(section.line, QStringLiteral("is neither a MAC address nor 'subnet|serial'"));
        if (mapLines.contains(*mac))
            return fail(section.line, QStringLiteral("MAC %1 again (first at line %2)").arg(mac->toString()).arg(mapLines.value(*mac)));
        Map map;
        for (const char *required : {"ip", "subnet", "serial"}) {
            if (!values.contains(QLatin1String(required)))
                return fail(section.line, QStringLiteral("'%1' is required").arg(QLatin1String(required)));
        }
        map.ip = values.value(QStringLiteral("ip"));
        map.hostname = values.value(QStringLiteral("hostname"));
        map.subnet = values.value(QStringLiteral("subnet"));
        bool ok = false;
        map.serial = values.value(QStringLiteral("serial")).toInt(&ok);
        if (!ok || map.serial < 0)
            return fail(lines.value(QStringLiteral("serial")), QStringLiteral("serial must be a whole number"));
        if (!IPv4::fromString(map.ip))
            return fail(lines.value(QStringLiteral("ip")), QStringLiteral("ip: '%1' is not an IPv4 address").arg(map.ip));
        static const QStringList known = {QStringLiteral("ip"), QStringLiteral("hostname"), QStringLiteral("subnet"), QStringLiteral("serial")};
        if (!extra(known, QStringLiteral("maps."), &map.extra))
            return false;
        mapLines.insert(*mac, section.line);
        maps->insert(*mac, map);
    }
    // Every map must name a subnet of the file (staticDHCPd: ValueError at start-up).
    for (auto it = maps->cbegin(); it != maps->cend(); ++it) {
        const QString key = it->subnet + u'|' + QString::number(it->serial);
        if (!subnets->contains(key)) {
            *error = QStringLiteral("%1:%2: [%3] refers to subnet '%4', which the file does not define")
                         .arg(m_file).arg(mapLines.value(it.key())).arg(it.key().toString(), key);
            return false;
        }
    }
    return true;
}

LookupResult IniStore::lookupMAC(const MAC &mac)
{
    const auto it = m_maps.constFind(mac);
    if (it == m_maps.constEnd())
        return {};
    const Subnet &s = m_subnets[it->subnet + u'|' + QString::number(it->serial)];
    DefinitionColumns columns{it->ip, it->hostname, s.gateway, s.subnet_mask, s.broadcast_address, s.domain_name,
                              s.domain_name_servers, s.ntp_servers, s.lease_time, it->subnet, it->serial};
    QString error;
    auto definition = DefinitionParser::fromColumns(columns, mac, &error);
    if (!definition)
        return LookupResult::failure(QStringLiteral("%1: %2").arg(m_file, error));
    definition->extra = s.extra;
    definition->extra.insert(it->extra);
    return LookupResult{{*definition}, QString()};
}

} // namespace qsd
