#include "logmodel.h"

#include "consolevalues.h"

#include <algorithm>

LogModel::LogModel(QObject *parent) : ServerRowsModel(parent)
{
    setRoleList(consolevalues::fieldNames<LogRow>());
    connect(this, &ServerRowsModel::connectionChanged, this, [this] {
        if (client())
            connect(client(), &ConsoleClient::logAppended, this, &LogModel::appended);
    });
}

void LogModel::setMinimumSeverity(int severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    emit queryChanged();
    refresh();
}

void LogModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    emit queryChanged();
    refresh();
}

void LogModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    emit queryChanged();
    refresh();
}

void LogModel::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    emit queryChanged();
}

void LogModel::setKeep(int keep)
{
    if (keep == m_keep)
        return;
    m_keep = keep;
    emit queryChanged();
}

void LogModel::refresh()
{
    if (!client())
        return;
    client()->ask(this, [this](ManagementReplica &r) { return r.logs(m_minimumSeverity, m_limit); }, [this](const LogsAnswer &answer) {
        QList<LogRow> records = answer.records();
        if (m_newestFirst)
            std::reverse(records.begin(), records.end());
        show(answer.ok(), answer.error(), consolevalues::plainRows(records));
    });
}

void LogModel::appended(const QList<LogRow> &records)
{
    if (!m_follow)
        return;
    QList<LogRow> shown;
    for (const LogRow &r : records) {
        if (r.severity() >= m_minimumSeverity)
            shown.append(r);
    }
    append(consolevalues::plainRows(shown), m_keep);
}
