#pragma once

#include <QList>
#include <QStringList>

class ManagementClient;
class MapRow;

/// `qstaticdhcpctl import FORMAT FILE [--dry-run] [--subnet S [--serial N]] [--skip-conflicts]`: reads the file
/// (qsd_import), compares every row with what the server has, prints the plan, and — unless it is a dry run or
/// something conflicts — writes it through importDefinitions(), all or nothing.
/// Exit code: 0 done (dry run: nothing to fix), 1 conflicts / refused by the server, 2 usage, unreadable file or connection.
int runImportCommand(ManagementClient &client, QStringList args, bool json);

/// `definitions export [--subnet S] [--serial N] [FILE|-]`: every map as CSV (mac,ip,hostname,subnet,serial).
int runExportCommand(ManagementClient &client, QStringList args);

/// Every map of the server matching subnet/serial (serial -1: any), in pages of the server's largest (10 000).
bool fetchAllMaps(ManagementClient &client, const QString &subnet, int serial, QList<MapRow> *maps, QString *error);
