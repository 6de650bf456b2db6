#pragma once

#include <QString>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

namespace qsd {

#ifdef Q_OS_UNIX
/// A user and group resolved from the configuration.
struct UserIds
{
    uid_t uid = 0;
    gid_t gid = 0;
    QString userName;   ///< empty when `user` was a number with no passwd entry
};

/// Resolves `user` (a name or a numeric uid) with getpwnam_r/getpwuid_r and `group` (a name or a numeric gid)
/// with getgrnam_r; an empty group means the user's primary group. On failure `error` names the user or group.
bool resolveUser(const QString &user, const QString &group, UserIds *ids, QString *error);
#endif

/// Drops root privileges for good once every socket is bound (staticDHCPd's UID/GID, inventory §10): resolves as
/// resolveUser(), then sets the supplementary groups (initgroups, or just `group` for a user without a passwd
/// entry), setgid, then setuid — in that order — and verifies that setuid(0) now fails. An empty `user` does
/// nothing. Errors name the user or group ("dropping privileges to user 'daemon': setuid(1) failed: …").
/// Not Unix: always fails with "dropping privileges is not supported on this platform" unless `user` is empty.
bool dropPrivileges(const QString &user, const QString &group, QString *error);

} // namespace qsd
