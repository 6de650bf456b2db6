#pragma once

#include "packetdecoder.h"

#include <QJsonObject>

namespace qsd {

/// A decoded message as JSON for people and tests (`qstaticdhcpctl decode`): the header fields, then the
/// options in wire order, each with code, staticDHCPd name, length, hex bytes and decoded value, and a
/// `malformed` reason when the message is.
QJsonObject packetToJson(const DecodeResult &decoded, qsizetype wireLength);

} // namespace qsd

namespace qsd {

/// `packetToJson` as indented text with the header fields first, in wire order, then the options one per line.
QByteArray packetToJsonText(const DecodeResult &decoded, qsizetype wireLength);

} // namespace qsd
