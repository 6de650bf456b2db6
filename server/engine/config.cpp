#include "config.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

#include <limits>

namespace qsd {
namespace {

using T = ConfigKey::Type;
using S = ConfigKey::Secrecy;

// Secret keys are marked in the last column (ConfigKey::Secrecy): a new credential (an SMTP password, say) gets
// S::Secret here, and status, the Settings page and the loader's error texts then show it as set or unset only.
const QList<ConfigKey> kKeys = {
    {"server", "dhcp_server_ip", T::IPv4, nullptr, 0, 0, nullptr, "DHCP_SERVER_IP"},
    {"server", "dhcp_server_port", T::Int, "67", 1, 65535, nullptr, "DHCP_SERVER_PORT"},
    {"server", "dhcp_client_port", T::Int, "68", 1, 65535, nullptr, "DHCP_CLIENT_PORT"},
    {"server", "proxy_port", T::Int, nullptr, 1, 65535, nullptr, "PROXY_PORT"},
    {"server", "dhcp_response_interface", T::String, "-", 0, 0, nullptr, "DHCP_RESPONSE_INTERFACE"},
    {"server", "authoritative", T::Bool, "false", 0, 0, nullptr, "AUTHORITATIVE"},
    {"server", "nak_renewals", T::Bool, "false", 0, 0, nullptr, "NAK_RENEWALS"},
    {"server", "allow_local_dhcp", T::Bool, "true", 0, 0, nullptr, "ALLOW_LOCAL_DHCP"},
    {"server", "allow_dhcp_relays", T::Bool, "false", 0, 0, nullptr, "ALLOW_DHCP_RELAYS"},
    {"server", "allowed_dhcp_relays", T::IPv4List, "", 0, 0, nullptr, "ALLOWED_DHCP_RELAYS"},
    {"server", "enable_rapidcommit", T::Bool, "true", 0, 0, nullptr, "ENABLE_RAPIDCOMMIT"},
    {"server", "system_name", T::String, "QStaticDHCP", 0, 0, nullptr, "SYSTEM_NAME"},
    {"server", "renewal_time_fraction", T::Fraction, "0", 0, 0, nullptr, nullptr},
    {"server", "rebinding_time_fraction", T::Fraction, "0", 0, 0, nullptr, nullptr},
    {"server", "user", T::String, "", 0, 0, nullptr, "UID"},
    {"server", "group", T::String, "", 0, 0, nullptr, "GID"},
    {"server", "pid_file", T::Path, "", 0, 0, nullptr, "PID_FILE"},
    {"server", "socket_api", T::Choice, "native", 0, 0, "native|qt", nullptr},
    {"abuse", "enable_suspend", T::Bool, "true", 0, 0, nullptr, "ENABLE_SUSPEND"},
    {"abuse", "suspend_threshold", T::Int, "10", 1, 1000000, nullptr, "SUSPEND_THRESHOLD"},
    {"abuse", "misbehaving_client_timeout", T::Int, "150", 0, 86400 * 365, nullptr, "MISBEHAVING_CLIENT_TIMEOUT"},
    {"abuse", "unauthorized_client_timeout", T::Int, "60", 0, 86400 * 365, nullptr, "UNAUTHORIZED_CLIENT_TIMEOUT"},
    {"abuse", "max_tracked_clients", T::Int, "65536", 16, 10000000, nullptr, nullptr},
    {"database", "engine", T::Choice, "sqlite", 0, 0, "sqlite|postgresql|mysql|ini|http|none", "DATABASE_ENGINE"},
    {"database", "sqlite_file", T::Path, nullptr, 0, 0, nullptr, "SQLITE_FILE"},
    {"database", "postgresql_host", T::String, "", 0, 0, nullptr, "POSTGRESQL_HOST"},
    {"database", "postgresql_port", T::Int, "5432", 1, 65535, nullptr, "POSTGRESQL_PORT"},
    {"database", "postgresql_database", T::String, "", 0, 0, nullptr, "POSTGRESQL_DATABASE"},
    {"database", "postgresql_username", T::String, "", 0, 0, nullptr, "POSTGRESQL_USERNAME"},
    {"database", "postgresql_password", T::String, "", 0, 0, nullptr, "POSTGRESQL_PASSWORD", S::Secret},
    {"database", "postgresql_sslmode", T::Choice, "prefer", 0, 0, "disable|allow|prefer|require|verify-ca|verify-full", "POSTGRESQL_SSLMODE"},
    {"database", "postgresql_maximum_connections", T::Int, "4", 1, 1000, nullptr, "POSTGRESQL_MAXIMUM_CONNECTIONS"},
    {"database", "mysql_host", T::String, "", 0, 0, nullptr, "MYSQL_HOST"},
    {"database", "mysql_port", T::Int, "3306", 1, 65535, nullptr, "MYSQL_PORT"},
    {"database", "mysql_database", T::String, "", 0, 0, nullptr, "MYSQL_DATABASE"},
    {"database", "mysql_username", T::String, "", 0, 0, nullptr, "MYSQL_USERNAME"},
    {"database", "mysql_password", T::String, "", 0, 0, nullptr, "MYSQL_PASSWORD", S::Secret},
    {"database", "mysql_maximum_connections", T::Int, "4", 1, 1000, nullptr, "MYSQL_MAXIMUM_CONNECTIONS"},
    {"database", "ini_file", T::Path, "", 0, 0, nullptr, "INI_FILE"},
    {"database", "http_uri", T::String, "", 0, 0, nullptr, "X_HTTPDB_URI", S::UrlPassword},
    {"database", "http_post", T::Bool, "true", 0, 0, nullptr, "X_HTTPDB_POST"},
    {"database", "http_parameters", T::String, "{}", 0, 0, nullptr, "X_HTTPDB_PARAMETERS"},
    {"database", "http_parameter_key_mac", T::String, "mac", 0, 0, nullptr, "X_HTTPDB_PARAMETER_KEY_MAC"},
    {"database", "http_headers", T::String, "{}", 0, 0, nullptr, "X_HTTPDB_HEADERS", S::Secret},   // header values are credentials
    {"database", "http_default_name_servers", T::IPv4List, "", 0, 0, nullptr, "X_HTTPDB_DEFAULT_NAME_SERVERS"},
    {"database", "http_default_lease_time", T::Int, "0", 0, std::numeric_limits<int>::max(), nullptr, "X_HTTPDB_DEFAULT_LEASE_TIME"},
    {"database", "http_default_serial", T::Int, "0", 0, std::numeric_limits<int>::max(), nullptr, "X_HTTPDB_DEFAULT_SERIAL"},
    {"database", "http_timeout_ms", T::Int, "5000", 1, 600000, nullptr, nullptr},
    {"database", "http_maximum_connections", T::Int, "4", 1, 1000, nullptr, "X_HTTPDB_CONCURRENCY_LIMIT"},
    {"database", "case_insensitive_macs", T::Bool, "false", 0, 0, nullptr, "CASE_INSENSITIVE_MACS"},
    {"database", "extra_maps", T::String, "", 0, 0, nullptr, "EXTRA_MAPS"},
    {"database", "extra_subnets", T::String, "", 0, 0, nullptr, "EXTRA_SUBNETS"},
    {"database", "lookup_queue", T::Int, "256", 1, 100000, nullptr, nullptr},
    {"cache", "use_cache", T::Bool, "false", 0, 0, nullptr, "USE_CACHE"},
    {"cache", "max_age", T::Int, "60", 0, 86400 * 365, nullptr, nullptr},
    {"cache", "disk_cache", T::Bool, "false", 0, 0, nullptr, "DISK_CACHE"},
    {"cache", "disk_cache_persistent", T::Path, "", 0, 0, nullptr, "DISK_CACHE_PERSISTENT"},
    {"hooks", "file", T::Path, "", 0, 0, nullptr, nullptr},
    {"hooks", "timeout_ms", T::Int, "1000", 1, 600000, nullptr, nullptr},
    {"management", "listen", T::String, "local:qstaticdhcpd", 0, 0, nullptr, nullptr},
    {"management", "tcp_listen", T::String, "", 0, 0, nullptr, nullptr},
    {"management", "tls_certificate", T::Path, "", 0, 0, nullptr, nullptr},
    {"management", "tls_key", T::Path, "", 0, 0, nullptr, nullptr},
    {"management", "token_file", T::Path, "", 0, 0, nullptr, nullptr},
    {"log", "file", T::Path, "", 0, 0, nullptr, "LOG_FILE"},
    {"log", "file_history", T::Int, "7", 0, 3650, nullptr, "LOG_FILE_HISTORY"},
    {"log", "file_severity", T::Severity, "warn", 0, 0, nullptr, "LOG_FILE_SEVERITY"},
    {"log", "console_severity", T::Severity, "info", 0, 0, nullptr, "LOG_CONSOLE_SEVERITY"},
    {"log", "syslog", T::Bool, "false", 0, 0, nullptr, nullptr},
};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

/// QSettings turns "a, b" into a QStringList; every value is read back as the text that was written.
QString rawText(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(',')) : v.toString();
}

/// JSON values ({"site": "lab"}) are read from the file as written: QSettings would take their double quotes
/// for its own and drop them.
bool isJsonKey(const QString &id)
{
    return id == QLatin1String("database/http_parameters") || id == QLatin1String("database/http_headers");
}

/// The text after '=' of `id` ("section/name") in the INI file `path`, trimmed; a null string when absent.
QString verbatimValue(const QString &path, const QString &id)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString section = u'[' + id.section(u'/', 0, 0) + u']';
    const QString key = id.section(u'/', 1);
    QString value;
    bool inSection = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            inSection = line == section;
        else if (inSection && line.section(u'=', 0, 0).trimmed() == key)
            value = line.section(u'=', 1).trimmed();   // the last one wins, as in QSettings
    }
    return value;
}

