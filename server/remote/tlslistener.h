#pragma once

#include "managementsettings.h"

#include <QByteArrayList>
#include <QHash>
#include <QObject>
#include <QThread>

class QSslSocket;

namespace qsd {

class TlsGate;

/// The management API's TCP side: TLS, then a token as the client's first line, checked against the token file.
/// Nothing is offered without TLS and a token.
///
/// Threads (docs/ARCHITECTURE.md "Threads"). This object lives in the thread that created it (the DHCP thread),
/// but the listening socket, every TLS handshake, every token check and every read of the token file run in a
/// thread of its own, "mgmt-tls" (TlsGate). Only a socket that presented a valid token comes back: the gate takes
/// it off its timers and signals, unparents it and moves it (with QObject::moveToThread, from the gate's thread,
/// which owns it) to this object's thread, then emits authenticated() there. So an unauthenticated peer never
/// costs the DHCP thread an RSA operation, a file read or a log line; an authenticated session's I/O (symmetric
/// crypto only) goes on in the DHCP thread as before.
///
/// Defences of the gate, for a peer that can reach the port but has no token:
/// - the token file and the key must be owner-only regular files (listen() refuses otherwise);
/// - at most Limits::maxUnauthenticated sockets without a token at a time, Limits::maxPerAddress per source
///   address; one over a cap is closed at once, before any handshake;
/// - a failed attempt (handshake error, wrong token, no token before the deadline, hang-up) blocks its address for
///   a delay that doubles from Limits::firstBackoffMs up to Limits::maxBackoffMs; a success clears it;
/// - the first refusal of a burst is logged, the rest as one line per address every Limits::reportMs;
/// - tokens are compared by HMAC-SHA-256 digests in constant time (sameSecret), so neither the content nor the
///   length of a token shows in the time taken.
/// The token file is re-read for every token presented and every Limits::pollMs: removing a line (or making the
/// file unreadable or group/other-readable) refuses new connections at once and ends the sessions opened with
/// that token within Limits::pollMs (tokensChanged → ManagementHost).
class TlsListener : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxUnauthenticated = 64;
        int maxPerAddress = 8;
        int deadlineMs = 5000;      ///< handshake and token line
        int firstBackoffMs = 1000;
        int maxBackoffMs = 60000;
        int reportMs = 10000;
        int pollMs = 2000;
    };

    explicit TlsListener(QObject *parent = nullptr);
    ~TlsListener() override;

    /// Before listen(): tests shorten the delays.
    void setLimits(const Limits &limits) { m_limits = limits; }

    /// Checks the files (owner-only key and token file), loads the certificate and key, checks the token file and
    /// listens on settings.tcpListen in the "mgmt-tls" thread. False with an error naming the [management] key.
    bool listen(const ManagementSettings &settings, QString *error);
    void close();
    QString address() const { return m_address; }   ///< "tcp:HOST:PORT"
    quint16 port() const { return m_port; }

    /// Parses "name:token" / "token" lines into digest (tokenDigest) → name; false with an error naming the file
    /// and line. The file must be owner-only (requireOwnerOnly).
    static bool readTokens(const QString &file, QHash<QByteArray, QString> *digestToName, QString *error);
    /// False with "[management] KEY FILE: mode 0644 lets group/others read it; chmod 600" when `file` is not a
    /// regular file that only its owner may read and write. Always true where there are no POSIX modes.
    static bool requireOwnerOnly(const QString &file, const char *key, QString *error);
    /// HMAC-SHA-256 of `token` under a key drawn at random once per process: what is compared and remembered.
    static QByteArray tokenDigest(const QByteArray &token);
    /// True if a == b. The time taken depends on neither the contents nor the lengths of a and b.
    static bool sameSecret(const QByteArray &a, const QByteArray &b);

signals:
    /// An encrypted connection presented a valid token; the receiver takes ownership of `socket`, which now lives
    /// in this object's thread. `digest` is tokenDigest() of the token it presented.
    void authenticated(QSslSocket *socket, const QString &name, const QByteArray &digest);
    /// The set of valid token digests changed (a line was removed, or the file became unusable: then empty).
    void tokensChanged(const QByteArrayList &digests);

private:
    Limits m_limits;
    QThread m_thread;
    TlsGate *m_gate = nullptr;   // lives in m_thread
    QString m_address;
    quint16 m_port = 0;
};

} // namespace qsd
