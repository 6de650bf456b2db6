#include "consoleactions.h"

#include "consoleclient.h"
#include "consolesingletons.h"
#include "contractvariant.h"

#include <QJSEngine>
#include <QQmlEngine>

ConsoleActions::ConsoleActions(ConsoleClient *client, QJSEngine *engine, QObject *parent)
    : QObject(parent), m_client(client), m_engine(engine)
{
}

ConsoleActions *ConsoleActions::create(QQmlEngine *, QJSEngine *engine)
{
    return new ConsoleActions(consolesingletons::provided().client, engine);
}

std::function<void(const QVariantMap &)> ConsoleActions::deliver(const QJSValue &done)
{
    QPointer<ConsoleActions> self(this);
    return [self, done](const QVariantMap &answer) {
        if (!self || !done.isCallable())
            return;
        QJSEngine *engine = self->m_engine ? self->m_engine : qjsEngine(self);
        if (engine)
            QJSValue(done).call({engine->toScriptValue(answer)});
    };
}

template <typename Answer>
std::function<void(const Answer &)> ConsoleActions::deliverAnswer(const QJSValue &done)
{
    auto to = deliver(done);
    return [to](const Answer &answer) { to(contract::toMap(answer)); };
}

template <typename Send>
void ConsoleActions::run(Send send, const QJSValue &done)
{
    using Answer = ConsoleClient::AnswerOf<Send>;
    if (!m_client) {
        deliverAnswer<Answer>(done)(ConsoleClient::failure<Answer>(tr("not connected")));
        return;
    }
    m_client->ask(this, send, deliverAnswer<Answer>(done));
}

void ConsoleActions::addSubnet(const QVariantMap &subnet, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.addSubnet(subnet); }, done);
}

void ConsoleActions::updateSubnet(const QString &subnet, int serial, const QString &revision, const QVariantMap &changed,
                                  const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.updateSubnet(subnet, serial, revision, changed); }, done);
}

void ConsoleActions::deleteSubnet(const QString &subnet, int serial, const QString &revision, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.deleteSubnet(subnet, serial, revision); }, done);
}

void ConsoleActions::addMap(const QVariantMap &map, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.addMap(map); }, done);
}

void ConsoleActions::updateMap(const QString &mac, const QString &revision, const QVariantMap &changed, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.updateMap(mac, revision, changed); }, done);
}

void ConsoleActions::deleteMap(const QString &mac, const QString &revision, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.deleteMap(mac, revision); }, done);
}

void ConsoleActions::nextFreeIp(const QString &subnet, int serial, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.nextFreeIp(subnet, serial); }, done);
}

void ConsoleActions::promoteUnknown(const QString &mac, const QString &subnet, int serial, const QString &ip,
                                    const QString &hostname, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.promoteUnknown(mac, subnet, serial, ip, hostname); }, done);
}

void ConsoleActions::blacklistAdd(const QString &mac, int seconds, const QString &reason, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.blacklistAdd(mac, seconds, reason); }, done);
}

void ConsoleActions::blacklistRemove(const QString &mac, const QJSValue &done)
{
    run([&](ManagementReplica &r) { return r.blacklistRemove(mac); }, done);
}

void ConsoleActions::reinitialise(const QJSValue &done)
{
    run([](ManagementReplica &r) { return r.reinitialise(); }, done);
}

ConsoleActions::Display ConsoleActions::displayOf(const QString &mimetype)
{
    const QString type = mimetype.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml"))
        return Display::RichText;
    if (type.startsWith(QLatin1String("text/")) || type == QLatin1String("application/json")
        || type == QLatin1String("application/xml") || type == QLatin1String("application/javascript"))
        return Display::PlainText;
    return Display::NotShown;
}

void ConsoleActions::invokeAction(const QString &path, const QVariantMap &query, const QJSValue &done)
{
    auto to = deliver(done);
    auto shown = [to](const ActionResult &result) {
        QVariantMap answer = contract::toMap(result);
        const Display display = displayOf(result.mimetype());
        answer.insert(QStringLiteral("richText"), display == Display::RichText);
        answer.insert(QStringLiteral("readable"), display != Display::NotShown);
        to(answer);
    };
    if (!m_client) {
        shown(ConsoleClient::failure<ActionResult>(tr("not connected")));
        return;
    }
    m_client->ask(this, [&](ManagementReplica &r) { return r.invokeAction(path, query); }, shown);
}
