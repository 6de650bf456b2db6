#include "unknownclientsmodel.h"

#include "consolevalues.h"

UnknownClientsModel::UnknownClientsModel(QObject *parent) : ServerRowsModel(parent)
{
    setRoleList(consolevalues::fieldNames<UnknownClientRow>());
    setKeyRole(QStringLiteral("mac"));
    refreshOn({ChangeKindEnum::Map, ChangeKindEnum::Blacklist});   // a promotion or a blacklisting ends an entry
}

void UnknownClientsModel::refresh()
{
    if (!client())
        return;
    client()->ask(this, [](ManagementReplica &r) { return r.unknownClients(); }, [this](const UnknownClientsAnswer &answer) {
        show(answer.ok(), answer.error(), consolevalues::plainRows(answer.clients()));
    });
}
