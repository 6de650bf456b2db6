#include "pidfile.h"

#include "nofollow.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace qsd {

namespace {

Q_LOGGING_CATEGORY(lcSystem, "system")

qint64 ownPid()
{
    return QCoreApplication::applicationPid();
}

qint64 parsePid(const QByteArray &text)
{
    bool ok = false;
    const qint64 pid = text.trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

PidFile::~PidFile()
{
    remove();
}

qint64 PidFile::readPid(const QString &path)
{
    QFile file;
    if (!openForReadingWithoutFollowing(file, path, nullptr))
        return 0;
    return parsePid(file.read(64));
}

bool PidFile::isProcessAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid != qint64(pid_t(pid)))
        return false;
    // EPERM: it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

bool PidFile::create(const QString &path, QString *error)
{
    // A second create() starts afresh; the first one's file is left where it is.
    m_path.clear();
    m_file.close();
    QString reason;
    bool created = false;
    if (!openWithoutFollowing(m_file, path, QIODevice::ReadWrite, 0644, &reason, &created))
        return failWith(error, QStringLiteral("cannot write pidfile %1: %2").arg(path, reason));
    if (!created && !mayReplace(path, error)) {
        m_file.close();
        return false;
    }
    if (!writeOwnPid(&reason)) {
        m_file.close();
        return failWith(error, QStringLiteral("cannot write pidfile %1: %2").arg(path, reason));
    }
    m_path = path;
    return true;
}

/// Whether the file already open at `path` may be overwritten: not when it names another live process. A stale
/// or empty one is replaced with a warning.
bool PidFile::mayReplace(const QString &path, QString *error)
{
    const qint64 pid = parsePid(m_file.read(64));
    if (pid == ownPid())
        return true;
    if (isProcessAlive(pid))
        return failWith(error, QStringLiteral("already running with pid %1 (%2)").arg(pid).arg(path));
    if (pid > 0)
        qCWarning(lcSystem, "replacing stale pidfile %s: pid %lld is not running", qUtf8Printable(path), pid);
    else
        qCWarning(lcSystem, "replacing pidfile %s: it holds no pid", qUtf8Printable(path));
    return true;
}

/// Rewrites the open file in place with this process's pid: the checked descriptor is the only way to the file.
/// A reader may see it empty for a moment, which readPid() takes for "no pid".
bool PidFile::writeOwnPid(QString *reason)
{
    const QByteArray text = QByteArray::number(ownPid()) + '\n';
    if (!m_file.resize(0) || !m_file.seek(0) || m_file.write(text) != text.size() || !m_file.flush())
        return failWith(reason, m_file.errorString());
#ifdef Q_OS_UNIX
    // A pidfile is conventionally world-readable, whatever the umask.
    if (::fchmod(m_file.handle(), 0644) != 0)
        return failWith(reason, QString::fromLocal8Bit(std::strerror(errno)));
#endif
    return true;
}

#ifdef Q_OS_UNIX
bool PidFile::chown(uid_t uid, gid_t gid, QString *error)
{
    if (m_path.isEmpty())
        return failWith(error, QStringLiteral("no pidfile to chown"));
    QString reason;
    if (!giveFileTo(m_file, uid, gid, &reason))
        return failWith(error,
                        QStringLiteral("cannot chown pidfile %1 to %2:%3: %4").arg(m_path).arg(uid).arg(gid).arg(reason));
    return true;
}
#endif

bool PidFile::remove()
{
    if (m_path.isEmpty())
        return false;
    const QString path = std::exchange(m_path, QString());
    const bool ours = stillOurs(path);
    m_file.close();
    return ours && QFile::remove(path);
}

/// Whether `path` still names the file create() wrote, with this process's pid in it. Another instance may have
/// replaced a file it believed stale, or rewritten it in place: its file is left alone.
bool PidFile::stillOurs(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat atPath {};
    struct stat written {};
    if (::lstat(QFile::encodeName(path).constData(), &atPath) != 0 || ::fstat(m_file.handle(), &written) != 0
        || atPath.st_dev != written.st_dev || atPath.st_ino != written.st_ino)
        return false;
#endif
    return readPid(path) == ownPid();
}

} // namespace qsd
