#include "jshelpers.h"

#include "jsvalues.h"
#include "protocol/conversion.h"
#include "protocol/rfc.h"

#include <QJSEngine>
#include <QJSValueIterator>

namespace qsd {
namespace {

QList<qint64> numbers(const QJSValue &list, bool *ok)
{
    QList<qint64> out;
    *ok = list.isArray();
    const int length = list.property(QStringLiteral("length")).toInt();
    for (int i = 0; *ok && i < length; ++i) {
        const QJSValue item = list.property(quint32(i));
        const double d = item.toNumber();
        *ok = item.isNumber() && d == double(qint64(d));
        out << qint64(d);
    }
    return out;
}

QStringList keys(const QJSValue &object)
{
    QStringList out;
    QJSValueIterator it(object);
    while (it.hasNext()) {
        it.next();
        out << it.name();
    }
    return out;
}

} // namespace

QJSValue JsHelpers::fail(const QString &function, const QString &why)
{
    m_engine->throwError(QJSValue::TypeError, function + QStringLiteral(": ") + why);
    return QJSValue();
}

bool JsHelpers::bytesArg(const QString &function, const QJSValue &value, QByteArray *out)
{
    const auto bytes = jsvalues::toBytes(value);
    if (!bytes) {
        fail(function, QStringLiteral("expected a list of numbers 0..255, not %1").arg(value.toString()));
        return false;
    }
    *out = *bytes;
    return true;
}

QJSValue JsHelpers::result(const QString &function, const std::optional<QByteArray> &bytes, const QString &error)
{
    if (!bytes)
        return fail(function, error);
    return jsvalues::fromBytes(m_engine, *bytes);
}

#define QSD_BYTES_ARG(fn, value, var) \
    QByteArray var; \
    if (!bytesArg(QStringLiteral(fn), value, &var)) \
        return QJSValue();

QJSValue JsHelpers::listToIP(const QJSValue &list)
{
    QSD_BYTES_ARG("listToIP", list, bytes);
    QString error;
    const auto ip = conversion::listToIP(bytes, &error);
    return ip ? QJSValue(double(ip->toUInt32())) : fail(QStringLiteral("listToIP"), error);
}

QJSValue JsHelpers::listToIPs(const QJSValue &list)
{
    QSD_BYTES_ARG("listToIPs", list, bytes);
    QString error;
    const auto ips = conversion::listToIPs(bytes, &error);
    if (!ips)
        return fail(QStringLiteral("listToIPs"), error);
    QJSValue out = m_engine->newArray(uint(ips->size()));
    for (int i = 0; i < ips->size(); ++i)
        out.setProperty(quint32(i), double(ips->at(i).toUInt32()));
    return out;
}

QJSValue JsHelpers::listToInt(const QJSValue &list)
{
    QSD_BYTES_ARG("listToInt", list, bytes);
    QString error;
    const auto n = conversion::listToInt(bytes, &error);
    return n ? QJSValue(int(*n)) : fail(QStringLiteral("listToInt"), error);
}

QJSValue JsHelpers::listToInts(const QJSValue &list)
{
    QSD_BYTES_ARG("listToInts", list, bytes);
    QString error;
    const auto n = conversion::listToInts(bytes, &error);
    if (!n)
        return fail(QStringLiteral("listToInts"), error);
    QJSValue out = m_engine->newArray(uint(n->size()));
    for (int i = 0; i < n->size(); ++i)
        out.setProperty(quint32(i), int(n->at(i)));
    return out;
}

QJSValue JsHelpers::listToLong(const QJSValue &list)
{
    QSD_BYTES_ARG("listToLong", list, bytes);
    QString error;
    const auto n = conversion::listToLong(bytes, &error);
    return n ? QJSValue(double(*n)) : fail(QStringLiteral("listToLong"), error);
}

QJSValue JsHelpers::listToLongs(const QJSValue &list)
{
    QSD_BYTES_ARG("listToLongs", list, bytes);
    QString error;
    const auto n = conversion::listToLongs(bytes, &error);
    if (!n)
        return fail(QStringLiteral("listToLongs"), error);
    QJSValue out = m_engine->newArray(uint(n->size()));
    for (int i = 0; i < n->size(); ++i)
        out.setProperty(quint32(i), double(n->at(i)));
    return out;
}

QJSValue JsHelpers::intToList(const QJSValue &value)
{
    QString error;
    const double d = value.toNumber();
    if (!value.isNumber() || d != double(qint64(d)))
        return fail(QStringLiteral("intToList"), QStringLiteral("%1 is not an integer").arg(value.toString()));
    return result(QStringLiteral("intToList"), conversion::intToList(qint64(d), &error), error);
}

QJSValue JsHelpers::intsToList(const QJSValue &values)
{
    bool ok = false;
    const QList<qint64> list = numbers(values, &ok);
    if (!ok)
        return fail(QStringLiteral("intsToList"), QStringLiteral("expected a list of integers"));
    QString error;
    return result(QStringLiteral("intsToList"), conversion::intsToList(list, &error), error);
}

QJSValue JsHelpers::longToList(const QJSValue &value)
{
    QString error;
    const double d = value.toNumber();
    if (!value.isNumber() || d != double(qint64(d)))
        return fail(QStringLiteral("longToList"), QStringLiteral("%1 is not an integer").arg(value.toString()));
    return result(QStringLiteral("longToList"), conversion::longToList(qint64(d), &error), error);
}

QJSValue JsHelpers::longsToList(const QJSValue &values)
{
    bool ok = false;
    const QList<qint64> list = numbers(values, &ok);
    if (!ok)
        return fail(QStringLiteral("longsToList"), QStringLiteral("expected a list of integers"));
    QString error;
    return result(QStringLiteral("longsToList"), conversion::longsToList(list, &error), error);
}

QJSValue JsHelpers::strToList(const QJSValue &text)
{
    return jsvalues::fromBytes(m_engine, conversion::strToList(text.toString()));
}

QJSValue JsHelpers::strToPaddedList(const QJSValue &text, const QJSValue &length)
{
    QString error;
    return result(QStringLiteral("strToPaddedList"), conversion::strToPaddedList(text.toString(), length.toInt(), &error), error);
}

QJSValue JsHelpers::listToStr(const QJSValue &list)
{
    QSD_BYTES_ARG("listToStr", list, bytes);
    return conversion::listToStr(bytes);
}

QJSValue JsHelpers::rfc1035_plus(const QJSValue &names)
{
    QString error;
    return result(QStringLiteral("rfc1035_plus"), rfc::rfc1035_plus(names.toString(), &error), error);
}

QJSValue JsHelpers::rfc3397_119(const QJSValue &names)
{
    QString error;
    return result(QStringLiteral("rfc3397_119"), rfc::rfc3397_119(names.toString(), &error), error);
}

QJSValue JsHelpers::rfc4280_88(const QJSValue &names)
{
    QString error;
    return result(QStringLiteral("rfc4280_88"), rfc::rfc4280_88(names.toString(), &error), error);
}

QJSValue JsHelpers::rfc5223_137(const QJSValue &names)
{
    QString error;
    return result(QStringLiteral("rfc5223_137"), rfc::rfc5223_137(names.toString(), &error), error);
}

QJSValue JsHelpers::rfc2610_78(const QJSValue &mandatory, const QJSValue &ips)
{
    QString error;
    return result(QStringLiteral("rfc2610_78"), rfc::rfc2610_78(mandatory.toBool(), ips.toString(), &error), error);
}

QJSValue JsHelpers::rfc2610_79(const QJSValue &mandatory, const QJSValue &scopes)
{
    QString error;
    return result(QStringLiteral("rfc2610_79"), rfc::rfc2610_79(mandatory.toBool(), scopes.toString(), &error), error);
}

QJSValue JsHelpers::rfc3361_120(const QJSValue &servers)
{
    QString error;
    return result(QStringLiteral("rfc3361_120"), rfc::rfc3361_120(servers.toString(), &error), error);
}

QJSValue JsHelpers::rfc3442_121(const QJSValue &routes)
{
    const QString fn = QStringLiteral("rfc3442_121");
    if (!routes.isArray())
        return fail(fn, QStringLiteral("expected a list of [network, router] pairs"));
    QList<rfc::ClasslessRoute> list;
    const int length = routes.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i) {
        const QJSValue pair = routes.property(quint32(i));
        const QJSValue net = pair.property(0);
        std::optional<Subnet> subnet;
        if (net.isArray()) {   // [network, prefix], as the Python ((net, prefix), router)
            const auto ip = IPv4::fromString(net.property(0).toString());
            const int prefix = net.property(1).toInt();
            if (ip && prefix >= 0 && prefix <= 32)
                subnet = Subnet{*ip, prefix};
        } else {
            subnet = Subnet::parse(net.toString());
        }
        const auto router = IPv4::fromString(pair.property(1).toString());
        if (!pair.isArray() || !subnet || !router)
            return fail(fn, QStringLiteral("route %1 is not [\"network/prefix\", \"router\"]").arg(i));
        list << rfc::ClasslessRoute{*subnet, *router};
    }
    QString error;
    return result(fn, rfc::rfc3442_121(list, &error), error);
}

