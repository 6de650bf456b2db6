#include "method.h"

#include <array>
#include <iterator>

namespace qsd {
namespace {

constexpr const char *kMethodNames[] = {
    "OTHER", "DISCOVER", "REQUEST:SELECTING", "REQUEST:INIT-REBOOT", "REQUEST:RENEW", "REQUEST:REBIND",
    "REQUEST", "DECLINE", "RELEASE", "INFORM", "LEASEQUERY",
};
static_assert(std::size(kMethodNames) == size_t(Method::Count), "a name for every Method");

} // namespace

QString methodName(Method method)
{
    // Made once: every packet asks (hook arguments, statistics, logs), and a copy costs no allocation.
    static const auto names = [] {
        std::array<QString, size_t(Method::Count)> out;
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = QString::fromLatin1(kMethodNames[i]);
        return out;
    }();
    return names[size_t(method)];
}

Method methodFromName(QStringView name)
{
    for (size_t i = 0; i < std::size(kMethodNames); ++i) {
        if (name == QLatin1String(kMethodNames[i]))
            return Method(i);
    }
    return Method::Other;
}

Method classify(const DhcpPacket &packet, const Arrival &arrival)
{
    if (packet.op != 1)
        return Method::Other;
    switch (packet.messageType()) {
    case MessageType::Discover: return Method::Discover;
    case MessageType::Decline: return Method::Decline;
    case MessageType::Release: return Method::Release;
    case MessageType::Inform: return Method::Inform;
    case MessageType::LeaseQuery: return Method::LeaseQuery;
    case MessageType::Request: break;
    default: return Method::Other;
    }
    const bool sid = packet.ipOption(Opt::ServerIdentifier).has_value();
    const bool ciaddr = !packet.ciaddr.isUnspecified();
    const bool requested = packet.ipOption(Opt::RequestedIpAddress).has_value();
    if (sid && !ciaddr)
        return Method::RequestSelecting;
    if (!sid && !ciaddr && requested)
        return Method::RequestInitReboot;
    if (!sid && ciaddr && !requested) {
        bool rebind;
        if (!packet.giaddr.isUnspecified())
            rebind = true;   // relays forward broadcasts only: a relayed request is a REBIND
        else if (!arrival.destinationIp.isUnspecified())
            rebind = arrival.destinationIp.isBroadcast();
        else
            rebind = arrival.sourceIp.isUnspecifiedOrBroadcast();   // staticDHCPd's rule
        return rebind ? Method::RequestRebind : Method::RequestRenew;
    }
    return Method::Request;
}

} // namespace qsd
