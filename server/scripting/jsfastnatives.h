#pragma once

#include <QJSValue>

class QJSEngine;

namespace qsd {

/// The natives behind the Packet methods hooks call most, getOption and setOption, made as JavaScript builtins
/// with Qt's private QV4 API instead of QObject methods or JavaScript methods: a QObject method call costs about
/// 1 200 instructions of meta-object conversion before it runs, a JavaScript method a frame of its own (about
/// 500), a builtin a tenth of that. bootstrap.js binds them to each Packet's JsPacket wrapper (`packet._n`), so a
/// hook's `packet.getOption("router")` is one builtin call:
///   getOption(native, option, convert)                           → [bytes…] or null
///   setOption(native, option, value, validate, force_selection)  → true, or a TypeError
/// They resolve the option by JsContext::optionCodes and take numbers and text as they are; anything else (a
/// header field, another spelling, `convert`, a list or object value) goes to JsContext's getOptionSlow /
/// setOptionSlow in bootstrap.js or to JsPacket::setOptionValue, with the same results.
QJSValue makeFastNatives(QJSEngine *engine);

} // namespace qsd
