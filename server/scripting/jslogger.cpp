#include "jslogger.h"

namespace qsd {

Q_LOGGING_CATEGORY(lcConf, "conf")

void JsLogger::debug(const QJSValue &message) { qCDebug(lcConf).noquote() << message.toString(); }
void JsLogger::info(const QJSValue &message) { qCInfo(lcConf).noquote() << message.toString(); }
void JsLogger::warning(const QJSValue &message) { qCWarning(lcConf).noquote() << message.toString(); }
void JsLogger::error(const QJSValue &message) { qCCritical(lcConf).noquote() << message.toString(); }
void JsLogger::critical(const QJSValue &message) { qCCritical(lcConf).noquote() << message.toString(); }

} // namespace qsd
