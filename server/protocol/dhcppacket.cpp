#include "dhcppacket.h"

#include <iterator>

namespace qsd {
namespace {

constexpr const char *kMessageTypeNames[] = {
    "", "DHCP_DISCOVER", "DHCP_OFFER", "DHCP_REQUEST", "DHCP_DECLINE", "DHCP_ACK", "DHCP_NAK", "DHCP_RELEASE",
    "DHCP_INFORM", "DHCP_FORCERENEW", "DHCP_LEASEQUERY", "DHCP_LEASEUNASSIGNED", "DHCP_LEASEUNKNOWN",
    "DHCP_LEASEACTIVE",
};
static_assert(std::size(kMessageTypeNames) == size_t(MessageType::LeaseActive) + 1, "a name per message type");

constexpr quint8 kMandatory[] = {Opt::SubnetMask, Opt::Router, Opt::DomainNameServers, Opt::DomainName,
                                 Opt::IpAddressLeaseTime, Opt::DhcpMessageType, Opt::ServerIdentifier,
                                 Opt::RenewalTimeValue, Opt::RebindingTimeValue};

/// Options a client sends that have no place in a reply (libpydhcpserver _transformBase).
constexpr quint8 kClientOnly[] = {22, 43, 50, 52, 55, 57, 60, 93, 94, 97, 118, 124, 125};

} // namespace

QByteArray DhcpPacket::zeroes(int size)
{
    static const QByteArray zeroes64(64, '\0');
    static const QByteArray zeroes128(128, '\0');
    return size == 64 ? zeroes64 : size == 128 ? zeroes128 : QByteArray(size, '\0');
}

QString messageTypeName(MessageType type)
{
    const auto i = size_t(type);
    return i < std::size(kMessageTypeNames) ? QString::fromLatin1(kMessageTypeNames[i]) : QString();
}

qsizetype DhcpPacket::indexOf(quint8 code) const
{
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        if (m_options[i].code == code)
            return i;
    }
    return -1;
}

bool DhcpPacket::hasOption(quint8 code) const
{
    return indexOf(code) >= 0;
}

QByteArray DhcpPacket::option(quint8 code) const
{
    const qsizetype i = indexOf(code);
    if (i < 0)
        return {};
    const QByteArray &v = m_options[i].value;
    return v.isNull() ? QByteArray("") : v;
}

void DhcpPacket::setOption(quint8 code, const QByteArray &value, bool force)
{
    const qsizetype i = indexOf(code);
    if (i >= 0)
        m_options[i].value = value;
    else
        m_options.append(DhcpOption{code, value, 1});
    if (force)
        m_selected.set(code);
}

bool DhcpPacket::removeOption(quint8 code)
{
    const qsizetype i = indexOf(code);
    if (i < 0)
        return false;
    m_options.remove(i);
    return true;
}

bool DhcpPacket::isMandatory(quint8 code)
{
    return std::find(std::begin(kMandatory), std::end(kMandatory), code) != std::end(kMandatory);
}

bool DhcpPacket::isSelected(quint8 code) const
{
    return m_selectAll || m_selected.test(code) || isMandatory(code);
}

void DhcpPacket::selectAllOptions()
{
    m_selectAll = true;
}

void DhcpPacket::selectRequestedOptions(QByteArrayView requested)
{
    m_selectAll = false;
    m_selected.reset();
    for (char c : requested)
        m_selected.set(quint8(c));
}

void DhcpPacket::setSelected(quint8 code, bool selected)
{
    if (!selected && m_selectAll) {   // leaving "all" mode: select what is present, minus this one
        m_selectAll = false;
        for (const DhcpOption &o : std::as_const(m_options))
            m_selected.set(o.code);
    }
    m_selected.set(code, selected);
}

QList<quint8> DhcpPacket::selectedOptions() const
{
    QList<quint8> codes;
    for (int code = 1; code < 255; ++code) {
        if (m_selectAll ? hasOption(quint8(code)) : isSelected(quint8(code)))
            codes << quint8(code);
    }
    return codes;
}

void DhcpPacket::setMaximumMessageSize(int size)
{
    m_maximumMessageSize = std::clamp(size, int(DefaultMaximumMessageSize), 65535);
}

MessageType DhcpPacket::messageType() const
{
    const qsizetype i = indexOf(Opt::DhcpMessageType);
    if (i < 0 || m_options[i].value.size() != 1)
        return MessageType::None;
    const auto type = quint8(m_options[i].value[0]);
    return type <= quint8(MessageType::LeaseActive) ? MessageType(type) : MessageType::None;
}

void DhcpPacket::setMessageType(MessageType type)
{
    setOption(Opt::DhcpMessageType, QByteArray(1, char(type)));
}

MAC DhcpPacket::hardwareAddress() const
{
    std::array<quint8, 6> octets{};
    std::copy_n(chaddr.begin(), 6, octets.begin());
    return MAC(octets);
}

void DhcpPacket::setHardwareAddress(const MAC &mac)
{
    chaddr.fill(0);
    std::copy(mac.octets().begin(), mac.octets().end(), chaddr.begin());
    hlen = 6;
}

std::optional<IPv4> DhcpPacket::ipOption(quint8 code) const
{
    const auto ip = IPv4::fromBytes(option(code));
    if (!ip || ip->isUnspecified())
        return std::nullopt;
    return ip;
}

void DhcpPacket::transformBase()
{
    op = 2;
    hlen = 6;
    secs = 0;
    for (quint8 code : kClientOnly)
        removeOption(code);
    // [defect] fixed: staticDHCPd deleted 61 and never selected 82, so neither reached the client / relay.
    for (quint8 echoed : {Opt::ClientIdentifier, Opt::RelayAgent}) {
        if (hasOption(echoed))
            m_selected.set(echoed);
    }
}

void DhcpPacket::transformToAck()
{
    transformBase();
    setMessageType(MessageType::Ack);
}

void DhcpPacket::transformToOffer()
{
    transformBase();
    setMessageType(MessageType::Offer);
    ciaddr = IPv4();
}

void DhcpPacket::transformToNak()
{
    transformBase();
    setMessageType(MessageType::Nak);
    ciaddr = yiaddr = siaddr = IPv4();
    sname.fill('\0');
    file.fill('\0');
    // RFC 2131 Table 3: a DHCPNAK carries only 53, 54, 56 and the echoed 61 / 82; libpydhcpserver removed only 51.
    m_options.removeIf([](const DhcpOption &o) {
        return o.code != Opt::DhcpMessageType && o.code != Opt::ServerIdentifier && o.code != Opt::Message
            && o.code != Opt::ClientIdentifier && o.code != Opt::RelayAgent;
    });
}

static void clearForLeaseQuery(DhcpPacket &p)
{
    p.ciaddr = IPv4();
    p.sname.fill('\0');
    p.file.fill('\0');
}

void DhcpPacket::transformToLeaseActive()
{
    transformBase();
    setMessageType(MessageType::LeaseActive);
    clearForLeaseQuery(*this);
}

void DhcpPacket::transformToLeaseUnassigned()
{
    transformBase();
    setMessageType(MessageType::LeaseUnassigned);
    clearForLeaseQuery(*this);
}

void DhcpPacket::transformToLeaseUnknown()
{
    transformBase();
    setMessageType(MessageType::LeaseUnknown);
    clearForLeaseQuery(*this);
}

} // namespace qsd
