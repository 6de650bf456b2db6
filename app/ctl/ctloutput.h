#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

/// What every qstaticdhcpctl command prints with: its streams, its exit codes and its tables.
namespace ctl {

constexpr int Done = 0;      ///< done
constexpr int Refused = 1;   ///< refused by the server (or conflicts found)
constexpr int Usage = 2;     ///< usage, unreadable input or no connection

QTextStream &out();
QTextStream &err();
/// Prints rows as aligned columns under a header, then flushes.
void printTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace ctl
