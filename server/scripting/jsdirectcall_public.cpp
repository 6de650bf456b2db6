#include "jsdirectcall.h"

#include "jscontext.h"

#include <algorithm>
#include <type_traits>

// The build on Qt's public API only (QSD_HOOKS_PRIVATE_API off, or QML's private headers missing). QJSValue::call
// returns a thrown value as if it had been returned, so the hook is called through the bootstrap's trampoline
// `callHook` (bootstrap.js), which catches a throw and returns a value no hook can reach: a hook that returns an
// Error object has returned, as with the private build.

namespace qsd {

const char *hookCallPath()
{
    return "public QJSValue";
}

namespace {

/// Puts `value` into `slot` unless it holds it already. A QJSValue holding an object or a string owns a slot in the
/// engine's persistent-value pages, and Qt 6.4 unmaps a page when its last slot is freed: an argument list made per
/// call, whose slots end up alone on a new page once the values kept for the clients fill the others, maps and
/// unmaps a page per call (qsd_hookbench: from 12 to 170 us per exchange once every client has been seen). So the
/// lists stay from call to call, and a changed value is copied in before the old one is let go.
void keep(QJSValue &slot, const QJSValue &value)
{
    if (slot.strictlyEquals(value))
        return;
    QJSValue copy = value;
    std::swap(slot, copy);
}

} // namespace

JsCallOutcome callDirect(JsContext &context, const QJSValue &function, std::initializer_list<JsArgument> args)
{
    JsCallOutcome out;
    if (!function.isCallable())
        return out;
    constexpr qsizetype kNamed = 7;   // the arguments callHook names; past those, one list
    static_assert(std::extent_v<decltype(JsContext::hookArguments)> == kNamed + 2, "a list per arity, one for more");
    const qsizetype count = qsizetype(args.size());
    QJSValueList &list = context.hookArguments[std::min(count, kNamed + 1)];
    list.resize(count <= kNamed ? 2 + count : 3);
    keep(list[0], function);
    keep(list[1], QJSValue(int(count)));
    const auto put = [](QJSValue &slot, const JsArgument &a) {
        if (a.kept())
            keep(slot, *a.kept());   // by reference: a copy would take a slot of its own
        else
            keep(slot, a.isNull() ? QJSValue(QJSValue::NullValue) : QJSValue(a.number()));
    };
    if (count <= kNamed) {
        QJSValue *slot = list.data() + 2;
        for (const JsArgument &a : args)
            put(*slot++, a);
    } else {
        QJSValue all = context.engine->newArray(uint(count));
        quint32 i = 0;
        for (const JsArgument &a : args) {
            QJSValue value;
            put(value, a);
            all.setProperty(i++, value);
        }
        list[2] = std::move(all);
    }
    QJSValue result = context.glue(Glue::CallHook).call(list);
    out.threw = result.strictlyEquals(context.glue(Glue::HookThrew));
    out.value = out.threw ? context.glue(Glue::TakeThrown).call() : std::move(result);
    if (context.engine->isInterrupted())
        out.threw = true;
    return out;
}

} // namespace qsd
