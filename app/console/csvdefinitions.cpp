#include "csvdefinitions.h"

#include "consoleclient.h"
#include "rowsmodel.h"

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

const QString Mac = QStringLiteral("mac");
const QString Ip = QStringLiteral("ip");
const QString Hostname = QStringLiteral("hostname");
const QString Subnet = QStringLiteral("subnet");
const QString Serial = QStringLiteral("serial");
const QString Status = QStringLiteral("status");
const QString Message = QStringLiteral("message");

/// "AA-BB-CC-DD-EE-FF", "aabb.ccdd.eeff", "aa:bb:…" → "aa:bb:cc:dd:ee:ff"; empty when not a MAC.
QString normalisedMac(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QRegularExpression(QStringLiteral("[:\\-.]")));
    static const QRegularExpression twelveHex(QStringLiteral("^[0-9a-f]{12}$"));
    if (!twelveHex.match(hex).hasMatch())
        return QString();
    QStringList pairs;
    for (int i = 0; i < 12; i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

QString subnetKey(const QString &subnet, int serial)
{
    return subnet + QLatin1Char('|') + QString::number(serial);
}

} // namespace

CsvDefinitions::CsvDefinitions(QObject *parent) : QObject(parent), m_rows(new RowsModel(this))
{
    m_rows->setRoleList({QStringLiteral("line"), Mac, Ip, Hostname, Subnet, Serial, Status, Message});
    m_rows->setKeyRole(QStringLiteral("line"));
}

void CsvDefinitions::setClient(ConsoleClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    emit clientChanged();
}

QList<QStringList> CsvDefinitions::parse(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;   // the current row has content
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == separator) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !cell.isEmpty()) {
                row << cell;
                rows << row;
            }
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QString CsvDefinitions::line(const QStringList &cells)
{
    QStringList out;
    for (QString cell : cells) {
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
            || cell.contains(QLatin1Char(';'))) {
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        out << cell;
    }
    return out.join(QLatin1Char(','));
}

void CsvDefinitions::finish(const QString &error)
{
    m_busy = false;
    m_summary.insert(QStringLiteral("error"), error);
    emit summaryChanged();
}

