#include "serverrowsmodel.h"

ServerRowsModel::ServerRowsModel(QObject *parent) : RowsModel(parent) { }

void ServerRowsModel::setClient(ConsoleClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client) {
        connect(m_client, &ConsoleClient::connected, this, &ServerRowsModel::refresh);
        connect(m_client, &ConsoleClient::definitionsChanged, this, [this](ChangeKindEnum::ChangeKind kind) {
            if (kind == ChangeKindEnum::All || m_kinds.contains(kind))
                refresh();
        });
    }
    emit connectionChanged();
    if (m_client && m_client->state() == ConsoleClient::Connected)
        refresh();
}

void ServerRowsModel::show(bool ok, const QString &error, const QVariantList &rows)
{
    if (ok)
        setRows(rows);
    const QString now = ok ? QString() : error;
    if (now != m_error) {
        m_error = now;
        emit errorChanged();
    }
    if (ok)
        emit refreshed();
}
