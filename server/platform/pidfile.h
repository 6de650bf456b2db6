#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

namespace qsd {

/// The daemon's pidfile (staticDHCPd's PID_FILE, inventory §10): written before the privilege drop, chowned to the
/// unprivileged user, removed on exit. Its directory may belong to that user, so the file is never reached through
/// a link planted there: it is opened once, without following (openWithoutFollowing), and kept open; its mode and
/// owner are set on that descriptor, never by path.
class PidFile
{
public:
    PidFile() = default;
    /// Removes the file if this object created it.
    ~PidFile();
    PidFile(const PidFile &) = delete;
    PidFile &operator=(const PidFile &) = delete;

    /// Writes this process's pid to `path`, mode 0644: creates the file new, or rewrites in place the regular file
    /// already there. An existing file naming a live process other than this one is an error ("already running
    /// with pid 1234 (/run/qstaticdhcpd.pid)"); a stale or unreadable one is replaced with a warning (category
    /// "system"). A symbolic link, a FIFO or a hard link at `path` is refused, the error naming the file
    /// ("cannot write pidfile /run/x.pid: it is a symbolic link (to /etc/passwd); refusing to follow it"), and
    /// what it points to is left untouched. Where the liveness of a pid cannot be checked (not Unix), an existing
    /// file is treated as stale.
    bool create(const QString &path, QString *error);

#ifdef Q_OS_UNIX
    /// Hands the file to `uid`:`gid` so the unprivileged process still owns it after dropPrivileges(): fchown(2)
    /// on the descriptor create() opened, so whatever has been planted at the path since is not touched.
    bool chown(uid_t uid, gid_t gid, QString *error = nullptr);
#endif

    /// Deletes the file if it still holds this process's pid. Note that after a privilege drop, deleting needs
    /// write permission on the file's directory.
    bool remove();

    QString path() const { return m_path; }
    bool isCreated() const { return !m_path.isEmpty(); }

    /// The pid recorded in `path`, or 0 if there is no regular file (a link is not followed) or no number in it.
    static qint64 readPid(const QString &path);
    /// Whether a process `pid` exists (kill(pid, 0) on Unix; always false elsewhere).
    static bool isProcessAlive(qint64 pid);

private:
    bool mayReplace(const QString &path, QString *error);
    bool writeOwnPid(QString *reason);
    bool stillOurs(const QString &path);

    QString m_path;
    QFile m_file;   ///< open on the pidfile's descriptor from create() to remove()
};

} // namespace qsd
