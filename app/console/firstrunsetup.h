#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QPointer>

class ConsoleClient;

/// The first-run wizard's work (CONSOLE.md; DESIGN.md "Safe by default"): lists this machine's IPv4 interfaces,
/// proposes the network of the chosen one, and writes a configuration file and an empty SQLite database beside
/// it. `authoritative` stays off unless the admin turns it on. The subnet row is added over the management API
/// once the embedded server runs (pendingSubnet, through `connection`: pendingSubnetAdded), so the schema is the
/// server's own. A singleton of QStaticDHCP.Console (consolesingletons.h).
class FirstRunSetup : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString configFile READ configFile CONSTANT)
    Q_PROPERTY(QVariantMap pendingSubnet READ pendingSubnet NOTIFY pendingSubnetChanged)
    Q_PROPERTY(QString privilegeProblem READ privilegeProblem CONSTANT)
public:
    explicit FirstRunSetup(const QString &configFile, QObject *parent = nullptr);

    QString configFile() const { return m_configFile; }
    QVariantMap pendingSubnet() const { return m_pendingSubnet; }
    /// Said before anything is written: why this process could not bind the DHCP port, with the fix; empty when
    /// it can (root, CAP_NET_BIND_SERVICE, or the system lets everyone bind it).
    QString privilegeProblem() const;
    /// The rule behind privilegeProblem(), testable: `capEff` is /proc/self/status's CapEff (hex),
    /// `unprivilegedPortStart` is net.ipv4.ip_unprivileged_port_start (-1: unknown).
    static bool canBindPort(uint euid, const QString &capEff, int unprivilegedPortStart, int port);

    /// [{name, address, prefixLength, network, netmask, broadcast, gateway}] of the up, non-loopback IPv4
    /// interfaces (loopback last, for trying it out on one machine).
    Q_INVOKABLE QVariantList interfaces() const;
    /// Writes the files. choice: {interface, address, network (a.b.c.d/len), gateway, dns, domain, leaseTime,
    /// authoritative, port}. {ok, error, field} — field names the input at fault.
    Q_INVOKABLE QVariantMap create(const QVariantMap &choice);
    Q_INVOKABLE void clearPendingSubnet();

    /// The connection to the embedded server: on connection, the pending subnet is added, once.
    void setClient(ConsoleClient *client);

signals:
    void pendingSubnetChanged();
    /// The subnet the wizard proposed was added (or refused, with the server's reason).
    void pendingSubnetAdded(bool ok, const QString &subnet, const QString &error);

private:
    void addPendingSubnet();

    QPointer<ConsoleClient> m_client;
    QString m_configFile;
    QVariantMap m_pendingSubnet;
};
