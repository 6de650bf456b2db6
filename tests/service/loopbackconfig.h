#pragma once

// Shared by the tests that run a real DhcpService on loopback (tests/service, tests/remote): a configuration
// on the demo database (built by sqlite3 from resources/demo/demo.sql), on free high ports with a ProxyDHCP
// port, whose replies return to the sender — no privileged port, no namespace.

#include "engine/config.h"

#include <QProcess>
#include <QUdpSocket>

namespace qsd::test {

inline quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

/// Builds `dir`/demo.sqlite and returns a loopback configuration on it; empty `file` when sqlite3 failed.
inline ServerConfig loopbackConfig(const QString &dir)
{
    ServerConfig c;
    const QString db = dir + QStringLiteral("/demo.sqlite");
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(QSD_SOURCE_DIR "/resources/demo/demo.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {db});
    if (!sqlite.waitForFinished(10000) || sqlite.exitCode() != 0)
        return c;
    c.file = dir + QStringLiteral("/test.conf");
    c.dhcpServerIp = IPv4(127, 0, 0, 1);
    c.dhcpServerPort = freeUdpPort();
    c.proxyPort = freeUdpPort();
    c.sqliteFile = db;
    c.useCache = true;
    c.dhcpResponseInterface.clear();   // loopback has no link layer to unicast on
    return c;
}

} // namespace qsd::test