/// A JSON object from the configuration: http_parameters, http_headers. The error quotes the text unless it is
/// a secret's (`key`): a malformed header line would otherwise put its token into the journal.
std::optional<QJsonObject> parseJsonObject(const ConfigKey &key, const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString what = key.isSecret() ? QStringLiteral("the value") : QStringLiteral("'%1'").arg(text);
        *error = QStringLiteral("%1 is not a JSON object such as {\"key\": \"value\"}%2")
                     .arg(what, parseError.error != QJsonParseError::NoError
                                    ? QStringLiteral(" (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset)
                                    : QString());
        return std::nullopt;
    }
    return document.object();
}

/// Checks one value against its key's type; returns the parsed value or an error.
QVariant parseValue(const ConfigKey &key, const QString &text, const QDir &base, QString *error)
{
    const QString t = text.trimmed();
    switch (key.type) {
    case T::Bool:
        if (const auto b = parseBool(t))
            return *b;
        *error = QStringLiteral("'%1' is not a boolean (true/false)").arg(t);
        return {};
    case T::Int: {
        bool ok = false;
        const int n = t.toInt(&ok);
        if (ok && n >= key.minimum && n <= key.maximum)
            return n;
        *error = QStringLiteral("'%1' is not a whole number from %2 to %3").arg(t).arg(key.minimum).arg(key.maximum);
        return {};
    }
    case T::Fraction: {
        bool ok = false;
        const double f = t.toDouble(&ok);
        if (ok && f >= 0 && f < 1)
            return f;
        *error = QStringLiteral("'%1' is not a fraction from 0 to below 1").arg(t);
        return {};
    }
    case T::IPv4:
        if (const auto ip = IPv4::fromString(t); ip && !ip->isUnspecifiedOrBroadcast())
            return QVariant::fromValue(ip->toUInt32());
        *error = QStringLiteral("'%1' is not a usable IPv4 address").arg(t);
        return {};
    case T::IPv4List: {
        if (t == QLatin1String("*") && key.id() == QLatin1String("server/allowed_dhcp_relays"))
            return t;   // any relay, said explicitly
        QVariantList list;
        for (const QString &item : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto ip = IPv4::fromString(item);
            if (!ip) {
                *error = QStringLiteral("'%1' is not an IPv4 address").arg(item.trimmed());
                return {};
            }
            list << QVariant::fromValue(ip->toUInt32());
        }
        return list;
    }
    case T::Severity:
        if (const auto s = parseSeverity(t.trimmed()))
            return int(*s);
        *error = QStringLiteral("'%1' is not a severity (debug, info, warn, error, critical)").arg(t);
        return {};
    case T::Choice:
        if (QString::fromLatin1(key.choices).split(QLatin1Char('|')).contains(t.toLower()))
            return t.toLower();
        *error = QStringLiteral("'%1' is not one of %2").arg(t, QString::fromLatin1(key.choices).replace(QLatin1Char('|'), QLatin1String(", ")));
        return {};
    case T::Path:
        return t.isEmpty() ? QString() : QDir::cleanPath(base.absoluteFilePath(t));
    case T::String:
        return t;
    }
    return {};
}

