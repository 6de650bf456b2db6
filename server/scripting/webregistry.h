#pragma once

#include <QByteArray>
#include <QJSValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace qsd {

/// staticDHCPd's web display modes (callbacks.WEB_METHOD_*).
enum class WebDisplayMode { Dashboard = 1, Template = 2, Raw = 3 };

/// A dashboard element registered with callbacks.webAddDashboard: a console panel.
struct WebPanel
{
    QString module;
    QString name;
    int ordering = 0;
    QJSValue callback;
};

/// A method registered with callbacks.webAddMethod: a console action (or a raw resource).
struct WebMethod
{
    QString path;
    QString module;
    QString name;
    bool cacheable = false;
    bool hidden = true;
    bool secure = false;
    bool confirm = false;
    WebDisplayMode displayMode = WebDisplayMode::Raw;
    QJSValue callback;
};

/// What a panel or method produced.
struct WebOutput
{
    QString module;
    QString name;
    QString mimetype;
    QByteArray data;
    bool ok = true;
    QString error;
};

/// The callbacks.web* registrations (inventory §7 "Registries"), kept for the management API: the console shows
/// panels (dashboard elements, sorted by ordering) and actions (non-hidden methods, grouped by module).
class WebRegistry
{
public:
    bool addHeader(const QJSValue &callback);
    bool removeHeader(const QJSValue &callback);
    /// `ordering` absent: after the last one (staticDHCPd: highest + 1).
    bool addPanel(const QString &module, const QString &name, const QJSValue &callback, std::optional<int> ordering);
    bool removePanel(const QJSValue &callback);
    bool addMethod(const WebMethod &method);
    bool removeMethod(const QString &path);

    const QList<QJSValue> &headers() const { return m_headers; }
    /// Sorted by ordering.
    const QList<WebPanel> &panels() const { return m_panels; }
    const QMap<QString, WebMethod> &methods() const { return m_methods; }
    void clear();

private:
    QList<QJSValue> m_headers;
    QList<WebPanel> m_panels;
    QMap<QString, WebMethod> m_methods;
};

} // namespace qsd
