#include "subnetsmodel.h"

#include "consolevalues.h"

#include <QHostAddress>

SubnetsModel::SubnetsModel(QObject *parent) : ServerRowsModel(parent)
{
    setRoleList(consolevalues::fieldNames<SubnetRow>() << QStringLiteral("label") << QStringLiteral("key"));
    setKeyRole(QStringLiteral("key"));
    refreshOn({ChangeKindEnum::Subnet, ChangeKindEnum::Map});
}

QString SubnetsModel::label(const SubnetRow &subnet)
{
    return subnet.serial() ? QStringLiteral("%1 #%2").arg(subnet.subnet()).arg(subnet.serial()) : subnet.subnet();
}

void SubnetsModel::refresh()
{
    if (!client())
        return;
    client()->ask(this, [](ManagementReplica &r) { return r.subnets(); }, [this](const SubnetsAnswer &answer) {
        QVariantList rows;
        if (answer.ok()) {
            m_subnets = answer.subnets();
            m_mapCount = 0;
            for (const SubnetRow &s : std::as_const(m_subnets)) {
                QVariantMap row = contract::toMap(s);
                row.insert(QStringLiteral("label"), label(s));
                row.insert(QStringLiteral("key"), s.subnet() + QLatin1Char('|') + QString::number(s.serial()));
                rows.append(row);
                m_mapCount += s.maps();
            }
        }
        show(answer.ok(), answer.error(), rows);
        if (answer.ok())
            emit countChanged();   // mapCount may have changed with the same subnets
    });
}

int SubnetsModel::indexOf(const QString &subnet, int serial) const
{
    for (int i = 0; i < int(m_subnets.size()); ++i) {
        if (m_subnets[i].subnet() == subnet && m_subnets[i].serial() == serial)
            return i;
    }
    return -1;
}

int SubnetsModel::indexHolding(const QString &ip) const
{
    const QHostAddress address(ip);
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return -1;
    for (int i = 0; i < int(m_subnets.size()); ++i) {
        const auto network = QHostAddress::parseSubnet(m_subnets[i].subnet());
        if (network.first.protocol() == QAbstractSocket::IPv4Protocol && address.isInSubnet(network))
            return i;
    }
    return -1;
}

int SubnetsModel::indexForRequest(const QString &relayIp) const
{
    if (m_subnets.isEmpty())
        return -1;
    const bool relayed = !relayIp.isEmpty() && relayIp != QLatin1String("0.0.0.0");
    QString probe = relayIp;
    if (!relayed) {
        const ManagementReplica *rep = client() ? client()->replica() : nullptr;
        probe = rep ? rep->status().config().value(QStringLiteral("server/dhcp_server_ip")).toString() : QString();
    }
    const int found = indexHolding(probe);
    return found >= 0 ? found : 0;
}