/// A URL's user-info password: captures the text before it (scheme, "//", user) and the password itself. It
/// works on the text as written, so a value QUrl would refuse (and the loader reports) is hidden as well.
const QRegularExpression &urlPassword()
{
    static const QRegularExpression re(QStringLiteral("^(\\s*[A-Za-z][A-Za-z0-9+.\\-]*://[^/?#@:]*):([^/?#]+)@"));
    return re;
}

/// A secret holds something: not empty, and not the empty JSON object that is http_headers' default.
bool holdsSecret(const QString &value)
{
    const QString compact = value.simplified().remove(QLatin1Char(' '));
    return !compact.isEmpty() && compact != QLatin1String("{}");
}

} // namespace

QString ConfigKey::id() const
{
    return QLatin1String(section) + QLatin1Char('/') + QLatin1String(name);
}

QString ConfigKey::shown(const QString &value) const
{
    switch (secrecy) {
    case Secrecy::Public:
        return value;
    case Secrecy::Secret:
        return holdsSecret(value) ? QString::fromLatin1(SecretSet) : QString();
    case Secrecy::UrlPassword: {
        QString hidden = value;
        return hidden.replace(urlPassword(), QStringLiteral("\\1:%1@").arg(QLatin1String(HiddenPassword)));
    }
    }
    return QString();
}

