#pragma once

#include "ipv4.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// libpydhcpserver's `conversion.py`: byte lists to and from addresses, integers and strings.
///
/// A "list" is a QByteArray of octets (what option values are); the JavaScript layer maps JS arrays
/// of 0..255 onto it. Integers are big-endian (network order). Where staticDHCPd silently truncates
/// or pads, these functions refuse instead: a wrong length or an out-of-range value gives
/// std::nullopt and, when `error` is given, a message naming the function and the problem.
namespace qsd::conversion {

/// [127, 0, 0, 1] → 127.0.0.1; exactly four octets.
std::optional<IPv4> listToIP(QByteArrayView list, QString *error = nullptr);
/// Consecutive four-octet addresses; the length must be a multiple of 4 (empty gives an empty list).
std::optional<QList<IPv4>> listToIPs(QByteArrayView list, QString *error = nullptr);
/// 127.0.0.1 → [127, 0, 0, 1].
QByteArray ipToList(IPv4 ip);
/// "127.0.0.1" → [127, 0, 0, 1]; nullopt unless `ip` is a dotted quad.
std::optional<QByteArray> ipToList(QStringView ip, QString *error = nullptr);
/// Addresses as consecutive four-octet groups.
QByteArray ipsToList(const QList<IPv4> &ips);
/// "127.0.0.1, 127.0.0.2" → [127, 0, 0, 1, 127, 0, 0, 2]; items are trimmed, empty items skipped.
std::optional<QByteArray> ipsToList(QStringView commaSeparatedIps, QString *error = nullptr);

/// [127, 10] → 32522; exactly two octets.
std::optional<quint16> listToInt(QByteArrayView list, QString *error = nullptr);
/// Consecutive 16-bit integers; the length must be even.
std::optional<QList<quint16>> listToInts(QByteArrayView list, QString *error = nullptr);
/// [16, 23, 127, 10] → 269975306; exactly four octets.
std::optional<quint32> listToLong(QByteArrayView list, QString *error = nullptr);
/// Consecutive 32-bit integers; the length must be a multiple of 4.
std::optional<QList<quint32>> listToLongs(QByteArrayView list, QString *error = nullptr);
/// Any number of octets (0..8) as one big-endian unsigned integer; [] → 0.
std::optional<quint64> listToNumber(QByteArrayView list, QString *error = nullptr);

/// 32522 → [127, 10]; the value must be in 0..65535.
std::optional<QByteArray> intToList(qint64 value, QString *error = nullptr);
/// Each value as two octets; every value must be in 0..65535.
std::optional<QByteArray> intsToList(const QList<qint64> &values, QString *error = nullptr);
/// 269975306 → [16, 23, 127, 10]; the value must be in 0..4294967295.
std::optional<QByteArray> longToList(qint64 value, QString *error = nullptr);
/// Each value as four octets; every value must be in 0..4294967295.
std::optional<QByteArray> longsToList(const QList<qint64> &values, QString *error = nullptr);

/// "hello" → [104, 101, 108, 108, 111] (UTF-8).
QByteArray strToList(QStringView text);
/// strToList, then cut or zero-padded to exactly `length` octets (cutting may split a UTF-8
/// sequence, as in staticDHCPd); a negative length is an error.
std::optional<QByteArray> strToPaddedList(QStringView text, qsizetype length, QString *error = nullptr);
/// [104, 101, 108, 108, 111] → "hello" (UTF-8; invalid sequences become U+FFFD).
QString listToStr(QByteArrayView list);

} // namespace qsd::conversion
