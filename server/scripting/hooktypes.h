#pragma once

#include "protocol/ipv4.h"
#include "protocol/mac.h"

#include <QJSValue>
#include <QString>

#include <iterator>
#include <optional>

namespace qsd {

/// What HookRunner calls and counts: first the functions a hook file may export (DESIGN.md "Hooks"), then the
/// kinds of callbacks it registers. kHooks names each one.
enum class Hook {
    Init, FilterPacket, HandleUnknownMAC, FilterRetrievedDefinitions, LoadDHCPPacket,
    TickHandlers, StatsHandlers, ReinitHandlers, WebCallbacks,
    Count
};

struct HookRow
{
    Hook hook;
    const char *name;   ///< the exported function's name; for callbacks, what the Hooks page and the log call them
    bool exported;      ///< a function of the hook file, looked up by `name` when it is loaded
};

/// The one list of hooks: HookRunner's statistics (the management API's hook rows) are in this order.
inline constexpr HookRow kHooks[] = {
    {Hook::Init, "init", true},
    {Hook::FilterPacket, "filterPacket", true},
    {Hook::HandleUnknownMAC, "handleUnknownMAC", true},
    {Hook::FilterRetrievedDefinitions, "filterRetrievedDefinitions", true},
    {Hook::LoadDHCPPacket, "loadDHCPPacket", true},
    {Hook::TickHandlers, "tick handlers", false},
    {Hook::StatsHandlers, "stats handlers", false},
    {Hook::ReinitHandlers, "reinit handlers", false},
    {Hook::WebCallbacks, "web callbacks", false},
};
constexpr bool hooksInOrder()
{
    for (size_t i = 0; i < std::size(kHooks); ++i) {
        if (size_t(kHooks[i].hook) != i)
            return false;
    }
    return std::size(kHooks) == size_t(Hook::Count);
}
static_assert(hooksInOrder(), "one row per Hook, in the enum's order");

/// The hook's name as exported ("init", "filterPacket", …), or the callbacks' ("tick handlers", …).
inline QString hookName(Hook hook)
{
    return QLatin1String(kHooks[size_t(hook)].name);
}

/// What filterPacket decided (inventory §9): true → Accept, false → Reject, null/undefined → Ignore
/// (temporary blacklist); Failed when the hook threw or ran out of time.
enum class FilterVerdict { Accept, Reject, Ignore, Failed };

/// The libpydhcpserver per-packet routing overrides a hook may set (`packet.response_ip`, `response_port`,
/// `response_source_port`, `response_mac`); unset fields leave the RFC 2131 §4.1 destination alone.
struct ResponseOverrides
{
    std::optional<IPv4> ip;
    std::optional<quint16> port;
    std::optional<quint16> sourcePort;
    std::optional<MAC> mac;

    bool any() const { return ip || port || sourcePort || mac; }
};

/// The hooks' state of an exchange that waits for its lookup (HookRunner::suspendExchange): its `meta` object
/// and response overrides, kept with the exchange while others are processed.
struct SuspendedHookState
{
    QJSValue meta;
    ResponseOverrides overrides;
};

/// The plain values every packet hook receives (the scripting layer never sees the engine's Exchange).
struct HookArguments
{
    QString method;                   ///< "DISCOVER", "REQUEST:SELECTING", …
    MAC mac;
    std::optional<IPv4> clientIp;
    std::optional<IPv4> relayIp;
    quint16 port = 67;                ///< the port the packet arrived on
};

/// One packet's statistics record as `callbacks.statsAddHandler` callbacks see it (staticDHCPd's
/// statistics.Statistics namedtuple, inventory §6).
struct StatsRecord
{
    std::optional<IPv4> sourceAddress;
    std::optional<MAC> mac;
    std::optional<IPv4> ip;
    QString subnet;
    int serial = 0;
    QString method;                   ///< empty: not a DHCP packet (None)
    double processingTime = 0;        ///< seconds
    bool processed = false;
    quint16 port = 67;
};

/// Counters of one hook or callback kind, for the console's Hooks page.
struct HookStats
{
    QString name;
    quint64 calls = 0;
    quint64 errors = 0;               ///< threw (timeouts included)
    quint64 timeouts = 0;
    qint64 totalNs = 0;
    qint64 worstNs = 0;
    QString lastError;                ///< "file:line: TypeError: …"
};

} // namespace qsd
