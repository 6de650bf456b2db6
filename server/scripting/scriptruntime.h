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

namespace qsd {

class JsCallbacks;
class JsHelpers;
class JsLogger;
class JsPacket;
class Watchdog;

/// The hook functions a hook file may export (DESIGN.md "Hooks").
enum class Hook { Init, FilterPacket, HandleUnknownMAC, FilterRetrievedDefinitions, LoadDHCPPacket, Count };

/// One loaded hook file: a QJSEngine with the hook environment (globals, wrapper objects created once), the
/// module, and its hook functions looked up once. A reload builds a new ScriptRuntime and keeps the old one
/// until the new one loaded (QJSEngine caches modules by URL, so a fresh engine is the only way to re-read one).
class ScriptRuntime
{
public:
    ScriptRuntime();
    ~ScriptRuntime();

    /// Builds the environment and imports `file` as an ES module. Module-level code runs under the watchdog.
    /// On failure returns false with "file:line: message".
    bool load(const QString &file, Watchdog *watchdog, int timeoutMs, QString *error);

    bool has(Hook hook) const { return m_hooks[size_t(hook)].isCallable(); }
    const QJSValue &hook(Hook hook) const { return m_hooks[size_t(hook)]; }
    /// filterPacket, handleUnknownMAC and loadDHCPPacket bound to their packet wrappers by the bootstrap's glue
    /// (so a call passes only the per-packet arguments); undefined for the other hooks.
    const QJSValue &boundHook(Hook hook) const { return m_boundHooks[size_t(hook)]; }

    QJSEngine *engine() const { return m_engine.get(); }
    JsContext &context() { return m_context; }
    JsCallbacks *callbacks() const { return m_callbacks; }
    const QJSValue &glue() const { return m_context.glue; }
    JsPacket *request() const { return m_request; }
    JsPacket *reply() const { return m_reply; }
    JsPacket *source() const { return m_source; }
    const QJSValue &requestJs() const { return m_requestJs; }
    const QJSValue &replyJs() const { return m_replyJs; }
    const QJSValue &sourceJs() const { return m_sourceJs; }
    // the bootstrap's trampolines
    QJSValue callFilterDefinitions, callPlain, toDefinitions, toDefinition, makeDefinition, makeStats;

    /// The number a hook call passes for `method` (DISCOVER, REQUEST:SELECTING, …): the bootstrap's glue holds
    /// its text. A hook call passes numbers only: a QJSValue holding a string or an object costs a persistent slot
    /// of the engine per call.
    int methodId(const QString &method);
    /// The number a hook call passes for `mac`: the glue holds one frozen MAC object per id, made once (bounded).
    int macId(const MAC &mac);
    /// The slot a hook call passes for the definition `d` of `mac`: the glue holds its Definition object, reused
    /// while the definition is unchanged, as staticDHCPd's memory cache hands out the same Python object (bounded).
    int definitionSlot(const MAC &mac, const Definition &d);
    /// `d` as the arguments of the glue's makeDefinition (numbers for addresses, -1 for none).
    QJSValueList definitionArguments(const Definition &d) const;
    /// "file:line: Name: message" (and the stack in `stack`) of an error value.
    static QString describeError(const QJSValue &error, QString *stack = nullptr);

private:
    std::unique_ptr<QJSEngine> m_engine;
    JsContext m_context;
    JsHelpers *m_helpers = nullptr;      // children of the engine
    JsLogger *m_logger = nullptr;
    JsCallbacks *m_callbacks = nullptr;
    JsPacket *m_request = nullptr;
    JsPacket *m_reply = nullptr;
    JsPacket *m_source = nullptr;
    QJSValue m_requestJs, m_replyJs, m_sourceJs;
    QJSValue m_module;
    QStringList m_methods;   // a handful, by id: a linear search beats hashing the text
    QHash<MAC, int> m_macIds;
    QHash<MAC, QPair<Definition, int>> m_definitionSlots;
    QJSValue m_registerMethod, m_registerMac, m_forgetMacs, m_registerDefinition, m_forgetDefinitions;
    QJSValue m_hooks[size_t(Hook::Count)];
    QJSValue m_boundHooks[size_t(Hook::Count)];
};

/// The hook functions' names as exported: "init", "filterPacket", …
QString hookName(Hook hook);

} // namespace qsd
