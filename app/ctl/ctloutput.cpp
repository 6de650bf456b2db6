#include "ctloutput.h"

#include <cstdio>

namespace ctl {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) + QStringLiteral("  ") : cells[i];
        out() << text.trimmed() << '\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    out().flush();
}

} // namespace ctl