void CsvDefinitions::preview(const QUrl &file, const QString &defaultSubnet, int defaultSerial)
{
    m_rows->setRows({});
    m_summary.clear();
    QFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        finish(tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(f.readAll());
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = first.count(QLatin1Char(';')) > first.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    const QList<QStringList> cells = parse(text, separator);
    if (cells.isEmpty()) {
        finish(tr("%1 is empty").arg(f.fileName()));
        return;
    }
    QHash<QString, int> column;
    for (int i = 0; i < int(cells.first().size()); ++i)
        column.insert(cells.first()[i].trimmed().toLower(), i);
    if (!column.contains(Mac) || !column.contains(Ip)) {
        finish(tr("%1: the first line must name the columns, at least mac and ip (found: %2)")
                   .arg(f.fileName(), cells.first().join(QStringLiteral(", "))));
        return;
    }
    QList<QVariantMap> lines;
    for (int r = 1; r < int(cells.size()); ++r) {
        auto cell = [&](const QString &name) {
            const int at = column.value(name, -1);
            return at >= 0 && at < cells[r].size() ? cells[r][at].trimmed() : QString();
        };
        const QString subnet = cell(Subnet).isEmpty() ? defaultSubnet : cell(Subnet);
        const QString serial = cell(Serial);
        lines << QVariantMap{{QStringLiteral("line"), r + 1}, {Mac, cell(Mac)}, {Ip, cell(Ip)}, {Hostname, cell(Hostname)},
                             {Subnet, subnet}, {Serial, serial.isEmpty() ? defaultSerial : serial.toInt()}};
    }
    if (!m_client) {
        finish(tr("not connected"));
        return;
    }
    m_busy = true;
    emit summaryChanged();
    // Everything the server has, in two calls: 100 000 maps are a few megabytes, and the classification is then
    // local and exact.
    m_client->ask(this, [](ManagementReplica &r) { return r.subnets(); }, [this, lines](const SubnetsAnswer &subnets) {
        if (!subnets.ok()) {
            finish(subnets.error());
            return;
        }
        fetchAll(QString(), QString(), -1, [this, lines, subnets](bool ok, const QString &error, const QList<MapRow> &maps) {
            if (!ok) {
                finish(error);
                return;
            }
            classify(lines, maps, subnets.subnets());
        });
    });
}

void CsvDefinitions::fetchAll(const QString &search, const QString &subnet, int serial,
                              std::function<void(bool, const QString &, const QList<MapRow> &)> done, QList<MapRow> sofar)
{
    constexpr int Page = 10000;
    const int offset = int(sofar.size());
    m_client->ask(this, [&](ManagementReplica &r) { return r.maps(search, subnet, serial, SortColumnEnum::Ip, false, Page, offset); },
                  [=](const MapsAnswer &answer) mutable {
        if (!answer.ok()) {
            done(false, answer.error(), {});
            return;
        }
        const QList<MapRow> page = answer.maps();
        sofar += page;
        if (page.size() < Page || sofar.size() >= answer.total())
            done(true, QString(), sofar);
        else
            fetchAll(search, subnet, serial, done, sofar);
    });
}

void CsvDefinitions::classify(const QList<QVariantMap> &lines, const QList<MapRow> &maps, const QList<SubnetRow> &subnets)
{
    QHash<QString, MapRow> byMac;
    QHash<QString, QString> ipOwner;   // "subnet|serial|ip" → MAC
    for (const MapRow &m : maps) {
        byMac.insert(m.mac().toLower(), m);
        ipOwner.insert(subnetKey(m.subnet(), m.serial()) + QLatin1Char('|') + m.ip(), m.mac().toLower());
    }
    QSet<QString> knownSubnets;
    for (const SubnetRow &s : subnets)
        knownSubnets.insert(subnetKey(s.subnet(), s.serial()));
    QHash<QString, int> seenMac;
    QHash<QString, int> seenIp;
    QVariantList out;
    int counts[5] = {};
    const QStringList names{QStringLiteral("new"), QStringLiteral("update"), QStringLiteral("same"),
                            QStringLiteral("conflict"), QStringLiteral("invalid")};
    for (QVariantMap line : lines) {
        int status = 0;
        QString message;
        const QString mac = normalisedMac(line.value(Mac).toString());
        const QString ip = line.value(Ip).toString();
        const QString subnet = line.value(Subnet).toString();
        const int serial = line.value(Serial).toInt();
        const QString ipKey = subnetKey(subnet, serial) + QLatin1Char('|') + ip;
        const auto parsedSubnet = QHostAddress::parseSubnet(subnet);
        if (mac.isEmpty()) {
            status = 4;
            message = tr("'%1' is not a MAC address").arg(line.value(Mac).toString());
        } else if (QHostAddress(ip).protocol() != QAbstractSocket::IPv4Protocol) {
            status = 4;
            message = tr("'%1' is not an IPv4 address").arg(ip);
        } else if (subnet.isEmpty()) {
            status = 4;
            message = tr("no subnet: add a subnet column or choose the subnet to import into");
        } else if (!knownSubnets.contains(subnetKey(subnet, serial))) {
            status = 3;
            message = tr("subnet %1 (serial %2) does not exist: add it first").arg(subnet).arg(serial);
        } else if (parsedSubnet.second >= 0 && !QHostAddress(ip).isInSubnet(parsedSubnet)) {
            status = 3;
            message = tr("%1 is outside %2").arg(ip, subnet);
        } else if (seenMac.contains(mac)) {
            status = 3;
            message = tr("MAC %1 also on line %2").arg(mac).arg(seenMac.value(mac));
        } else if (seenIp.contains(ipKey)) {
            status = 3;
            message = tr("%1 also on line %2").arg(ip).arg(seenIp.value(ipKey));
        } else if (ipOwner.contains(ipKey) && ipOwner.value(ipKey) != mac) {
            status = 3;
            message = tr("%1 already belongs to %2").arg(ip, ipOwner.value(ipKey));
        } else if (byMac.contains(mac)) {
            const MapRow old = byMac.value(mac);
            if (old.ip() == ip && old.hostname() == line.value(Hostname).toString() && old.subnet() == subnet
                && old.serial() == serial) {
                status = 2;
            } else {
                status = 1;
                message = tr("was %1 %2").arg(old.ip(), old.hostname()).trimmed();
                line.insert(QStringLiteral("revision"), old.revision());
            }
        }
        if (!mac.isEmpty()) {
            seenMac.insert(mac, line.value(QStringLiteral("line")).toInt());
            line.insert(Mac, mac);
        }
        seenIp.insert(ipKey, line.value(QStringLiteral("line")).toInt());
        ++counts[status];
        line.insert(Status, names[status]);
        line.insert(Message, message);
        out << line;
    }
    // Problems first: the admin sees what needs a decision before what will simply happen.
    std::stable_sort(out.begin(), out.end(), [&](const QVariant &a, const QVariant &b) {
        auto rank = [&](const QVariant &v) {
            const int s = int(names.indexOf(v.toMap().value(Status).toString()));
            return s >= 3 ? s - 3 : s + 2;
        };
        return rank(a) < rank(b);
    });
    m_rows->setRows(out);
    m_summary.clear();
    for (int i = 0; i < 5; ++i)
        m_summary.insert(names[i], counts[i]);
    m_busy = false;
    emit summaryChanged();
    emit previewReady();
}

void CsvDefinitions::importRows()
{
    if (m_busy || !m_client)
        return;
    // All or nothing, in one transaction on the server (importDefinitions), with the checks and the audit of a
    // hand-made edit for every row: a refusal names its row and writes nothing.
    QVariantList maps;
    QList<int> rows;
    for (int row = 0; row < m_rows->count(); ++row) {
        const QVariantMap line = m_rows->get(row);
        const QString status = line.value(Status).toString();
        if (status != QLatin1String("new") && status != QLatin1String("update"))
            continue;
        maps << QVariantMap{{Mac, line.value(Mac)}, {Ip, line.value(Ip)}, {Hostname, line.value(Hostname)},
                            {Subnet, line.value(Subnet)}, {Serial, line.value(Serial)}};
        rows << row;
    }
    m_busy = true;
    emit summaryChanged();
    m_client->ask(this, [&](ManagementReplica &r) { return r.importDefinitions(QVariantList(), maps, false); },
                  [this, rows](const ImportAnswer &answer) {
        const bool ok = answer.ok();
        m_summary.insert(QStringLiteral("imported"), ok ? int(rows.size()) : 0);
        m_summary.insert(QStringLiteral("failed"), ok ? 0 : int(rows.size()));
        if (!ok)
            m_summary.insert(QStringLiteral("error"), answer.error());
        QVariantList all;
        for (int i = 0; i < m_rows->count(); ++i) {
            QVariantMap line = m_rows->get(i);
            if (rows.contains(i))
                line.insert(Status, ok ? QStringLiteral("imported") : QStringLiteral("refused"));
            all << line;
        }
        m_rows->setRows(all);
        m_busy = false;
        emit summaryChanged();
        emit imported();
    });
}

void CsvDefinitions::exportTo(const QUrl &file, const QString &search, const QString &subnet, int serial)
{
    if (!m_client) {
        emit exported(false, tr("not connected"));
        return;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    fetchAll(search, subnet, serial, [this, path](bool ok, const QString &error, const QList<MapRow> &maps) {
        if (!ok) {
            emit exported(false, error);
            return;
        }
        QString text = line({Mac, Ip, Hostname, Subnet, Serial}) + QLatin1Char('\n');
        for (const MapRow &m : maps)
            text += line({m.mac(), m.ip(), m.hostname(), m.subnet(), QString::number(m.serial())}) + QLatin1Char('\n');
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Text) || out.write(text.toUtf8()) < 0 || !out.commit()) {
            emit exported(false, tr("cannot write %1: %2").arg(path, out.errorString()));
            return;
        }
        emit exported(true, tr("%n definition(s) written to %1", nullptr, int(maps.size())).arg(path));
    });
}
