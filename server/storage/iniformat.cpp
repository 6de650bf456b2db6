#include "iniformat.h"

#include <QFile>
#include <QRegularExpression>

namespace qsd {

bool IniFormat::read(const QString &file, QList<Section> *sections, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(file, f.errorString());
        return false;
    }
    return parse(QString::fromUtf8(f.readAll()), file, sections, error);
}

bool IniFormat::parse(const QString &text, const QString &file, QList<Section> *sections, QString *error)
{
    int number = 0;
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("%1:%2: %3").arg(file).arg(number).arg(what);
        return false;
    };
    static const QRegularExpression separator(QStringLiteral("[=:]"));
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        ++number;
        while (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        if (line.at(0).isSpace() && !sections->isEmpty() && !sections->last().entries.isEmpty()) {
            sections->last().entries.last().value += u'\n' + trimmed;   // continuation
            continue;
        }
        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']'))
                return fail(QStringLiteral("a section header must end with ']'"));
            const QString name = trimmed.mid(1, trimmed.size() - 2).trimmed();
            for (const Section &s : std::as_const(*sections)) {
                if (s.name == name)
                    return fail(QStringLiteral("section [%1] again (first at line %2)").arg(name).arg(s.line));
            }
            sections->append(Section{number, name, {}});
            continue;
        }
        if (sections->isEmpty())
            return fail(QStringLiteral("a key before any [section]"));
        const qsizetype at = line.indexOf(separator);
        if (at <= 0)
            return fail(QStringLiteral("expected 'key = value'"));
        const QString key = line.left(at).trimmed().toLower();
        for (const Entry &e : std::as_const(sections->last().entries)) {
            if (e.key == key)
                return fail(QStringLiteral("key '%1' again in [%2] (first at line %3)").arg(key, sections->last().name).arg(e.line));
        }
        sections->last().entries.append(Entry{number, key, line.mid(at + 1).trimmed()});
    }
    return true;
}

} // namespace qsd
