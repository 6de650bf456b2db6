#include "tlslistener.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <winsock2.h>
#endif

namespace qsd {

Q_LOGGING_CATEGORY(lcTls, "management")

namespace {

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

const QByteArray &digestKey()
{
    static const QByteArray key = [] {
        QByteArray k(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(k.data()), k.size() / 4);
        return k;
    }();
    return key;
}

} // namespace

/// The "mgmt-tls" thread's side of TlsListener (see tlslistener.h): the listening socket, the caps, the backoff,
/// the handshakes and the token checks. A QTcpServer rather than a QSslServer: incomingConnection() sees the peer
/// before any handshake (so a socket over a cap costs an accept and a close), and no socket in its handshake
/// counts against the pending connections (Qt 6.4's QSslServer counts them, so 30 stalled handshakes would lock
/// every console out).
class TlsGate : public QTcpServer
{
    Q_OBJECT
public:
    TlsGate(QThread *sessionThread, const TlsListener::Limits &limits) : m_sessionThread(sessionThread), m_limits(limits)
    {
        // Children, so that moveToThread takes them along into "mgmt-tls".
        m_poll.setParent(this);
        m_report.setParent(this);
        m_poll.setInterval(limits.pollMs);
        m_report.setInterval(limits.reportMs);
        connect(&m_poll, &QTimer::timeout, this, [this] { reloadTokens(); });
        connect(&m_report, &QTimer::timeout, this, &TlsGate::report);
    }
    ~TlsGate() override { shutdown(); }

    bool start(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, const QString &tokenFile, QString *error)
    {
        m_tls = tls;
        m_tokenFile = tokenFile;
        QHash<QByteArray, QString> tokens;
        if (!TlsListener::readTokens(m_tokenFile, &tokens, error))
            return false;
        m_digests = QSet<QByteArray>(tokens.keyBegin(), tokens.keyEnd());
        if (!listen(address, port)) {
            *error = errorString();
            return false;
        }
        m_poll.start();
        m_report.start();
        return true;
    }

    void shutdown()
    {
        m_poll.stop();
        m_report.stop();
        close();
        const QList<QSslSocket *> open = m_open.keys();
        m_open.clear();
        for (QSslSocket *socket : open) {
            socket->disconnect(this);
            socket->abort();
            delete socket;
        }
        m_total = 0;
        m_peers.clear();
    }

signals:
    void authenticated(QSslSocket *socket, const QString &name, const QByteArray &digest);
    void tokensChanged(const QByteArrayList &digests);

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
#ifdef Q_OS_WIN
            ::closesocket(SOCKET(descriptor));
#else
            ::close(int(descriptor));
#endif
            delete socket;
            return;
        }
        const QHostAddress from = socket->peerAddress();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Peer &peer = m_peers[from];
        if (peer.delayMs > 0 && now > peer.blockedUntil + 2 * qint64(m_limits.maxBackoffMs))
            peer.delayMs = 0;   // quiet long enough: start over at the first delay
        QString refusal;
        if (now < peer.blockedUntil)
            refusal = QStringLiteral("backing off for %1 s after a failed attempt").arg((peer.blockedUntil - now + 999) / 1000);
        else if (peer.open >= m_limits.maxPerAddress)
            refusal = QStringLiteral("%1 connections without a token already open from this address").arg(peer.open);
        else if (m_total >= m_limits.maxUnauthenticated)
            refusal = QStringLiteral("%1 connections without a token already open").arg(m_total);
        if (!refusal.isEmpty()) {
            note(from, peerOf(socket), refusal);
            socket->abort();   // no handshake
            delete socket;
            return;
        }
        ++peer.open;
        ++m_total;
        m_open.insert(socket, {from, peerOf(socket)});

        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this, socket] {
            fail(socket, QStringLiteral("no TLS handshake and token within %1 s").arg(m_limits.deadlineMs / 1000.0));
        });
        deadline->start(m_limits.deadlineMs);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readToken(socket); });
        connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
            fail(socket, QStringLiteral("TLS handshake failed: %1").arg(errors.isEmpty() ? QString() : errors.first().errorString()));
        });
        connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
            fail(socket, socket->isEncrypted() ? socket->errorString() : QStringLiteral("TLS handshake failed: %1").arg(socket->errorString()));
        });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] { fail(socket, QStringLiteral("closed before a token")); });
        socket->setSslConfiguration(m_tls);
        socket->startServerEncryption();
    }

