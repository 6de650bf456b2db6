#include "interfaces.h"

#include <QHostAddress>
#include <QNetworkInterface>

namespace qsd {

namespace {

QString withoutAlias(const QString &name)
{
    return name.section(QLatin1Char(':'), 0, 0);
}

/// "AA:BB:CC:DD:EE:FF" → six bytes; anything else → empty.
QByteArray macBytes(const QString &text)
{
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());   // fromHex skips the colons
    return bytes.size() == 6 && text.size() == 17 ? bytes : QByteArray();
}

InterfaceInfo infoOf(const QNetworkInterface &iface)
{
    InterfaceInfo info;
    info.name = withoutAlias(iface.name());
    info.index = iface.index();
    if (info.name != iface.name()) {
        // An alias: report the real interface, index and address included.
        const QNetworkInterface real = QNetworkInterface::interfaceFromName(info.name);
        if (real.isValid()) {
            info.index = real.index();
            info.hardwareAddress = macBytes(real.hardwareAddress());
            return info;
        }
    }
    info.hardwareAddress = macBytes(iface.hardwareAddress());
    return info;
}

} // namespace

std::optional<InterfaceInfo> interfaceOwning(quint32 ipv4)
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            bool isIPv4 = false;
            if (entry.ip().toIPv4Address(&isIPv4) == ipv4 && isIPv4)
                return infoOf(iface);
        }
    }
    return std::nullopt;
}

std::optional<InterfaceInfo> interfaceByName(const QString &name)
{
    const QString real = withoutAlias(name);
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (iface.name() == name || iface.name() == real)
            return infoOf(iface);
    }
    return std::nullopt;
}

} // namespace qsd
