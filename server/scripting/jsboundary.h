#pragma once

#include <QJSValue>

class QJSEngine;

namespace qsd {

/// What bootstrap.js reads at start instead of restating it: the C++ side's lists, each from its one declaration.
///   optionCodes       the option table's names → codes (optiontable.h)
///   headerFields      the header fields' names, in kHeaderFields' order (headerfields.h)
///   definitionFields  kDefinitionFields, statsFields kStatsFields: [{name, kind, required, limit, largest}] (jsrecords.h)
///   packetProperties  JsPacket's properties (meta, the response overrides)
///   packetMethods     JsPacket's methods without arguments (isDHCPAckPacket, transformTo…, …)
///   helpers           JsHelpers' methods, published as globals (listToIP, rfc3442_121, …)
///   constants         the globals with a fixed value (FLAGBIT_BROADCAST)
///   glue              the names of kGlue, which bootstrap.js returns in that order (jsglue.h)
QJSValue describeBoundary(QJSEngine *engine);

} // namespace qsd
