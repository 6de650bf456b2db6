#include "httpstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace qsd {
namespace {

/// A parameter as Python's urllib.urlencode writes it (str() of the value), so a service written for
/// staticDHCPd's GET requests reads the same text.
QByteArray queryText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? "True" : "False";
    case QMetaType::Nullptr: return "None";
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
        return QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact);
    default: return value.toString().toUtf8();
    }
}

/// `text` without the password of `uri`'s user-info. Qt's error texts may quote the request's URL ("Error
/// transferring https://user:pw@host/…"), and a lookup's error reaches the log and every console's status; the
/// credentials stay in the configuration file (the header values never appear in Qt's texts).
QString withoutPassword(QString text, const QUrl &uri)
{
    for (const QString &password : {uri.password(QUrl::FullyDecoded), uri.password(QUrl::FullyEncoded)}) {
        if (!password.isEmpty())
            text.replace(password, QStringLiteral("***"));
    }
    return text;
}

} // namespace

HttpStore::HttpStore(const HttpStoreSettings &settings) : m_settings(settings) { }

HttpStore::~HttpStore()
{
    // A QObject belongs to its thread: if the store dies elsewhere, that thread's event loop deletes the manager.
    if (m_manager && m_manager->thread() != QThread::currentThread())
        m_manager.release()->deleteLater();
}

QString HttpStore::description(const HttpStoreSettings &settings)
{
    return QStringLiteral("HTTP definitions service %1").arg(settings.uri.toDisplayString());
}

bool HttpStore::reinitialise(QString *)
{
    return true;
}

HttpStore::Request HttpStore::request(const MAC &mac) const
{
    // httpdb.py: parameters = X_HTTPDB_PARAMETERS.copy(); parameters[X_HTTPDB_PARAMETER_KEY_MAC] = str(mac)
    QVariantMap parameters = m_settings.parameters;
    parameters.insert(m_settings.macKey, mac.toString());
    Request r{m_settings.uri, m_settings.headers, {}};
    if (m_settings.post) {
        r.body = QJsonDocument(QJsonObject::fromVariantMap(parameters)).toJson(QJsonDocument::Compact);
        r.headers.insert("Content-Type", "application/json");
        return r;
    }
    QByteArray query = r.url.query(QUrl::FullyEncoded).toUtf8();   // httpdb.py appended '?' blindly
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(queryText(*it)));
    }
    r.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return r;
}

QNetworkAccessManager *HttpStore::manager()
{
    if (m_manager && m_manager->thread() != QThread::currentThread())
        m_manager.release()->deleteLater();   // used from another thread after all: start afresh in this one
    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();
    return m_manager.get();
}

LookupResult HttpStore::lookupMAC(const MAC &mac)
{
    const auto failure = [&](const QString &what) {
        return LookupResult::failure(QStringLiteral("%1: MAC %2: %3").arg(describe(), mac.toString(), withoutPassword(what, m_settings.uri)));
    };
    // No answer, or the service says it cannot answer now (5xx): an outage; a 4xx or a bad answer: an error.
    const auto outage = [&](const QString &what) {
        return LookupResult::outage(QStringLiteral("%1: MAC %2: %3").arg(describe(), mac.toString(), withoutPassword(what, m_settings.uri)));
    };
    const Request r = request(mac);
    QNetworkRequest networkRequest(r.url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QStaticDHCP"));
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        networkRequest.setRawHeader(it.key(), it.value());
    // Redirects only within the service's own origin: Qt sends the request's headers (http_headers: credentials)
    // again to wherever a redirect points.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_settings.post ? manager()->post(networkRequest, r.body)
                                                         : manager()->get(networkRequest));

    // Blocking for the caller, whose thread may have no event loop of its own.
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // An answer is a few definitions: a larger one is refused as it arrives, not read into memory whole.
    constexpr qint64 MaximumAnswerBytes = 1024 * 1024;
    bool tooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        if (!tooLarge && (received > MaximumAnswerBytes || total > MaximumAnswerBytes)) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_settings.timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reply->isFinished()) {
        reply->disconnect(&loop);
        reply->abort();
        return outage(QStringLiteral("no answer, timed out after %1 ms").arg(m_settings.timeoutMs));
    }

    if (tooLarge)
        return failure(QStringLiteral("the answer is larger than %1 bytes").arg(MaximumAnswerBytes));
    if (reply->error() == QNetworkReply::InsecureRedirectError || reply->error() == QNetworkReply::TooManyRedirectsError)
        return failure(QStringLiteral("redirected elsewhere, not followed: only redirects within %1 are (%2)")
                           .arg(m_settings.uri.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString(),
                                reply->errorString()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString what = QStringLiteral("HTTP status %1 %2").arg(status).arg(reason).trimmed();
        return status >= 500 ? outage(what) : failure(what);
    }
    if (reply->error() != QNetworkReply::NoError)
        return outage(reply->errorString());

    QString problem;
    const auto definitions = HttpAnswer::parse(reply->readAll(), m_settings.defaults, &problem);
    if (!definitions)
        return failure(problem);
    return LookupResult{*definitions, QString()};
}

} // namespace qsd
