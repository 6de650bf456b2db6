#include "jspacket.h"

#include "jshelpers.h"
#include "jsvalues.h"
#include "protocol/optionvalue.h"
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "protocol/packetjson.h"

#include <QtEndian>

#include <type_traits>

namespace qsd {
namespace {

QString textOf(const QByteArray &field)
{
    const qsizetype end = field.indexOf('\0');
    return QString::fromUtf8(end < 0 ? field : field.left(end));
}

std::optional<quint16> portFromJs(const QJSValue &v)
{
    const double d = v.toNumber();
    if (!v.isNumber() || d < 1 || d > 65535 || d != double(int(d)))
        return std::nullopt;
    return quint16(d);
}

} // namespace

std::optional<IPv4> ipFromJs(const QJSValue &value)
{
    if (value.isNumber()) {
        const double d = value.toNumber();
        if (d >= 0 && d <= 4294967295.0 && d == double(quint32(d)))
            return IPv4(quint32(d));
        return std::nullopt;
    }
    if (value.isArray()) {
        const auto bytes = jsvalues::toBytes(value);
        return bytes ? IPv4::fromBytes(*bytes) : std::nullopt;
    }
    if (value.isString() || value.isObject())
        return IPv4::fromString(value.toString());
    return std::nullopt;
}

std::optional<MAC> macFromJs(const QJSValue &value)
{
    if (value.isArray()) {
        const auto bytes = jsvalues::toBytes(value);
        return bytes ? MAC::fromBytes(*bytes) : std::nullopt;
    }
    if (value.isString() || value.isObject())
        return MAC::fromString(value.toString());
    return std::nullopt;
}

JsPacket::JsPacket(JsContext *context, bool shared, QObject *parent)
    : JsExposed(parent, /*deletable=*/!shared), m_context(context), m_shared(shared)
{
}

DhcpPacket *JsPacket::packet()
{
    if (m_packet)
        return m_packet;
    if (!m_lazyWire.isEmpty()) {
        m_owned = PacketDecoder::decode(m_lazyWire).packet;
        m_lazyWire.clear();
        m_packet = &*m_owned;
        return m_packet;
    }
    m_context->engine->throwError(QJSValue::ReferenceError,
                                  QStringLiteral("this packet belongs to an exchange that is over (use packet.copy() to keep one)"));
    return nullptr;
}

QJSValue JsPacket::throwType(const QString &message)
{
    m_context->engine->throwError(QJSValue::TypeError, message);
    return QJSValue();
}

int JsPacket::optionCode(const QJSValue &option, const char *function)
{
    if (option.isNumber()) {
        const double d = option.toNumber();
        if (d >= 1 && d <= 254 && d == double(int(d)))
            return int(d);
    } else if (const OptionDef *def = OptionTable::find(option.toString())) {
        return def->code;
    }
    throwType(QStringLiteral("%1: '%2' is not a DHCP option").arg(QLatin1String(function), option.toString()));
    return -1;
}

bool JsPacket::is(MessageType type)
{
    DhcpPacket *p = packet();
    return p && p->messageType() == type;
}

// --- options ---------------------------------------------------------------------------------------------------

QJSValue JsPacket::fieldBytes(const QString &field)
{
    DhcpPacket *p = packet();
    if (!p)
        return {};
    QByteArray bytes;
    char buf[4];
    if (field == QLatin1String("op")) bytes = QByteArray(1, char(p->op));
    else if (field == QLatin1String("htype")) bytes = QByteArray(1, char(p->htype));
    else if (field == QLatin1String("hlen")) bytes = QByteArray(1, char(p->hlen));
    else if (field == QLatin1String("hops")) bytes = QByteArray(1, char(p->hops));
    else if (field == QLatin1String("xid")) bytes = QByteArray(buf, (qToBigEndian(p->xid, buf), 4));
    else if (field == QLatin1String("secs")) bytes = QByteArray(buf, (qToBigEndian(p->secs, buf), 2));
    else if (field == QLatin1String("flags")) bytes = QByteArray(buf, (qToBigEndian(p->flags, buf), 2));
    else if (field == QLatin1String("ciaddr")) bytes = p->ciaddr.toBytes();
    else if (field == QLatin1String("yiaddr")) bytes = p->yiaddr.toBytes();
    else if (field == QLatin1String("siaddr")) bytes = p->siaddr.toBytes();
    else if (field == QLatin1String("giaddr")) bytes = p->giaddr.toBytes();
    else if (field == QLatin1String("chaddr")) bytes = QByteArray(reinterpret_cast<const char *>(p->chaddr.data()), 16);
    else if (field == QLatin1String("sname")) bytes = p->sname;
    else bytes = p->file;
    return jsvalues::fromBytes(m_context->engine, bytes);
}

bool JsPacket::setFieldBytes(const QString &field, const QJSValue &value)
{
    DhcpPacket *p = packet();
    if (!p)
        return false;
    auto bytes = jsvalues::toBytes(value);
    if (!bytes && value.isString() && (field == QLatin1String("sname") || field == QLatin1String("file")))
        bytes = value.toString().toUtf8();
    if (!bytes)
        return throwType(QStringLiteral("setOption('%1'): expected a list of bytes").arg(field)), false;
    const auto need = [&](int size) {
        if (bytes->size() == size)
            return true;
        throwType(QStringLiteral("setOption('%1'): expected %2 bytes, got %3").arg(field).arg(size).arg(bytes->size()));
        return false;
    };
    const char *d = bytes->constData();
    if (field == QLatin1String("op") && need(1)) p->op = quint8(d[0]);
    else if (field == QLatin1String("htype") && need(1)) p->htype = quint8(d[0]);
    else if (field == QLatin1String("hlen") && need(1)) p->hlen = quint8(d[0]);
    else if (field == QLatin1String("hops") && need(1)) p->hops = quint8(d[0]);
    else if (field == QLatin1String("xid") && need(4)) p->xid = qFromBigEndian<quint32>(d);
    else if (field == QLatin1String("secs") && need(2)) p->secs = qFromBigEndian<quint16>(d);
    else if (field == QLatin1String("flags") && need(2)) p->flags = qFromBigEndian<quint16>(d);
    else if (field == QLatin1String("ciaddr") && need(4)) p->ciaddr = IPv4::fromWire(d);
    else if (field == QLatin1String("yiaddr") && need(4)) p->yiaddr = IPv4::fromWire(d);
    else if (field == QLatin1String("siaddr") && need(4)) p->siaddr = IPv4::fromWire(d);
    else if (field == QLatin1String("giaddr") && need(4)) p->giaddr = IPv4::fromWire(d);
    else if (field == QLatin1String("chaddr")) {
        if (bytes->size() > 16)
            return throwType(QStringLiteral("setOption('chaddr'): at most 16 bytes")), false;
        p->chaddr.fill(0);
        std::copy(bytes->begin(), bytes->end(), p->chaddr.begin());
    } else if (field == QLatin1String("sname") || field == QLatin1String("file")) {
        const int size = field == QLatin1String("sname") ? 64 : 128;
        if (bytes->size() > size)
            return throwType(QStringLiteral("setOption('%1'): at most %2 bytes").arg(field).arg(size)), false;
        (field == QLatin1String("sname") ? p->sname : p->file) = bytes->leftJustified(size, '\0');
    } else {
        return false;   // need() threw
    }
    return true;
}

int JsPacket::optionCodeOf(const QString &name)
{
    const OptionDef *def = OptionTable::find(name);
    return def ? def->code : -1;
}

QJSValue JsPacket::optionValue(int code)
{
    DhcpPacket *p = packet();
    if (!p)
        return {};
    if (!p->hasOption(quint8(code)))
        return QJSValue(QJSValue::NullValue);
    const QByteArray bytes = p->option(quint8(code));
    switch (code) {
    case Opt::RelayAgent: return m_context->helpers->rfc3046_decode(jsvalues::fromBytes(m_context->engine, bytes));
    case Opt::VendorClass: return m_context->helpers->rfc3925_decode(jsvalues::fromBytes(m_context->engine, bytes));
    case Opt::VendorSpecific: return m_context->helpers->rfc3925_125_decode(jsvalues::fromBytes(m_context->engine, bytes));
    default: break;
    }
    const OptionDef *def = OptionTable::find(code);
    const OptionType type = def ? def->type : OptionType::Unassigned;
    if ((type == OptionType::IPv4 || type == OptionType::IPv4Plus || type == OptionType::IPv4Star)
        && OptionValue::isValidLength(type, bytes.size())) {
        if (type == OptionType::IPv4)
            return m_context->ip(IPv4::fromWire(bytes.constData()));
        QJSValue list = m_context->engine->newArray(uint(bytes.size() / 4));
        for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4)
            list.setProperty(quint32(i / 4), m_context->ip(IPv4::fromWire(bytes.constData() + i)));
        return list;
    }
    const QVariant native = OptionValue::decode(type, bytes);
    if (!native.isValid())
        return jsvalues::fromBytes(m_context->engine, bytes);
    return m_context->engine->toScriptValue(native);
}

