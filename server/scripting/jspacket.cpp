#include "jspacket.h"

#include "jshelpers.h"
#include "jsvalues.h"
#include "protocol/optionvalue.h"
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "protocol/packetjson.h"

#include <limits>
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

const HeaderField *JsPacket::headerField(int index)
{
    if (index >= 0 && index < kHeaderFieldCount)
        return &kHeaderFields[index];
    m_context->engine->throwError(QJSValue::RangeError, QStringLiteral("no header field #%1").arg(index));
    return nullptr;
}

QJSValue JsPacket::fieldBytes(int index)
{
    const HeaderField *field = headerField(index);
    DhcpPacket *p = field ? packet() : nullptr;
    return p ? jsvalues::fromBytes(m_context->engine, headerBytes(*p, *field)) : QJSValue();
}

bool JsPacket::setFieldBytes(int index, const QJSValue &value)
{
    const HeaderField *field = headerField(index);
    DhcpPacket *p = field ? packet() : nullptr;
    if (!p)
        return false;
    auto bytes = jsvalues::toBytes(value);
    if (!bytes && value.isString() && std::holds_alternative<QByteArray DhcpPacket::*>(field->member))
        bytes = value.toString().toUtf8();   // sname and file also take text
    QString error = QStringLiteral("expected a list of bytes");
    if (!bytes || !setHeaderBytes(*p, *field, *bytes, &error))
        return throwType(QStringLiteral("setOption('%1'): %2").arg(QLatin1String(field->name), error)), false;
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

QJSValue JsPacket::extractFieldIPOrNone(int index)
{
    const auto ip = ipFromJs(fieldBytes(index));
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

QJSValue JsPacket::header(int index)
{
    const HeaderField *field = headerField(index);
    const DhcpPacket *p = field ? packet() : nullptr;
    if (!p)
        return {};
    return std::visit([&](auto member) -> QJSValue {
        const auto &value = p->*member;
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, QByteArray>)
            return textOf(value);
        else if constexpr (std::is_same_v<T, IPv4>)
            return m_context->ip(value);
        else if constexpr (std::is_same_v<T, std::array<quint8, 16>>)
            return m_context->mac(p->hardwareAddress());
        else
            return double(value);
    }, field->member);
}

void JsPacket::setHeader(int index, const QJSValue &v)
{
    const HeaderField *field = headerField(index);
    DhcpPacket *p = field ? packet() : nullptr;
    if (!p)
        return;
    const QString name = QLatin1String(field->name);
    const bool absent = v.isNull() || v.isUndefined();
    std::visit([&](auto member) {
        auto &value = p->*member;
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, QByteArray>) {
            const QByteArray text = absent ? QByteArray() : v.toString().toUtf8();
            if (text.size() > field->size)
                return void(throwType(QStringLiteral("packet.%1: at most %2 bytes").arg(name).arg(field->size)));
            value = text.leftJustified(field->size, '\0');
        } else if constexpr (std::is_same_v<T, IPv4>) {
            const auto ip = absent ? std::optional<IPv4>(IPv4()) : ipFromJs(v);
            if (!ip)
                return void(throwType(QStringLiteral("packet.%1: '%2' is not an IPv4 address").arg(name, v.toString())));
            value = *ip;
        } else if constexpr (std::is_same_v<T, std::array<quint8, 16>>) {
            const auto mac = macFromJs(v);
            if (!mac)
                return void(throwType(QStringLiteral("packet.%1: '%2' is not a MAC address").arg(name, v.toString())));
            p->setHardwareAddress(*mac);
        } else {
            const double d = v.toNumber();
            if (!v.isNumber() || !(d >= 0 && d <= std::numeric_limits<T>::max()) || d != double(T(d))) {
                const QString what = sizeof(T) == 1 ? QStringLiteral("a byte") : QStringLiteral("a %1-bit number").arg(8 * sizeof(T));
                return void(throwType(QStringLiteral("packet.%1: %2 is not %3").arg(name, v.toString(), what)));
            }
            value = T(d);
        }
    }, field->member);
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
