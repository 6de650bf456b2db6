#pragma once

#include "jsexposed.h"

#include "webregistry.h"

#include <QJSValue>
#include <QList>
#include <QObject>

class QJSEngine;

namespace qsd {

/// `callbacks` in hooks (scripting guide "Using system callbacks"): reinit, tick and statistics handlers,
/// and the web registrations the console shows as panels and actions.
class JsCallbacks : public JsExposed
{
    Q_OBJECT
    Q_PROPERTY(int WEB_METHOD_DASHBOARD READ webMethodDashboard CONSTANT)
    Q_PROPERTY(int WEB_METHOD_TEMPLATE READ webMethodTemplate CONSTANT)
    Q_PROPERTY(int WEB_METHOD_RAW READ webMethodRaw CONSTANT)
public:
    explicit JsCallbacks(QJSEngine *engine, QObject *parent = nullptr) : JsExposed(parent), m_engine(engine) { }

    Q_INVOKABLE bool systemAddReinitHandler(const QJSValue &callback) { return add(m_reinit, callback, "systemAddReinitHandler"); }
    Q_INVOKABLE bool systemRemoveReinitHandler(const QJSValue &callback) { return remove(m_reinit, callback); }
    Q_INVOKABLE bool systemAddTickHandler(const QJSValue &callback) { return add(m_tick, callback, "systemAddTickHandler"); }
    Q_INVOKABLE bool systemRemoveTickHandler(const QJSValue &callback) { return remove(m_tick, callback); }
    Q_INVOKABLE bool statsAddHandler(const QJSValue &callback) { return add(m_stats, callback, "statsAddHandler"); }
    Q_INVOKABLE bool statsRemoveHandler(const QJSValue &callback) { return remove(m_stats, callback); }

    Q_INVOKABLE bool webAddHeader(const QJSValue &callback);
    Q_INVOKABLE bool webRemoveHeader(const QJSValue &callback) { return m_web.removeHeader(callback); }
    Q_INVOKABLE bool webAddDashboard(const QJSValue &module, const QJSValue &name, const QJSValue &callback,
                                     const QJSValue &ordering = QJSValue());
    Q_INVOKABLE bool webRemoveDashboard(const QJSValue &callback) { return m_web.removePanel(callback); }
    /// webAddMethod(path, callback, {cacheable, hidden, secure, module, name, confirm, display_mode}) — or the
    /// Python positional form webAddMethod(path, callback, cacheable, hidden, secure, module, name, confirm, display_mode).
    Q_INVOKABLE bool webAddMethod(const QJSValue &path, const QJSValue &callback, const QJSValue &a3 = QJSValue(),
                                  const QJSValue &a4 = QJSValue(), const QJSValue &a5 = QJSValue(),
                                  const QJSValue &a6 = QJSValue(), const QJSValue &a7 = QJSValue(),
                                  const QJSValue &a8 = QJSValue(), const QJSValue &a9 = QJSValue());
    Q_INVOKABLE bool webRemoveMethod(const QJSValue &path) { return m_web.removeMethod(path.toString()); }

    int webMethodDashboard() const { return int(WebDisplayMode::Dashboard); }
    int webMethodTemplate() const { return int(WebDisplayMode::Template); }
    int webMethodRaw() const { return int(WebDisplayMode::Raw); }

    const QList<QJSValue> &reinitHandlers() const { return m_reinit; }
    const QList<QJSValue> &tickHandlers() const { return m_tick; }
    const QList<QJSValue> &statsHandlers() const { return m_stats; }
    const WebRegistry &web() const { return m_web; }

private:
    bool add(QList<QJSValue> &list, const QJSValue &callback, const char *function);
    static bool remove(QList<QJSValue> &list, const QJSValue &callback);
    bool requireCallable(const QJSValue &callback, const char *function);

    QJSEngine *m_engine;
    QList<QJSValue> m_reinit;
    QList<QJSValue> m_tick;
    QList<QJSValue> m_stats;
    WebRegistry m_web;
};

} // namespace qsd
