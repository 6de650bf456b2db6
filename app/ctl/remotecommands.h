#pragma once

#include <QStringList>

class ManagementClient;

/// The management commands of qstaticdhcpctl (status, definitions, subnets, blacklist, stats, activity,
/// unknown, reinit, hooks, logs, whoami). Exit code: 0 done, 1 refused by the server, 2 usage.
int runRemoteCommand(ManagementClient &client, const QString &command, QStringList args, bool json);
/// True for the commands above.
bool isRemoteCommand(const QString &command);
/// The usage text of the commands above.
QString remoteCommandsUsage();
