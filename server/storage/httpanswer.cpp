#include "httpanswer.h"

#include "definitionparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace qsd {
namespace {

/// A value as the answer spelled it, for messages: 3.5, "x", [1,2].
QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

/// Reads the fields of one answer object, keeping the first problem as "<field>: <what>".
class ObjectReader
{
public:
    explicit ObjectReader(const QJsonObject &object) : m_object(object) { }

    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    /// Absent and null are both "not set" (staticDHCPd's None).
    bool has(QLatin1String field) const
    {
        const QJsonValue v = m_object.value(field);
        return !v.isUndefined() && !v.isNull();
    }

    QString text(QLatin1String field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isString())
            return v.toString();
        if (v.isDouble())   // a subnet named 10 is still a name
            return v.toVariant().toString();
        if (has(field))
            fail(field, QStringLiteral("%1 is not text").arg(jsonText(v)));
        return {};
    }

    std::optional<IPv4> address(QLatin1String field)
    {
        const QString t = text(field).trimmed();
        if (failed() || t.isEmpty())
            return std::nullopt;
        const auto ip = IPv4::fromString(t);
        if (!ip)
            fail(field, QStringLiteral("'%1' is not an IPv4 address").arg(t));
        return ip;
    }

    /// A JSON list of addresses or comma-separated text; `limit` < 0: all of them.
    QList<IPv4> addresses(QLatin1String field, int limit)
    {
        const QJsonValue v = m_object.value(field);
        QStringList items;
        if (v.isString()) {
            items << v.toString();
        } else if (v.isArray()) {
            for (const QJsonValue item : v.toArray())
                items << (item.isString() ? item.toString() : jsonText(item));
        } else if (has(field)) {
            fail(field, QStringLiteral("%1 is not a list of addresses").arg(jsonText(v)));
            return {};
        }
        QString bad;
        const auto list = DefinitionParser::parseAddressList(items.join(u','), limit, &bad);
        if (!list) {
            fail(field, QStringLiteral("'%1' is not an IPv4 address").arg(bad));
            return {};
        }
        return *list;
    }

    /// A whole number from `minimum` to `maximum`, as a JSON number or as text (staticDHCPd calls int() on it).
    qint64 number(QLatin1String field, qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = m_object.value(field);
        bool ok = false;
        double d = 0;
        if (v.isDouble()) {
            d = v.toDouble();
            ok = true;
        } else if (v.isString()) {
            d = v.toString().trimmed().toLongLong(&ok);
        }
        if (!ok || d != std::floor(d) || d < double(minimum) || d > double(maximum)) {
            fail(field, QStringLiteral("%1 is not a whole number from %2 to %3").arg(jsonText(v)).arg(minimum).arg(maximum));
            return 0;
        }
        return qint64(d);
    }

    QVariantMap object(QLatin1String field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isObject())
            return v.toObject().toVariantMap();
        if (has(field))
            fail(field, QStringLiteral("%1 is not an object").arg(jsonText(v)));
        return {};
    }

    void fail(QLatin1String field, const QString &what)
    {
        if (!failed())
            m_problem = QStringLiteral("%1: %2").arg(field, what);
    }

private:
    QJsonObject m_object;
    QString m_problem;
};

std::optional<Definition> readDefinition(const QJsonObject &object, const HttpAnswerDefaults &defaults, QString *error)
{
    ObjectReader r(object);
    Definition d;
    const QLatin1String ip("ip");
    const auto address = r.address(ip);
    if (!address)
        r.fail(ip, r.has(ip) ? QStringLiteral("is empty; an IP address is required")
                             : QStringLiteral("is missing; an IP address is required"));
    d.ip = address.value_or(IPv4());
    d.hostname = r.text(QLatin1String("hostname"));
    d.gateways = r.addresses(QLatin1String("gateway"), -1);
    d.subnet_mask = r.address(QLatin1String("subnet_mask"));
    d.broadcast_address = r.address(QLatin1String("broadcast_address"));
    d.domain_name = r.text(QLatin1String("domain_name"));
    const QLatin1String dns("domain_name_servers");
    d.domain_name_servers = r.has(dns) ? r.addresses(dns, Definition::MaxServers)
                                       : defaults.nameServers.mid(0, Definition::MaxServers);
    d.ntp_servers = r.addresses(QLatin1String("ntp_servers"), Definition::MaxServers);
    const QLatin1String leaseTime("lease_time");
    d.lease_time = r.has(leaseTime) ? quint32(r.number(leaseTime, 0, 0xffffffffLL)) : defaults.leaseTime;
    d.subnet = r.text(QLatin1String("subnet"));
    const QLatin1String serial("serial");
    d.serial = r.has(serial) ? int(r.number(serial, 0, std::numeric_limits<int>::max())) : defaults.serial;
    d.extra = r.object(QLatin1String("extra"));
    if (r.failed()) {
        *error = r.problem();
        return std::nullopt;
    }
    return d;
}

} // namespace

std::optional<QList<Definition>> HttpAnswer::parse(const QByteArray &body, const HttpAnswerDefaults &defaults,
                                                   QString *error)
{
    // QJsonDocument only takes an object or a list at the top; inside a list any value parses, `null` included.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &parseError);
    const QJsonArray wrapper = document.array();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the answer is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString()).arg(qMax(0, parseError.offset - 1));
        return std::nullopt;
    }
    if (wrapper.size() != 1) {
        *error = wrapper.isEmpty() ? QStringLiteral("the answer is empty, not JSON")
                                   : QStringLiteral("the answer holds %1 JSON values, not one").arg(wrapper.size());
        return std::nullopt;
    }
    const QJsonValue answer = wrapper.first();
    QList<Definition> definitions;
    if (answer.isNull() || (answer.isObject() && answer.toObject().isEmpty()))
        return definitions;   // unknown MAC
    if (answer.isObject()) {
        auto definition = readDefinition(answer.toObject(), defaults, error);
        if (!definition)
            return std::nullopt;
        definitions << *definition;
        return definitions;
    }
    if (!answer.isArray()) {
        *error = QStringLiteral("the answer is neither an object, a list of objects nor null");
        return std::nullopt;
    }
    const QJsonArray list = answer.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            *error = QStringLiteral("[%1]: %2 is not an object").arg(i).arg(jsonText(list.at(i)));
            return std::nullopt;
        }
        QString problem;
        const auto definition = readDefinition(list.at(i).toObject(), defaults, &problem);
        if (!definition) {
            *error = QStringLiteral("[%1].%2").arg(i).arg(problem);
            return std::nullopt;
        }
        definitions << *definition;
    }
    return definitions;
}

} // namespace qsd
