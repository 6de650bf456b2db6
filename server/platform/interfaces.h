#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace qsd {

/// A network interface as the transport needs it: to resolve DHCP_RESPONSE_INTERFACE '-' from dhcp_server_ip,
/// and to send raw replies.
struct InterfaceInfo
{
    QString name;             ///< "eth0"; an alias label ("eth0:1") is reduced to its interface
    int index = 0;            ///< the kernel's interface index (QNetworkDatagram::interfaceIndex)
    QByteArray hardwareAddress;   ///< the 6-byte MAC; empty for interfaces without one (tun, …)
};

/// The interface holding IPv4 address `ipv4` (host byte order), as staticDHCPd resolves its interface from
/// DHCP_SERVER_IP; nullopt if no interface has it.
std::optional<InterfaceInfo> interfaceOwning(quint32 ipv4);

/// The interface called `name` (an alias such as "eth0:1" means eth0); nullopt if there is none.
std::optional<InterfaceInfo> interfaceByName(const QString &name);

} // namespace qsd
