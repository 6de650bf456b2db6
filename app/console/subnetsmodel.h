#pragma once

#include "serverrowsmodel.h"

/// The subnets (management.rep SubnetRow, subnets()), for the Definitions page's list, the subnet choices of the
/// map editor and the assign dialog, and the Dashboard's count of definitions. Roles: SubnetRow's fields, plus
/// `label` ("192.168.1.0/24 #2", the serial only when not 0) and `key` ("subnet|serial"). Refreshes when anyone
/// changes a subnet or a map (a subnet's `maps` count) and after a reinitialise.
class SubnetsModel : public ServerRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 mapCount READ mapCount NOTIFY countChanged)
public:
    explicit SubnetsModel(QObject *parent = nullptr);

    /// The maps of every subnet together.
    qint64 mapCount() const { return m_mapCount; }

    Q_INVOKABLE void refresh() override;
    /// The row of `subnet` #`serial`, or -1.
    Q_INVOKABLE int indexOf(const QString &subnet, int serial) const;
    /// The subnet a request came from: the one holding its relay (`relayIp`; "" or 0.0.0.0: none), else the one
    /// holding the server's own address ([server] dhcp_server_ip); the first subnet when none does, -1 when there
    /// is no subnet.
    Q_INVOKABLE int indexForRequest(const QString &relayIp) const;
    /// The typed row, or null.
    const SubnetRow *rowAt(int row) const { return row >= 0 && row < m_subnets.size() ? &m_subnets[row] : nullptr; }

    /// "192.168.1.0/24", or "192.168.1.0/24 #2" for serial 2.
    static QString label(const SubnetRow &subnet);

private:
    int indexHolding(const QString &ip) const;

    QList<SubnetRow> m_subnets;
    qint64 m_mapCount = 0;
};
