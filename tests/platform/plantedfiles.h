#pragma once

// What tst_pidfile and tst_logsink share to play the compromised service user: a victim file standing for
// /etc/passwd, a snapshot of it to prove it untouched, the service user's ids, and a forked child in which to drop
// privileges for real.

#include "platform/privileges.h"

#include <QtTest>

#include <QFile>

#ifdef Q_OS_UNIX
#include <functional>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace planted {

/// A root-only file an attacker would like the server to write: content, mode and owner are all checked.
inline const QByteArray kVictimContent = QByteArrayLiteral("root:x:0:0:root:/root:/bin/bash\n");

/// What can be seen of a file without writing it.
struct Snapshot
{
    bool exists = false;
    QByteArray content;
    mode_t mode = 0;
    uid_t uid = 0;
    gid_t gid = 0;
};

inline Snapshot snapshot(const QString &path)
{
    Snapshot shot;
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return shot;
    shot.exists = true;
    shot.mode = info.st_mode;
    shot.uid = info.st_uid;
    shot.gid = info.st_gid;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        shot.content = file.readAll();
    return shot;
}

/// Writes the victim, mode 0600, and returns its snapshot.
inline Snapshot plantVictim(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(kVictimContent);
    file.close();
    ::chmod(QFile::encodeName(path).constData(), 0600);
    return snapshot(path);
}

/// Fails the current test unless `path` still looks as `before`.
inline void verifyUnchanged(const QString &path, const Snapshot &before)
{
    const Snapshot now = snapshot(path);
    QVERIFY2(now.exists, qPrintable(path + QStringLiteral(" vanished")));
    QCOMPARE(now.content, before.content);
    QCOMPARE(now.mode, before.mode);
    QCOMPARE(now.uid, before.uid);
    QCOMPARE(now.gid, before.gid);
}

/// The service user the tests hand files to: nobody:nogroup, resolved as the daemon resolves `[server] user`.
inline bool serviceUser(qsd::UserIds *ids)
{
    QString error;
    return qsd::resolveUser(QStringLiteral("nobody"), QStringLiteral("nogroup"), ids, &error);
}

/// Runs `body` in a forked child (where it may drop privileges for good) and returns its exit status, or -1
/// when it did not exit normally. The child leaves with _exit: no destructor of the parent's objects runs twice.
inline int runInChild(const std::function<int()> &body)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0)
        ::_exit(body());
    int status = 0;
    if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace planted
#endif
