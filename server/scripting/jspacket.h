#pragma once

#include "jsexposed.h"

#include "headerfields.h"
#include "jscontext.h"
#include "protocol/dhcppacket.h"

#include <QJSValue>
#include <QObject>

#include <optional>

namespace qsd {

/// The native half of `packet` in hooks: libpydhcpserver's DHCPPacket API (inventory §8) over a DhcpPacket. Hooks
/// see it through bootstrap.js's Packet class, which forwards to these methods and properties.
///
/// The engine's request, reply and pristine source packets are each wrapped by one long-lived JsPacket that is
/// rebound per exchange (no JS object is created per packet); `copy()` makes an independent one, not shared, with
/// its own DhcpPacket, a copy of the overrides and a new meta (which the Packet class wraps in turn). The Packet class resolves option names
/// ("router", "option_224") and numbers to codes, and header field names (kHeaderFields, headerfields.h) to their
/// index there: the header fields are its properties (header/setHeader) and names that getOption and setOption also
/// take (fieldBytes/setFieldBytes). Errors throw a TypeError naming the option or field.
class JsPacket : public JsExposed
{
    Q_OBJECT
    Q_PROPERTY(QJSValue meta READ meta WRITE setMeta)
    Q_PROPERTY(QJSValue response_ip READ responseIp WRITE setResponseIp)
    Q_PROPERTY(QJSValue response_port READ responsePort WRITE setResponsePort)
    Q_PROPERTY(QJSValue response_source_port READ responseSourcePort WRITE setResponseSourcePort)
    Q_PROPERTY(QJSValue response_mac READ responseMac WRITE setResponseMac)

public:
    /// `shared`: one of the engine's packets, whose meta and overrides are the exchange's (JsContext); otherwise a
    /// copy with its own, which the garbage collector may delete.
    JsPacket(JsContext *context, bool shared, QObject *parent = nullptr);

    void bind(DhcpPacket *packet) { m_packet = packet; m_lazyWire.clear(); }
    /// The pristine source packet: decoded from `wire` only if a hook looks at it.
    void bindLazily(const QByteArray &wire) { m_packet = nullptr; m_lazyWire = wire; m_owned.reset(); }
    void unbind() { m_packet = nullptr; m_lazyWire.clear(); m_owned.reset(); }
    void own(const DhcpPacket &packet) { m_owned = packet; m_packet = &*m_owned; }

    // options: the natives behind bootstrap.js's Packet class, which resolves option names to codes (`code` is
    // 1..254 here), supplies the default arguments and routes header field names to fieldBytes/setFieldBytes.
    // Fixed arities, so that a call from JavaScript needs no overload resolution. getOption and setOption are builtins
    // (jsfastnatives.cpp; jsfastnatives_public.cpp in a build on Qt's public API only), which call packet(),
    // setEncoded() and setOptionValue().
    /// The code of an option name the Packet class's table lacks ("option_224", "12"); -1 if it names none.
    Q_INVOKABLE int optionCodeOf(const QString &name);
    /// The option decoded by its type (getOption(…, true)); null when absent.
    Q_INVOKABLE QJSValue optionValue(int code);
    /// What setEncoded()/setOptionValue() take with the code in `request`.
    enum SetOptionFlags { SetOptionNoValidation = 0x100, SetOptionForceSelection = 0x200 };
    Q_INVOKABLE bool deleteOption(int code);
    Q_INVOKABLE bool hasOption(int code);
    Q_INVOKABLE bool isSelectedOption(int code);
    Q_INVOKABLE QJSValue extractIPOrNone(int code);
    /// Header field `index` (kHeaderFields) as getOption/setOption see it: a list of bytes; a RangeError for no field.
    Q_INVOKABLE QJSValue fieldBytes(int index);
    Q_INVOKABLE bool setFieldBytes(int index, const QJSValue &value);
    Q_INVOKABLE QJSValue extractFieldIPOrNone(int index);
    Q_INVOKABLE QJSValue getSelectedOptions(bool translate);
    Q_INVOKABLE void setSelectedOptions(const QJSValue &added, const QJSValue &removed);

    // addresses and flags
    Q_INVOKABLE QJSValue getHardwareAddress();
    Q_INVOKABLE void setHardwareAddress(const QJSValue &mac);
    Q_INVOKABLE bool getFlag(int bit);
    /// → [changed, old]
    Q_INVOKABLE QJSValue setFlag(int bit, bool state);

