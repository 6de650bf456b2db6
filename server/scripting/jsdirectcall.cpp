#include "jsdirectcall.h"

#include <private/qjsvalue_p.h>
#include <private/qv4engine_p.h>
#include <private/qv4functionobject_p.h>
#include <private/qv4scopedvalue_p.h>

namespace qsd {

const char *hookCallPath()
{
    return "private QV4";
}

// (`context` serves the public build's trampoline: QV4 finds the engine in the function itself.)
JsCallOutcome callDirect(JsContext &, const QJSValue &function, std::initializer_list<JsArgument> args)
{
    JsCallOutcome out;
    QV4::ExecutionEngine *v4 = QJSValuePrivate::engine(&function);
    if (!v4)
        return out;
    QV4::Scope scope(v4);
    const QV4::ScopedFunctionObject f(scope, QJSValuePrivate::asReturnedValue(&function));
    if (!f)
        return out;
    QV4::Value *argv = scope.alloc(int(args.size()));
    QV4::Value *arg = argv;
    for (const JsArgument &a : args) {
        if (a.kept())
            *arg = QJSValuePrivate::convertToReturnedValue(v4, *a.kept());
        else if (a.isNull())
            *arg = QV4::Value::nullValue();
        else
            *arg = QV4::Value::fromInt32(a.number());
        ++arg;
    }
    const QV4::Value undefined = QV4::Value::undefinedValue();
    QV4::ScopedValue result(scope, f->call(&undefined, argv, int(args.size())));
    if (v4->hasException) {
        result = v4->catchException();
        out.threw = true;
    }
    if (v4->isInterrupted.loadRelaxed())
        out.threw = true;
    out.value = QJSValuePrivate::fromReturnedValue(result->asReturnedValue());
    return out;
}

} // namespace qsd