private:
    struct Origin
    {
        QHostAddress address;
        QString label;   // "ADDRESS:PORT"
    };
    struct Peer
    {
        int open = 0;               // sockets without a token yet
        qint64 blockedUntil = 0;    // ms since the epoch
        int delayMs = 0;            // the last backoff
        bool inBurst = false;       // a refusal was logged in this or the last report period
        int suppressed = 0;         // refusals since, not logged one by one
        QString lastReason;
    };

    /// Logs the first refusal of a burst at once; counts the others for report().
    void note(const QHostAddress &from, const QString &peer, const QString &why)
    {
        Peer &p = m_peers[from];
        if (!p.inBurst) {
            p.inBurst = true;
            qCWarning(lcTls).noquote() << "management: refused connection from" << peer << ":" << why;
        } else {
            ++p.suppressed;
            p.lastReason = why;
        }
    }

    void report()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_peers.begin(); it != m_peers.end();) {
            Peer &p = it.value();
            if (p.suppressed > 0) {
                qCWarning(lcTls).noquote() << QStringLiteral("management: refused %1 more TLS attempts from %2 in the last %3 s (last: %4)")
                                                  .arg(p.suppressed).arg(it.key().toString()).arg(m_limits.reportMs / 1000).arg(p.lastReason);
                p.suppressed = 0;
            } else {
                p.inBurst = false;
            }
            if (p.open == 0 && !p.inBurst && now > p.blockedUntil + 2 * qint64(m_limits.maxBackoffMs))
                it = m_peers.erase(it);
            else
                ++it;
        }
    }

    /// Takes `socket` off the books of sockets without a token. (Its peer address, which a disconnection clears,
    /// comes from the books too.)
    bool release(QSslSocket *socket, Origin *origin)
    {
        const auto found = m_open.constFind(socket);
        if (found == m_open.constEnd())
            return false;
        *origin = found.value();
        m_open.erase(found);
        --m_total;
        auto it = m_peers.find(origin->address);
        if (it != m_peers.end())
            --it->open;
        return true;
    }

    void fail(QSslSocket *socket, const QString &why)
    {
        Origin origin;
        if (!release(socket, &origin))
            return;
        // The delay doubles once per round: the sockets of one round (up to maxPerAddress) failing together count once.
        Peer &p = m_peers[origin.address];
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now >= p.blockedUntil) {
            p.delayMs = p.delayMs > 0 ? qMin(2 * p.delayMs, m_limits.maxBackoffMs) : m_limits.firstBackoffMs;
            p.blockedUntil = now + p.delayMs;
        }
        note(origin.address, origin.label, why);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }

    /// Re-reads the token file; tells the host when the set of valid tokens changed. False: unusable (no token valid).
    bool reloadTokens(QHash<QByteArray, QString> *tokens = nullptr)
    {
        QHash<QByteArray, QString> read;
        QString error;
        const bool ok = TlsListener::readTokens(m_tokenFile, &read, &error);
        if (!ok && error != m_lastError)
            qCWarning(lcTls).noquote() << "management: no token is valid now:" << error;
        m_lastError = ok ? QString() : error;
        const QSet<QByteArray> digests = ok ? QSet<QByteArray>(read.keyBegin(), read.keyEnd()) : QSet<QByteArray>();
        if (digests != m_digests) {
            m_digests = digests;
            emit tokensChanged(QByteArrayList(digests.begin(), digests.end()));
        }
        if (tokens)
            *tokens = read;
        return ok;
    }

    void readToken(QSslSocket *socket)
    {
        if (!m_open.contains(socket))
            return;
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > MaxTokenLine)
                fail(socket, QStringLiteral("token line too long"));
            return;
        }
        const QByteArray presented = TlsListener::tokenDigest(socket->readLine(MaxTokenLine).trimmed());
        QHash<QByteArray, QString> tokens;
        if (!reloadTokens(&tokens)) {
            fail(socket, m_lastError);
            return;
        }
        // Every listed token is compared, without an early exit.
        QString name;
        bool found = false;
        for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it) {
            if (TlsListener::sameSecret(it.key(), presented)) {
                name = it.value();
                found = true;
            }
        }
        if (!found) {
            fail(socket, QStringLiteral("wrong token"));
            return;
        }
        Origin origin;
        release(socket, &origin);
        Peer &p = m_peers[origin.address];
        p.delayMs = 0;
        p.blockedUntil = 0;
        for (QTimer *timer : socket->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
            delete timer;
        socket->disconnect(this);
        // Not here: we are inside the socket's readyRead, and QSslSocket goes on using itself after it returns.
        QMetaObject::invokeMethod(this, [this, socket, name, presented, origin] { handOver(socket, name, presented, origin.label); },
                                  Qt::QueuedConnection);
    }

    /// Moves an authenticated socket into the session thread: no timer, no connection to us, no parent, and no
    /// call of ours on the stack. We are in the socket's thread, as moveToThread requires; its posted events and
    /// socket notifiers (QSocketNotifier re-arms itself on ThreadChange) move with it.
    void handOver(QSslSocket *socket, const QString &name, const QByteArray &digest, const QString &peer)
    {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            delete socket;
            return;
        }
        socket->setParent(nullptr);
        socket->moveToThread(m_sessionThread);
        if (socket->thread() != m_sessionThread) {
            qCWarning(lcTls).noquote() << "management: connection from" << peer << "could not be handed over";
            socket->abort();
            delete socket;
            return;
        }
        qCInfo(lcTls).noquote() << "management: connection from" << peer << "authenticated as" << name;
        emit authenticated(socket, name, digest);
    }

    QThread *m_sessionThread;
    TlsListener::Limits m_limits;
    QSslConfiguration m_tls;
    QString m_tokenFile;
    QString m_lastError;
    QSet<QByteArray> m_digests;
    QHash<QSslSocket *, Origin> m_open;   // children, without a token yet
    int m_total = 0;
    QHash<QHostAddress, Peer> m_peers;
    QTimer m_poll;
    QTimer m_report;
};

