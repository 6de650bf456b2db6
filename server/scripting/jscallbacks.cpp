#include "jscallbacks.h"

#include <QJSEngine>

namespace qsd {

bool JsCallbacks::requireCallable(const QJSValue &callback, const char *function)
{
    if (callback.isCallable())
        return true;
    m_engine->throwError(QJSValue::TypeError, QStringLiteral("callbacks.%1: %2 is not a function")
                                                  .arg(QLatin1String(function), callback.toString()));
    return false;
}

bool JsCallbacks::add(QList<QJSValue> &list, const QJSValue &callback, const char *function)
{
    if (!requireCallable(callback, function))
        return false;
    for (const QJSValue &existing : std::as_const(list)) {
        if (existing.strictlyEquals(callback))
            return false;   // "if already present, it will not be registered a second time"
    }
    list << callback;
    return true;
}

bool JsCallbacks::remove(QList<QJSValue> &list, const QJSValue &callback)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].strictlyEquals(callback)) {
            list.removeAt(i);
            return true;
        }
    }
    return false;
}

bool JsCallbacks::webAddHeader(const QJSValue &callback)
{
    return requireCallable(callback, "webAddHeader") && m_web.addHeader(callback);
}

bool JsCallbacks::webAddDashboard(const QJSValue &module, const QJSValue &name, const QJSValue &callback,
                                  const QJSValue &ordering)
{
    if (!requireCallable(callback, "webAddDashboard"))
        return false;
    std::optional<int> order;
    if (ordering.isNumber())
        order = ordering.toInt();
    return m_web.addPanel(module.toString(), name.toString(), callback, order);
}

bool JsCallbacks::webAddMethod(const QJSValue &path, const QJSValue &callback, const QJSValue &a3, const QJSValue &a4,
                               const QJSValue &a5, const QJSValue &a6, const QJSValue &a7, const QJSValue &a8,
                               const QJSValue &a9)
{
    if (!requireCallable(callback, "webAddMethod"))
        return false;
    WebMethod m;
    m.path = path.toString();
    m.callback = callback;
    const auto text = [](const QJSValue &v) { return v.isUndefined() || v.isNull() ? QString() : v.toString(); };
    const auto flag = [](const QJSValue &v, bool fallback) { return v.isUndefined() || v.isNull() ? fallback : v.toBool(); };
    QJSValue mode;
    if (a3.isObject()) {   // keyword arguments as one object
        m.cacheable = flag(a3.property(QStringLiteral("cacheable")), false);
        m.hidden = flag(a3.property(QStringLiteral("hidden")), true);
        m.secure = flag(a3.property(QStringLiteral("secure")), false);
        m.module = text(a3.property(QStringLiteral("module")));
        m.name = text(a3.property(QStringLiteral("name")));
        m.confirm = flag(a3.property(QStringLiteral("confirm")), false);
        mode = a3.property(QStringLiteral("display_mode"));
    } else {
        m.cacheable = flag(a3, false);
        m.hidden = flag(a4, true);
        m.secure = flag(a5, false);
        m.module = text(a6);
        m.name = text(a7);
        m.confirm = flag(a8, false);
        mode = a9;
    }
    if (!mode.isUndefined() && !mode.isNull()) {
        const int n = mode.toInt();
        if (n < int(WebDisplayMode::Dashboard) || n > int(WebDisplayMode::Raw)) {
            m_engine->throwError(QJSValue::TypeError, QStringLiteral("callbacks.webAddMethod: display_mode %1 is not one of "
                                                                     "WEB_METHOD_DASHBOARD, WEB_METHOD_TEMPLATE, WEB_METHOD_RAW")
                                                          .arg(mode.toString()));
            return false;
        }
        m.displayMode = WebDisplayMode(n);
    }
    return m_web.addMethod(m);
}

} // namespace qsd
