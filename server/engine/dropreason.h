#pragma once

#include <QString>

namespace qsd {

/// Why a received packet got no reply. Each is counted, logged and shown in the console, so that "why did
/// this client get nothing?" always has an answer. `None` means the packet was answered or accepted.
enum class DropReason : quint8 {
    None,
    Malformed,             ///< the decoder gave up on it, or an option was malformed
    NotDhcp,               ///< BOOTP without option 53, or a message type a server does not answer
    NotARequest,           ///< op is not BOOTREQUEST
    RelayNotAllowed,       ///< giaddr set while allow_dhcp_relays is off
    RelayNotAuthorised,    ///< giaddr not in allowed_dhcp_relays
    LocalNotAllowed,       ///< no giaddr while allow_local_dhcp is off
    OtherNetwork,          ///< a direct request on an interface other than dhcp_server_ip's
    Blacklisted,           ///< on the permanent blacklist
    TemporarilyIgnored,    ///< on the temporary ignore list (unknown client, hook, or flood suspension)
    FloodSuspended,        ///< this packet tripped the flood threshold; the MAC is now ignored
    HookRejected,          ///< filterPacket returned false
    HookIgnored,           ///< filterPacket returned null: the MAC is ignored for a while
    HookVetoed,            ///< loadDHCPPacket returned false
    HookFailed,            ///< a hook threw or ran out of time
    UnknownClient,         ///< no definition for the MAC (and not authoritative)
    OtherServerSelected,   ///< a SELECTING request naming another server
    NotCompliant,          ///< a DHCPREQUEST in no RFC 2131 state
    MissingFields,         ///< INFORM without ciaddr, DECLINE without 50/54, RELEASE without 54
    WrongAddress,          ///< REBIND for an address that is not the client's: RFC 2131 says stay silent
    LeaseQueryUnsupported, ///< DHCPLEASEQUERY is not served (as staticDHCPd since 1.6.3)
    DatabaseError,         ///< the definitions store failed to answer
    DatabaseUnavailable,   ///< the definitions database is unreachable and the MAC is not in the cache
    LookupQueueFull,       ///< too many lookups were waiting for the definitions database
    SendFailed,            ///< the reply could not be sent
    ReplyNotAllowed,       ///< a ProxyDHCP request whose source is no DHCP client's address and port (reflection)
    Count
};

/// Stable identifier: "malformed", "relay-not-allowed", …
QString dropReasonName(DropReason reason);
/// One sentence for people: what happened and what to do about it.
QString dropReasonHint(DropReason reason);

} // namespace qsd
