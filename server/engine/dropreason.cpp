#include "dropreason.h"


#include <iterator>

namespace qsd {
namespace {

struct ReasonText
{
    const char *name;
    const char *hint;
};

constexpr ReasonText kReasons[] = {
    {"", ""},
    {"malformed", "The packet was not a well-formed DHCP message; see the log for the byte offset."},
    {"not-dhcp", "A BOOTP message or a message type a DHCP server does not answer."},
    {"not-a-request", "The packet was a reply (op 2), probably from another DHCP server."},
    {"relay-not-allowed", "The request came through a relay; set [server] allow_dhcp_relays=true to serve it."},
    {"relay-not-authorised", "The relay is not listed in [server] allowed_dhcp_relays."},
    {"local-not-allowed", "Direct (non-relayed) requests are off: [server] allow_local_dhcp=false."},
    {"other-network", "A direct request arrived on an interface that does not own [server] dhcp_server_ip."},
    {"blacklisted", "The MAC is on the permanent blacklist; remove it there to serve the client."},
    {"temporarily-ignored", "The MAC is ignored for a while after an earlier drop; release it on the Blacklist page."},
    {"flood-suspended", "The client sent too many requests ([abuse] suspend_threshold) and is ignored for a while."},
    {"hook-rejected", "The filterPacket hook returned false."},
    {"hook-ignored", "The filterPacket hook returned null; the MAC is ignored for a while."},
    {"hook-vetoed", "The loadDHCPPacket hook returned false."},
    {"hook-failed", "A hook threw an error or ran out of time; see the Hooks page."},
    {"unknown-client", "No definition for this MAC: assign it an address to serve it."},
    {"other-server-selected", "The client chose another DHCP server's offer."},
    {"not-compliant", "A DHCPREQUEST that matches no RFC 2131 state (check the client)."},
    {"missing-fields", "An INFORM without ciaddr, or a DECLINE/RELEASE without its required options."},
    {"wrong-address", "The client rebinds an address that is not its definition's; it will fall back to DISCOVER."},
    {"leasequery-unsupported", "DHCPLEASEQUERY is not served."},
    {"database-error", "The definitions database did not answer; see the status and the log."},
    {"database-unavailable", "The definitions database is unreachable; only clients in the cache are answered until it is back."},
    {"lookup-queue-full", "Too many lookups were waiting for the definitions database ([database] lookup_queue); the client will retry."},
    {"send-failed", "The reply could not be sent; see the log."},
    {"reply-not-allowed", "A ProxyDHCP request from an address or port no DHCP client uses (68, or the ProxyDHCP port): not answered, so the server cannot be used to send traffic elsewhere."},
};
static_assert(std::size(kReasons) == size_t(DropReason::Count), "a name and hint for every DropReason");

} // namespace

QString dropReasonName(DropReason reason)
{
    return QString::fromLatin1(kReasons[size_t(reason)].name);
}

QString dropReasonHint(DropReason reason)
{
    return QString::fromLatin1(kReasons[size_t(reason)].hint);
}

} // namespace qsd
