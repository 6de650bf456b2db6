#pragma once

#include "ipv4.h"
#include "mac.h"
#include "optiontable.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <bitset>

namespace qsd {

/// DHCP message types (option 53), RFC 2132 §9.6 and RFC 4388 (leasequery).
enum class MessageType : quint8 {
    None = 0,   ///< no option 53: plain BOOTP
    Discover = 1, Offer, Request, Decline, Ack, Nak, Release, Inform, ForceRenew,
    LeaseQuery, LeaseUnassigned, LeaseUnknown, LeaseActive,
};

/// "DHCP_DISCOVER" … as libpydhcpserver's DHCP_TYPE_NAMES; empty for None or an unknown type.
QString messageTypeName(MessageType type);

/// One option as carried by a packet: repeated instances on the wire are already concatenated (RFC 3396).
struct DhcpOption
{
    quint8 code = 0;
    QByteArray value;
    quint8 instances = 1;   ///< how many times it appeared on the wire (decoded packets only)
};

/// A packet's options, stored inline for the usual dozen or so (no heap allocation for the list itself).
using OptionList = QVarLengthArray<DhcpOption, 20>;

/// A DHCPv4 message: the fixed BOOTP header (RFC 2131 §2, field names as on the wire) and its options.
/// A value type: copying one copies the option list (values are implicitly shared QByteArrays).
///
/// Option selection follows libpydhcpserver: when the client sent a parameter request list (55), only the
/// mandatory options, the requested ones and those forced with `setOption(…, force)` are encoded;
/// without a list, every option is.
class DhcpPacket
{
public:
    static constexpr int HeaderSize = 236;          ///< op … file
    static constexpr int CookieSize = 4;
    static constexpr int MinimumSize = 300;         ///< BOOTP's minimum message (RFC 951); shorter replies are padded
    static constexpr int DefaultMaximumMessageSize = 576;   ///< RFC 2131 §2: every client accepts this much
    /// The longest option value any message can carry: RFC 3396 splits a long option into instances of one
    /// message, and option 57 caps a message at 65 535 bytes, less the IP and UDP headers (28), the fixed header
    /// and the magic cookie (240). Hooks' values are checked against it before anything is reserved.
    static constexpr int MaximumOptionLength = 65535 - 28 - HeaderSize - CookieSize;
    static constexpr quint16 BroadcastFlag = 0x8000;
    static constexpr char MagicCookie[] = "\x63\x82\x53\x63";

    quint8 op = 1;        ///< 1 BOOTREQUEST, 2 BOOTREPLY
    quint8 htype = 1;     ///< 1 Ethernet
    quint8 hlen = 6;
    quint8 hops = 0;
    quint32 xid = 0;
    quint16 secs = 0;
    quint16 flags = 0;
    IPv4 ciaddr;
    IPv4 yiaddr;
    IPv4 siaddr;
    IPv4 giaddr;
    std::array<quint8, 16> chaddr{};
    QByteArray sname = zeroes(64);    ///< always 64 bytes
    QByteArray file = zeroes(128);    ///< always 128 bytes

    /// `size` zero bytes, shared until written: new packets allocate nothing for sname and file.
    static QByteArray zeroes(int size);

    // --- options ---------------------------------------------------------------------------------------------
    bool hasOption(quint8 code) const;
    /// The value of `code`; a null QByteArray when absent (an empty one when present with no payload).
    QByteArray option(quint8 code) const;
    /// Sets the raw value of `code`, keeping its place if present, appending otherwise. With `force`, the option
    /// is also selected for encoding whatever the client asked for (libpydhcpserver's force_selection).
    void setOption(quint8 code, const QByteArray &value, bool force = false);
    /// Removes `code`; false if it was absent.
    bool removeOption(quint8 code);
    /// Options in wire order (decoded packets) or in the order they were set.
    const OptionList &options() const { return m_options; }

    // --- selection (libpydhcpserver) ---------------------------------------------------------------------------
    /// Options always encoded when present: {1, 3, 6, 15, 51, 53, 54, 58, 59}.
    static bool isMandatory(quint8 code);
    bool isSelected(quint8 code) const;
    /// Selects every option (libpydhcpserver's `setSelectedOptions()` without arguments).
    void selectAllOptions();
    /// Limits selection to the mandatory options and `requested` (a parameter request list).
    void selectRequestedOptions(QByteArrayView requested);
    void setSelected(quint8 code, bool selected);
    /// The codes currently selected, ascending (every present option when all are selected).
    QList<quint8> selectedOptions() const;

    /// The largest message the receiver accepts, from its 57 / 22 at decode time (RFC 2132 §9.10), never below 576.
    int maximumMessageSize() const { return m_maximumMessageSize; }
    void setMaximumMessageSize(int size);

    // --- header helpers -----------------------------------------------------------------------------------------
    MessageType messageType() const;
    QString messageTypeName() const { return qsd::messageTypeName(messageType()); }
    /// chaddr's first six bytes: the MAC when htype is Ethernet.
    MAC hardwareAddress() const;
    void setHardwareAddress(const MAC &mac);
    bool isBroadcast() const { return flags & BroadcastFlag; }
    void setBroadcast(bool on) { flags = on ? (flags | BroadcastFlag) : (flags & ~BroadcastFlag); }
    /// An address option's value, or nullopt when absent, not 4 bytes, or 0.0.0.0 (libpydhcpserver extractIPOrNone).
    std::optional<IPv4> ipOption(quint8 code) const;

    // --- transforms (libpydhcpserver's transformTo…Packet; inventory §4 "Packet transforms") -----------------
    /// Turns a received request into the base of a reply: op = 2, hlen = 6, secs = 0, and the options that only
    /// a client sends removed (22, 43, 50, 52, 55, 57, 60, 93, 94, 97, 118, 124, 125).
    /// Fixes of staticDHCPd's defects: the client identifier (61, RFC 6842 §3) and relay agent information
    /// (82, RFC 3046 §2.2) are kept and forced into the reply instead of being deleted or left unselected.
    void transformToAck();
    void transformToOffer();
    /// NAK keeps only 53, 54, 56, 61 and 82 (RFC 2131 Table 3).
    void transformToNak();
    void transformToLeaseActive();
    void transformToLeaseUnassigned();
    void transformToLeaseUnknown();

private:
    void transformBase();
    void setMessageType(MessageType type);
    qsizetype indexOf(quint8 code) const;

    OptionList m_options;
    QByteArray m_wire;   ///< the received datagram that decoded values may refer to (PacketDecoder)
    std::bitset<256> m_selected;
    bool m_selectAll = true;
    int m_maximumMessageSize = DefaultMaximumMessageSize;

    friend class PacketDecoder;
};

} // namespace qsd
