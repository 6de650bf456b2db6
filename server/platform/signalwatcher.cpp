#include "signalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <iterator>
#include <signal.h>
#include <unistd.h>
#endif

namespace qsd {

#ifdef Q_OS_UNIX
namespace {

constexpr int kSignals[] = {SIGHUP, SIGTERM, SIGINT};

int s_pipe[2] = {-1, -1};
struct sigaction s_previous[std::size(kSignals)];
std::atomic<bool> s_installed{false};
volatile std::sig_atomic_t s_terminatePending = 0;

extern "C" void onSignal(int signal)
{
    if (signal == SIGTERM || signal == SIGINT) {
        if (s_terminatePending)
            _exit(1);
        s_terminatePending = 1;
    }
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signal);
    // Non-blocking: if the pipe is full the reader is behind anyway and will see an earlier byte.
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = savedErrno;
}

bool makePipe()
{
    if (::pipe(s_pipe) != 0)
        return false;
    for (int fd : s_pipe) {
        ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return true;
}

} // namespace
#endif

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    bool expected = false;
    if (!s_installed.compare_exchange_strong(expected, true))
        return;   // another watcher is active
    if (!makePipe()) {
        s_installed = false;
        return;
    }
    s_terminatePending = 0;
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignals);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &action, &s_previous[i]);
    m_active = true;
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_active)
        return;
    for (size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &s_previous[i], nullptr);
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
    s_terminatePending = 0;
    s_installed = false;
#endif
}

bool SignalWatcher::isTerminationPending()
{
#ifdef Q_OS_UNIX
    return s_terminatePending != 0;
#else
    return false;
#endif
}

void SignalWatcher::readSignals()
{
#ifdef Q_OS_UNIX
    unsigned char bytes[64];
    ssize_t count;
    while ((count = ::read(s_pipe[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < count; ++i) {
            if (bytes[i] == SIGHUP)
                emit reinitialiseRequested();
            else if (bytes[i] == SIGTERM || bytes[i] == SIGINT)
                emit terminateRequested();
        }
    }
#endif
}

} // namespace qsd
