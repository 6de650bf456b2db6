#pragma once

#include <QEvent>
#include <QObject>

namespace qsd {

/// Base of the C++ objects the hook environment reaches as QObjects (callbacks, logger, the helpers, the packets'
/// natives). QJSEngine exposes every slot of a QObject to JavaScript, QObject::deleteLater() among them, so a hook
/// could delete an object the server still uses (`callbacks.deleteLater()`, `packet._n.deleteLater()`). The
/// server owns these objects and deletes them with `delete` (or as the engine's children): they ignore a deferred
/// delete. `deletable`: a packet copy owned by the JavaScript garbage collector, which frees it with deleteLater().
class JsExposed : public QObject
{
public:
    explicit JsExposed(QObject *parent = nullptr, bool deletable = false) : QObject(parent), m_deletable(deletable) { }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::DeferredDelete && !m_deletable)
            return true;   // a hook's deleteLater(): ignored
        return QObject::event(e);
    }

private:
    bool m_deletable;
};

} // namespace qsd