TlsListener::TlsListener(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("mgmt-tls"));
}

TlsListener::~TlsListener()
{
    close();
}

QByteArray TlsListener::tokenDigest(const QByteArray &token)
{
    return QMessageAuthenticationCode::hash(token, digestKey(), QCryptographicHash::Sha256);
}

bool TlsListener::sameSecret(const QByteArray &a, const QByteArray &b)
{
    // Digests have one length whatever the input; the loop has no early exit.
    const QByteArray da = tokenDigest(a);
    const QByteArray db = tokenDigest(b);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da[i] ^ db[i]);
    return diff == 0;
}

bool TlsListener::requireOwnerOnly(const QString &file, const char *key, QString *error)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0) {
        *error = QStringLiteral("[management] %1 %2: cannot read it: %3").arg(QLatin1String(key), file, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QStringLiteral("[management] %1 %2: not a regular file").arg(QLatin1String(key), file);
        return false;
    }
    const mode_t readable = st.st_mode & (S_IRGRP | S_IROTH);
    const mode_t writable = st.st_mode & (S_IWGRP | S_IWOTH);
    if (readable || writable) {
        const QString what = readable && writable ? QStringLiteral("read and write") : readable ? QStringLiteral("read") : QStringLiteral("write");
        *error = QStringLiteral("[management] %1 %2: mode %3 lets group/others %4 it; chmod 600")
                     .arg(QLatin1String(key), file, QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')), what);
        return false;
    }
#else
    Q_UNUSED(file);
    Q_UNUSED(key);
    Q_UNUSED(error);
#endif
    return true;
}

bool TlsListener::readTokens(const QString &file, QHash<QByteArray, QString> *digestToName, QString *error)
{
    if (!requireOwnerOnly(file, "token_file", error))
        return false;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("[management] token_file: cannot read %1: %2").arg(file, f.errorString());
        return false;
    }
    digestToName->clear();
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
        digestToName->insert(tokenDigest(token.toUtf8()), name);
    }
    if (digestToName->isEmpty()) {
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
    if (!requireOwnerOnly(settings.tlsKey, "tls_key", error))
        return false;
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
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);   // clients authenticate with the token
    tls.setProtocol(QSsl::TlsV1_2OrLater);

    close();
    m_gate = new TlsGate(thread(), m_limits);
    m_gate->moveToThread(&m_thread);
    connect(m_gate, &TlsGate::authenticated, this, &TlsListener::authenticated);   // queued: the gate is elsewhere
    connect(m_gate, &TlsGate::tokensChanged, this, &TlsListener::tokensChanged);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(m_gate, [&] {
        ok = m_gate->start(address, port, tls, settings.tokenFile, error);
        if (ok) {
            m_address = QStringLiteral("tcp:%1:%2").arg(m_gate->serverAddress().toString()).arg(m_gate->serverPort());
            m_port = m_gate->serverPort();
        } else if (!error->startsWith(QLatin1String("[management]"))) {
            *error = QStringLiteral("[management] tcp_listen=%1: %2").arg(settings.tcpListen, *error);
        }
    }, Qt::BlockingQueuedConnection);
    if (!ok)
        close();
    return ok;
}

void TlsListener::close()
{
    if (!m_gate)
        return;
    QMetaObject::invokeMethod(m_gate, [this] { m_gate->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_gate;   // its thread has finished: no event can reach it any more
    m_gate = nullptr;
    m_address.clear();
    m_port = 0;
}

} // namespace qsd

#include "tlslistener.moc"
