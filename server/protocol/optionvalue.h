#pragma once

#include "optiontable.h"

#include <QByteArray>
#include <QVariant>

#include <optional>

namespace qsd {

/// Converts option values between wire bytes and native values, by the option's type: the one switch on
/// OptionType (STYLE.md). Native values are what hooks and JSON see:
///  - ipv4 → "a.b.c.d"; ipv4+ / ipv4* → a list of those;
///  - byte, 16-bits, 32-bits → a number; their "+" forms → a list of numbers;
///  - string → text; bool → true/false; none → null;
///  - byte+, identifier, RFC-typed, unassigned and reserved options → a list of byte values.
namespace OptionValue {

/// True when `length` bytes are a valid value of `type` (libpydhcpserver's DHCP_FIELDS_SPECS:
/// fixed length, minimum length, multiple).
bool isValidLength(OptionType type, qsizetype length);

/// Decodes `bytes` as `type`. Returns an invalid QVariant when the length does not fit the type or a string is
/// not UTF-8; callers then fall back to `bytesToList`.
QVariant decode(OptionType type, QByteArrayView bytes);

/// Encodes a native value (see above) — or raw bytes given as QByteArray, or as a list of byte values where the
/// type is not a list of numbers — as `type`. On failure returns nullopt and says why in `error`.
std::optional<QByteArray> encode(OptionType type, const QVariant &value, QString *error = nullptr);
/// The same for one number and for text, the values hooks set most, without a QVariant on the usual types
/// (numbers as Byte/Bool/UInt16/UInt32, text as String): same bytes and errors as encode(type, QVariant(value)).
std::optional<QByteArray> encode(OptionType type, double number, QString *error = nullptr);
std::optional<QByteArray> encode(OptionType type, const QString &text, QString *error = nullptr);

/// Convenience: looks `code` up in the option table and decodes / encodes with its type.
QVariant decode(quint8 code, QByteArrayView bytes);
std::optional<QByteArray> encode(quint8 code, const QVariant &value, QString *error = nullptr);

/// Bytes as a list of numbers 0..255, and back (nullopt if an element is not a number in 0..255).
QVariantList bytesToList(QByteArrayView bytes);
std::optional<QByteArray> listToBytes(const QVariantList &list);

} // namespace OptionValue
} // namespace qsd
