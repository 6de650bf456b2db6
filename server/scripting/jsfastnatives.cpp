#include "jsfastnatives.h"

#include "jspacket.h"

#include <QJSEngine>

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

ReturnedValue optionBytes(const QV4::FunctionObject *f, const QV4::Value *, const QV4::Value *argv, int argc)
{
    QV4::ExecutionEngine *v4 = f->engine();
    JsPacket *native = argc >= 2 ? packetOf(v4, argv[0]) : nullptr;
    DhcpPacket *p = native ? native->packet() : nullptr;
    if (!p)
        return v4->hasException ? QV4::Encode::undefined() : v4->throwTypeError();
    const quint8 code = quint8(argv[1].toInt32());
    if (!p->hasOption(code))
        return QV4::Encode::null();
    const QByteArray bytes = p->option(code);
    QV4::Scope scope(v4);
    QV4::Value *values = scope.alloc(int(bytes.size()));
    for (qsizetype i = 0; i < bytes.size(); ++i)
        values[i] = QV4::Value::fromInt32(quint8(bytes[i]));
    return v4->newArrayObject(values, int(bytes.size()))->asReturnedValue();
}

ReturnedValue setOptionValue(const QV4::FunctionObject *f, const QV4::Value *, const QV4::Value *argv, int argc)
{
    QV4::ExecutionEngine *v4 = f->engine();
    JsPacket *native = argc >= 3 ? packetOf(v4, argv[0]) : nullptr;
    if (!native)
        return v4->hasException ? QV4::Encode::undefined() : v4->throwTypeError();
    const int request = argv[1].toInt32();
    const QV4::Value &value = argv[2];
    bool ok;
    if (value.isNumber())   // the usual values, converted without a QJSValue
        ok = native->setEncoded(request, value.toNumber());
    else if (value.isString())
        ok = native->setEncoded(request, value.toQString());
    else
        ok = native->setOptionValue(request, QJSValuePrivate::fromReturnedValue(value.asReturnedValue()));
    return v4->hasException ? QV4::Encode::undefined() : QV4::Encode(ok);
}

} // namespace

QJSValue makeFastNatives(QJSEngine *engine)
{
    QV4::ExecutionEngine *v4 = engine->handle();
    QV4::Scope scope(v4);
    QV4::ScopedObject natives(scope, v4->newObject());
    natives->defineDefaultProperty(QStringLiteral("optionBytes"), optionBytes, 2);
    natives->defineDefaultProperty(QStringLiteral("setOptionValue"), setOptionValue, 3);
    return QJSValuePrivate::fromReturnedValue(natives->asReturnedValue());
}

} // namespace qsd