QJSValue JsHelpers::rfc3925_124(const QJSValue &classes)
{
    const QString fn = QStringLiteral("rfc3925_124");
    if (!classes.isObject())
        return fail(fn, QStringLiteral("expected {enterprise: data}"));
    QList<rfc::VendorClass> list;
    for (const QString &key : keys(classes)) {
        bool ok = false;
        const quint32 enterprise = key.toUInt(&ok);
        if (!ok)
            return fail(fn, QStringLiteral("'%1' is not an enterprise number").arg(key));
        const QJSValue v = classes.property(key);
        rfc::VendorClass vc{enterprise, {}};
        const auto single = jsvalues::toBytes(v);
        if (v.isString())
            vc.data << v.toString().toUtf8();
        else if (single && !single->isEmpty())
            vc.data << *single;
        else if (v.isArray()) {
            const int length = v.property(QStringLiteral("length")).toInt();
            for (int i = 0; i < length; ++i) {
                const QJSValue item = v.property(quint32(i));
                const auto bytes = jsvalues::toBytes(item);
                if (!item.isString() && !bytes)
                    return fail(fn, QStringLiteral("enterprise %1: item %2 is neither text nor bytes").arg(key).arg(i));
                vc.data << (item.isString() ? item.toString().toUtf8() : *bytes);
            }
        } else {
            return fail(fn, QStringLiteral("enterprise %1: data must be text, bytes or a list of them").arg(key));
        }
        list << vc;
    }
    QString error;
    return result(fn, rfc::rfc3925_124(list, &error), error);
}

