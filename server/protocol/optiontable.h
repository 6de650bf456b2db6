#pragma once

#include <QString>
#include <QStringView>

#include <string_view>

namespace qsd {

/// How an option's value is laid out on the wire: libpydhcpserver's TYPE_* (inventory §8).
enum class OptionType : quint8 {
    IPv4,        ///< exactly one address ("ipv4")
    IPv4Plus,    ///< one or more addresses ("ipv4+")
    IPv4Star,    ///< zero or more addresses ("ipv4*")
    Byte,        ///< one octet
    BytePlus,    ///< one or more octets
    String,      ///< text, UTF-8
    Bool,        ///< one octet, 0 or 1
    UInt16,      ///< "16-bits", big-endian
    UInt16Plus,  ///< one or more 16-bit values
    UInt32,      ///< "32-bits", big-endian
    UInt32Plus,  ///< one or more 32-bit values
    Identifier,  ///< client identifier (61): type octet + at least one octet
    None,        ///< no payload (rapid commit, 80)
    Rfc,         ///< structured; built by an RFC helper (rfc.h), any bytes accepted
    Unassigned,  ///< no name in staticDHCPd; kept as raw bytes
    Reserved,    ///< 224-254, site-specific (RFC 2132 §2); kept as raw bytes
    Count
};

/// One row of the option table: the only place in the code base that names DHCP options.
struct OptionDef
{
    quint8 code;
    std::string_view name;   ///< staticDHCPd's name; empty for unassigned and site-specific codes
    OptionType type;

    /// The staticDHCPd name, or "option_<code>" where staticDHCPd has none.
    QString displayName() const;
};

/// Option codes the server itself reads or writes. Names for people live in the table only.
namespace Opt {
constexpr quint8 Pad = 0;
constexpr quint8 SubnetMask = 1;
constexpr quint8 Router = 3;
constexpr quint8 DomainNameServers = 6;
constexpr quint8 Hostname = 12;
constexpr quint8 DomainName = 15;
constexpr quint8 MaximumDatagramReassemblySize = 22;
constexpr quint8 BroadcastAddress = 28;
constexpr quint8 NtpServers = 42;
constexpr quint8 RequestedIpAddress = 50;
constexpr quint8 IpAddressLeaseTime = 51;
constexpr quint8 Overload = 52;
constexpr quint8 DhcpMessageType = 53;
constexpr quint8 ServerIdentifier = 54;
constexpr quint8 ParameterRequestList = 55;
constexpr quint8 Message = 56;
constexpr quint8 MaximumDhcpMessageSize = 57;
constexpr quint8 RenewalTimeValue = 58;
constexpr quint8 RebindingTimeValue = 59;
constexpr quint8 VendorClassIdentifier = 60;
constexpr quint8 ClientIdentifier = 61;
constexpr quint8 RapidCommit = 80;
constexpr quint8 ClientFqdn = 81;
constexpr quint8 RelayAgent = 82;
constexpr quint8 ClientSystem = 93;
constexpr quint8 DomainSearch = 119;
constexpr quint8 SipServers = 120;
constexpr quint8 ClasslessStaticRoute = 121;
constexpr quint8 VendorClass = 124;
constexpr quint8 VendorSpecific = 125;
constexpr quint8 End = 255;
} // namespace Opt

namespace OptionTable {
/// The row for `code` (1..254); nullptr for 0 (pad) and 255 (end).
const OptionDef *find(int code);
/// The row named `name` (staticDHCPd's name, "option_<n>", or a decimal code); nullptr if none.
const OptionDef *find(QStringView name);
/// Rows for codes 1..254 in ascending order.
const OptionDef *begin();
const OptionDef *end();
/// The type's name as libpydhcpserver writes it ("ipv4+", "32-bits", …).
QString typeName(OptionType type);
} // namespace OptionTable

} // namespace qsd
