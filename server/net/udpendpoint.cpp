#include "udpendpoint.h"

#include "platform/portdiagnostics.h"

namespace qsd {

QString UdpEndpoint::bindError(quint16 port, const QString &reason, bool inUse, bool denied)
{
    QString error = QStringLiteral("cannot listen on UDP port %1: %2").arg(port).arg(reason);
    if (inUse) {
        const QString holder = describeUdpPortHolder(port);
        error += holder.isEmpty() ? QStringLiteral(" (another DHCP server is running?)")
                                  : QStringLiteral(" (in use by %1)").arg(holder);
        const QString advice = udpPortHolderAdvice(holder, port);
        if (!advice.isEmpty())
            error += QStringLiteral(": ") + advice;
    } else if (denied) {
        error += QStringLiteral(" (ports below 1024 need root or CAP_NET_BIND_SERVICE)");
    }
    return error;
}

} // namespace qsd
