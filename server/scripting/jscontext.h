#pragma once

#include "hooktypes.h"
#include "jsglue.h"

#include <QJSEngine>
#include <QJSValue>

namespace qsd {

class JsHelpers;
class JsPacket;
struct JsContext;

/// The hook environment's QJSEngine, which knows its JsContext: the builtins of jsfastnatives.cpp get only the
/// engine, and find the context (and the packets) from it without a lookup.
class HookEngine : public QJSEngine
{
public:
    JsContext *context = nullptr;
};

/// What the JavaScript wrappers share inside one QJSEngine: the engine, the bootstrap's glue (kGlue: the factories
/// for IPv4, MAC, Definition, the trampolines, …) and the state of the exchange being processed — one `meta` object
/// and one set of response overrides for every hook of the same packet, from filterPacket to loadDHCPPacket.
struct JsContext
{
    QJSEngine *engine = nullptr;
    JsHelpers *helpers = nullptr;
    /// bootstrap.js's glue, in kGlue's order (ScriptRuntime::load).
    QJSValue glueValues[size_t(Glue::Count)];
    const QJSValue &glue(Glue g) const { return glueValues[size_t(g)]; }
    /// The last option names jsfastnatives.cpp resolved, by their string's identity: a hook's option names are
    /// literals, the same string every call. `string` keeps it alive, so its address cannot name another string.
    struct ResolvedName
    {
        quint64 key = 0;
        int code = 0;
        QJSValue string;
    };
    ResolvedName resolvedNames[16];
    /// The request, reply and source packets' JavaScript objects (by their address on the JavaScript heap, kept
    /// alive by ScriptRuntime) and natives: the builtins of jsfastnatives.cpp find their `this` here without reading
    /// `_n`.
    struct KnownPacket
    {
        quint64 object = 0;
        JsPacket *native = nullptr;
    };
    KnownPacket packets[3];
    /// For jsdirectcall_public.cpp: the argument lists of the glue's callHook by hook arity, kept from call to call.
    QJSValueList hookArguments[9];

    // --- the current exchange ---
    QJSValue meta;                    ///< created on first use
    ResponseOverrides overrides;

    void beginExchange()
    {
        meta = QJSValue();
        overrides = {};
    }
    QJSValue exchangeMeta()
    {
        if (meta.isUndefined())
            meta = engine->newObject();
        return meta;
    }
    QJSValue ip(IPv4 ip) { return glue(Glue::Ip).call({QJSValue(double(ip.toUInt32()))}); }
    QJSValue ipOrNull(const std::optional<IPv4> &ip) { return ip ? this->ip(*ip) : QJSValue(QJSValue::NullValue); }
    QJSValue mac(const MAC &mac) { return glue(Glue::Mac).call({QJSValue(mac.toString())}); }
};

} // namespace qsd