QJSValue JsHelpers::rfc3925_125(const QJSValue &vendors)
{
    const QString fn = QStringLiteral("rfc3925_125");
    if (!vendors.isObject())
        return fail(fn, QStringLiteral("expected {enterprise: {code: data}}"));
    QList<rfc::VendorOptions> list;
    for (const QString &key : keys(vendors)) {
        bool ok = false;
        const quint32 enterprise = key.toUInt(&ok);
        if (!ok)
            return fail(fn, QStringLiteral("'%1' is not an enterprise number").arg(key));
        rfc::VendorOptions vo{enterprise, {}};
        const QJSValue subs = vendors.property(key);
        for (const QString &codeKey : keys(subs)) {
            const uint code = codeKey.toUInt(&ok);
            const QJSValue v = subs.property(codeKey);
            const auto bytes = jsvalues::toBytes(v);
            if (!ok || code > 255 || (!v.isString() && !bytes))
                return fail(fn, QStringLiteral("enterprise %1: sub-option '%2' needs a code 0..255 and text or bytes").arg(key, codeKey));
            vo.subOptions << rfc::VendorSubOption{quint8(code), v.isString() ? v.toString().toUtf8() : *bytes};
        }
        list << vo;
    }
    QString error;
    return result(fn, rfc::rfc3925_125(list, &error), error);
}

