#include "daemonize.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace qsd {

#ifdef Q_OS_UNIX

bool Daemonizer::detach(QString *error)
{
    int fds[2];
    if (::pipe(fds) < 0) {
        *error = QStringLiteral("cannot daemonise: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const pid_t first = ::fork();
    if (first < 0) {
        *error = QStringLiteral("cannot daemonise: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (first > 0) {   // the original process: wait for the daemon's verdict
        ::close(fds[1]);
        unsigned char status = 1;
        const ssize_t n = ::read(fds[0], &status, 1);
        ::waitpid(first, nullptr, 0);
        ::_exit(n == 1 ? status : 1);
    }
    ::close(fds[0]);
    ::setsid();
    if (::fork() > 0)
        ::_exit(0);   // the session leader goes; the daemon can never reacquire a terminal
    if (::chdir("/") < 0) { /* "/" always exists */ }
    // The starter's umask, made no looser than 027: files the daemon makes later (rotated logs, the disk cache,
    // a new SQLite database) are never readable by others nor writable by its group. (Forcing 022 loosened it.)
    ::umask(::umask(0) | 027);
    m_pipe = fds[1];
    return true;
}

void Daemonizer::reportStarted()
{
    if (m_pipe < 0)
        return;
    const unsigned char ok = 0;
    if (::write(m_pipe, &ok, 1) != 1) { /* the parent is gone: nothing to tell */ }
    ::close(m_pipe);
    m_pipe = -1;
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(null, 2);
        if (null > 2)
            ::close(null);
    }
}

void Daemonizer::reportFailed(int status)
{
    if (m_pipe < 0)
        return;
    const auto byte = static_cast<unsigned char>(status);
    if (::write(m_pipe, &byte, 1) != 1) { /* the parent is gone */ }
    ::close(m_pipe);
    m_pipe = -1;
}

#else

bool Daemonizer::detach(QString *error)
{
    *error = QStringLiteral("running in the background is not supported here; use --foreground or a service manager");
    return false;
}
void Daemonizer::reportStarted() { }
void Daemonizer::reportFailed(int) { }

#endif

} // namespace qsd
