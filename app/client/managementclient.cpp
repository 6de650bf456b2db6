#include "managementclient.h"

#include "rep_management_merged.h"

#include <QFile>
#include <QLocalSocket>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

namespace {

bool readToken(const QString &file, QByteArray *token, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read token file %1: %2").arg(file, f.errorString());
        return false;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const int colon = line.indexOf(':');
        *token = colon < 0 ? line : line.mid(colon + 1).trimmed();
        return true;
    }
    *error = QStringLiteral("token file %1 holds no token").arg(file);
    return false;
}

} // namespace

ManagementClient::ManagementClient() = default;
ManagementClient::~ManagementClient()
{
    m_replica.reset();
}

bool ManagementClient::connect(const Options &options, QString *error)
{
    m_timeoutMs = options.timeoutMs;
    const QString &url = options.url;
    if (url.startsWith(QLatin1String("local:"))) {
        const QString name = url.mid(6);
        auto *socket = new QLocalSocket(&m_node);
        socket->connectToServer(name);
        if (!socket->waitForConnected(options.timeoutMs)) {
            switch (socket->error()) {
            case QLocalSocket::ServerNotFoundError:
            case QLocalSocket::ConnectionRefusedError:
                *error = QStringLiteral("cannot connect to %1: is qstaticdhcpd running?").arg(url);
                break;
            case QLocalSocket::SocketAccessError:
                *error = QStringLiteral("cannot connect to %1: permission denied (the socket belongs to the user "
                                        "qstaticdhcpd runs as)").arg(url);
                break;
            default:
                *error = QStringLiteral("cannot connect to %1: %2").arg(url, socket->errorString());
            }
            return false;
        }
        m_node.addClientSideConnection(socket);
        m_device = socket;
    } else if (url.startsWith(QLatin1String("tcp://"))) {
        const QUrl parsed(url);
        if (parsed.host().isEmpty() || parsed.port() <= 0) {
            *error = QStringLiteral("'%1' is not tcp://HOST:PORT").arg(url);
            return false;
        }
        if (options.tokenFile.isEmpty()) {
            *error = QStringLiteral("%1 needs --token-file: remote control is authenticated by a token").arg(url);
            return false;
        }
        QByteArray token;
        if (!readToken(options.tokenFile, &token, error))
            return false;
        auto *socket = new QSslSocket(&m_node);
        if (!options.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(options.caFile);
            if (cas.isEmpty()) {
                *error = QStringLiteral("--tls-ca %1 holds no PEM certificate").arg(options.caFile);
                return false;
            }
            QSslConfiguration tls = socket->sslConfiguration();
            tls.setCaCertificates(cas);
            socket->setSslConfiguration(tls);
        }
        socket->connectToHostEncrypted(parsed.host(), quint16(parsed.port()));
        if (!socket->waitForEncrypted(options.timeoutMs)) {
            *error = QStringLiteral("cannot connect to %1: %2").arg(url, socket->errorString());
            return false;
        }
        socket->write(token + '\n');
        m_node.addClientSideConnection(socket);
        m_device = socket;
    } else {
        *error = QStringLiteral("'%1' is not local:NAME or tcp://HOST:PORT").arg(url);
        return false;
    }
    m_replica.reset(m_node.acquire<ManagementReplica>(QStringLiteral("Management")));
    if (!m_replica->waitForSource(options.timeoutMs)) {
        *error = url.startsWith(QLatin1String("tcp://"))
                     ? QStringLiteral("%1 closed the connection: is the token right?").arg(url)
                     : QStringLiteral("%1 did not answer: is it a qstaticdhcpd management socket?").arg(url);
        return false;
    }
    return true;
}
