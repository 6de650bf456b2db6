#pragma once

#include "definitionstore.h"
#include "httpanswer.h"

#include <QMap>
#include <QUrl>
#include <QVariantMap>

#include <memory>

class QNetworkAccessManager;

namespace qsd {

/// Where and how to ask: staticDHCPd's X_HTTPDB_* settings, filled one to one from ServerConfig's http* fields.
struct HttpStoreSettings
{
    QUrl uri;                               ///< X_HTTPDB_URI: http:// or https://
    bool post = true;                       ///< X_HTTPDB_POST: JSON body; false: GET with a query string
    QVariantMap parameters;                 ///< X_HTTPDB_PARAMETERS: sent with every request
    QString macKey = QStringLiteral("mac"); ///< X_HTTPDB_PARAMETER_KEY_MAC: the parameter carrying the MAC
    QMap<QByteArray, QByteArray> headers;   ///< X_HTTPDB_HEADERS
    HttpAnswerDefaults defaults;            ///< X_HTTPDB_DEFAULT_NAME_SERVERS, _LEASE_TIME, _SERIAL
    int timeoutMs = 5000;                   ///< per lookup; urllib2 had none (staticDHCPd's lookup could hang)
};

/// Definitions from a web service (`[database] engine = http`): staticDHCPd's httpdb extension
/// (contrib/extensions/official/httpdb.py, HTTPDatabase). Every lookup sends `parameters` plus
/// `macKey: "aa:bb:cc:dd:ee:ff"`, as a JSON body in a POST (Content-Type: application/json) or as a GET query
/// string, with `headers`; the answer is read by HttpAnswer. Read-only: it has no administration (the management
/// API gets a ReadOnlyAdmin). Its lookups run in the service's LookupPool, with `[cache] use_cache` a LookupCache
/// in front.
///
/// `lookupMAC()` blocks its caller: it may run in a lookup worker thread without an event loop, so the
/// QNetworkAccessManager is created at the first lookup in the calling thread, and each request waits in a local
/// QEventLoop for at most `timeoutMs`. That loop also delivers the thread's other events, so call it from a
/// thread that has nothing else to do meanwhile (a lookup worker), not from one serving sockets. A store is used
/// from one thread only (create one per worker) and should be destroyed in that thread.
/// Failures name the URL and the MAC: no answer (refused, network error, timeout) or a status >= 500 is an outage
/// (LookupResult::outage); a status 4xx or an answer that does not parse is an error.
class HttpStore final : public DefinitionStore
{
public:
    explicit HttpStore(const HttpStoreSettings &settings);
    ~HttpStore() override;

    /// "HTTP definitions service https://dhcp.example/lookup" (without a password in the URL).
    QString describe() const override { return description(m_settings); }
    /// describe() of a store with `settings`, without making one.
    static QString description(const HttpStoreSettings &settings);
    LookupResult lookupMAC(const MAC &mac) override;
    /// Nothing to reset: every lookup asks the service (the cache in front is flushed by its owner).
    bool reinitialise(QString *error) override;

    /// The request httpdb.py `_lookupMAC` builds for `mac`: URL (with the query string for GET), headers, body.
    struct Request
    {
        QUrl url;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;   ///< empty for GET
    };
    Request request(const MAC &mac) const;

private:
    QNetworkAccessManager *manager();

    HttpStoreSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_manager;   // lives in the thread of the first lookup
};

} // namespace qsd
