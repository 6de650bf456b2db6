#pragma once

#include <QJSValue>

class QJSEngine;

namespace qsd {

class JsPacket;
struct JsContext;

/// The Packet methods hooks call most, getOption and setOption, and the header fields' properties, made as
/// JavaScript builtins with Qt's private QV4 API instead of QObject methods or JavaScript methods: a QObject method
/// call costs about 1 200 instructions of meta-object conversion before it runs, a JavaScript method a frame of its
/// own (about 500), a builtin a tenth of that. bootstrap.js puts them on Packet.prototype:
///   packet.getOption(option, convert)                           → [bytes…] or null
///   packet.setOption(option, value, validate, force_selection)  → true, or a TypeError
///   `headers`: an accessor per kHeaderFields row (packet.siaddr …), calling JsPacket::header/setHeader
/// They run in a HookEngine, whose JsContext holds the option table and the exchange's packets (knowPacket), so
/// `this` and the option name are resolved without a property lookup. Anything else (a copied packet, a header
/// field, another spelling, `convert`, a list or object value) goes to the glue's getOptionSlow/setOptionSlow
/// in bootstrap.js or to JsPacket::setOptionValue, with the same results.
/// That is jsfastnatives.cpp. A build on Qt's public API only (QSD_HOOKS_PRIVATE_API, server/scripting/CMakeLists.txt)
/// has jsfastnatives_public.cpp instead: a QObject whose methods do the same work for bootstrap.js's JavaScript
/// getOption/setOption, which then take the place of the builtins, and no `headers` (bootstrap.js's accessors
/// call JsPacket::header/setHeader as QObject methods); there knowPacket does nothing.
QJSValue makeFastNatives(QJSEngine *engine);

/// Tells the natives that the Packet object `packet` (kept alive by the caller) is `native`'s (`slot` 0..2).
void knowPacket(JsContext *context, int slot, const QJSValue &packet, JsPacket *native);

} // namespace qsd
