// Kea's DHCPv4 host reservations from its JSON configuration (or a part of it): global `reservations`,
// `subnet4[].reservations` and `shared-networks[].subnet4[].reservations`, with `hw-address`, `ip-address`
// and `hostname`. Kea's comments (#, //, /* */) are allowed. A reservation by client-id, DUID, circuit-id or
// flex-id has no MAC and is left out with a warning. The enclosing subnet4's `subnet` is kept as the row's
// network, to flag addresses outside it. Rows name the file, the line of their hw-address and their JSON path.
#include "importformats.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qsd::import {

namespace {

/// Kea's comments replaced by spaces (line breaks kept, so offsets and lines stay those of the file).
QString withoutComments(const QString &text)
{
    QString out = text;
    bool inString = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'#' || (c == u'/' && i + 1 < out.size() && out[i + 1] == u'/')) {
            while (i < out.size() && out[i] != u'\n')
                out[i++] = u' ';
        } else if (c == u'/' && i + 1 < out.size() && out[i + 1] == u'*') {
            while (i < out.size() && !(out[i] == u'*' && i + 1 < out.size() && out[i + 1] == u'/')) {
                if (out[i] != u'\n')
                    out[i] = u' ';
                ++i;
            }
            if (i + 1 < out.size())
                out[i] = out[i + 1] = u' ';
            ++i;
        }
    }
    return out;
}

int lineAt(const QString &text, qsizetype offset)
{
    return int(text.left(offset).count(u'\n')) + 1;
}

class Reader
{
public:
    Reader(const QString &text, const QString &file, ImportedFile *out) : m_text(text), m_file(file), m_out(out) { }

    void reservations(const QJsonValue &list, const QString &path, const QString &network)
    {
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject r = array[i].toObject();
            const QString where = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QString mac = r.value(QStringLiteral("hw-address")).toString();
            const QString source = QStringLiteral("%1 (%2)").arg(sourceOf(m_file, lineOf(mac, r)), where);
            if (mac.isEmpty()) {
                m_out->warnings << QStringLiteral("%1: a reservation without hw-address (by client-id, DUID, circuit-id "
                                                  "or flex-id) left out").arg(source);
                continue;
            }
            ImportRow row = makeRow(source, mac, r.value(QStringLiteral("ip-address")).toString(),
                                    r.value(QStringLiteral("hostname")).toString());
            row.network = network;
            if (!row.mac.isEmpty() && normalisedMac(row.mac) == row.mac && !r.value(QStringLiteral("ip-address")).isString())
                row.problem = QStringLiteral("no ip-address (Kea would lease one from a pool)");
            for (const char *ignored : {"option-data", "client-classes", "next-server", "boot-file-name", "server-hostname"}) {
                if (r.contains(QLatin1String(ignored)))
                    m_out->warnings << QStringLiteral("%1: '%2' left out (options belong to the subnet)").arg(source, QLatin1String(ignored));
            }
            m_out->rows << row;
        }
    }

    void subnets(const QJsonValue &list, const QString &path)
    {
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject s = array[i].toObject();
            reservations(s.value(QStringLiteral("reservations")), QStringLiteral("%1[%2].reservations").arg(path).arg(i),
                         s.value(QStringLiteral("subnet")).toString());
        }
    }

private:
    /// The line of the reservation's hw-address (or, without one, of its ip-address), the n-th time it is met.
    int lineOf(const QString &mac, const QJsonObject &r)
    {
        const QString key = mac.isEmpty() ? r.value(QStringLiteral("ip-address")).toString() : mac;
        if (key.isEmpty())
            return 0;
        const QString needle = QStringLiteral("\"%1\"").arg(key);
        qsizetype at = -1;
        for (int seen = 0; seen <= m_seen.value(key); ++seen) {
            at = m_text.indexOf(needle, at + 1);
            if (at < 0)
                return 0;
        }
        m_seen[key] += 1;
        return lineAt(m_text, at);
    }

    const QString &m_text;
    QString m_file;
    ImportedFile *m_out;
    QHash<QString, int> m_seen;
};

} // namespace

ImportedFile parseKea(const QString &text, const QString &file)
{
    ImportedFile result;
    const QString json = withoutComments(text);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset is in UTF-8 bytes; the line is counted in the same bytes.
        const QByteArray bytes = json.toUtf8().left(error.offset);
        result.error = QStringLiteral("%1: %2").arg(sourceOf(file, int(bytes.count('\n')) + 1), error.errorString());
        return result;
    }
    Reader reader(text, file, &result);
    if (doc.isArray()) {   // a bare list of reservations (reservation-get-all's "hosts")
        reader.reservations(doc.array(), QStringLiteral("reservations"), QString());
        return result;
    }
    QJsonObject root = doc.object();
    QString prefix;
    if (root.contains(QStringLiteral("Dhcp4"))) {
        root = root.value(QStringLiteral("Dhcp4")).toObject();
        prefix = QStringLiteral("Dhcp4.");
    } else if (root.contains(QStringLiteral("Dhcp6")) && !root.contains(QStringLiteral("subnet4"))) {
        result.error = QStringLiteral("%1: a Kea DHCPv6 configuration (Dhcp6) has no IPv4 reservations").arg(file);
        return result;
    }
    reader.reservations(root.value(QStringLiteral("reservations")), prefix + QStringLiteral("reservations"), QString());
    reader.subnets(root.value(QStringLiteral("subnet4")), prefix + QStringLiteral("subnet4"));
    const QJsonArray shared = root.value(QStringLiteral("shared-networks")).toArray();
    for (qsizetype i = 0; i < shared.size(); ++i)
        reader.subnets(shared[i].toObject().value(QStringLiteral("subnet4")),
                       QStringLiteral("%1shared-networks[%2].subnet4").arg(prefix).arg(i));
    if (result.rows.isEmpty() && result.warnings.isEmpty())
        result.warnings << QStringLiteral("%1: no Dhcp4 reservations found").arg(file);
    return result;
}

} // namespace qsd::import
