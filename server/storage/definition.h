#pragma once

#include "protocol/ipv4.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace qsd {

/// What the database says about one client: staticDHCPd's `Definition` (databases/generic.py, inventory §3).
/// Empty strings and lists mean "not set" (staticDHCPd's None); `extra` holds the EXTRA_MAPS / EXTRA_SUBNETS
/// columns as 'maps.<col>' / 'subnets.<col>'.
struct Definition
{
    /// staticDHCPd truncates domain_name_servers and ntp_servers to this many addresses; gateways are unlimited.
    static constexpr int MaxServers = 3;

    IPv4 ip;                                  ///< yiaddr
    quint32 lease_time = 0;                   ///< option 51, seconds; from the subnet row
    QString subnet;                           ///< free-text subnet identifier (grouping key, not an option)
    int serial = 0;                           ///< partitions a subnet
    QString hostname;                         ///< option 12
    QList<IPv4> gateways;                     ///< option 3
    std::optional<IPv4> subnet_mask;          ///< option 1
    std::optional<IPv4> broadcast_address;    ///< option 28
    QString domain_name;                      ///< option 15
    QList<IPv4> domain_name_servers;          ///< option 6, at most MaxServers
    QList<IPv4> ntp_servers;                  ///< option 42, at most MaxServers
    QVariantMap extra;                        ///< free metadata for hooks

    friend bool operator==(const Definition &a, const Definition &b);
    friend bool operator!=(const Definition &a, const Definition &b) { return !(a == b); }
};

} // namespace qsd
