#pragma once

#include <QJSValue>

#include <initializer_list>

namespace qsd {

struct JsContext;

/// One argument of callDirect(): a value the caller keeps alive for the call, an integer, or null.
class JsArgument
{
public:
    JsArgument(const QJSValue &kept) : m_kept(&kept) { }
    JsArgument(int number) : m_number(number) { }
    static JsArgument null() { return JsArgument(); }

    const QJSValue *kept() const { return m_kept; }
    bool isNull() const { return !m_kept && m_isNull; }
    int number() const { return m_number; }

private:
    JsArgument() : m_isNull(true) { }
    const QJSValue *m_kept = nullptr;
    int m_number = 0;
    bool m_isNull = false;
};

/// What a call did: returned `value`, or threw it.
struct JsCallOutcome
{
    QJSValue value;
    bool threw = false;
};

/// Calls `function(args…)` with `this` undefined, for the hooks called per packet:
/// - the arguments are read in place, where QJSValue::call's list costs a persistent slot of the engine for each
///   argument holding an object or a string (allocated and freed per call);
/// - a throw is told apart from a return, which QJSValue::call cannot do (it returns the thrown value).
/// An interrupted call (QJSEngine::setInterrupted) comes back as thrown. A non-function returns undefined.
/// Two builds (QSD_HOOKS_PRIVATE_API, server/scripting/CMakeLists.txt): jsdirectcall.cpp through QV4, Qt's private
/// API, which needs no trampoline and no copies; jsdirectcall_public.cpp through QJSValue::call and the bootstrap's
/// trampoline `callHook` in `context`, which turns a throw into a value no hook can return.
JsCallOutcome callDirect(JsContext &context, const QJSValue &function, std::initializer_list<JsArgument> args);

/// Which build of callDirect() and of the getOption/setOption natives (jsfastnatives.h) this is, for the log and
/// the tests: "private QV4" or "public QJSValue".
const char *hookCallPath();

} // namespace qsd
