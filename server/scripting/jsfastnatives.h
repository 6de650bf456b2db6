#pragma once

#include <QJSValue>

class QJSEngine;

namespace qsd {

/// The natives behind the Packet class's hottest methods (getOption, setOption), made as plain JavaScript
/// functions with Qt's private QV4 API instead of being called as QObject methods: a QObject method call costs
/// about 1 200 instructions of argument and result conversion through the meta-object system before the method
/// runs, a builtin about a tenth of that. Each takes the packet's JsPacket wrapper (`packet._n`) first:
///   optionBytes(native, code)              → [bytes…] or null (JsPacket::optionBytes)
///   setOptionValue(native, request, value) → true, or a TypeError (JsPacket::setOptionValue)
/// Everything else stays on JsPacket's Q_INVOKABLE methods.
QJSValue makeFastNatives(QJSEngine *engine);

} // namespace qsd
