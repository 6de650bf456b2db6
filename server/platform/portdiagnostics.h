#pragma once

#include <QString>
#include <QtGlobal>

namespace qsd {

/// Who holds UDP `port` (any local address, IPv4 or IPv6): "dnsmasq (pid 1234)", several joined with ", ", or ""
/// when it cannot be told (no such socket, not permitted to look at other processes, not Linux).
/// Linux: finds the socket inodes bound to the port in /proc/net/udp and /proc/net/udp6, then the processes
/// with a `socket:[inode]` descriptor under /proc/<pid>/fd. For start-up errors such as
/// "port 67 is in use by dnsmasq (pid 1234)".
/// macOS: asks `lsof -nP -iUDP:<port> -Fpc` (what it can see: run as root for every process).
QString describeUdpPortHolder(quint16 port);

/// The processes of `lsof -F pc` output ("p812\ncbootpd\n…") as "bootpd (pid 812)", several joined with ", ".
QString describeLsofProcesses(const QByteArray &lsofFields);

/// What to do when `holders` (describeUdpPortHolder()'s answer, possibly empty) keeps UDP `port` busy, for the
/// holders that are part of the operating system; empty otherwise. macOS's own DHCP server, bootpd, takes port
/// 67 when Internet Sharing is on (launchd starts it on demand, so it may not even be running yet).
QString udpPortHolderAdvice(const QString &holders, quint16 port);

} // namespace qsd
