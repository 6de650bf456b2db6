#pragma once

#include <QString>
#include <QtGlobal>

namespace qsd {

/// Who holds UDP `port` (any local address, IPv4 or IPv6): "dnsmasq (pid 1234)", several joined with ", ", or ""
/// when it cannot be told (no such socket, not permitted to look at other processes, not Linux).
/// Linux: finds the socket inodes bound to the port in /proc/net/udp and /proc/net/udp6, then the processes
/// with a `socket:[inode]` descriptor under /proc/<pid>/fd. For start-up errors such as
/// "port 67 is in use by dnsmasq (pid 1234)".
QString describeUdpPortHolder(quint16 port);

} // namespace qsd