    // message type
    Q_INVOKABLE QString getDHCPMessageTypeName();
    Q_INVOKABLE bool isDHCPAckPacket() { return is(MessageType::Ack); }
    Q_INVOKABLE bool isDHCPDeclinePacket() { return is(MessageType::Decline); }
    Q_INVOKABLE bool isDHCPDiscoverPacket() { return is(MessageType::Discover); }
    Q_INVOKABLE bool isDHCPInformPacket() { return is(MessageType::Inform); }
    Q_INVOKABLE bool isDHCPLeaseActivePacket() { return is(MessageType::LeaseActive); }
    Q_INVOKABLE bool isDHCPLeaseQueryPacket() { return is(MessageType::LeaseQuery); }
    Q_INVOKABLE bool isDHCPLeaseUnassignedPacket() { return is(MessageType::LeaseUnassigned); }
    Q_INVOKABLE bool isDHCPLeaseUnknownPacket() { return is(MessageType::LeaseUnknown); }
    Q_INVOKABLE bool isDHCPOfferPacket() { return is(MessageType::Offer); }
    Q_INVOKABLE bool isDHCPNakPacket() { return is(MessageType::Nak); }
    Q_INVOKABLE bool isDHCPReleasePacket() { return is(MessageType::Release); }
    Q_INVOKABLE bool isDHCPRequestPacket() { return is(MessageType::Request); }

    // transforms
    Q_INVOKABLE void transformToDHCPAckPacket();
    Q_INVOKABLE void transformToDHCPOfferPacket();
    Q_INVOKABLE void transformToDHCPNakPacket();
    Q_INVOKABLE void transformToDHCPLeaseActivePacket();
    Q_INVOKABLE void transformToDHCPLeaseUnassignedPacket();
    Q_INVOKABLE void transformToDHCPLeaseUnknownPacket();

    // whole packet
    Q_INVOKABLE QJSValue copy();
    Q_INVOKABLE QJSValue encodePacket();
    Q_INVOKABLE QString toString();

    // header fields: what the Packet class's properties call (as builtins made by jsfastnatives.cpp, or from
    // bootstrap.js's JavaScript in a build on Qt's public API only)
    /// Header field `index` (kHeaderFields) as a property reads it: a number, an IPv4, a MAC or text.
    Q_INVOKABLE QJSValue header(int index);
    /// Sets it from a property's value; a TypeError naming the field if the value does not fit it.
    Q_INVOKABLE void setHeader(int index, const QJSValue &value);

    // meta and the response overrides
    QJSValue meta();
    void setMeta(const QJSValue &v);
    QJSValue responseIp();
    void setResponseIp(const QJSValue &v);
    QJSValue responsePort();
    void setResponsePort(const QJSValue &v);
    QJSValue responseSourcePort();
    void setResponseSourcePort(const QJSValue &v);
    QJSValue responseMac();
    void setResponseMac(const QJSValue &v);

    JsContext *context() const { return m_context; }
    ResponseOverrides &overrides() { return m_shared ? m_context->overrides : m_ownOverrides; }

    /// The bound packet; nullptr (and a pending JS error) once its exchange is over.
    DhcpPacket *packet();
    /// Sets option `request & 0xff` to `value` encoded by its type (SetOptionFlags in `request`); false with a
    /// TypeError pending if it does not fit. `Value` is a QVariant, or a double or QString (the usual values,
    /// encoded without a QVariant).
    template<class Value>
    bool setEncoded(int request, const Value &value);
    /// The same for any JavaScript value; with SetOptionNoValidation a list of bytes goes in as it is.
    bool setOptionValue(int request, const QJSValue &value);

private:
    bool is(MessageType type);
    QJSValue throwType(const QString &message);
    /// False with a TypeError naming the option when a value of `length` bytes (or items, or characters) is
    /// longer than any message can carry (DhcpPacket::MaximumOptionLength): checked before it is converted.
    bool fitsAnOption(int code, double length);
    /// kHeaderFields[index]; nullptr with a RangeError pending if there is none.
    const HeaderField *headerField(int index);
    /// An option argument as a code 1..254; -1 with a TypeError pending if it names none.
    int optionCode(const QJSValue &option, const char *function);

    JsContext *m_context;
    bool m_shared;
    DhcpPacket *m_packet = nullptr;
    std::optional<DhcpPacket> m_owned;
    QByteArray m_lazyWire;
    QJSValue m_ownMeta;
    ResponseOverrides m_ownOverrides;
};

/// Parses a hook's address value (IPv4, "a.b.c.d", [a, b, c, d] or a number).
std::optional<IPv4> ipFromJs(const QJSValue &value);
/// Parses a hook's MAC value (MAC, text in any usual form, six bytes).
std::optional<MAC> macFromJs(const QJSValue &value);

} // namespace qsd
