#include "packetjson.h"

#include "optionvalue.h"
#include "rfc.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qsd {
namespace {

/// A NUL-terminated header string (sname, file) as text when printable, else as "hex:…".
QJsonValue headerString(const QByteArray &field)
{
    const qsizetype nul = field.indexOf('\0');
    const QByteArray text = nul < 0 ? field : field.left(nul);
    const bool restIsZero = nul < 0 || field.mid(nul).count('\0') == field.size() - nul;
    const bool printable = std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
    if (restIsZero && printable)
        return QString::fromLatin1(text);
    return QStringLiteral("hex:") + QString::fromLatin1(field.toHex());
}

QJsonValue hexValue(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// Structured options decoded by their RFC helper; nullopt when the helper rejects the bytes (the raw value
/// is shown instead).
std::optional<QJsonValue> structuredValue(const DhcpOption &o)
{
    switch (o.code) {
    case Opt::RelayAgent: {   // RFC 3046: sub-option code → hex
        const auto subs = rfc::rfc3046_decode(o.value);
        if (!subs)
            return std::nullopt;
        QJsonArray out;
        for (const auto &[code, value] : *subs)
            out.append(QJsonObject{{QStringLiteral("suboption"), code}, {QStringLiteral("hex"), hexValue(value)},
                                   {QStringLiteral("text"), QString::fromLatin1(value)}});
        return out;
    }
    case Opt::DomainSearch:
    case 88:    // bcmcs_domain_list
    case 137: { // v4_lost
        const auto names = rfc::decodeDomainNames(o.value, o.code == Opt::DomainSearch ? rfc::Compression::Allowed
                                                                                          : rfc::Compression::Forbidden);
        return names ? std::optional<QJsonValue>(QJsonArray::fromStringList(*names)) : std::nullopt;
    }
    case Opt::SipServers: {
        const auto servers = rfc::rfc3361_120_decode(o.value);
        return servers ? std::optional<QJsonValue>(QJsonArray::fromStringList(*servers)) : std::nullopt;
    }
    case Opt::ClasslessStaticRoute: {
        const auto routes = rfc::rfc3442_121_decode(o.value);
        if (!routes)
            return std::nullopt;
        QJsonArray out;
        for (const rfc::ClasslessRoute &r : *routes)
            out.append(QJsonObject{{QStringLiteral("destination"), r.destination.toString()},
                                   {QStringLiteral("router"), r.router.toString()}});
        return out;
    }
    case Opt::VendorClass: {
        const auto classes = rfc::rfc3925_124_decode(o.value);
        if (!classes)
            return std::nullopt;
        QJsonArray out;
        for (const rfc::VendorClass &c : *classes) {
            QJsonArray data;
            for (const QByteArray &item : c.data)
                data.append(hexValue(item));
            out.append(QJsonObject{{QStringLiteral("enterprise"), qint64(c.enterpriseNumber)}, {QStringLiteral("data"), data}});
        }
        return out;
    }
    case Opt::VendorSpecific: {
        const auto vendors = rfc::rfc3925_125_decode(o.value);
        if (!vendors)
            return std::nullopt;
        QJsonArray out;
        for (const rfc::VendorOptions &v : *vendors) {
            QJsonArray subs;
            for (const rfc::VendorSubOption &s : v.subOptions)
                subs.append(QJsonObject{{QStringLiteral("suboption"), s.code}, {QStringLiteral("hex"), hexValue(s.data)}});
            out.append(QJsonObject{{QStringLiteral("enterprise"), qint64(v.enterpriseNumber)}, {QStringLiteral("suboptions"), subs}});
        }
        return out;
    }
    default:
        return std::nullopt;
    }
}

QJsonValue optionValue(const DhcpOption &o)
{
    if (const auto structured = structuredValue(o))
        return *structured;
    if (o.code == Opt::DhcpMessageType && o.value.size() == 1)
        return messageTypeName(MessageType(quint8(o.value[0]))).isEmpty()
                   ? QJsonValue(int(quint8(o.value[0])))
                   : QJsonValue(messageTypeName(MessageType(quint8(o.value[0]))));
    const QVariant native = OptionValue::decode(o.code, o.value);
    return native.isValid() ? QJsonValue::fromVariant(native) : QJsonValue::fromVariant(OptionValue::bytesToList(o.value));
}

} // namespace

QJsonObject packetToJson(const DecodeResult &decoded, qsizetype wireLength)
{
    QJsonObject json;
    json.insert(QStringLiteral("length"), int(wireLength));
    if (decoded.malformed())
        json.insert(QStringLiteral("malformed"), decodeErrorName(decoded.error) + QStringLiteral(": ") + decoded.detail);
    if (decoded.error == DecodeError::TruncatedHeader)
        return json;
    const DhcpPacket &p = decoded.packet;
    json.insert(QStringLiteral("op"), p.op);
    json.insert(QStringLiteral("htype"), p.htype);
    json.insert(QStringLiteral("hlen"), p.hlen);
    json.insert(QStringLiteral("hops"), p.hops);
    json.insert(QStringLiteral("xid"), QStringLiteral("0x%1").arg(p.xid, 8, 16, QLatin1Char('0')));
    json.insert(QStringLiteral("secs"), p.secs);
    json.insert(QStringLiteral("flags"), p.flags);
    json.insert(QStringLiteral("broadcast"), p.isBroadcast());
    json.insert(QStringLiteral("ciaddr"), p.ciaddr.toString());
    json.insert(QStringLiteral("yiaddr"), p.yiaddr.toString());
    json.insert(QStringLiteral("siaddr"), p.siaddr.toString());
    json.insert(QStringLiteral("giaddr"), p.giaddr.toString());
    QStringList chaddr;
    for (int i = 0; i < std::clamp(int(p.hlen), 0, 16); ++i)
        chaddr << QStringLiteral("%1").arg(p.chaddr[size_t(i)], 2, 16, QLatin1Char('0'));
    json.insert(QStringLiteral("chaddr"), chaddr.join(u':'));
    const int overload = p.option(Opt::Overload).size() == 1 ? quint8(p.option(Opt::Overload)[0]) : 0;
    json.insert(QStringLiteral("sname"), overload & 2 ? QJsonValue(QStringLiteral("(overloaded)")) : headerString(p.sname));
    json.insert(QStringLiteral("file"), overload & 1 ? QJsonValue(QStringLiteral("(overloaded)")) : headerString(p.file));
    if (decoded.error == DecodeError::BadMagicCookie)
        return json;
    json.insert(QStringLiteral("message_type"), p.messageType() == MessageType::None ? QJsonValue() : QJsonValue(p.messageTypeName()));

    QJsonArray options;
    for (const DhcpOption &o : p.options()) {
        const OptionDef *def = OptionTable::find(o.code);
        QJsonObject item{{QStringLiteral("code"), o.code},
                         {QStringLiteral("name"), def ? def->displayName() : QString()},
                         {QStringLiteral("length"), int(o.value.size())},
                         {QStringLiteral("hex"), QString::fromLatin1(o.value.toHex())},
                         {QStringLiteral("value"), optionValue(o)}};
        if (o.instances > 1)
            item.insert(QStringLiteral("instances"), o.instances);
        options.append(item);
    }
    json.insert(QStringLiteral("options"), options);
    json.insert(QStringLiteral("options_end_present"), decoded.endPresent);
    json.insert(QStringLiteral("bytes_after_end"), decoded.bytesAfterEnd);
    return json;
}

} // namespace qsd

