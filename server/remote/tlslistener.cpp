#include "tlslistener.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace qsd {

Q_LOGGING_CATEGORY(lcTls, "management")

namespace {

constexpr int TokenTimeoutMs = 10000;
constexpr int MaxTokenLine = 1024;

QString peerOf(const QSslSocket *socket)
{
    return QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const int colon = text.lastIndexOf(u':');
    const QString host = colon < 0 ? QString() : text.left(colon);
    bool isNumber = false;
    const uint p = text.mid(colon + 1).toUInt(&isNumber);
    if (!isNumber || p > 65535)
        return false;
    *port = quint16(p);
    if (host.isEmpty() || host == QLatin1String("*"))
        *address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        *address = QHostAddress::LocalHost;
    else if (!address->setAddress(host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host))
        return false;
    return true;
}

/// Compares without an early exit, so the time taken does not tell how much of a token was right.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

TlsListener::TlsListener(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &TlsListener::accept);
    connect(&m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCWarning(lcTls).noquote() << "management: TLS connection from" << peerOf(socket) << "failed:" << socket->errorString();
    });
    connect(&m_server, &QSslServer::sslErrors, this, [](QSslSocket *socket, const QList<QSslError> &errors) {
        qCWarning(lcTls).noquote() << "management: TLS handshake with" << peerOf(socket) << "failed:"
                                   << (errors.isEmpty() ? QString() : errors.first().errorString());
    });
}

bool TlsListener::readTokens(const QString &file, QHash<QString, QString> *tokenToName, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("[management] token_file: cannot read %1: %2").arg(file, f.errorString());
        return false;
    }
    tokenToName->clear();
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int colon = line.indexOf(u':');
        const QString name = colon < 0 ? QStringLiteral("token-%1").arg(lineNumber) : line.left(colon).trimmed();
        const QString token = colon < 0 ? line : line.mid(colon + 1).trimmed();
        if (token.size() < 16) {
            *error = QStringLiteral("[management] token_file: %1 line %2: a token needs at least 16 characters").arg(file).arg(lineNumber);
            return false;
        }
        tokenToName->insert(token, name);
    }
    if (tokenToName->isEmpty()) {
        *error = QStringLiteral("[management] token_file: %1 holds no token").arg(file);
        return false;
    }
    return true;
}

bool TlsListener::listen(const ManagementSettings &settings, QString *error)
{
    for (const auto &[value, key] : {std::pair{settings.tlsCertificate, "tls_certificate"}, std::pair{settings.tlsKey, "tls_key"},
                                     std::pair{settings.tokenFile, "token_file"}}) {
        if (value.isEmpty()) {
            *error = QStringLiteral("[management] %1 is required when tcp_listen is set: remote control is only offered "
                                    "over TLS with a token").arg(QLatin1String(key));
            return false;
        }
    }
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(settings.tcpListen, &address, &port)) {
        *error = QStringLiteral("[management] tcp_listen: '%1' is not HOST:PORT or PORT").arg(settings.tcpListen);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(settings.tlsCertificate, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("[management] tls_certificate: %1 holds no PEM certificate (or cannot be read)").arg(settings.tlsCertificate);
        return false;
    }
    QFile keyFile(settings.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("[management] tls_key: cannot read %1: %2").arg(settings.tlsKey, keyFile.errorString());
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("[management] tls_key: %1 holds no unencrypted PEM private key").arg(settings.tlsKey);
        return false;
    }
    QHash<QString, QString> tokens;
    if (!readTokens(settings.tokenFile, &tokens, error))
        return false;
    m_tokenFile = settings.tokenFile;

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);   // clients authenticate with the token
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_server.setSslConfiguration(tls);
    if (!m_server.listen(address, port)) {
        *error = QStringLiteral("[management] tcp_listen=%1: %2").arg(settings.tcpListen, m_server.errorString());
        return false;
    }
    return true;
}

void TlsListener::close()
{
    m_server.close();
}

QString TlsListener::address() const
{
    return QStringLiteral("tcp:%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
}

void TlsListener::accept()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        socket->setParent(this);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [this, socket] { refuse(socket, QStringLiteral("no token within %1 s").arg(TokenTimeoutMs / 1000)); });
        timeout->start(TokenTimeoutMs);
        connect(socket, &QSslSocket::readyRead, timeout, [this, socket] { readToken(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        readToken(socket);
    }
}

void TlsListener::readToken(QSslSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxTokenLine)
            refuse(socket, QStringLiteral("token line too long"));
        return;
    }
    const QByteArray presented = socket->readLine(MaxTokenLine).trimmed();
    QHash<QString, QString> tokens;
    QString error;
    if (!readTokens(m_tokenFile, &tokens, &error)) {
        refuse(socket, error);
        return;
    }
    QString name;
    bool found = false;
    for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it) {
        if (sameToken(it.key().toUtf8(), presented)) {
            name = it.value();
            found = true;
        }
    }
    if (!found) {
        refuse(socket, QStringLiteral("wrong token"));
        return;
    }
    // From here on the socket belongs to the management host: drop our handlers.
    for (QTimer *timer : socket->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        delete timer;
    disconnect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    qCInfo(lcTls).noquote() << "management: connection from" << peerOf(socket) << "authenticated as" << name;
    emit authenticated(socket, name);
}

void TlsListener::refuse(QSslSocket *socket, const QString &why)
{
    qCWarning(lcTls).noquote() << "management: refused connection from" << peerOf(socket) << ":" << why;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace qsd
