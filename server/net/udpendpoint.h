#pragma once

#include "protocol/ipv4.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace qsd {

/// One UDP port of the server: receive with the arrival interface and destination address, send from the same
/// port. Two implementations: Linux reads a native socket in batches (recvmmsg: one wake-up drains the queue,
/// without QUdpSocket's peeking calls per datagram); elsewhere QUdpSocket does it all. `[server] socket_api = qt`
/// makes Linux take the portable path too, so that it meets real clients here.
class UdpEndpoint : public QObject
{
    Q_OBJECT
public:
    struct Datagram
    {
        QByteArray data;
        IPv4 source;
        quint16 sourcePort = 0;
        IPv4 destination;        ///< 0.0.0.0 when the platform did not say
        int interfaceIndex = 0;  ///< 0 when the platform did not say
    };
    using Receiver = std::function<void(Datagram &)>;

    /// Native: the platform's own socket calls where this project has them (Linux), else QUdpSocket.
    /// Qt: QUdpSocket on every platform (what Windows and macOS run).
    enum class Api { Native, Qt };
    static std::unique_ptr<UdpEndpoint> create(Api api);
    ~UdpEndpoint() override = default;

    /// Binds 0.0.0.0:`port` without sharing it (a second server on the port is an error), with SO_BROADCAST, the
    /// given receive buffer, and, when `interfaceName` is not empty, tied to that interface (Linux).
    virtual bool open(quint16 port, const QString &interfaceName, int receiveBufferBytes, const Receiver &receiver,
                      QString *error) = 0;
    virtual void close() = 0;
    /// True when open() tied the socket to its interface (SO_BINDTODEVICE): only the native Linux endpoint can.
    virtual bool tiedToInterface() const = 0;
    /// Sends from the bound port; `interfaceIndex` > 0 picks the outgoing interface (for broadcasts).
    virtual bool send(const QByteArray &data, IPv4 to, quint16 port, int interfaceIndex, QString *error) = 0;

protected:
    UdpEndpoint() = default;
    /// The start-up error for a failed bind, naming the port and, where the OS tells, who holds it.
    static QString bindError(quint16 port, const QString &reason, bool inUse, bool denied);
};

} // namespace qsd
