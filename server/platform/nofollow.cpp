#include "nofollow.h"

#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace qsd {

namespace {

bool failWith(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
    return false;
}

#ifdef Q_OS_UNIX
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The open(2) flags for `mode`. O_NONBLOCK makes opening a planted FIFO fail or return instead of waiting for
/// the other end; it changes nothing for a regular file.
int openFlags(QIODevice::OpenMode mode)
{
    int flags = O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
    if ((mode & QIODevice::ReadWrite) == QIODevice::ReadWrite)
        flags |= O_RDWR;
    else if (mode & QIODevice::WriteOnly)
        flags |= O_WRONLY;
    else
        flags |= O_RDONLY;
    if (mode & QIODevice::Append)
        flags |= O_APPEND;
    return flags;
}

/// Why opening `path` failed with `openError`, told from lstat(2), which does not follow the link either.
/// O_NOFOLLOW's own error for a link differs between systems (ELOOP on Linux, EMLINK on FreeBSD), and a FIFO
/// opened for writing without a reader fails with a confusing ENXIO.
QString describeFailure(const QString &path, int openError)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) == 0) {
        if (S_ISLNK(info.st_mode))
            return QStringLiteral("it is a symbolic link (to %1); refusing to follow it")
                .arg(QFileInfo(path).symLinkTarget());
        if (!S_ISREG(info.st_mode))
            return QStringLiteral("it is not a regular file");
    }
    return errnoText(openError);
}

/// What is wrong with the file open on `fd`, or an empty string when it is a regular file with a single link.
/// A second link may be another name of any file on the same file system, /etc/shadow included.
QString checkOpened(int fd)
{
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return errnoText(errno);
    if (!S_ISREG(info.st_mode))
        return QStringLiteral("it is not a regular file");
    if (info.st_nlink > 1)
        return QStringLiteral("it has %1 hard links; refusing a file that may be another file's other name")
            .arg(qulonglong(info.st_nlink));
    return QString();
}

/// Creates `path` new, or opens the file already there, never through a link. A file that vanishes or appears
/// between the two attempts (the directory's owner at work) is tried again, a few times.
int openOrCreate(const QString &path, int flags, mode_t createMode, bool *created, QString *reason)
{
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0;; ++attempt) {
        // O_EXCL: whatever is at the path, a dangling link included, makes this fail with EEXIST.
        int fd = ::open(name.constData(), flags | O_CREAT | O_EXCL, createMode);
        if (fd >= 0) {
            *created = true;
            return fd;
        }
        if (errno == EEXIST) {
            fd = ::open(name.constData(), flags);
            if (fd >= 0) {
                *created = false;
                return fd;
            }
            if (errno == ENOENT && attempt < 2)
                continue;
        }
        failWith(reason, describeFailure(path, errno));
        return -1;
    }
}

/// Checks the file open on `fd` and hands the descriptor to `file`, which then owns it. Closes it on failure.
bool adopt(QFile &file, int fd, QIODevice::OpenMode mode, QString *reason)
{
    const QString problem = checkOpened(fd);
    if (!problem.isEmpty()) {
        ::close(fd);
        return failWith(reason, problem);
    }
    if (!file.open(fd, mode, QFileDevice::AutoCloseHandle)) {
        const QString why = file.errorString();
        ::close(fd);
        return failWith(reason, why);
    }
    return true;
}
#endif

} // namespace

bool openWithoutFollowing(QFile &file, const QString &path, QIODevice::OpenMode mode, int createMode,
                          QString *reason, bool *created)
{
    Q_ASSERT(!(mode & QIODevice::Truncate));
#ifdef Q_OS_UNIX
    bool isNew = false;
    const int fd = openOrCreate(path, openFlags(mode), mode_t(createMode), &isNew, reason);
    if (fd < 0)
        return false;
    if (!adopt(file, fd, mode, reason))
        return false;
    if (created)
        *created = isNew;
    return true;
#else
    Q_UNUSED(createMode);
    const bool isNew = !QFile::exists(path);
    file.setFileName(path);
    if (!file.open(mode))
        return failWith(reason, file.errorString());
    if (created)
        *created = isNew;
    return true;
#endif
}

bool openForReadingWithoutFollowing(QFile &file, const QString &path, QString *reason)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), openFlags(QIODevice::ReadOnly));
    if (fd < 0)
        return failWith(reason, describeFailure(path, errno));
    return adopt(file, fd, QIODevice::ReadOnly, reason);
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(reason, file.errorString());
    return true;
#endif
}

#ifdef Q_OS_UNIX
bool giveFileTo(QFile &file, uid_t uid, gid_t gid, QString *reason)
{
    struct stat info {};
    if (::fstat(file.handle(), &info) != 0)
        return failWith(reason, errnoText(errno));
    if (info.st_uid == uid && info.st_gid == gid)
        return true;
    if (::fchown(file.handle(), uid, gid) != 0)
        return failWith(reason, errnoText(errno));
    return true;
}
#endif

} // namespace qsd