bool JsPacket::fitsAnOption(int code, double length)
{
    if (length <= DhcpPacket::MaximumOptionLength)
        return true;
    const OptionDef *def = OptionTable::find(code);
    throwType(QStringLiteral("setOption('%1'): a value of %2 is longer than any DHCP message can carry (at most %3 bytes)")
                  .arg(def ? def->displayName() : QString::number(code)).arg(length, 0, 'f', 0)
                  .arg(DhcpPacket::MaximumOptionLength));
    return false;
}

bool JsPacket::setOptionValue(int request, const QJSValue &value)
{
    if (!packet() || !fitsAnOption(request & 0xff, jsvalues::lengthOf(value)))
        return false;
    if (request & SetOptionNoValidation) {   // a list of bytes goes in as it is; anything else is encoded
        if (const auto bytes = jsvalues::toBytes(value)) {
            packet()->setOption(quint8(request & 0xff), *bytes, request & SetOptionForceSelection);
            return true;
        }
    }
    return setEncoded(request, jsvalues::toNative(value));
}

template<class Value>
bool JsPacket::setEncoded(int request, const Value &value)
{
    DhcpPacket *p = packet();
    if (!p)
        return false;
    const int code = request & 0xff;
    if constexpr (std::is_same_v<Value, QString>) {
        if (!fitsAnOption(code, double(value.size())))
            return false;
    }
    const OptionDef *def = OptionTable::find(code);
    QString error;
    const std::optional<QByteArray> bytes = OptionValue::encode(def ? def->type : OptionType::Unassigned, value, &error);
    if (!bytes) {
        throwType(QStringLiteral("setOption('%1'): %2").arg(def ? def->displayName() : QString::number(code), error));
        return false;
    }
    p->setOption(quint8(code), *bytes, request & SetOptionForceSelection);
    return true;
}

