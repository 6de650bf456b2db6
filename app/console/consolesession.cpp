#include "consolesession.h"

#include "embeddedserver.h"

#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QSaveFile>

ConsoleSession::ConsoleSession(ConsoleClient *client, EmbeddedServer *server, const ConsoleClient::Options &remote,
                               const QString &configFile, QObject *parent)
    : QObject(parent), m_client(client), m_server(server), m_remote(remote), m_configFile(configFile)
{
    connect(m_server, &EmbeddedServer::changed, this, &ConsoleSession::changed);
}

QString ConsoleSession::serverError() const
{
    return m_server->error();
}

void ConsoleSession::begin()
{
    if (!m_remote.url.isEmpty()) {
        m_client->reopen(m_remote);
        return;
    }
    if (!QFileInfo::exists(m_configFile)) {
        m_needsSetup = true;
        emit changed();
        return;
    }
    startEmbedded(m_configFile);
}

bool ConsoleSession::startEmbedded(const QString &file)
{
    m_configFile = file;
    m_needsSetup = false;
    const bool ok = m_server->start(file);
    emit changed();
    ConsoleClient::Options options;
    options.embedded = true;
    options.url = m_server->localUrl();
    if (!ok) {
        m_client->fail(m_server->error());
        return false;
    }
    if (options.url.isEmpty()) {
        m_client->fail(tr("the configuration %1 sets no local management socket ([management] listen): the console "
                          "cannot reach its own server").arg(file));
        return false;
    }
    m_client->reopen(options);
    return true;
}

bool ConsoleSession::restartEmbedded()
{
    if (mode() != QLatin1String("embedded"))
        return false;
    return startEmbedded(m_configFile);
}

bool ConsoleSession::writeFile(const QString &path, const QString &text) const
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Text) && file.write(text.toUtf8()) >= 0 && file.commit();
}

bool ConsoleSession::saveScreenshot(QQuickWindow *window, const QString &path) const
{
    return window && window->grabWindow().save(path, "PNG");
}
