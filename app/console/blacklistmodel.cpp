#include "blacklistmodel.h"

#include "consolevalues.h"

#include <QDateTime>

BlacklistModel::BlacklistModel(QObject *parent)
    : QObject(parent), m_temporary(new RowsModel(this)), m_permanent(new RowsModel(this))
{
    m_temporary->setRoleList(consolevalues::fieldNames<TemporaryBlacklistRow>());
    m_temporary->setKeyRole(QStringLiteral("mac"));
    m_permanent->setRoleList(consolevalues::fieldNames<PermanentBlacklistRow>());
    m_permanent->setKeyRole(QStringLiteral("mac"));
}

void BlacklistModel::setClient(ConsoleClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client) {
        connect(m_client, &ConsoleClient::connected, this, &BlacklistModel::refresh);
        connect(m_client, &ConsoleClient::definitionsChanged, this, [this](ChangeKindEnum::ChangeKind kind) {
            if (ConsoleClient::concerns(kind, ChangeKindEnum::Blacklist))
                refresh();
        });
    }
    emit connectionChanged();
    if (m_client && m_client->state() == ConsoleClient::Connected)
        refresh();
}

void BlacklistModel::refresh()
{
    if (!m_client)
        return;
    m_client->ask(this, [](ManagementReplica &r) { return r.blacklist(); }, [this](const BlacklistAnswer &answer) {
        m_error = answer.ok() ? QString() : answer.error();
        if (answer.ok()) {
            m_fetchedAtMs = double(QDateTime::currentMSecsSinceEpoch());
            m_temporary->setRows(consolevalues::plainRows(answer.temporary()));
            m_permanent->setRows(consolevalues::plainRows(answer.permanent()));
        }
        emit refreshed();
    });
}