template bool JsPacket::setEncoded(int, const QVariant &);
template bool JsPacket::setEncoded(int, const double &);
template bool JsPacket::setEncoded(int, const QString &);

bool JsPacket::deleteOption(int code)
{
    DhcpPacket *p = packet();
    return p && p->removeOption(quint8(code));
}

bool JsPacket::hasOption(int code)
{
    DhcpPacket *p = packet();
    return p && p->hasOption(quint8(code));
}

QJSValue JsPacket::getSelectedOptions(bool translate)
{
    DhcpPacket *p = packet();
    if (!p)
        return {};
    const QList<quint8> codes = p->selectedOptions();
    QJSValue list = m_context->engine->newArray(uint(codes.size()));
    for (int i = 0; i < codes.size(); ++i) {
        const OptionDef *def = OptionTable::find(codes[i]);
        list.setProperty(quint32(i), translate && def ? QJSValue(def->displayName()) : QJSValue(int(codes[i])));
    }
    return list;
}

void JsPacket::setSelectedOptions(const QJSValue &added, const QJSValue &removed)
{
    DhcpPacket *p = packet();
    if (!p)
        return;
    const bool noAdded = added.isUndefined() || added.isNull();
    const bool noRemoved = removed.isUndefined() || removed.isNull();
    if (noAdded && noRemoved)
        return p->selectAllOptions();
    for (const auto &[list, selected] : {std::pair{added, true}, std::pair{removed, false}}) {
        const int length = list.property(QStringLiteral("length")).toInt();
        for (int i = 0; i < length; ++i) {
            const int code = optionCode(list.property(quint32(i)), "setSelectedOptions");
            if (code < 0)
                return;
            p->setSelected(quint8(code), selected);
        }
    }
}

bool JsPacket::isSelectedOption(int code)
{
    DhcpPacket *p = packet();
    return p && p->isSelected(quint8(code));
}

QJSValue JsPacket::extractIPOrNone(int code)
{
    DhcpPacket *p = packet();
    if (!p)
        return {};
    return m_context->ipOrNull(p->ipOption(quint8(code)));
}

QJSValue JsPacket::extractFieldIPOrNone(const QString &field)
{
    const auto ip = ipFromJs(fieldBytes(field));
    return ip && !ip->isUnspecified() ? m_context->ip(*ip) : QJSValue(QJSValue::NullValue);
}

// --- addresses, flags, type, transforms ----------------------------------------------------------------------

QJSValue JsPacket::getHardwareAddress()
{
    DhcpPacket *p = packet();
    return p ? m_context->mac(p->hardwareAddress()) : QJSValue();
}

