#pragma once

#include "platform/severity.h"
#include "protocol/ipv4.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace qsd {

/// One key of the configuration file: the single table behind loading, `--check-config`, the README's mapping
/// table and the console's Settings page.
struct ConfigKey
{
    enum class Type { Bool, Int, IPv4, IPv4List, String, Path, Severity, Choice, Fraction };
    /// Whether a value may leave the server: the file is 0640 and its credentials stay in it. `status` (every
    /// console, `qstaticdhcpctl status`), the Settings page, logs and error texts show a value through shown().
    /// A new secret key (an SMTP password, say) is marked in kKeys (config.cpp), and that is all it needs.
    enum class Secrecy {
        Public,        ///< shown as written
        Secret,        ///< shown as set (`SecretSet`) or unset (""), never the value
        UrlPassword,   ///< a URL shown with the password of its user-info replaced: https://user:***@host/path
    };
    /// What shown() gives for a secret that holds a value.
    static constexpr char SecretSet[] = "(set)";
    /// What replaces the password of a URL's user-info.
    static constexpr char HiddenPassword[] = "***";
    const char *section;
    const char *name;
    Type type;
    const char *defaultValue;   ///< nullptr: no default (unset)
    int minimum = 0;            ///< Int: inclusive range
    int maximum = 0;
    const char *choices = nullptr;   ///< Choice: '|'-separated
    const char *staticdhcpd = nullptr;   ///< the staticDHCPd parameter it stands for, if any
    Secrecy secrecy = Secrecy::Public;

    QString id() const;   ///< "section/name"
    bool isSecret() const { return secrecy != Secrecy::Public; }
    /// `value` as it may be shown outside the server (see Secrecy); idempotent, so a shown value shows as itself.
    QString shown(const QString &value) const;
    /// The value to write when an editor that showed `current` through shown() hands back `edited`: a secret left
    /// as shown keeps `current` (SecretSet is never written as a password, nor `***` into a URL's user-info).
    QString restored(const QString &edited, const QString &current) const;
};

/// The configuration (DESIGN.md "Configuration"): an INI file, keys lower-case staticDHCPd names in sections.
/// Unknown keys and bad values are errors that name the key and the file; nothing falls back silently.
struct ServerConfig
{
    QString file;   ///< the file it was read from (absolute)

    // [server]
    IPv4 dhcpServerIp;
    quint16 dhcpServerPort = 67;
    quint16 dhcpClientPort = 68;
    quint16 proxyPort = 0;   ///< 0: none
    QString dhcpResponseInterface = QStringLiteral("-");   ///< "-": the interface owning dhcp_server_ip; "": plain UDP only
    bool authoritative = false;
    bool nakRenewals = false;
    bool allowLocalDhcp = true;
    bool allowDhcpRelays = false;
    QList<IPv4> allowedDhcpRelays;
    bool allowAnyDhcpRelay = false;     ///< allowed_dhcp_relays = *
    bool enableRapidCommit = true;
    QString systemName = QStringLiteral("QStaticDHCP");
    double renewalTimeFraction = 0;     ///< T1 as a fraction of the lease; 0: option 58 not sent (staticDHCPd)
    double rebindingTimeFraction = 0;   ///< T2 likewise (59)
    QString user;                       ///< drop root to this user after binding (Linux); empty: keep
    QString group;
    QString pidFile;
    QString socketApi = QStringLiteral("native");   ///< "native" (Linux's own calls) or "qt" (QUdpSocket, as Windows/macOS)

    // [abuse]
    bool enableSuspend = true;
    int suspendThreshold = 10;
    int misbehavingClientTimeout = 150;
    int unauthorizedClientTimeout = 60;
    int maximumTrackedClients = 65536;   ///< bound of the ignore list and of the per-MAC request counts

    // [database]
    QString databaseEngine = QStringLiteral("sqlite");
    QString sqliteFile;
    QString postgresqlHost;                 ///< empty: the local socket
    int postgresqlPort = 5432;
    QString postgresqlDatabase;
    QString postgresqlUsername;
    QString postgresqlPassword;
    QString postgresqlSslmode = QStringLiteral("prefer");
    int postgresqlMaximumConnections = 4;
    QString mysqlHost;                      ///< empty: the local socket
    int mysqlPort = 3306;
    QString mysqlDatabase;
    QString mysqlUsername;
    QString mysqlPassword;
    int mysqlMaximumConnections = 4;
    QString iniFile;
    QUrl httpUri;                           ///< http:// or https://; required with engine=http
    bool httpPost = true;                   ///< JSON body; false: GET with a query string
    QVariantMap httpParameters;             ///< sent with every lookup, besides the MAC
    QString httpParameterKeyMac = QStringLiteral("mac");
    QMap<QByteArray, QByteArray> httpHeaders;
    QList<IPv4> httpDefaultNameServers;     ///< for answers without domain_name_servers
    int httpDefaultLeaseTime = 0;           ///< for answers without lease_time
    int httpDefaultSerial = 0;              ///< for answers without serial
    int httpTimeoutMs = 5000;
    int httpMaximumConnections = 4;         ///< X_HTTPDB_CONCURRENCY_LIMIT: the number of lookup workers
    bool caseInsensitiveMacs = false;
    QStringList extraMaps;
    QStringList extraSubnets;
    int lookupQueue = 256;                  ///< network engines: lookups that may wait for a worker

    // [cache]
    bool useCache = false;
    int cacheMaxAge = 60;   ///< seconds a cached definition is trusted without a notification; 0: until flushed
    bool diskCache = false;        ///< keep the cache in an SQLite file only (diskCachePersistent, or a temporary one)
    QString diskCachePersistent;   ///< the cache file that survives restarts; alone: memory in front of it

    // [hooks]
    QString hooksFile;
    int hooksTimeoutMs = 1000;

    // [management]
    QString managementListen = QStringLiteral("local:qstaticdhcpd");   ///< empty: no local socket
    QString managementTcpListen;        ///< "host:port" or ":port"; empty: no TCP
    QString managementTlsCertificate;
    QString managementTlsKey;
    QString managementTokenFile;

    // [log]
    QString logFile;
    int logFileHistory = 7;
    Severity logFileSeverity = Severity::Warn;
    Severity logConsoleSeverity = Severity::Info;
    bool logSyslog = false;

    /// Every raw value as read (defaults included), keyed "section/name", secrets in clear: for the server only.
    QVariantMap values;
    /// `values` as a console may see them (management `status`, the Settings page): secrets through shown().
    QVariantMap shownValues() const;

    /// Reads and validates `path`. On failure returns nullopt and one line per problem in `errors`, each
    /// naming the file and the key ("qstaticdhcpd.conf: [server] authoritative: 'maybe' is not a boolean").
    static std::optional<ServerConfig> load(const QString &path, QStringList *errors);
    /// All keys, in file order.
    static const QList<ConfigKey> &keys();
    /// The key "section/name", or nullptr.
    static const ConfigKey *key(const QString &id);
};

} // namespace qsd
