#include "jsfastnatives.h"

#include "jspacket.h"
#include "jsvalues.h"

#include <QJSEngine>

#include <type_traits>
#include <utility>

// Qt's private API (qt6-declarative-private-dev), confined to this file: Qt 6.4's public API has no way to make a
// JavaScript function from a C++ one.
#include <private/qjsvalue_p.h>
#include <private/qv4arrayobject_p.h>
#include <private/qv4engine_p.h>
#include <private/qv4functionobject_p.h>
#include <private/qv4qobjectwrapper_p.h>
#include <private/qv4scopedvalue_p.h>

namespace qsd {
namespace {

using QV4::ReturnedValue;

/// The most bytes getOption() builds on the JavaScript stack: Scope::alloc does not check that stack's end, so a
/// hook's 64 KiB option there could run past it. One option instance (255 bytes) is the usual case.
constexpr int MaximumStackedBytes = 255;

/// The JsPacket behind `v` (a Packet's `_n`); nullptr with a TypeError pending if it is none.
JsPacket *packetOf(QV4::ExecutionEngine *v4, const QV4::Value &v)
{
    if (const auto *wrapper = v.as<QV4::QObjectWrapper>()) {
        if (auto *packet = qobject_cast<JsPacket *>(wrapper->object()))
            return packet;
    }
    v4->throwTypeError(QStringLiteral("not a packet"));
    return nullptr;
}

/// `option` as an option code (1..254) where the Packet class's CODES table resolves it (the table's names,
/// "option_<n>", the numbers and their decimal text); 0 where it has to go the slow way.
int codeOf(QV4::Scope &scope, JsContext &context, const QV4::Value &option)
{
    if (option.isInteger()) {
        const int n = option.integerValue();
        return n >= 1 && n <= 254 ? n : 0;
    }
    if (!option.isString())
        return 0;
    const quint64 identity = option.rawValue();   // the string's address on the JavaScript heap
    static_assert(std::extent_v<decltype(JsContext::resolvedNames)> == 16, "the hash below picks one of 16");
    JsContext::ResolvedName &cached = context.resolvedNames[(identity * 0x9E3779B97F4A7C15ull) >> 60];   // Fibonacci hashing
    if (cached.key == identity)
        return cached.code;
    const QV4::ScopedObject codes(scope, QJSValuePrivate::asReturnedValue(&context.glue(Glue::OptionCodes)));
    if (!codes)
        return 0;
    const QV4::ScopedPropertyKey key(scope, option.toPropertyKey(scope.engine));   // a string: no user code runs
    const QV4::ScopedValue code(scope, codes->get(key));
    const int resolved = code->isInteger() ? code->integerValue() : 0;
    cached = {identity, resolved, QJSValuePrivate::fromReturnedValue(option.asReturnedValue())};
    return resolved;
}

JsContext &contextOf(const QV4::FunctionObject *f)
{
    return *static_cast<HookEngine *>(f->engine()->jsEngine())->context;
}

/// The JsPacket behind a Packet object: one of the exchange's three by identity, else (a copy, or any object a
/// method was called on) its `_n`; nullptr with a TypeError pending if it has none.
JsPacket *nativeOf(QV4::Scope &scope, const JsContext &context, const QV4::Value *thisObject)
{
    if (!thisObject)
        return packetOf(scope.engine, QV4::Value::undefinedValue());
    for (const JsContext::KnownPacket &known : context.packets) {
        if (known.native && known.object == thisObject->rawValue())
            return known.native;
    }
    const QV4::ScopedObject object(scope, *thisObject);
    if (!object)
        return packetOf(scope.engine, QV4::Value::undefinedValue());
    QV4::ScopedString name(scope, scope.engine->newIdentifier(QStringLiteral("_n")));
    const QV4::ScopedValue native(scope, object->get(name));
    return scope.engine->hasException ? nullptr : packetOf(scope.engine, native);
}

ReturnedValue callSlow(QV4::Scope &scope, const QJSValue &function, const QV4::Value *thisObject,
                       const QV4::Value *argv, int argc)
{
    const QV4::ScopedFunctionObject slow(scope, QJSValuePrivate::asReturnedValue(&function));
    if (!slow)
        return scope.engine->throwTypeError(QStringLiteral("the hook environment is not set up"));
    QV4::Value *args = scope.alloc(argc + 1);   // (packet, the method's arguments…)
    args[0] = *thisObject;
    for (int i = 0; i < argc; ++i)
        args[i + 1] = argv[i];
    const QV4::Value undefined = QV4::Value::undefinedValue();
    return slow->call(&undefined, args, argc + 1);
}

/// packet.getOption(option, convert)
ReturnedValue getOption(const QV4::FunctionObject *f, const QV4::Value *thisObject, const QV4::Value *argv, int argc)
{
    QV4::Scope scope(f->engine());
    JsContext &context = contextOf(f);
    JsPacket *native = nativeOf(scope, context, thisObject);
    if (!native)
        return QV4::Encode::undefined();   // a TypeError is pending
    const int code = argc >= 1 ? codeOf(scope, context, argv[0]) : 0;
    if (code == 0 || (argc >= 2 && argv[1].toBoolean()))
        return callSlow(scope, context.glue(Glue::GetOptionSlow), thisObject, argv, argc);
    DhcpPacket *p = native->packet();
    if (!p)
        return QV4::Encode::undefined();   // packet() threw
    if (!p->hasOption(quint8(code)))
        return QV4::Encode::null();
    const QByteArray bytes = p->option(quint8(code));
    if (bytes.size() > MaximumStackedBytes)   // a long option (RFC 3396) on the heap: the JS stack is not checked
        return QJSValuePrivate::convertToReturnedValue(scope.engine, jsvalues::fromBytes(scope.engine->jsEngine(), bytes));
    QV4::Value *values = scope.alloc(int(bytes.size()));
    for (qsizetype i = 0; i < bytes.size(); ++i)
        values[i] = QV4::Value::fromInt32(quint8(bytes[i]));
    return scope.engine->newArrayObject(values, int(bytes.size()))->asReturnedValue();
}

/// packet.setOption(option, value, validate, force_selection)
ReturnedValue setOption(const QV4::FunctionObject *f, const QV4::Value *thisObject, const QV4::Value *argv, int argc)
{
    QV4::Scope scope(f->engine());
    JsContext &context = contextOf(f);
    JsPacket *native = nativeOf(scope, context, thisObject);
    if (!native)
        return QV4::Encode::undefined();
    const int code = argc >= 1 ? codeOf(scope, context, argv[0]) : 0;
    if (code == 0)
        return callSlow(scope, context.glue(Glue::SetOptionSlow), thisObject, argv, argc);
    // validate (default true) and force_selection: JsPacket::SetOptionNoValidation and SetOptionForceSelection
    const bool validate = argc < 3 || argv[2].isUndefined() || argv[2].toBoolean();
    const bool force = argc >= 4 && argv[3].toBoolean();
    const int request = code | (validate ? 0 : JsPacket::SetOptionNoValidation) | (force ? JsPacket::SetOptionForceSelection : 0);
    const QV4::Value value = argc >= 2 ? argv[1] : QV4::Value::undefinedValue();
    bool ok;
    if (value.isNumber())   // the usual values, encoded without a QJSValue or a QVariant
        ok = native->setEncoded(request, value.toNumber());
    else if (value.isString())
        ok = native->setEncoded(request, value.toQString());
    else
        ok = native->setOptionValue(request, QJSValuePrivate::fromReturnedValue(value.asReturnedValue()));
    return scope.engine->hasException ? QV4::Encode::undefined() : QV4::Encode(ok);
}

/// packet.<header field Field> (kHeaderFields), read
template<int Field>
ReturnedValue getHeader(const QV4::FunctionObject *f, const QV4::Value *thisObject, const QV4::Value *, int)
{
    QV4::Scope scope(f->engine());
    JsPacket *native = nativeOf(scope, contextOf(f), thisObject);
    if (!native)
        return QV4::Encode::undefined();
    const QJSValue value = native->header(Field);
    return scope.engine->hasException ? QV4::Encode::undefined() : QJSValuePrivate::convertToReturnedValue(scope.engine, value);
}

/// … and written
template<int Field>
ReturnedValue setHeader(const QV4::FunctionObject *f, const QV4::Value *thisObject, const QV4::Value *argv, int argc)
{
    QV4::Scope scope(f->engine());
    if (JsPacket *native = nativeOf(scope, contextOf(f), thisObject))
        native->setHeader(Field, QJSValuePrivate::fromReturnedValue(argc >= 1 ? argv[0].asReturnedValue() : QV4::Encode::undefined()));
    return QV4::Encode::undefined();
}

/// An accessor property per header field on `headers`, named as in kHeaderFields.
template<int... Field>
void defineHeaders(QV4::Object *headers, std::integer_sequence<int, Field...>)
{
    (headers->defineAccessorProperty(QLatin1String(kHeaderFields[Field].name), getHeader<Field>, setHeader<Field>), ...);
}

} // namespace

QJSValue makeFastNatives(QJSEngine *engine)
{
    QV4::ExecutionEngine *v4 = engine->handle();
    QV4::Scope scope(v4);
    QV4::ScopedObject natives(scope, v4->newObject());
    natives->defineDefaultProperty(QStringLiteral("getOption"), getOption, 2);
    natives->defineDefaultProperty(QStringLiteral("setOption"), setOption, 4);
    QV4::ScopedObject headers(scope, v4->newObject());
    defineHeaders(headers, std::make_integer_sequence<int, kHeaderFieldCount>());
    natives->defineDefaultProperty(QStringLiteral("headers"), headers);
    return QJSValuePrivate::fromReturnedValue(natives->asReturnedValue());
}

void knowPacket(JsContext *context, int slot, const QJSValue &packet, JsPacket *native)
{
    context->packets[slot] = {QV4::Value::fromReturnedValue(QJSValuePrivate::asReturnedValue(&packet)).rawValue(), native};
}

} // namespace qsd
