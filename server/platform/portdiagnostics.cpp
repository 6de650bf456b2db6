#include "portdiagnostics.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStringList>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace qsd {

namespace {

/// The inodes of sockets whose local port is `port` in a /proc/net/udp-style table:
/// "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode …",
/// local_address being "0100007F:0043" (address and port in hex).
QSet<QByteArray> socketInodes(const QString &table, quint16 port)
{
    QSet<QByteArray> inodes;
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return inodes;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {   // line 0 is the header
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 10)
            continue;
        const QByteArray &local = fields.at(1);
        const qsizetype colon = local.lastIndexOf(':');
        bool ok = false;
        if (colon < 0 || local.mid(colon + 1).toUInt(&ok, 16) != port || !ok)
            continue;
        const QByteArray &inode = fields.at(9);
        if (inode != "0")
            inodes.insert(inode);
    }
    return inodes;
}

#ifdef Q_OS_LINUX
/// The target of a /proc/<pid>/fd/<n> link ("socket:[12345]"), or empty.
QByteArray linkTarget(const QString &link)
{
    char buffer[128];
    const ssize_t size = ::readlink(QFile::encodeName(link).constData(), buffer, sizeof buffer);
    return size > 0 ? QByteArray(buffer, qsizetype(size)) : QByteArray();
}
#endif

QString processName(const QString &pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (comm.open(QIODevice::ReadOnly))
        return QString::fromLocal8Bit(comm.readAll().trimmed());
    return QString();
}

} // namespace

QString describeUdpPortHolder(quint16 port)
{
#ifdef Q_OS_LINUX
    QSet<QByteArray> inodes = socketInodes(QStringLiteral("/proc/net/udp"), port);
    inodes.unite(socketInodes(QStringLiteral("/proc/net/udp6"), port));
    if (inodes.isEmpty())
        return QString();

    QSet<QByteArray> targets;
    for (const QByteArray &inode : std::as_const(inodes))
        targets.insert("socket:[" + inode + ']');

    QStringList holders;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        const QStringList fds = QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            if (targets.contains(linkTarget(fdDir + QLatin1Char('/') + fd))) {
                holders.append(QStringLiteral("%1 (pid %2)").arg(processName(pid), pid));
                break;
            }
        }
    }
    return holders.join(QStringLiteral(", "));
#elif defined(Q_OS_MACOS)
    QProcess lsof;
    lsof.start(QStringLiteral("/usr/sbin/lsof"), {QStringLiteral("-nP"), QStringLiteral("-iUDP:%1").arg(port), QStringLiteral("-Fpc")});
    if (!lsof.waitForFinished(3000))
        return QString();
    return describeLsofProcesses(lsof.readAllStandardOutput());
#else
    Q_UNUSED(port);
    return QString();
#endif
}

QString describeLsofProcesses(const QByteArray &lsofFields)
{
    QStringList holders;
    QByteArray pid;
    for (const QByteArray &line : lsofFields.split('\n')) {
        if (line.startsWith('p')) {
            pid = line.mid(1);
        } else if (line.startsWith('c') && !pid.isEmpty()) {
            const QString holder = QStringLiteral("%1 (pid %2)").arg(QString::fromLocal8Bit(line.mid(1)), QString::fromLatin1(pid));
            if (!holders.contains(holder))
                holders.append(holder);
            pid.clear();
        }
    }
    return holders.join(QStringLiteral(", "));
}

QString udpPortHolderAdvice(const QString &holders, quint16 port)
{
    static const QString bootpd = QStringLiteral(
        "macOS's own DHCP server, bootpd, serves Internet Sharing: turn Internet Sharing off (System Settings > "
        "General > Sharing), or stop it with: sudo launchctl unload -w /System/Library/LaunchDaemons/bootps.plist");
    if (holders.startsWith(QLatin1String("bootpd ")) || holders.contains(QLatin1String(", bootpd ")))
        return bootpd;
#ifdef Q_OS_MACOS
    if (holders.isEmpty() && port == 67)   // lsof sees other users' processes only as root
        return QStringLiteral("probably ") + bootpd;
#else
    Q_UNUSED(port);
#endif
    return QString();
}

} // namespace qsd
