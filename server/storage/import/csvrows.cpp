// CSV as the console and `qstaticdhcpctl definitions export` write it: a header naming the columns (mac, ip
// required; hostname, subnet, serial optional; any order, any case), ',' or ';' separated, RFC 4180 quotes.
#include "importformats.h"

#include <QHash>

namespace qsd::import {

namespace {

struct CsvRecord
{
    int line;           ///< where the record starts
    QStringList cells;
};

/// RFC 4180: quoted cells may hold separators, doubled quotes and line breaks. Blank lines are skipped.
QList<CsvRecord> records(const QString &text, QChar separator, int *unterminated)
{
    QList<CsvRecord> out;
    CsvRecord record{1, {}};
    QString cell;
    bool quoted = false, any = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = any = true;
        } else if (c == separator) {
            record.cells << cell;
            cell.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !cell.trimmed().isEmpty()) {
                record.cells << cell;
                out << record;
            }
            ++line;
            record = CsvRecord{line, {}};
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (quoted)
        *unterminated = record.line;
    if (any || !cell.trimmed().isEmpty()) {
        record.cells << cell;
        out << record;
    }
    return out;
}

} // namespace

QString csvLine(const QStringList &cells)
{
    QStringList out;
    for (QString cell : cells) {
        if (cell.contains(u',') || cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
            || cell != cell.trimmed()) {
            cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            cell = u'"' + cell + u'"';
        }
        out << cell;
    }
    return out.join(u',');
}

ImportedFile parseCsv(const QString &text, const QString &file)
{
    ImportedFile result;
    const QString first = text.section(u'\n', 0, 0);
    const QChar separator = first.count(u';') > first.count(u',') ? QChar(u';') : QChar(u',');
    int unterminated = 0;
    const QList<CsvRecord> rows = records(text, separator, &unterminated);
    if (unterminated) {
        result.error = QStringLiteral("%1:%2: a quoted cell is not closed").arg(file).arg(unterminated);
        return result;
    }
    if (rows.isEmpty()) {
        result.error = QStringLiteral("%1: empty file").arg(file);
        return result;
    }
    QHash<QString, int> column;
    for (int i = 0; i < rows.first().cells.size(); ++i)
        column.insert(rows.first().cells[i].trimmed().toLower(), i);
    if (!column.contains(QStringLiteral("mac")) || !column.contains(QStringLiteral("ip"))) {
        result.error = QStringLiteral("%1:%2: the first line must name the columns, at least mac and ip (found: %3)")
                           .arg(file).arg(rows.first().line).arg(rows.first().cells.join(QStringLiteral(", ")));
        return result;
    }
    for (const QString &name : column.keys()) {
        static const QStringList known{QStringLiteral("mac"), QStringLiteral("ip"), QStringLiteral("hostname"),
                                       QStringLiteral("subnet"), QStringLiteral("serial")};
        if (!known.contains(name))
            result.warnings << QStringLiteral("%1:%2: column '%3' ignored").arg(file).arg(rows.first().line).arg(name);
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRecord &rec = rows[r];
        auto cell = [&](const char *name) {
            const int at = column.value(QLatin1String(name), -1);
            return at >= 0 && at < rec.cells.size() ? rec.cells[at].trimmed() : QString();
        };
        ImportRow row = makeRow(sourceOf(file, rec.line), cell("mac"), cell("ip"), cell("hostname"));
        row.subnet = cell("subnet");
        row.hasSubnet = !row.subnet.isEmpty();
        const QString serial = cell("serial");
        bool ok = true;
        row.serial = serial.isEmpty() ? 0 : serial.toInt(&ok);
        if ((!ok || row.serial < 0) && row.problem.isEmpty())
            row.problem = QStringLiteral("serial '%1' is not a whole number").arg(serial);
        if (rec.cells.size() > rows.first().cells.size() && row.problem.isEmpty())
            row.problem = QStringLiteral("%1 cells, the header names %2").arg(rec.cells.size()).arg(rows.first().cells.size());
        result.rows << row;
    }
    return result;
}

} // namespace qsd::import