QJSValue JsHelpers::rfc4174_83(const QJSValue &functions, const QJSValue &ddAccess, const QJSValue &adminFlags,
                               const QJSValue &security, const QJSValue &ips)
{
    QString error;
    return result(QStringLiteral("rfc4174_83"),
                  rfc::rfc4174_83(quint16(functions.toUInt()), quint16(ddAccess.toUInt()), quint16(adminFlags.toUInt()),
                                  security.toUInt(), ips.toString(), &error),
                  error);
}

QJSValue JsHelpers::rfc5678_139(const QJSValue &subOptions)
{
    QList<rfc::MosIPv4SubOption> list;
    const int length = subOptions.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i) {
        const QJSValue pair = subOptions.property(quint32(i));
        list << rfc::MosIPv4SubOption{quint8(pair.property(0).toUInt()), pair.property(1).toString()};
    }
    if (!subOptions.isArray())
        return fail(QStringLiteral("rfc5678_139"), QStringLiteral("expected [[code, \"ips\"], …]"));
    QString error;
    return result(QStringLiteral("rfc5678_139"), rfc::rfc5678_139(list, &error), error);
}

QJSValue JsHelpers::rfc5678_140(const QJSValue &subOptions)
{
    QList<rfc::MosFqdnSubOption> list;
    const int length = subOptions.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i) {
        const QJSValue pair = subOptions.property(quint32(i));
        list << rfc::MosFqdnSubOption{quint8(pair.property(0).toUInt()), pair.property(1).toString()};
    }
    if (!subOptions.isArray())
        return fail(QStringLiteral("rfc5678_140"), QStringLiteral("expected [[code, \"fqdns\"], …]"));
    QString error;
    return result(QStringLiteral("rfc5678_140"), rfc::rfc5678_140(list, &error), error);
}

QJSValue JsHelpers::rfc3046_decode(const QJSValue &bytes)
{
    QSD_BYTES_ARG("rfc3046_decode", bytes, data);
    QString error;
    const auto subs = rfc::rfc3046_decode(data, &error);
    if (!subs)
        return fail(QStringLiteral("rfc3046_decode"), error);
    QHash<int, QByteArray> merged;
    for (const auto &[code, value] : *subs)
        merged[code] += value;
    QJSValue out = m_engine->newObject();
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        out.setProperty(QString::number(it.key()), jsvalues::fromBytes(m_engine, it.value()));
    return out;
}

QJSValue JsHelpers::rfc3925_decode(const QJSValue &bytes, const QJSValue &identifierSize)
{
    QSD_BYTES_ARG("rfc3925_decode", bytes, data);
    QString error;
    const auto records = rfc::rfc3925_decode(data, identifierSize.isUndefined() ? 4 : identifierSize.toInt(), &error);
    if (!records)
        return fail(QStringLiteral("rfc3925_decode"), error);
    QJSValue out = m_engine->newObject();
    for (const auto &[id, payload] : *records)
        out.setProperty(QString::number(id), jsvalues::fromBytes(m_engine, payload));
    return out;
}

QJSValue JsHelpers::rfc3925_125_decode(const QJSValue &bytes)
{
    QSD_BYTES_ARG("rfc3925_125_decode", bytes, data);
    QString error;
    const auto vendors = rfc::rfc3925_125_decode(data, &error);
    if (!vendors)
        return fail(QStringLiteral("rfc3925_125_decode"), error);
    QJSValue out = m_engine->newObject();
    for (const rfc::VendorOptions &v : *vendors) {
        QJSValue subs = m_engine->newObject();
        for (const rfc::VendorSubOption &s : v.subOptions)
            subs.setProperty(QString::number(s.code), jsvalues::fromBytes(m_engine, s.data));
        out.setProperty(QString::number(v.enterpriseNumber), subs);
    }
    return out;
}

} // namespace qsd
