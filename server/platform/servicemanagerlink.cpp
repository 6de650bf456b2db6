#include "servicemanagerlink.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#endif

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <string>
#include <thread>
#endif

namespace qsd {

namespace {

Q_LOGGING_CATEGORY(lcServiceManager, "system")

#ifdef Q_OS_WIN
/// The one SCM connection of the process (the SCM's callbacks carry no user pointer to the dispatcher).
struct ScmConnection
{
    std::wstring name;
    SERVICE_STATUS_HANDLE handle = nullptr;
    SERVICE_STATUS status{};
    HANDLE registered = nullptr;   // set once serviceMain has registered its handler (or the dispatcher failed)
    HANDLE finished = nullptr;     // set once SERVICE_STOPPED is reported: serviceMain may return
    DWORD error = NO_ERROR;
    std::thread dispatcher;
    QPointer<ServiceManagerLink> link;
};
ScmConnection *g_scm = nullptr;

void reportScmStatus(DWORD state, DWORD win32ExitCode = NO_ERROR, DWORD serviceExitCode = 0, DWORD waitHintMs = 0)
{
    if (!g_scm || !g_scm->handle)
        return;
    SERVICE_STATUS &s = g_scm->status;
    s.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    s.dwCurrentState = state;
    s.dwControlsAccepted = state == SERVICE_RUNNING
        ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_PARAMCHANGE : 0;
    s.dwWin32ExitCode = win32ExitCode;
    s.dwServiceSpecificExitCode = serviceExitCode;
    s.dwWaitHint = waitHintMs;
    if (state == SERVICE_RUNNING || state == SERVICE_STOPPED)
        s.dwCheckPoint = 0;
    else
        ++s.dwCheckPoint;
    SetServiceStatus(g_scm->handle, &s);
}

DWORD WINAPI scmControlHandler(DWORD control, DWORD, LPVOID, LPVOID)
{
    ServiceManagerLink *link = g_scm ? g_scm->link.data() : nullptr;
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
        reportScmStatus(SERVICE_STOP_PENDING, NO_ERROR, 0, 10000);
        if (link)
            QMetaObject::invokeMethod(link, &ServiceManagerLink::stopRequested, Qt::QueuedConnection);
        return NO_ERROR;
    case SERVICE_CONTROL_PARAMCHANGE:
        if (link)
            QMetaObject::invokeMethod(link, &ServiceManagerLink::reloadRequested, Qt::QueuedConnection);
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI scmServiceMain(DWORD, LPWSTR *)
{
    g_scm->handle = RegisterServiceCtrlHandlerExW(g_scm->name.c_str(), scmControlHandler, nullptr);
    if (!g_scm->handle)
        g_scm->error = GetLastError();
    else
        reportScmStatus(SERVICE_START_PENDING, NO_ERROR, 0, 30000);
    SetEvent(g_scm->registered);
    if (g_scm->handle)
        WaitForSingleObject(g_scm->finished, INFINITE);
}
#endif

} // namespace

ServiceManagerLink::ServiceManagerLink(QObject *parent)
    : QObject(parent)
{
}

ServiceManagerLink::~ServiceManagerLink()
{
    if (m_attached && !m_stopped)
        reportStopped(1);
}

bool ServiceManagerLink::attachToServiceControlManager(const QString &serviceName, QString *error)
{
#ifdef Q_OS_WIN
    if (g_scm) {
        *error = QStringLiteral("--service: already attached to the Service Control Manager");
        return false;
    }
    g_scm = new ScmConnection;
    g_scm->name = serviceName.toStdWString();
    g_scm->link = this;
    g_scm->registered = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    g_scm->finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    // StartServiceCtrlDispatcher blocks until the service stops, so it gets its own thread and the Qt event
    // loop keeps the main one.
    g_scm->dispatcher = std::thread([] {
        SERVICE_TABLE_ENTRYW table[] = {{const_cast<LPWSTR>(g_scm->name.c_str()), scmServiceMain}, {nullptr, nullptr}};
        if (!StartServiceCtrlDispatcherW(table)) {
            g_scm->error = GetLastError();
            SetEvent(g_scm->registered);
        }
    });
    WaitForSingleObject(g_scm->registered, 30000);
    if (!g_scm->handle) {
        const DWORD code = g_scm->error;
        SetEvent(g_scm->finished);
        g_scm->dispatcher.join();
        CloseHandle(g_scm->registered);
        CloseHandle(g_scm->finished);
        delete g_scm;
        g_scm = nullptr;
        *error = code == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT
            ? QStringLiteral("--service: not started by the Service Control Manager (start it with: sc.exe start %1)").arg(serviceName)
            : QStringLiteral("--service: cannot connect to the Service Control Manager (error %1)").arg(code);
        return false;
    }
    m_attached = true;
    return true;
#else
    Q_UNUSED(serviceName);
    *error = QStringLiteral("--service is for the Windows Service Control Manager; systemd and launchd run "
                            "qstaticdhcpd --foreground");
    return false;
#endif
}

bool ServiceManagerLink::isManaged() const
{
    return m_attached || !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

void ServiceManagerLink::reportStarted(const QString &status)
{
#ifdef Q_OS_WIN
    if (m_attached)
        reportScmStatus(SERVICE_RUNNING);
#endif
    notify("READY=1\nSTATUS=" + status.toUtf8() + "\nMAINPID=" + QByteArray::number(QCoreApplication::applicationPid()));
}

void ServiceManagerLink::reportStopping()
{
#ifdef Q_OS_WIN
    if (m_attached)
        reportScmStatus(SERVICE_STOP_PENDING, NO_ERROR, 0, 10000);
#endif
    notify("STOPPING=1\nSTATUS=stopping");
}

void ServiceManagerLink::reportStopped(int exitCode)
{
    if (m_stopped)
        return;
    m_stopped = true;
#ifdef Q_OS_WIN
    if (m_attached && g_scm) {
        reportScmStatus(SERVICE_STOPPED, exitCode ? ERROR_SERVICE_SPECIFIC_ERROR : NO_ERROR, DWORD(exitCode));
        SetEvent(g_scm->finished);
        g_scm->dispatcher.join();
        CloseHandle(g_scm->registered);
        CloseHandle(g_scm->finished);
        delete g_scm;
        g_scm = nullptr;
    }
#else
    Q_UNUSED(exitCode);
#endif
}

void ServiceManagerLink::notify(const QByteArray &message)
{
    const QByteArray socketPath = qgetenv("NOTIFY_SOCKET");
    if (socketPath.isEmpty())
        return;
    QString error;
    if (!sendNotification(socketPath, message, &error))
        qCWarning(lcServiceManager).noquote() << "cannot notify the service manager:" << error;
}

bool ServiceManagerLink::sendNotification(const QByteArray &socketPath, const QByteArray &message, QString *error)
{
#ifdef Q_OS_LINUX
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (socketPath.isEmpty() || (socketPath.front() != '/' && socketPath.front() != '@') || size_t(socketPath.size()) >= sizeof address.sun_path) {
        *error = QStringLiteral("NOTIFY_SOCKET=%1 is not a socket path").arg(QString::fromLocal8Bit(socketPath));
        return false;
    }
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';   // abstract namespace
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(socketPath.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const ssize_t sent = ::sendto(fd, message.constData(), size_t(message.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    const int code = errno;
    ::close(fd);
    if (sent != message.size()) {
        *error = QStringLiteral("%1: %2").arg(QString::fromLocal8Bit(socketPath), QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    return true;
#else
    Q_UNUSED(socketPath);
    Q_UNUSED(message);
    *error = QStringLiteral("sd_notify is Linux only");
    return false;
#endif
}

} // namespace qsd
