#include "sqlscript.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qsd {

namespace {

/// True when `statement` holds something besides comments and white space.
bool hasCode(QStringView statement)
{
    qsizetype i = 0;
    const qsizetype n = statement.size();
    while (i < n) {
        if (statement[i].isSpace()) {
            ++i;
        } else if (statement.mid(i).startsWith(u"--")) {
            const qsizetype end = statement.indexOf(u'\n', i);
            i = end < 0 ? n : end + 1;
        } else if (statement.mid(i).startsWith(u"/*")) {
            const qsizetype end = statement.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else {
            return true;
        }
    }
    return false;
}

} // namespace

QStringList SqlScript::split(QStringView script)
{
    QStringList statements;
    qsizetype start = 0;
    qsizetype i = 0;
    const qsizetype n = script.size();
    const auto flush = [&](qsizetype end) {
        const QStringView statement = script.mid(start, end - start).trimmed();
        if (hasCode(statement))
            statements.append(statement.toString());
    };
    while (i < n) {
        const QChar c = script[i];
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            ++i;
            while (i < n) {
                if (script[i] == close) {
                    // a doubled quote inside a string is an escaped quote
                    if (close != u']' && i + 1 < n && script[i + 1] == close) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
        } else if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? n : end + 1;
        } else if (c == u'/' && i + 1 < n && script[i + 1] == u'*') {
            const qsizetype end = script.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u';') {
            flush(i);
            start = ++i;
        } else {
            ++i;
        }
    }
    flush(n);
    return statements;
}

bool SqlScript::execute(QSqlDatabase &db, QStringView script, QString *error)
{
    const QStringList statements = split(script);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QSqlQuery query(db);
        if (!query.exec(statements[i])) {
            if (error)
                *error = QStringLiteral("statement %1 (%2): %3")
                             .arg(QString::number(i + 1), statements[i].section(u'\n', 0, 0),
                                  query.lastError().text());
            query.finish();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool SqlScript::exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.simplified());
    return false;
}

bool SqlScript::runInTransaction(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const QString &sql : statements) {
        if (!exec(db, sql, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace qsd
