#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

namespace qsd {

/// Opens `path` for writing where the directory may belong to someone less privileged than this process
/// (/run/qstaticdhcpd, /var/log/qstaticdhcpd owned by the service user), so that nothing planted there can turn a
/// write by root into a write of /etc/passwd or /etc/cron.d.
///
/// Unix: an absent file is created new (O_CREAT | O_EXCL | O_NOFOLLOW, `createMode` less the umask), so a symbolic
/// link there, even a dangling one, is never followed. A present file is opened with O_NOFOLLOW | O_NONBLOCK
/// (a FIFO must not hang the start) and refused unless it is a regular file with one link: a symbolic link, a
/// FIFO or a hard link to another file fails. Nothing is truncated or written before these checks.
/// On success `file` is open on the descriptor (QFile::open(int fd, …) with AutoCloseHandle, so it has no
/// fileName()) and `*created` says whether the file is new.
/// Elsewhere: QFile::open(path); without privileges, nothing can be planted that way.
///
/// `mode`: ReadWrite or WriteOnly | Append, optionally Text and Unbuffered; never Truncate (the caller truncates
/// once it has looked at the file). On failure `reason` says why without naming the file ("it is a symbolic link
/// (to /etc/passwd)"): the caller names it and its role.
bool openWithoutFollowing(QFile &file, const QString &path, QIODevice::OpenMode mode, int createMode,
                          QString *reason, bool *created = nullptr);

/// Opens `path` for reading the same way: O_NOFOLLOW | O_NONBLOCK, regular files only.
bool openForReadingWithoutFollowing(QFile &file, const QString &path, QString *reason);

#ifdef Q_OS_UNIX
/// Gives the open `file` to `uid`:`gid` with fchown(2) on its descriptor, never by path: a symbolic link planted at
/// the path since it was opened cannot redirect the change. Nothing to do when the file already belongs to them.
bool giveFileTo(QFile &file, uid_t uid, gid_t gid, QString *reason);
#endif

} // namespace qsd
