#include "settingsmodel.h"

#include "consoleclient.h"
#include "engine/config.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

using qsd::ConfigKey;

namespace {

const char *typeName(ConfigKey::Type t)
{
    switch (t) {
    case ConfigKey::Type::Bool: return "bool";
    case ConfigKey::Type::Int: return "int";
    case ConfigKey::Type::IPv4: return "ipv4";
    case ConfigKey::Type::IPv4List: return "ipv4list";
    case ConfigKey::Type::Path: return "path";
    case ConfigKey::Type::Severity: return "severity";
    case ConfigKey::Type::Choice: return "choice";
    case ConfigKey::Type::Fraction: return "fraction";
    case ConfigKey::Type::String: break;
    }
    return "string";
}

const ConfigKey *keyOf(const QString &id)
{
    return qsd::ServerConfig::key(id);
}

} // namespace

SettingsModel::SettingsModel(QObject *parent) : QAbstractListModel(parent) { }

void SettingsModel::setClient(ConsoleClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client)
        connect(m_client, &ConsoleClient::connected, this, &SettingsModel::reload);
    reload();
}

void SettingsModel::setConfigFile(const QString &file)
{
    if (file == m_configFile)
        return;
    m_configFile = file;
    reload();
}

bool SettingsModel::differs(const ConfigKey &key) const
{
    if (!editable() || m_running.isEmpty())
        return false;
    // Unset and the default are the same setting.
    const QString fallback = key.defaultValue ? QString::fromLatin1(key.defaultValue) : QString();
    auto effective = [&](const QVariantMap &values) {
        const QString v = values.value(key.id()).toString().trimmed();
        return key.shown(v.isEmpty() ? fallback : v);   // the server's values come as shown
    };
    if (key.isSecret() && m_savedSecrets.value(key.id(), -1) == m_runningSince)
        return true;
    return effective(m_values) != effective(m_running);
}

QVariantMap SettingsModel::fileValues() const
{
    QVariantMap values;
    QFile f(m_configFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    QString section;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq > 0)
            values.insert(section + QLatin1Char('/') + line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed());
    }
    return values;
}

void SettingsModel::reload()
{
    beginResetModel();
    const ManagementReplica *rep = m_client ? m_client->replica() : nullptr;
    const ServerStatus status = rep ? rep->status() : ServerStatus();
    m_running = status.config();
    m_runningSince = status.startedAtMs();
    m_values = editable() ? fileValues() : m_running;
    m_needsRestart = false;
    for (const ConfigKey &k : qsd::ServerConfig::keys())
        m_needsRestart = m_needsRestart || differs(k);
    endResetModel();
    emit changed();
}

QString SettingsModel::validate(const QString &id, const QString &value) const
{
    const ConfigKey *key = keyOf(id);
    if (!key)
        return tr("unknown key");
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();   // unset: the default applies
    switch (key->type) {
    case ConfigKey::Type::Bool:
        return QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"), QStringLiteral("no"),
                           QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("1"), QStringLiteral("0")}
                       .contains(v.toLower()) ? QString() : tr("'%1' is not true or false").arg(v);
    case ConfigKey::Type::Int: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok)
            return tr("'%1' is not a whole number").arg(v);
        if (key->maximum > key->minimum && (n < key->minimum || n > key->maximum))
            return tr("%1 is outside %2 … %3").arg(n).arg(key->minimum).arg(key->maximum);
        return QString();
    }
    case ConfigKey::Type::IPv4:
        return QHostAddress(v).protocol() == QAbstractSocket::IPv4Protocol ? QString() : tr("'%1' is not an IPv4 address").arg(v);
    case ConfigKey::Type::IPv4List:
        if (v.trimmed() == QLatin1String("*") && key->id() == QLatin1String("server/allowed_dhcp_relays"))
            return QString();   // any relay
        for (const QString &part : v.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
            if (QHostAddress(part).protocol() != QAbstractSocket::IPv4Protocol)
                return tr("'%1' is not an IPv4 address").arg(part);
        }
        return QString();
    case ConfigKey::Type::Fraction: {
        bool ok = false;
        const double f = v.toDouble(&ok);
        return ok && f >= 0 && f < 1 ? QString() : tr("'%1' is not a fraction between 0 and 1").arg(v);
    }
    case ConfigKey::Type::Choice:
        return QString::fromLatin1(key->choices).split(QLatin1Char('|')).contains(v.toLower())
                   ? QString() : tr("'%1' is not one of %2").arg(v, QString::fromLatin1(key->choices).replace(QLatin1Char('|'), QStringLiteral(", ")));
    case ConfigKey::Type::Severity:
        return QStringList{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error"),
                           QStringLiteral("critical")}.contains(v.toLower())
                   ? QString() : tr("'%1' is not debug, info, warning, error or critical").arg(v);
    case ConfigKey::Type::String:
    case ConfigKey::Type::Path:
        break;
    }
    return QString();
}

