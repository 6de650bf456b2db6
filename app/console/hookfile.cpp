#include "hookfile.h"

#include "consolevalues.h"

HookFile::HookFile(QObject *parent) : QObject(parent) { }

void HookFile::setClient(ConsoleClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client) {
        connect(m_client, &ConsoleClient::connected, this, &HookFile::load);
        connect(m_client, &ConsoleClient::definitionsChanged, this, [this](ChangeKindEnum::ChangeKind kind) {
            if (ConsoleClient::concerns(kind, ChangeKindEnum::Hooks))
                load();
        });
    }
    emit connectionChanged();
    if (m_client && m_client->state() == ConsoleClient::Connected)
        load();
}

void HookFile::setProblems(const QList<HookProblem> &problems)
{
    m_problems = consolevalues::plainRows(problems);
    emit problemsChanged();
}

void HookFile::load()
{
    if (!m_client)
        return;
    m_client->ask(this, [](ManagementReplica &r) { return r.hookSource(); }, [this](const HookSourceAnswer &answer) {
        m_path = answer.path();
        if (answer.ok())
            m_source = answer.source();
        emit loaded(answer.ok() ? QString() : answer.error());
    });
}

void HookFile::validate(const QString &text)
{
    if (!m_client)
        return;
    m_client->ask(this, [&](ManagementReplica &r) { return r.validateHookSource(text); }, [this](const HookValidationAnswer &answer) {
        setProblems(answer.problems());
        emit validated(answer.ok(), answer.error());
    });
}

void HookFile::save(const QString &text)
{
    if (!m_client)
        return;
    m_client->ask(this, [&](ManagementReplica &r) { return r.setHookSource(text); }, [this, text](const Answer &answer) {
        if (!answer.ok()) {
            setProblems({});
            emit saved(false, answer.error());
            return;
        }
        m_source = text;
        emit saved(true, QString());
        m_client->ask(this, [](ManagementReplica &r) { return r.reloadHooks(); }, [this](const Answer &reload) {
            setProblems({});
            emit reloaded(reload.ok(), reload.error());
        });
    });
}
