#pragma once

#include "jsexposed.h"

#include <QJSValue>
#include <QLoggingCategory>
#include <QObject>

namespace qsd {

Q_DECLARE_LOGGING_CATEGORY(lcConf)

/// `logger` in hooks: staticDHCPd's logging.getLogger('conf'), writing to the Qt logging category "conf"
/// (and so to the server's log file, console, syslog and the console's events view).
class JsLogger : public JsExposed
{
    Q_OBJECT
public:
    using JsExposed::JsExposed;

    Q_INVOKABLE void debug(const QJSValue &message);
    Q_INVOKABLE void info(const QJSValue &message);
    Q_INVOKABLE void warn(const QJSValue &message) { warning(message); }
    Q_INVOKABLE void warning(const QJSValue &message);
    Q_INVOKABLE void error(const QJSValue &message);
    Q_INVOKABLE void critical(const QJSValue &message);
};

} // namespace qsd
