#include "activitymodel.h"

#include "consolevalues.h"

ActivityModel::ActivityModel(QObject *parent) : ServerRowsModel(parent)
{
    setRoleList(consolevalues::fieldNames<ActivityRow>());
    setKeyRole(QStringLiteral("mac"));
}

void ActivityModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    emit limitChanged();
    refresh();
}

void ActivityModel::refresh()
{
    if (!client())
        return;
    client()->ask(this, [this](ManagementReplica &r) { return r.recentActivity(m_limit); }, [this](const ActivityAnswer &answer) {
        show(answer.ok(), answer.error(), consolevalues::plainRows(answer.events()));
    });
}
