#include "privileges.h"

#ifdef Q_OS_UNIX
#include <QByteArray>

#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

namespace qsd {

namespace {

bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

#ifdef Q_OS_UNIX
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// True for a decimal id ("65534"), false for a name.
bool parseId(const QString &text, unsigned long *id)
{
    bool ok = false;
    *id = text.toULong(&ok, 10);
    return ok;
}

/// POSIX allows these for "not found" as well as a 0 return with a null result.
bool isNotFound(int rc)
{
    return rc == ENOENT || rc == ESRCH || rc == EBADF || rc == EPERM;
}

size_t initialBufferSize(int name)
{
    const long size = sysconf(name);
    return size > 0 ? size_t(size) : 4096;
}

/// Looks up a passwd entry; returns 0 (found), -1 (no such user) or an errno value.
int lookupUser(const QString &user, passwd *entry, std::vector<char> *buffer)
{
    unsigned long id = 0;
    const bool numeric = parseId(user, &id);
    const QByteArray name = user.toLocal8Bit();
    buffer->resize(initialBufferSize(_SC_GETPW_R_SIZE_MAX));
    for (;;) {
        passwd *result = nullptr;
        const int rc = numeric ? getpwuid_r(uid_t(id), entry, buffer->data(), buffer->size(), &result)
                               : getpwnam_r(name.constData(), entry, buffer->data(), buffer->size(), &result);
        if (rc == ERANGE && buffer->size() < (1u << 20)) {
            buffer->resize(buffer->size() * 2);
            continue;
        }
        if (isNotFound(rc))
            return -1;
        if (rc != 0)
            return rc;
        return result ? 0 : -1;
    }
}

int lookupGroup(const QString &group, gid_t *gid)
{
    unsigned long id = 0;
    if (parseId(group, &id)) {
        *gid = gid_t(id);
        return 0;
    }
    const QByteArray name = group.toLocal8Bit();
    std::vector<char> buffer(initialBufferSize(_SC_GETGR_R_SIZE_MAX));
    for (;;) {
        ::group entry{};
        ::group *result = nullptr;
        const int rc = getgrnam_r(name.constData(), &entry, buffer.data(), buffer.size(), &result);
        if (rc == ERANGE && buffer.size() < (1u << 20)) {
            buffer.resize(buffer.size() * 2);
            continue;
        }
        if (isNotFound(rc) || (rc == 0 && !result))
            return -1;
        if (rc != 0)
            return rc;
        *gid = result->gr_gid;
        return 0;
    }
}
#endif

} // namespace

#ifdef Q_OS_UNIX
bool resolveUser(const QString &user, const QString &group, UserIds *ids, QString *error)
{
    passwd entry{};
    std::vector<char> buffer;
    const int rc = lookupUser(user, &entry, &buffer);
    unsigned long numericUser = 0;
    UserIds result;
    if (rc == 0) {
        result.uid = entry.pw_uid;
        result.gid = entry.pw_gid;
        result.userName = QString::fromLocal8Bit(entry.pw_name);
    } else if (rc == -1 && parseId(user, &numericUser)) {
        // A bare uid without a passwd entry is allowed, but then its group must be given.
        if (group.isEmpty())
            return failWith(error, QStringLiteral("user %1 has no passwd entry: a group must be given").arg(user));
        result.uid = uid_t(numericUser);
    } else if (rc == -1) {
        return failWith(error, QStringLiteral("user '%1' does not exist").arg(user));
    } else {
        return failWith(error, QStringLiteral("cannot look up user '%1': %2").arg(user, errnoText(rc)));
    }

    if (!group.isEmpty()) {
        const int grc = lookupGroup(group, &result.gid);
        if (grc == -1)
            return failWith(error, QStringLiteral("group '%1' does not exist").arg(group));
        if (grc != 0)
            return failWith(error, QStringLiteral("cannot look up group '%1': %2").arg(group, errnoText(grc)));
    }
    *ids = result;
    return true;
}
#endif

bool dropPrivileges(const QString &user, const QString &group, QString *error)
{
    if (user.isEmpty())
        return true;
#ifdef Q_OS_UNIX
    UserIds ids;
    if (!resolveUser(user, group, &ids, error))
        return false;
    const QString who = group.isEmpty() ? QStringLiteral("user '%1'").arg(user)
                                        : QStringLiteral("user '%1', group '%2'").arg(user, group);
    // `code` is errno, saved by the caller before anything else can change it.
    auto fail = [&](int code, const QString &call) {
        return failWith(error, QStringLiteral("dropping privileges to %1: %2 failed: %3").arg(who, call, errnoText(code)));
    };

    if (geteuid() != 0) {
        // Nothing to drop, unless we are not who we should become.
        if (getuid() == ids.uid && geteuid() == ids.uid && getgid() == ids.gid && getegid() == ids.gid)
            return true;
        return failWith(error, QStringLiteral("dropping privileges to %1: not running as root").arg(who));
    }

    if (!ids.userName.isEmpty()) {
        if (initgroups(ids.userName.toLocal8Bit().constData(), ids.gid) != 0) {
            const int code = errno;
            return fail(code, QStringLiteral("initgroups(%1)").arg(ids.userName));
        }
    } else {
        const gid_t groups[] = {ids.gid};
        if (setgroups(1, groups) != 0) {
            const int code = errno;
            return fail(code, QStringLiteral("setgroups(%1)").arg(ids.gid));
        }
    }
    // The group first: once the uid is not 0 any more, the gid can no longer be changed.
    if (setgid(ids.gid) != 0) {
        const int code = errno;
        return fail(code, QStringLiteral("setgid(%1)").arg(ids.gid));
    }
    if (setuid(ids.uid) != 0) {
        const int code = errno;
        return fail(code, QStringLiteral("setuid(%1)").arg(ids.uid));
    }

    if (getuid() != ids.uid || geteuid() != ids.uid || getgid() != ids.gid || getegid() != ids.gid)
        return failWith(error, QStringLiteral("dropping privileges to %1: the ids did not change").arg(who));
    if (ids.uid != 0 && setuid(0) == 0)
        return failWith(error, QStringLiteral("dropping privileges to %1: setuid(0) still succeeds").arg(who));
    return true;
#else
    Q_UNUSED(group);
    return failWith(error, QStringLiteral("dropping privileges is not supported on this platform"));
#endif
}

} // namespace qsd