QString ConfigKey::restored(const QString &edited, const QString &current) const
{
    switch (secrecy) {
    case Secrecy::Public:
        return edited;
    case Secrecy::Secret:
        return edited.trimmed() == QLatin1String(SecretSet) ? current : edited;
    case Secrecy::UrlPassword: {
        const QRegularExpressionMatch hidden = urlPassword().match(edited);
        const QRegularExpressionMatch kept = urlPassword().match(current);
        if (!hidden.hasMatch() || hidden.captured(2) != QLatin1String(HiddenPassword) || !kept.hasMatch())
            return edited;   // a password typed in, or none to keep
        QString value = edited;
        return value.replace(hidden.capturedStart(2), hidden.capturedLength(2), kept.captured(2));
    }
    }
    return edited;
}

QVariantMap ServerConfig::shownValues() const
{
    QVariantMap shown = values;
    for (const ConfigKey &k : kKeys) {
        if (k.isSecret() && shown.contains(k.id()))
            shown.insert(k.id(), k.shown(shown.value(k.id()).toString()));
    }
    return shown;
}

const ConfigKey *ServerConfig::key(const QString &id)
{
    for (const ConfigKey &k : kKeys) {
        if (k.id() == id)
            return &k;
    }
    return nullptr;
}

const QList<ConfigKey> &ServerConfig::keys()
{
    return kKeys;
}

