#pragma once

#include "protocol/ipv4.h"

#include <QByteArray>
#include <QJSValue>
#include <QVariant>

#include <optional>

class QJSEngine;

namespace qsd::jsvalues {

/// A JavaScript array of numbers 0..255 as bytes; nullopt for anything else.
std::optional<QByteArray> toBytes(const QJSValue &value);
/// Bytes as a JavaScript array of numbers.
QJSValue fromBytes(QJSEngine *engine, QByteArrayView bytes);
/// A value for OptionValue::encode: arrays element-wise, objects (IPv4, MAC) by their string form,
/// numbers, strings, booleans, null.
QVariant toNative(const QJSValue &value);
/// A hook argument that may be absent (an optional IPv4) as the number the bootstrap's glue expects: -1 = null.
inline double optionalIp(const std::optional<IPv4> &ip) { return ip ? double(ip->toUInt32()) : -1.0; }

} // namespace qsd::jsvalues
