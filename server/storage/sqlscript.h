#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace qsd {

/// A plain SQL script (schema files such as staticDHCPd's sqlite.sql, resources/demo/demo.sql) run through
/// QSqlQuery, which executes one statement at a time.
class SqlScript
{
public:
    /// Splits `script` at the ';' that end statements, ignoring those inside '…', "…", `…`, [...] and
    /// comments (-- … and /* … */). Statements are trimmed; those holding only comments are dropped.
    /// Not for scripts whose statements contain ';' themselves (CREATE TRIGGER … BEGIN …; END).
    static QStringList split(QStringView script);

    /// Runs every statement of `script` in one transaction on `db`; on error rolls back and says which
    /// statement failed (by number and its first line).
    static bool execute(QSqlDatabase &db, QStringView script, QString *error);

    /// Runs one statement; on error says what failed and in which statement.
    static bool exec(QSqlDatabase &db, const QString &sql, QString *error);
    /// Runs `statements` in one transaction; on error rolls back.
    static bool runInTransaction(QSqlDatabase &db, const QStringList &statements, QString *error);
};

} // namespace qsd
