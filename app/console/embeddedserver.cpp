#include "embeddedserver.h"

#include "remote/serverstack.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
Q_LOGGING_CATEGORY(lcConsole, "console")
}

EmbeddedServer::EmbeddedServer(QObject *parent) : QObject(parent) { }

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

bool EmbeddedServer::start(const QString &configFile)
{
    stop();
    m_configFile = configFile;
    QStringList errors;
    const auto config = qsd::ServerConfig::load(configFile, &errors);
    if (!config) {
        m_error = errors.join(QLatin1Char('\n'));
        emit changed();
        return false;
    }
    auto stack = std::make_unique<qsd::ServerStack>(*config);
    QString error;
    if (!stack->start(&error)) {
#ifdef Q_OS_UNIX
        if (geteuid() != 0 && config->dhcpServerPort < 1024)
            error += tr("\nBinding the DHCP port needs privileges: run the server as the service "
                        "(sudo systemctl start qstaticdhcpd) and manage it from here with "
                        "qstaticdhcp --connect local:qstaticdhcpd, or start the console as root.");
#endif
        m_error = error;
        qCCritical(lcConsole).noquote() << "embedded server:" << error;
        emit changed();
        return false;
    }
    m_stack = std::move(stack);
    m_error.clear();
    qCInfo(lcConsole).noquote() << "embedded server started from" << configFile;
    emit changed();
    return true;
}

void EmbeddedServer::stop()
{
    if (!m_stack)
        return;
    m_stack->stop();
    m_stack.reset();
    emit changed();
}

QString EmbeddedServer::localUrl() const
{
    return m_stack ? m_stack->localUrl() : QString();
}