namespace qsd {
namespace {

QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray orderedObject(const QJsonObject &object, const QStringList &order)
{
    QByteArrayList parts;
    for (const QString &key : order) {
        if (object.contains(key))
            parts << compact(key) + ": " + compact(object.value(key));
    }
    return "{" + parts.join(", ") + "}";
}

} // namespace

QByteArray packetToJsonText(const DecodeResult &decoded, qsizetype wireLength)
{
    static const QStringList header = {
        QStringLiteral("length"), QStringLiteral("malformed"), QStringLiteral("op"), QStringLiteral("htype"),
        QStringLiteral("hlen"), QStringLiteral("hops"), QStringLiteral("xid"), QStringLiteral("secs"),
        QStringLiteral("flags"), QStringLiteral("broadcast"), QStringLiteral("ciaddr"), QStringLiteral("yiaddr"),
        QStringLiteral("siaddr"), QStringLiteral("giaddr"), QStringLiteral("chaddr"), QStringLiteral("sname"),
        QStringLiteral("file"), QStringLiteral("message_type"), QStringLiteral("options"),
        QStringLiteral("options_end_present"), QStringLiteral("bytes_after_end")};
    static const QStringList option = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("length"),
                                       QStringLiteral("instances"), QStringLiteral("hex"), QStringLiteral("value")};
    const QJsonObject json = packetToJson(decoded, wireLength);
    QByteArrayList lines;
    for (const QString &key : header) {
        if (!json.contains(key))
            continue;
        if (key == QLatin1String("options")) {
            QByteArrayList items;
            for (const QJsonValue &o : json.value(key).toArray())
                items << "    " + orderedObject(o.toObject(), option);
            lines << "  \"options\": [" + (items.isEmpty() ? QByteArray() : "\n" + items.join(",\n") + "\n  ") + "]";
        } else {
            lines << "  " + compact(key) + ": " + compact(json.value(key));
        }
    }
    return "{\n" + lines.join(",\n") + "\n}\n";
}

} // namespace qsd
