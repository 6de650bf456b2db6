// The portable UdpEndpoint: QUdpSocket. Used where no native implementation exists.
#include "udpendpoint.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QVariant>

namespace qsd {
namespace {

IPv4 toIPv4(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v = address.toIPv4Address(&ok);
    return ok ? IPv4(v) : IPv4();
}

} // namespace

class QtUdpEndpoint final : public UdpEndpoint
{
public:
    bool open(quint16 port, const QString &interfaceName, int receiveBufferBytes, const Receiver &receiver,
              QString *error) override
    {
        Q_UNUSED(interfaceName)   // binding to a device needs a platform call; the Linux endpoint does it
        close();
        m_socket = std::make_unique<QUdpSocket>();
        if (!m_socket->bind(QHostAddress::AnyIPv4, port, QAbstractSocket::DontShareAddress)) {
            *error = bindError(port, m_socket->errorString(), m_socket->error() == QAbstractSocket::AddressInUseError,
                               m_socket->error() == QAbstractSocket::SocketAccessError);
            m_socket.reset();
            return false;
        }
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBufferBytes);
        m_receiver = receiver;
        connect(m_socket.get(), &QUdpSocket::readyRead, this, [this] {
            while (m_socket->hasPendingDatagrams()) {
                const QNetworkDatagram in = m_socket->receiveDatagram(2048);
                if (!in.isValid())
                    continue;
                Datagram d{in.data(), toIPv4(in.senderAddress()), quint16(in.senderPort()),
                           toIPv4(in.destinationAddress()), int(in.interfaceIndex())};
                m_receiver(d);
            }
        });
        return true;
    }

    void close() override { m_socket.reset(); }
    bool tiedToInterface() const override { return false; }

    bool send(const QByteArray &data, IPv4 to, quint16 port, int interfaceIndex, QString *error) override
    {
        QNetworkDatagram out(data, QHostAddress(to.toUInt32()), port);
        if (interfaceIndex > 0)
            out.setInterfaceIndex(uint(interfaceIndex));
        if (m_socket->writeDatagram(out) != data.size()) {
            *error = m_socket->errorString();
            return false;
        }
        return true;
    }

private:
    std::unique_ptr<QUdpSocket> m_socket;
    Receiver m_receiver;
};

#ifndef Q_OS_LINUX
std::unique_ptr<UdpEndpoint> UdpEndpoint::create(Api)
{
    return std::make_unique<QtUdpEndpoint>();
}
#else
std::unique_ptr<UdpEndpoint> createQtUdpEndpoint()
{
    return std::make_unique<QtUdpEndpoint>();
}
#endif

} // namespace qsd
