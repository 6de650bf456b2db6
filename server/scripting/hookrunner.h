#pragma once

#include "hooktypes.h"
#include "jsdirectcall.h"
#include "jsrecords.h"
#include "scriptruntime.h"
#include "webregistry.h"
#include "protocol/dhcppacket.h"
#include "storage/definition.h"

#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace qsd {

class Watchdog;

Q_DECLARE_LOGGING_CATEGORY(lcHooks)

/// The result of one hook call: `ok` false when the hook threw or ran out of time (then `error` says where).
template<class T>
struct HookResult
{
    bool ok = true;
    T value{};
    QString error;
};

/// The JavaScript hooks as the engine and the service see them (DESIGN.md "Hooks"): plain values in, plain
/// values out. Owned by the service, handed to the Engine; lives and is called in the server thread only.
///
/// Every call into JavaScript runs under the watchdog (timeout_ms) and is counted per hook; a hook that throws
/// or overruns is logged with file, line and stack and reported as failed — the caller drops the packet.
class HookRunner
{
public:
    explicit HookRunner(int timeoutMs = 1000);
    ~HookRunner();

    /// Loads `file` (an ES module). False with "file:line: message" on a syntax error, a module-level throw, …
    bool load(const QString &file, QString *error);
    /// Calls the file's init(), if any, after the server's other parts are up.
    bool init(QString *error);
    /// staticDHCPd's reinitialise: runs the reinit handlers, then loads the file again into a fresh engine and
    /// calls its init(). On a load error the old hooks stay active and `error` says why.
    bool reload(QString *error);
    QString file() const { return m_file; }
    int timeoutMs() const { return m_timeoutMs; }

    bool has(Hook hook) const { return m_runtime && m_runtime->has(hook); }
    bool hasStatsHandlers() const;
    bool hasTickHandlers() const;

    // --- per exchange (the engine calls these in pipeline order) ---------------------------------------------
    /// Starts a new exchange: one fresh `meta` object and no response overrides.
    void beginExchange();
    /// Unbinds the packet wrappers: JavaScript that kept a reference now gets an error instead of a dangling packet.
    void endExchange();
    /// The exchange waits for its lookup while others run: its state is handed to the caller (and the packets
    /// unbound), to be given back by resumeExchange(). The state must not outlive a reload (the service drops
    /// waiting exchanges when it reinitialises).
    SuspendedHookState suspendExchange();
    void resumeExchange(SuspendedHookState state);
    FilterVerdict filterPacket(DhcpPacket &packet, const HookArguments &args, QString *error);
    /// The definitions handleUnknownMAC gave (empty for null); a list of several goes to filterRetrievedDefinitions.
    HookResult<QList<Definition>> handleUnknownMAC(DhcpPacket &packet, const HookArguments &args);
    HookResult<std::optional<Definition>> filterRetrievedDefinitions(const QList<Definition> &definitions,
                                                                     DhcpPacket &packet, const HookArguments &args);
    /// `reply` may be edited or transformed in place; false value = veto. `sourceWire` is the request as received
    /// (the pristine source_packet is decoded from it only if the hook reads it).
    HookResult<bool> loadDHCPPacket(DhcpPacket &reply, const HookArguments &args, const Definition &definition,
                                    const QByteArray &sourceWire);
    /// The exchange's response_ip/port/source_port/mac, as the hooks left them.
    ResponseOverrides responseOverrides() const;

    // --- callbacks ------------------------------------------------------------------------------------------
    void tick();
    void emitStatistics(const StatsRecord &record);

    // --- web registrations (console panels and actions) ------------------------------------------------------
    const WebRegistry *web() const;
    /// Every dashboard panel's output, in ordering (panels returning null are left out).
    QList<WebOutput> renderDashboard();
    /// Calls the method at `path`; `found` false in the output's `ok` with error "no method" if there is none.
    WebOutput invokeWebMethod(const QString &path, const QMap<QString, QStringList> &queryArgs,
                              const QByteArray &data = {}, const QString &mimetype = {});

    /// The current hook file's engine (tests, and the console's "evaluate"); null before a load.
    QJSEngine *engine() const { return m_runtime ? m_runtime->engine() : nullptr; }

    /// Per hook and callback kind, in kHooks' order (the console's Hooks page).
    QList<HookStats> statistics() const;

    /// Calls `fn(args…)` under the watchdog, counted as `stat`; false (logged) if it threw or overran. `fn` is one
    /// of the bootstrap's trampolines, which turn a thrown non-Error into an Error (QJSValue::call returns a
    /// thrown value as if it had been returned).
    /// `count` false: a follow-up call (checking a hook's result) that is part of the same hook call.
    bool invoke(Hook stat, const QJSValue &fn, const QJSValueList &args, QJSValue *result, QString *error, bool count = true);
    /// The same for a hook function itself, called directly (jsdirectcall.h): a throw is told from a return (an
    /// Error returned is a result), and kept argument values are passed as they are.
    bool invokeDirect(Hook stat, const QJSValue &fn, std::initializer_list<JsArgument> args, QJSValue *result,
                      QString *error);

private:
    QJSValue callWeb(const QJSValue &fn, const QString &path, const QMap<QString, QStringList> &queryArgs,
                     const QByteArray &data, const QString &mimetype, QString *error);
    void runHandlers(const QList<QJSValue> &handlers, Hook stat, const QJSValueList &args);
    template<class Call>
    bool run(Hook stat, Call &&call, QJSValue *result, QString *error, bool count);
    /// Runs `read`, C++ that reads a hook's result, under the watchdog: getters, toString() and proxies are the
    /// hook's code. Timed as `stat` but not counted as a call; false with `error` (logged) if it overran.
    template<class Read>
    bool readResult(Hook stat, Read &&read, QString *error);

    int m_timeoutMs;
    QString m_file;
    std::unique_ptr<Watchdog> m_watchdog;
    std::unique_ptr<ScriptRuntime> m_runtime;
    QList<HookStats> m_stats;
};

} // namespace qsd
