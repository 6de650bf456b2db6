#pragma once

#include <QString>

namespace qsd {

/// The [management] section (DESIGN.md "Configuration"): where the management API listens.
struct ManagementSettings
{
    /// `local:NAME` (a local socket only the server's user may open), or empty for none.
    QString listen = QStringLiteral("local:qstaticdhcpd");
    /// `HOST:PORT` or `PORT` for TCP with TLS and a token; empty for none. Needs the three keys below:
    /// plain or unauthenticated TCP is never offered.
    QString tcpListen;
    QString tlsCertificate;   ///< PEM certificate (chain) file
    QString tlsKey;           ///< PEM private key file
    QString tokenFile;        ///< one token per line, "name:token" or "token"; '#' starts a comment
};

} // namespace qsd