void JsPacket::setHardwareAddress(const QJSValue &mac)
{
    DhcpPacket *p = packet();
    if (!p)
        return;
    const auto parsed = macFromJs(mac);
    if (!parsed)
        return void(throwType(QStringLiteral("setHardwareAddress: '%1' is not a MAC address").arg(mac.toString())));
    p->setHardwareAddress(*parsed);
}

bool JsPacket::getFlag(int bit)
{
    DhcpPacket *p = packet();
    return p && (p->flags & bit);
}

QJSValue JsPacket::setFlag(int bit, bool state)
{
    DhcpPacket *p = packet();
    if (!p)
        return {};
    const bool old = p->flags & bit;
    p->flags = state ? (p->flags | bit) : (p->flags & ~bit);
    QJSValue result = m_context->engine->newArray(2);
    result.setProperty(0, old != state);
    result.setProperty(1, old);
    return result;
}

QString JsPacket::getDHCPMessageTypeName()
{
    DhcpPacket *p = packet();
    return p ? p->messageTypeName() : QString();
}

void JsPacket::transformToDHCPAckPacket() { if (DhcpPacket *p = packet()) p->transformToAck(); }
void JsPacket::transformToDHCPOfferPacket() { if (DhcpPacket *p = packet()) p->transformToOffer(); }
void JsPacket::transformToDHCPNakPacket() { if (DhcpPacket *p = packet()) p->transformToNak(); }
void JsPacket::transformToDHCPLeaseActivePacket() { if (DhcpPacket *p = packet()) p->transformToLeaseActive(); }
void JsPacket::transformToDHCPLeaseUnassignedPacket() { if (DhcpPacket *p = packet()) p->transformToLeaseUnassigned(); }
void JsPacket::transformToDHCPLeaseUnknownPacket() { if (DhcpPacket *p = packet()) p->transformToLeaseUnknown(); }

QJSValue JsPacket::copy()
{
    DhcpPacket *p = packet();
    if (!p)
        return {};
    auto *copy = new JsPacket(m_context, /*shared=*/false);
    copy->own(*p);
    copy->m_ownOverrides = overrides();
    QJSEngine::setObjectOwnership(copy, QJSEngine::JavaScriptOwnership);   // the garbage collector frees it
    return m_context->engine->newQObject(copy);
}

QJSValue JsPacket::encodePacket()
{
    DhcpPacket *p = packet();
    return p ? jsvalues::fromBytes(m_context->engine, PacketEncoder::encode(*p)) : QJSValue();
}

QString JsPacket::toString()
{
    DhcpPacket *p = packet();
    if (!p)
        return QString();
    DecodeResult decoded;
    decoded.packet = *p;
    return QString::fromUtf8(packetToJsonText(decoded, PacketEncoder::encode(*p).size()));
}

// --- properties ----------------------------------------------------------------------------------------------

QJSValue JsPacket::header(quint8 DhcpPacket::*field)
{
    DhcpPacket *p = packet();
    return p ? QJSValue(int(p->*field)) : QJSValue();
}

void JsPacket::setHeader(quint8 DhcpPacket::*field, const QJSValue &v, const QString &name)
{
    DhcpPacket *p = packet();
    const double d = v.toNumber();
    if (!p)
        return;
    if (!v.isNumber() || d < 0 || d > 255 || d != double(int(d)))
        return void(throwType(QStringLiteral("packet.%1: %2 is not a byte").arg(name, v.toString())));
    p->*field = quint8(d);
}

QJSValue JsPacket::xid()
{
    DhcpPacket *p = packet();
    return p ? QJSValue(double(p->xid)) : QJSValue();
}

void JsPacket::setXid(const QJSValue &v)
{
    DhcpPacket *p = packet();
    const auto n = ipFromJs(v.isNumber() ? v : QJSValue());   // any 32-bit number
    if (!p)
        return;
    if (!n)
        return void(throwType(QStringLiteral("packet.xid: %1 is not a 32-bit number").arg(v.toString())));
    p->xid = n->toUInt32();
}

QJSValue JsPacket::secs()
{
    DhcpPacket *p = packet();
    return p ? QJSValue(int(p->secs)) : QJSValue();
}

void JsPacket::setSecs(const QJSValue &v)
{
    DhcpPacket *p = packet();
    const auto n = portFromJs(v);
    if (p && (n || v.toInt() == 0))
        p->secs = n ? *n : 0;
    else if (p)
        throwType(QStringLiteral("packet.secs: %1 is not a 16-bit number").arg(v.toString()));
}

