#include "firstrunsetup.h"

#include "consoleclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace {

QVariantMap refused(const QString &field, const QString &error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("field"), field}, {QStringLiteral("error"), error}};
}

QString ipv4(quint32 value)
{
    return QHostAddress(value).toString();
}

} // namespace

FirstRunSetup::FirstRunSetup(const QString &configFile, QObject *parent) : QObject(parent), m_configFile(configFile) { }

QVariantList FirstRunSetup::interfaces() const
{
    QVariantList real;
    QVariantList loopback;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const int length = entry.prefixLength();
            const quint32 address = entry.ip().toIPv4Address();
            const quint32 mask = length <= 0 ? 0 : quint32(0xFFFFFFFFu << (32 - length));
            const quint32 network = address & mask;
            const QVariantMap row{{QStringLiteral("name"), iface.humanReadableName()},
                                  {QStringLiteral("address"), entry.ip().toString()},
                                  {QStringLiteral("prefixLength"), length},
                                  {QStringLiteral("network"), QStringLiteral("%1/%2").arg(ipv4(network)).arg(length)},
                                  {QStringLiteral("netmask"), ipv4(mask)},
                                  {QStringLiteral("broadcast"), ipv4(network | ~mask)},
                                  // The usual gateway of a small office is the network's first address.
                                  {QStringLiteral("gateway"), length < 31 ? ipv4(network + 1) : QString()}};
            (iface.flags() & QNetworkInterface::IsLoopBack ? loopback : real).append(row);
        }
    }
    return real + loopback;
}

QVariantMap FirstRunSetup::create(const QVariantMap &choice)
{
    const QString address = choice.value(QStringLiteral("address")).toString();
    bool ok = false;
    const quint32 server = QHostAddress(address).toIPv4Address(&ok);
    if (!ok)
        return refused(QStringLiteral("address"), tr("'%1' is not an IPv4 address").arg(address));
    const QString network = choice.value(QStringLiteral("network")).toString();
    const auto parsed = QHostAddress::parseSubnet(network);
    if (parsed.first.protocol() != QAbstractSocket::IPv4Protocol || parsed.second < 8 || parsed.second > 30)
        return refused(QStringLiteral("network"), tr("'%1' is not a network like 192.168.1.0/24").arg(network));
    if (!QHostAddress(server).isInSubnet(parsed))
        return refused(QStringLiteral("network"), tr("the server's address %1 is not inside %2").arg(address, network));
    const QString gateway = choice.value(QStringLiteral("gateway")).toString().trimmed();
    if (!gateway.isEmpty() && !QHostAddress(gateway).isInSubnet(parsed))
        return refused(QStringLiteral("gateway"), tr("the gateway %1 is not inside %2").arg(gateway, network));
    QStringList dns;
    for (const QString &d : choice.value(QStringLiteral("dns")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QHostAddress a(d.trimmed());
        if (a.protocol() != QAbstractSocket::IPv4Protocol)
            return refused(QStringLiteral("dns"), tr("'%1' is not an IPv4 address").arg(d.trimmed()));
        dns << a.toString();
    }
    const int leaseTime = choice.value(QStringLiteral("leaseTime"), 86400).toInt();
    if (leaseTime < 60)
        return refused(QStringLiteral("leaseTime"), tr("a lease of less than a minute makes clients ask all the time"));
    const int port = choice.value(QStringLiteral("port"), 67).toInt();

    const QFileInfo info(m_configFile);
    if (!QDir().mkpath(info.absolutePath()))
        return refused(QString(), tr("cannot create the folder %1").arg(info.absolutePath()));
    const quint32 mask = quint32(0xFFFFFFFFu << (32 - parsed.second));
    QString text;
    text += QStringLiteral("# Written by the QStaticDHCP console's first-run wizard. Every key: the README's table.\n");
    text += QStringLiteral("[server]\ndhcp_server_ip=%1\n").arg(address);
    if (port != 67)
        text += QStringLiteral("dhcp_server_port=%1\ndhcp_client_port=%2\n").arg(port).arg(port + 1);
    const QString iface = choice.value(QStringLiteral("interface")).toString();
    if (!iface.isEmpty())
        text += QStringLiteral("dhcp_response_interface=%1\n").arg(iface);
    text += QStringLiteral("authoritative=%1\n").arg(choice.value(QStringLiteral("authoritative")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    text += QStringLiteral("system_name=QStaticDHCP\n\n[database]\nengine=sqlite\nsqlite_file=definitions.sqlite\n\n");
    text += QStringLiteral("[management]\nlisten=local:qstaticdhcp-console\n");
    QSaveFile file(m_configFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit())
        return refused(QString(), tr("cannot write %1: %2").arg(m_configFile, file.errorString()));

    m_pendingSubnet = {{QStringLiteral("subnet"), network}, {QStringLiteral("serial"), 0},
                       {QStringLiteral("lease_time"), leaseTime}, {QStringLiteral("gateway"), gateway},
                       {QStringLiteral("subnet_mask"), ipv4(mask)},
                       {QStringLiteral("broadcast_address"), ipv4(parsed.first.toIPv4Address() | ~mask)},
                       {QStringLiteral("domain_name_servers"), dns.join(QLatin1Char(','))},
                       {QStringLiteral("domain_name"), choice.value(QStringLiteral("domain")).toString().trimmed()}};
    emit pendingSubnetChanged();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("error"), QString()}, {QStringLiteral("configFile"), m_configFile}};
}

bool FirstRunSetup::canBindPort(uint euid, const QString &capEff, int unprivilegedPortStart, int port)
{
    constexpr int CapNetBindService = 10;
    bool ok = false;
    const qulonglong caps = capEff.trimmed().toULongLong(&ok, 16);
    return euid == 0 || (ok && (caps >> CapNetBindService & 1)) || (unprivilegedPortStart >= 0 && port >= unprivilegedPortStart);
}

QString FirstRunSetup::privilegeProblem() const
{
#ifdef Q_OS_LINUX
    QString capEff;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("CapEff:"))
                capEff = QString::fromLatin1(line.mid(7));
        }
    }
    int start = -1;
    QFile sysctl(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (sysctl.open(QIODevice::ReadOnly | QIODevice::Text))
        start = sysctl.readAll().trimmed().toInt();
    if (canBindPort(geteuid(), capEff, start, 67))
        return QString();
    return tr("This console runs as an ordinary user and cannot answer on the DHCP port (67). Run the server as the "
              "service (sudo systemctl start qstaticdhcpd) and manage it with qstaticdhcp --connect local:qstaticdhcpd, "
              "or start the console as root.");
#else
    return QString();
#endif
}

void FirstRunSetup::clearPendingSubnet()
{
    m_pendingSubnet.clear();
    emit pendingSubnetChanged();
}

void FirstRunSetup::setClient(ConsoleClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client)
        connect(m_client, &ConsoleClient::connected, this, &FirstRunSetup::addPendingSubnet);
}

void FirstRunSetup::addPendingSubnet()
{
    if (!m_client || m_pendingSubnet.value(QStringLiteral("subnet")).toString().isEmpty())
        return;
    const QVariantMap subnet = m_pendingSubnet;
    clearPendingSubnet();
    m_client->ask(this, [&](ManagementReplica &r) { return r.addSubnet(subnet); }, [this, subnet](const SubnetAnswer &answer) {
        emit pendingSubnetAdded(answer.ok(), subnet.value(QStringLiteral("subnet")).toString(), answer.error());
    });
}
