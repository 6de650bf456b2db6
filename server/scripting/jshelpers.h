#pragma once

#include "jsexposed.h"

#include <QJSValue>
#include <QObject>

class QJSEngine;

namespace qsd {

/// The native half of the hook environment's conversion functions (libpydhcpserver's conversion.py) and RFC
/// helpers (rfc.py), wrapping protocol/conversion.h and protocol/rfc.h. The bootstrap script publishes them as
/// globals (`listToIP`, `rfc3442_121`, …). "Lists" are JavaScript arrays of numbers 0..255; RFC encoders
/// return such an array, which `packet.setOption` accepts. Bad input throws a TypeError naming the function.
class JsHelpers : public JsExposed
{
    Q_OBJECT
public:
    explicit JsHelpers(QJSEngine *engine, QObject *parent = nullptr) : JsExposed(parent), m_engine(engine) { }

    // conversion.py
    Q_INVOKABLE QJSValue listToIP(const QJSValue &list);      ///< → a number; the global wraps it in IPv4
    Q_INVOKABLE QJSValue listToIPs(const QJSValue &list);     ///< → numbers
    Q_INVOKABLE QJSValue listToInt(const QJSValue &list);
    Q_INVOKABLE QJSValue listToInts(const QJSValue &list);
    Q_INVOKABLE QJSValue listToLong(const QJSValue &list);
    Q_INVOKABLE QJSValue listToLongs(const QJSValue &list);
    Q_INVOKABLE QJSValue intToList(const QJSValue &value);
    Q_INVOKABLE QJSValue intsToList(const QJSValue &values);
    Q_INVOKABLE QJSValue longToList(const QJSValue &value);
    Q_INVOKABLE QJSValue longsToList(const QJSValue &values);
    Q_INVOKABLE QJSValue strToList(const QJSValue &text);
    Q_INVOKABLE QJSValue strToPaddedList(const QJSValue &text, const QJSValue &length);
    Q_INVOKABLE QJSValue listToStr(const QJSValue &list);

    // rfc.py encoders
    Q_INVOKABLE QJSValue rfc1035_plus(const QJSValue &names);
    Q_INVOKABLE QJSValue rfc3397_119(const QJSValue &names);
    Q_INVOKABLE QJSValue rfc4280_88(const QJSValue &names);
    Q_INVOKABLE QJSValue rfc5223_137(const QJSValue &names);
    Q_INVOKABLE QJSValue rfc2610_78(const QJSValue &mandatory, const QJSValue &ips);
    Q_INVOKABLE QJSValue rfc2610_79(const QJSValue &mandatory, const QJSValue &scopes);
    Q_INVOKABLE QJSValue rfc3361_120(const QJSValue &servers);
    /// [["10.0.0.0/8", "192.0.2.1"], [["10.1.0.0", 16], "192.0.2.2"], …]
    Q_INVOKABLE QJSValue rfc3442_121(const QJSValue &routes);
    /// {enterprise: data | [data…]} where data is a string or a byte list.
    Q_INVOKABLE QJSValue rfc3925_124(const QJSValue &classes);
    /// {enterprise: {code: data}}.
    Q_INVOKABLE QJSValue rfc3925_125(const QJSValue &vendors);
    Q_INVOKABLE QJSValue rfc4174_83(const QJSValue &functions, const QJSValue &ddAccess, const QJSValue &adminFlags,
                                    const QJSValue &security, const QJSValue &ips);
    /// [[code, "ip,ip"], …]
    Q_INVOKABLE QJSValue rfc5678_139(const QJSValue &subOptions);
    /// [[code, "fqdn,fqdn"], …]
    Q_INVOKABLE QJSValue rfc5678_140(const QJSValue &subOptions);

    // rfc.py decoders
    /// → {subopt: [bytes]} (repeated sub-options are concatenated).
    Q_INVOKABLE QJSValue rfc3046_decode(const QJSValue &bytes);
    /// → {identifier: [bytes]}.
    Q_INVOKABLE QJSValue rfc3925_decode(const QJSValue &bytes, const QJSValue &identifierSize = QJSValue(4));
    /// → {enterprise: {code: [bytes]}}.
    Q_INVOKABLE QJSValue rfc3925_125_decode(const QJSValue &bytes);

private:
    QJSValue fail(const QString &function, const QString &why);
    bool bytesArg(const QString &function, const QJSValue &value, QByteArray *out);
    QJSValue result(const QString &function, const std::optional<QByteArray> &bytes, const QString &error);

    QJSEngine *m_engine;
};

} // namespace qsd