QJSValue JsPacket::flags()
{
    DhcpPacket *p = packet();
    return p ? QJSValue(int(p->flags)) : QJSValue();
}

void JsPacket::setFlags(const QJSValue &v)
{
    DhcpPacket *p = packet();
    const auto n = portFromJs(v);
    if (p && (n || (v.isNumber() && v.toInt() == 0)))
        p->flags = n ? *n : 0;
    else if (p)
        throwType(QStringLiteral("packet.flags: %1 is not a 16-bit number").arg(v.toString()));
}

QJSValue JsPacket::address(IPv4 DhcpPacket::*field)
{
    DhcpPacket *p = packet();
    return p ? m_context->ip(p->*field) : QJSValue();
}

void JsPacket::setAddress(IPv4 DhcpPacket::*field, const QJSValue &v, const QString &name)
{
    DhcpPacket *p = packet();
    if (!p)
        return;
    const auto ip = (v.isNull() || v.isUndefined()) ? std::optional<IPv4>(IPv4()) : ipFromJs(v);
    if (!ip)
        return void(throwType(QStringLiteral("packet.%1: '%2' is not an IPv4 address").arg(name, v.toString())));
    p->*field = *ip;
}

QJSValue JsPacket::sname()
{
    DhcpPacket *p = packet();
    return p ? QJSValue(textOf(p->sname)) : QJSValue();
}

void JsPacket::setSname(const QJSValue &v)
{
    setFieldBytes(QStringLiteral("sname"), v.isNull() || v.isUndefined() ? QJSValue(QString()) : QJSValue(v.toString()));
}

QJSValue JsPacket::file()
{
    DhcpPacket *p = packet();
    return p ? QJSValue(textOf(p->file)) : QJSValue();
}

void JsPacket::setFile(const QJSValue &v)
{
    setFieldBytes(QStringLiteral("file"), v.isNull() || v.isUndefined() ? QJSValue(QString()) : QJSValue(v.toString()));
}

QJSValue JsPacket::meta()
{
    if (m_shared)
        return m_context->exchangeMeta();
    if (m_ownMeta.isUndefined())
        m_ownMeta = m_context->engine->newObject();
    return m_ownMeta;
}

void JsPacket::setMeta(const QJSValue &v)
{
    (m_shared ? m_context->meta : m_ownMeta) = v;
}

QJSValue JsPacket::responseIp()
{
    return m_context->ipOrNull(overrides().ip);
}

void JsPacket::setResponseIp(const QJSValue &v)
{
    if (v.isNull() || v.isUndefined())
        return void(overrides().ip.reset());
    const auto ip = ipFromJs(v);
    if (!ip)
        return void(throwType(QStringLiteral("packet.response_ip: '%1' is not an IPv4 address").arg(v.toString())));
    overrides().ip = ip;
}

QJSValue JsPacket::responsePort()
{
    return overrides().port ? QJSValue(int(*overrides().port)) : QJSValue(QJSValue::NullValue);
}

void JsPacket::setResponsePort(const QJSValue &v)
{
    if (v.isNull() || v.isUndefined())
        return void(overrides().port.reset());
    const auto port = portFromJs(v);
    if (!port)
        return void(throwType(QStringLiteral("packet.response_port: %1 is not a port").arg(v.toString())));
    overrides().port = port;
}

QJSValue JsPacket::responseSourcePort()
{
    return overrides().sourcePort ? QJSValue(int(*overrides().sourcePort)) : QJSValue(QJSValue::NullValue);
}

void JsPacket::setResponseSourcePort(const QJSValue &v)
{
    if (v.isNull() || v.isUndefined())
        return void(overrides().sourcePort.reset());
    const auto port = portFromJs(v);
    if (!port)
        return void(throwType(QStringLiteral("packet.response_source_port: %1 is not a port").arg(v.toString())));
    overrides().sourcePort = port;
}

QJSValue JsPacket::responseMac()
{
    return overrides().mac ? m_context->mac(*overrides().mac) : QJSValue(QJSValue::NullValue);
}

void JsPacket::setResponseMac(const QJSValue &v)
{
    if (v.isNull() || v.isUndefined())
        return void(overrides().mac.reset());
    const auto mac = macFromJs(v);
    if (!mac)
        return void(throwType(QStringLiteral("packet.response_mac: '%1' is not a MAC address").arg(v.toString())));
    overrides().mac = mac;
}

} // namespace qsd
