#pragma once

#include "jscontext.h"
#include "storage/definition.h"

#include <QJSEngine>
#include <QHash>
#include <QJSValue>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace qsd {

class JsCallbacks;
class JsHelpers;
class JsLogger;
class JsPacket;
class Watchdog;

/// One loaded hook file: a QJSEngine with the hook environment (globals, wrapper objects created once), the
/// module, and its hook functions looked up once. A reload builds a new ScriptRuntime and keeps the old one
/// until the new one loaded (QJSEngine caches modules by URL, so a fresh engine is the only way to re-read one).
class ScriptRuntime
{
public:
    ScriptRuntime();
    /// Releases what refers to the engine, then the engine (the order is explained where it is defined).
    ~ScriptRuntime();

    /// Builds the environment and imports `file` as an ES module. Module-level code runs under the watchdog.
    /// On failure returns false with "file:line: message".
    bool load(const QString &file, Watchdog *watchdog, int timeoutMs, QString *error);

    /// Whether the file exports `hook` (kHooks' exported rows; never for the callbacks' rows).
    bool has(Hook hook) const { return m_hooks[size_t(hook)].isCallable(); }
    const QJSValue &hook(Hook hook) const { return m_hooks[size_t(hook)]; }
    QJSEngine *engine() const { return m_engine.get(); }
    JsContext &context() { return m_context; }
    JsCallbacks *callbacks() const { return m_callbacks; }
    /// bootstrap.js's glue value `g` (jsglue.h).
    const QJSValue &glue(Glue g) const { return m_context.glue(g); }
    JsPacket *request() const { return m_request; }
    JsPacket *reply() const { return m_reply; }
    JsPacket *source() const { return m_source; }
    const QJSValue &requestJs() const { return m_requestJs; }
    const QJSValue &replyJs() const { return m_replyJs; }
    const QJSValue &sourceJs() const { return m_sourceJs; }

    // --- the values a per-packet hook call passes (see HookRunner) ---------------------------------------------
    // Made once and shared by every call, as staticDHCPd's cache hands out the same Python objects: a call then
    // only reads them (jsdirectcall.h). The objects are frozen, like the values they stand for. Each cache is
    // bounded and starts over when full; a reference is valid until the next call of the same function.
    /// The text of `method` (DISCOVER, REQUEST:SELECTING, …).
    const QJSValue &methodValue(const QString &method);
    /// One frozen MAC object per MAC.
    const QJSValue &macValue(const MAC &mac);
    /// `mac`'s Definition object, the same while `d` is unchanged.
    const QJSValue &definitionValue(const MAC &mac, const Definition &d);
    /// `mac`'s client_ip as a frozen IPv4, the same while it is unchanged; or null.
    const QJSValue &clientIpValue(const MAC &mac, const std::optional<IPv4> &ip);
    /// relay_ip as a frozen IPv4 (the last relay's: most sites have one or a few); or null.
    const QJSValue &relayValue(const std::optional<IPv4> &ip);
    /// A thrown value as plain data for describeError() ("uncaught exception: 'boom'" for `throw 'boom'`). Runs
    /// the hook's code (getters, toString()): call it while the watchdog is armed.
    QJSValue describeThrown(const QJSValue &thrown);

    /// A new Definition object for `d` (the glue's makeDefinition, by kDefinitionFields).
    QJSValue definitionObject(const Definition &d);
    /// A frozen statistics record for `r` (the glue's stats, by kStatsFields).
    QJSValue statsObject(const StatsRecord &r);
    /// "file:line: Name: message" (and the stack in `stack`) of what describeThrown() made, reading its data
    /// properties only. Also takes the environment's own Error objects (no `text`: their toString() is ours).
    static QString describeError(const QJSValue &described, QString *stack = nullptr);

private:
    std::unique_ptr<HookEngine> m_engine;
    JsContext m_context;
    JsHelpers *m_helpers = nullptr;      // children of the engine, deleted before it (~ScriptRuntime)
    JsLogger *m_logger = nullptr;
    JsCallbacks *m_callbacks = nullptr;
    JsPacket *m_request = nullptr;
    JsPacket *m_reply = nullptr;
    JsPacket *m_source = nullptr;
    QJSValue m_requestJs, m_replyJs, m_sourceJs;
    QJSValue m_module;
    QStringList m_methods;   // a handful: a linear search beats hashing the text
    QList<QJSValue> m_methodValues;
    /// A frozen IPv4 for an address, remade when the address changes. (`made` says whether `value` is made:
    /// QJSValue::isUndefined() on a kept object reads the engine's slot for it, a cache miss on every packet.)
    struct KeptIp
    {
        bool made = false;
        quint32 address = 0;
        QJSValue value;
    };
    const QJSValue &frozenIp(KeptIp &kept, IPv4 ip);
    /// What the calls for one MAC share: one hash lookup per packet, none for its second hook. (The flags say which
    /// values are made, for the same reason as KeptIp::made.)
    struct KeptClient
    {
        bool hasMac = false, hasDefinition = false;
        QJSValue mac;
        KeptIp clientIp;
        QJSValue definitionValue;
        Definition definition;
    };
    KeptClient &client(const MAC &mac);
    QHash<MAC, KeptClient> m_clients;
    MAC m_lastMac;
    KeptClient *m_lastClient = nullptr;   // m_clients' entry for m_lastMac, until the next insertion
    KeptIp m_relay;
    QJSValue m_hooks[size_t(Hook::Count)];   // the exported ones; undefined where the file has none
};

} // namespace qsd
