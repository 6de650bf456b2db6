#pragma once

#include "protocol/ipv4.h"

#include <QByteArray>
#include <QJSValue>
#include <QVariant>

#include <optional>

class QJSEngine;

namespace qsd::jsvalues {

/// A JavaScript array of numbers 0..255 as bytes; nullopt for anything else, and for an array longer than any
/// option (DhcpPacket::MaximumOptionLength), before anything is reserved for it.
std::optional<QByteArray> toBytes(const QJSValue &value);
/// The length of a hook's array or string, read without converting it; 0 for anything else.
double lengthOf(const QJSValue &value);
/// Bytes as a JavaScript array of numbers.
QJSValue fromBytes(QJSEngine *engine, QByteArrayView bytes);
/// A value for OptionValue::encode: arrays element-wise, objects (IPv4, MAC) by their string form,
/// numbers, strings, booleans, null. An invalid QVariant (which no type encodes) for an array longer than any
/// option or nested deeper than any option type needs (a hook's `[[[…]]]` must not exhaust the C++ stack).
QVariant toNative(const QJSValue &value);
/// How deep toData() follows objects and lists.
constexpr int MaximumDataNesting = 32;
/// A hook's object as data (a definition's `extra`): objects as maps of their own enumerable properties, lists
/// as lists, numbers, strings, booleans and null as they are, anything else by its string form. nullopt when it
/// is nested deeper than MaximumDataNesting or a list is longer than any option: a hook's `{a: {a: …}}` must not
/// exhaust the C++ stack. Runs the hook's getters and proxies: call it under the watchdog.
std::optional<QVariant> toData(const QJSValue &value, int depth = 0);
/// A hook argument that may be absent (an optional IPv4) as the number the bootstrap's glue expects: -1 = null.
inline double optionalIp(const std::optional<IPv4> &ip) { return ip ? double(ip->toUInt32()) : -1.0; }

} // namespace qsd::jsvalues
