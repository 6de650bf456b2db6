#pragma once

#include <QList>
#include <QString>

namespace qsd {

/// Python configparser's format as staticDHCPd's INI engine reads it (databases/_ini.py): [sections],
/// "key = value" or "key: value", keys lower-cased, '#' and ';' comment lines, indented continuation lines,
/// duplicate sections and keys rejected (strict mode). Shared by IniStore and the importer.
struct IniFormat
{
    struct Entry
    {
        int line;
        QString key;
        QString value;
    };
    struct Section
    {
        int line;
        QString name;
        QList<Entry> entries;
    };

    /// Parses `text`; on a syntax error returns false with "<file>:<line>: <what>" in `error`.
    static bool parse(const QString &text, const QString &file, QList<Section> *sections, QString *error);
    /// Reads and parses `file`.
    static bool read(const QString &file, QList<Section> *sections, QString *error);
};

} // namespace qsd
