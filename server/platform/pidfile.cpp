#include "pidfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <signal.h>
#include <unistd.h>
#endif

namespace qsd {

namespace {

Q_LOGGING_CATEGORY(lcSystem, "system")

qint64 ownPid()
{
    return QCoreApplication::applicationPid();
}

} // namespace

PidFile::~PidFile()
{
    remove();
}

qint64 PidFile::readPid(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.read(64).trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
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
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (QFile::exists(path)) {
        const qint64 pid = readPid(path);
        if (pid != ownPid() && isProcessAlive(pid))
            return fail(QStringLiteral("already running with pid %1 (%2)").arg(pid).arg(path));
        if (pid != ownPid()) {
            if (pid > 0)
                qCWarning(lcSystem, "replacing stale pidfile %s: pid %lld is not running", qUtf8Printable(path), pid);
            else
                qCWarning(lcSystem, "replacing pidfile %s: it holds no pid", qUtf8Printable(path));
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write pidfile %1: %2").arg(path, file.errorString()));
    file.write(QByteArray::number(ownPid()) + '\n');
    if (!file.commit())
        return fail(QStringLiteral("cannot write pidfile %1: %2").arg(path, file.errorString()));
    // QSaveFile creates the file 0600; a pidfile is conventionally world-readable.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ReadOther);
    m_path = path;
    return true;
}

#ifdef Q_OS_UNIX
bool PidFile::chown(uid_t uid, gid_t gid, QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = QStringLiteral("no pidfile to chown");
        return false;
    }
    if (::chown(QFile::encodeName(m_path).constData(), uid, gid) != 0) {
        if (error)
            *error = QStringLiteral("cannot chown pidfile %1 to %2:%3: %4")
                         .arg(m_path)
                         .arg(uid)
                         .arg(gid)
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}
#endif

bool PidFile::remove()
{
    if (m_path.isEmpty())
        return false;
    const QString path = std::exchange(m_path, QString());
    // Another instance may have replaced a file we believed stale; leave its file alone.
    if (readPid(path) != ownPid())
        return false;
    return QFile::remove(path);
}

} // namespace qsd