std::optional<ServerConfig> ServerConfig::load(const QString &path, QStringList *errors)
{
    const qsizetype errorsBefore = errors->size();
    const QFileInfo info(path);
    const QString where = info.absoluteFilePath();
    if (!info.exists()) {
        *errors << QStringLiteral("%1: no such configuration file").arg(where);
        return std::nullopt;
    }
    if (!info.isReadable() || info.isDir()) {
        *errors << QStringLiteral("%1: cannot read the configuration file").arg(where);
        return std::nullopt;
    }
    QSettings ini(where, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *errors << QStringLiteral("%1: not a valid INI file").arg(where);
        return std::nullopt;
    }
    auto fail = [&](const QString &key, const QString &message) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        *errors << QStringLiteral("%1: [%2] %3: %4").arg(where, key.left(slash), key.mid(slash + 1), message);
    };
    QHash<QString, const ConfigKey *> byId;
    for (const ConfigKey &k : kKeys)
        byId.insert(k.id(), &k);
    for (const QString &key : ini.allKeys()) {
        if (!key.contains(QLatin1Char('/'))) {
            *errors << QStringLiteral("%1: key '%2' is outside any [section]").arg(where, key);
        } else if (!byId.contains(key)) {
            const bool caseOnly = byId.contains(key.toLower());
            fail(key, caseOnly ? QStringLiteral("unknown key; keys are lower-case (%1)").arg(key.toLower())
                               : QStringLiteral("unknown key"));
        }
    }

    const QDir base = info.absoluteDir();
    QVariantMap values;
    QVariantMap parsed;
    for (const ConfigKey &k : kKeys) {
        const QString id = k.id();
        const bool present = ini.contains(id);
        if (!present && !k.defaultValue)
            continue;
        const QString text = !present       ? QString::fromLatin1(k.defaultValue)
                           : isJsonKey(id) ? verbatimValue(where, id)
                                           : rawText(ini.value(id));
        values.insert(id, text);
        QString error;
        const QVariant value = parseValue(k, text, base, &error);
        if (!error.isEmpty())
            fail(id, error);
        else
            parsed.insert(id, value);
    }

    ServerConfig c;
    c.file = where;
    c.values = values;
    auto str = [&](const char *id) { return parsed.value(QLatin1String(id)).toString(); };
    auto boolean = [&](const char *id) { return parsed.value(QLatin1String(id)).toBool(); };
    auto integer = [&](const char *id) { return parsed.value(QLatin1String(id)).toInt(); };
    auto real = [&](const char *id) { return parsed.value(QLatin1String(id)).toDouble(); };

    if (!parsed.contains(QStringLiteral("server/dhcp_server_ip")) && !values.contains(QStringLiteral("server/dhcp_server_ip")))
        fail(QStringLiteral("server/dhcp_server_ip"), QStringLiteral("required (the IPv4 address of the serving interface)"));
    c.dhcpServerIp = IPv4(parsed.value(QStringLiteral("server/dhcp_server_ip")).toUInt());
    c.dhcpServerPort = quint16(integer("server/dhcp_server_port"));
    c.dhcpClientPort = quint16(integer("server/dhcp_client_port"));
    c.proxyPort = quint16(integer("server/proxy_port"));
    c.dhcpResponseInterface = str("server/dhcp_response_interface");
    c.socketApi = str("server/socket_api").toLower();
    c.authoritative = boolean("server/authoritative");
    c.nakRenewals = boolean("server/nak_renewals");
    c.allowLocalDhcp = boolean("server/allow_local_dhcp");
    c.allowDhcpRelays = boolean("server/allow_dhcp_relays");
    const QVariant relays = parsed.value(QStringLiteral("server/allowed_dhcp_relays"));
    c.allowAnyDhcpRelay = relays.typeId() == QMetaType::QString && relays.toString() == QLatin1String("*");
    if (!c.allowAnyDhcpRelay) {
        for (const QVariant &ip : relays.toList())
            c.allowedDhcpRelays << IPv4(ip.toUInt());
    }
    // An open server answers any giaddr arriving on any interface: definitions disclosed off-link, replies
    // reflected to whatever address a packet names. Opening it takes a word of its own.
    if (c.allowDhcpRelays && !c.allowAnyDhcpRelay && c.allowedDhcpRelays.isEmpty())
        fail(QStringLiteral("server/allowed_dhcp_relays"),
             QStringLiteral("required with [server] allow_dhcp_relays=true: the relays' addresses, or * for any relay"));
    c.enableRapidCommit = boolean("server/enable_rapidcommit");
    c.systemName = str("server/system_name");
    c.renewalTimeFraction = real("server/renewal_time_fraction");
    c.rebindingTimeFraction = real("server/rebinding_time_fraction");
    if (c.renewalTimeFraction > 0 && c.rebindingTimeFraction > 0 && c.renewalTimeFraction >= c.rebindingTimeFraction)
        fail(QStringLiteral("server/rebinding_time_fraction"), QStringLiteral("must be greater than renewal_time_fraction (RFC 2131 §4.4.5: T1 < T2)"));
    c.user = str("server/user");
    c.group = str("server/group");
    c.pidFile = str("server/pid_file");

    c.enableSuspend = boolean("abuse/enable_suspend");
    c.suspendThreshold = integer("abuse/suspend_threshold");
    c.misbehavingClientTimeout = integer("abuse/misbehaving_client_timeout");
    c.unauthorizedClientTimeout = integer("abuse/unauthorized_client_timeout");
    c.maximumTrackedClients = integer("abuse/max_tracked_clients");

    c.databaseEngine = str("database/engine");
    c.sqliteFile = str("database/sqlite_file");
    c.caseInsensitiveMacs = boolean("database/case_insensitive_macs");
    const QRegularExpression column(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const char *id : {"database/extra_maps", "database/extra_subnets"}) {
        QStringList columns;
        for (const QString &name : str(id).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!column.match(name.trimmed()).hasMatch())
                fail(QLatin1String(id), QStringLiteral("'%1' is not a column name").arg(name.trimmed()));
            columns << name.trimmed();
        }
        (qstrcmp(id, "database/extra_maps") == 0 ? c.extraMaps : c.extraSubnets) = columns;
    }
    if (c.databaseEngine == QLatin1String("sqlite") && c.sqliteFile.isEmpty())
        fail(QStringLiteral("database/sqlite_file"), QStringLiteral("required when engine=sqlite"));
    c.postgresqlHost = str("database/postgresql_host");
    c.postgresqlPort = integer("database/postgresql_port");
    c.postgresqlDatabase = str("database/postgresql_database");
    c.postgresqlUsername = str("database/postgresql_username");
    c.postgresqlPassword = str("database/postgresql_password");
    c.postgresqlSslmode = str("database/postgresql_sslmode");
    c.postgresqlMaximumConnections = integer("database/postgresql_maximum_connections");
    c.mysqlHost = str("database/mysql_host");
    c.mysqlPort = integer("database/mysql_port");
    c.mysqlDatabase = str("database/mysql_database");
    c.mysqlUsername = str("database/mysql_username");
    c.mysqlPassword = str("database/mysql_password");
    c.mysqlMaximumConnections = integer("database/mysql_maximum_connections");
    c.iniFile = str("database/ini_file");
    c.lookupQueue = integer("database/lookup_queue");
    // staticDHCPd's httpdb extension (X_HTTPDB_*).
    const QString uri = str("database/http_uri");
    c.httpUri = QUrl(uri, QUrl::StrictMode);
    if (c.databaseEngine == QLatin1String("http") && uri.isEmpty())
        fail(QStringLiteral("database/http_uri"), QStringLiteral("required when engine=http"));
    else if (!uri.isEmpty() && (!c.httpUri.isValid() || c.httpUri.host().isEmpty()
                                || (c.httpUri.scheme() != QLatin1String("http") && c.httpUri.scheme() != QLatin1String("https"))))
        fail(QStringLiteral("database/http_uri"), QStringLiteral("'%1' is not an http:// or https:// URL")
                                                      .arg(key(QStringLiteral("database/http_uri"))->shown(uri)));
    c.httpPost = boolean("database/http_post");
    for (const char *id : {"database/http_parameters", "database/http_headers"}) {
        QString error;
        const auto object = parseJsonObject(*key(QLatin1String(id)), values.value(QLatin1String(id)).toString(), &error);
        if (!object) {
            fail(QLatin1String(id), error);
            continue;
        }
        if (qstrcmp(id, "database/http_parameters") == 0) {
            c.httpParameters = object->toVariantMap();
            continue;
        }
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (!it->isString())
                fail(QLatin1String(id), QStringLiteral("the value of header '%1' is not text").arg(it.key()));
            c.httpHeaders.insert(it.key().toUtf8(), it->toString().toUtf8());
        }
    }
    c.httpParameterKeyMac = str("database/http_parameter_key_mac");
    if (c.httpParameterKeyMac.isEmpty())
        fail(QStringLiteral("database/http_parameter_key_mac"), QStringLiteral("must not be empty"));
    for (const QVariant &ip : parsed.value(QStringLiteral("database/http_default_name_servers")).toList())
        c.httpDefaultNameServers << IPv4(ip.toUInt());
    c.httpDefaultLeaseTime = integer("database/http_default_lease_time");
    c.httpDefaultSerial = integer("database/http_default_serial");
    c.httpTimeoutMs = integer("database/http_timeout_ms");
    c.httpMaximumConnections = integer("database/http_maximum_connections");
    if (c.databaseEngine == QLatin1String("postgresql") && c.postgresqlDatabase.isEmpty())
        fail(QStringLiteral("database/postgresql_database"), QStringLiteral("required when engine=postgresql"));
    if (c.databaseEngine == QLatin1String("mysql") && c.mysqlDatabase.isEmpty())
        fail(QStringLiteral("database/mysql_database"), QStringLiteral("required when engine=mysql"));
    if (c.databaseEngine == QLatin1String("ini") && c.iniFile.isEmpty())
        fail(QStringLiteral("database/ini_file"), QStringLiteral("required when engine=ini"));
    c.useCache = boolean("cache/use_cache");
    c.cacheMaxAge = integer("cache/max_age");
    c.diskCache = boolean("cache/disk_cache");
    c.diskCachePersistent = str("cache/disk_cache_persistent");
    // staticDHCPd ignores DISK_CACHE* without USE_CACHE; here a cache that would silently not exist is an error.
    if (!c.useCache) {
        if (c.diskCache)
            fail(QStringLiteral("cache/disk_cache"), QStringLiteral("requires [cache] use_cache = true"));
        if (!c.diskCachePersistent.isEmpty())
            fail(QStringLiteral("cache/disk_cache_persistent"), QStringLiteral("requires [cache] use_cache = true"));
    }
    c.hooksFile = str("hooks/file");
    c.hooksTimeoutMs = integer("hooks/timeout_ms");
    c.managementListen = str("management/listen");
    c.managementTcpListen = str("management/tcp_listen");
    c.managementTlsCertificate = str("management/tls_certificate");
    c.managementTlsKey = str("management/tls_key");
    c.managementTokenFile = str("management/token_file");
    if (!c.managementTcpListen.isEmpty()) {   // never unauthenticated remote control
        for (const char *needed : {"management/tls_certificate", "management/tls_key", "management/token_file"}) {
            if (str(needed).isEmpty())
                fail(QLatin1String(needed), QStringLiteral("required with tcp_listen (remote control is only offered over TLS with a token)"));
        }
    }
    c.logFile = str("log/file");
    c.logFileHistory = integer("log/file_history");
    c.logFileSeverity = Severity(integer("log/file_severity"));
    c.logConsoleSeverity = Severity(integer("log/console_severity"));
    c.logSyslog = boolean("log/syslog");
    if (errors->size() > errorsBefore)
        return std::nullopt;
    return c;
}

} // namespace qsd