QString SettingsModel::setKey(const QString &text, const QString &section, const QString &key, const QString &value)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QString entry = key + QLatin1Char('=') + value;
    QString current;
    int sectionEnd = -1;   // the line after the last key line of `section`
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            current = line.mid(1, line.size() - 2).trimmed().toLower();
            if (current == section)
                sectionEnd = i + 1;
            continue;
        }
        if (current != section)
            continue;
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (!line.startsWith(QLatin1Char('#')) && eq > 0 && line.left(eq).trimmed().toLower() == key) {
            if (value.isEmpty())
                lines.removeAt(i);   // unset: the default applies
            else
                lines[i] = entry;
            return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        if (!line.isEmpty())
            sectionEnd = i + 1;
    }
    if (value.isEmpty())
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (sectionEnd >= 0)
        lines.insert(sectionEnd, entry);
    else
        lines << QString() << QLatin1Char('[') + section + QLatin1Char(']') << entry;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QVariantMap SettingsModel::save(const QVariantMap &changes)
{
    auto refused = [](const QString &key, const QString &error) {
        return QVariantMap{{QStringLiteral("ok"), false}, {QStringLiteral("key"), key}, {QStringLiteral("error"), error}};
    };
    if (!editable())
        return refused(QString(), tr("the settings of a remote server are changed in its configuration file on that machine"));
    QFile in(m_configFile);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        return refused(QString(), tr("cannot read %1: %2").arg(m_configFile, in.errorString()));
    QString text = QString::fromUtf8(in.readAll());
    in.close();
    const QVariantMap before = fileValues();
    QStringList secretsChanged;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString problem = validate(it.key(), it.value().toString());
        if (!problem.isEmpty())
            return refused(it.key(), problem);
        const QString id = it.key();
        const QString current = before.value(id).toString();
        const QString value = keyOf(id)->restored(it.value().toString(), current).trimmed();
        if (value == current)
            continue;   // a secret handed back as shown, or a value as it was
        if (keyOf(id)->isSecret())
            secretsChanged << id;
        const int slash = int(id.indexOf(QLatin1Char('/')));
        text = setKey(text, id.left(slash), id.mid(slash + 1), value);
    }
    // The daemon's own loader judges the whole file before it replaces the old one; a temporary file beside
    // it, so that relative paths resolve as they will.
    QTemporaryFile probe(QFileInfo(m_configFile).absolutePath() + QStringLiteral("/.settings-XXXXXX.conf"));
    if (!probe.open() || probe.write(text.toUtf8()) < 0 || !probe.flush())
        return refused(QString(), tr("cannot write beside %1: %2").arg(m_configFile, probe.errorString()));
    QStringList errors;
    if (!qsd::ServerConfig::load(probe.fileName(), &errors)) {
        const QString error = errors.join(QLatin1Char('\n')).replace(probe.fileName(), m_configFile);
        QString key;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            const int slash = int(it.key().indexOf(QLatin1Char('/')));
            if (error.contains(QStringLiteral("[%1] %2").arg(it.key().left(slash), it.key().mid(slash + 1))))
                key = it.key();
        }
        return refused(key, error);
    }
    QSaveFile out(m_configFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text) || out.write(text.toUtf8()) < 0 || !out.commit())
        return refused(QString(), tr("cannot write %1: %2").arg(m_configFile, out.errorString()));
    for (const QString &id : std::as_const(secretsChanged))
        m_savedSecrets.insert(id, m_runningSince);
    reload();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("error"), QString()}};
}

int SettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qsd::ServerConfig::keys().size());
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigKey &k = qsd::ServerConfig::keys().at(index.row());
    const QString id = k.id();
    switch (role) {
    case SectionRole: return QString::fromLatin1(k.section);
    case Qt::DisplayRole:
    case KeyRole: return QString::fromLatin1(k.name);
    case IdRole: return id;
    case TypeRole: return QString::fromLatin1(typeName(k.type));
    case ValueRole: return k.shown(m_values.value(id).toString());   // a secret: "(set)" or "", from the file too
    case DefaultRole: return k.defaultValue ? QString::fromLatin1(k.defaultValue) : QString();
    case ChoicesRole: return k.choices ? QString::fromLatin1(k.choices).split(QLatin1Char('|')) : QStringList();
    case MinimumRole: return k.minimum;
    case MaximumRole: return k.maximum;
    case StaticDhcpdRole: return k.staticdhcpd ? QString::fromLatin1(k.staticdhcpd) : QString();
    case ChangedRole:
        return differs(k);
    case SecretRole: return k.secrecy == ConfigKey::Secrecy::Secret;   // edited blind; a URL shows with *** instead
    default: return {};
    }
}

QHash<int, QByteArray> SettingsModel::roleNames() const
{
    return {{SectionRole, "section"}, {KeyRole, "key"}, {IdRole, "id"}, {TypeRole, "type"}, {ValueRole, "value"},
            {DefaultRole, "defaultValue"}, {ChoicesRole, "choices"}, {MinimumRole, "minimum"}, {MaximumRole, "maximum"},
            {StaticDhcpdRole, "staticdhcpd"}, {ChangedRole, "changed"}, {SecretRole, "secret"}};
}
