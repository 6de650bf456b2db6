#pragma once

#include "managementsettings.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>

class QSslSocket;

namespace qsd {

/// The management API's TCP side: TLS (QSslServer), then a token as the client's first line, checked against
/// the token file (re-read for every connection, so removing a line revokes it at once). A wrong or missing
/// token closes the connection and logs a warning naming the peer. Nothing is offered without TLS and a token.
class TlsListener : public QObject
{
    Q_OBJECT
public:
    explicit TlsListener(QObject *parent = nullptr);

    /// Loads the certificate and key, checks the token file and listens on settings.tcpListen. False with an
    /// error naming the [management] key at fault.
    bool listen(const ManagementSettings &settings, QString *error);
    void close();
    QString address() const;   ///< "tcp:HOST:PORT"
    quint16 port() const { return m_server.serverPort(); }

    /// Parses "name:token" / "token" lines; false with an error naming the file and line.
    static bool readTokens(const QString &file, QHash<QString, QString> *tokenToName, QString *error);

signals:
    /// An encrypted connection presented a valid token; the receiver takes ownership of `socket`.
    void authenticated(QSslSocket *socket, const QString &name);

private:
    void accept();
    void readToken(QSslSocket *socket);
    void refuse(QSslSocket *socket, const QString &why);

    QSslServer m_server;
    QString m_tokenFile;
};

} // namespace qsd
