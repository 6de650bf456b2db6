#include "ouitable.h"

#include "protocol/mac.h"

#include <QFile>
#include <QLoggingCategory>

namespace qsd {

namespace {

Q_LOGGING_CATEGORY(lcOui, "management")

/// The cells of one CSV line (RFC 4180 quoting; the registry quotes names with commas).
QStringList cells(const QString &line)
{
    QStringList out;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    out << cell;
    return out;
}

} // namespace

OuiTable::OuiTable(QStringList files) : m_files(std::move(files)) { }

void OuiTable::load()
{
    m_loaded = true;
    for (const QString &path : std::as_const(m_files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        file.readLine();   // Registry,Assignment,Organization Name,Organization Address
        while (!file.atEnd()) {
            const QStringList row = cells(QString::fromUtf8(file.readLine()).trimmed());
            bool ok = false;
            const quint32 prefix = row.size() >= 3 ? row[1].toUInt(&ok, 16) : 0;
            if (ok && row[1].size() == 6)
                m_vendors.insert(prefix, row[2].trimmed());
        }
        qCDebug(lcOui).noquote() << "vendors of" << m_vendors.size() << "OUIs from" << path;
        return;
    }
    qCDebug(lcOui) << "no OUI registry found (Debian package ieee-data): unknown clients are shown without vendor";
}

int OuiTable::size()
{
    if (!m_loaded)
        load();
    return int(m_vendors.size());
}

QString OuiTable::vendorOf(const MAC &mac)
{
    const QByteArray bytes = mac.toBytes();
    if (bytes.size() < 3)
        return QString();
    const quint8 first = quint8(bytes[0]);
    if (first & 0x01)
        return QStringLiteral("multicast address");
    if (first & 0x02)
        return QStringLiteral("locally administered (virtual machine or randomised)");
    if (!m_loaded)
        load();
    return m_vendors.value(quint32(first) << 16 | quint32(quint8(bytes[1])) << 8 | quint8(bytes[2]));
}

} // namespace qsd
