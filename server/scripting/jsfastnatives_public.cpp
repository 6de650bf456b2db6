#include "jsfastnatives.h"

#include "jspacket.h"

#include <QJSEngine>

// The build on Qt's public API only (QSD_HOOKS_PRIVATE_API off, or QML's private headers missing): Qt 6.4's public
// API cannot make a JavaScript function from a C++ one, so getOption and setOption are bootstrap.js's JavaScript
// (its `portable` methods), which resolve the option through the Packet class's table and call these QObject
// methods for the rest, the same work as jsfastnatives.cpp's builtins.

namespace qsd {
namespace {

class OptionNatives : public QObject
{
    Q_OBJECT
public:
    explicit OptionNatives(QJSEngine *engine) : QObject(engine), m_engine(engine) { }

    /// Throws the builtins' TypeError unless `native` (a Packet's `_n`) is a JsPacket.
    Q_INVOKABLE void checkPacket(const QJSValue &native) { packetOf(native); }

    /// packet.getOption(code) for a code (1..254) of the table: [bytes…] or null. (A list of variants becomes an
    /// Array as one conversion: cheaper than a QJSValue set element by element.)
    Q_INVOKABLE QVariant optionBytes(const QJSValue &native, int code)
    {
        JsPacket *packet = packetOf(native);
        DhcpPacket *p = packet ? packet->packet() : nullptr;
        if (!p)
            return {};   // a TypeError or ReferenceError is pending
        if (!p->hasOption(quint8(code)))
            return QVariant::fromValue(nullptr);
        const QByteArray bytes = p->option(quint8(code));
        QVariantList list;
        list.reserve(bytes.size());
        for (const char byte : bytes)
            list << int(quint8(byte));
        return list;
    }

    /// packet.setOption(code, value, validate, force_selection) for a code of the table: true, or a TypeError.
    Q_INVOKABLE bool setOptionCode(const QJSValue &native, int code, const QJSValue &value, bool validate, bool forceSelection)
    {
        JsPacket *packet = packetOf(native);
        if (!packet)
            return false;
        const int request = code | (validate ? 0 : JsPacket::SetOptionNoValidation)
                            | (forceSelection ? JsPacket::SetOptionForceSelection : 0);
        if (value.isNumber())   // the encodings jsfastnatives.cpp picks, for the same results and errors
            return packet->setEncoded(request, value.toNumber());
        if (value.isString())
            return packet->setEncoded(request, value.toString());
        return packet->setOptionValue(request, value);
    }

private:
    JsPacket *packetOf(const QJSValue &native)
    {
        if (auto *packet = qobject_cast<JsPacket *>(native.toQObject()))
            return packet;
        m_engine->throwError(QJSValue::TypeError, QStringLiteral("not a packet"));
        return nullptr;
    }

    QJSEngine *m_engine;
};

} // namespace

QJSValue makeFastNatives(QJSEngine *engine)
{
    return engine->newQObject(new OptionNatives(engine));   // the engine's child: it lives as long as the engine
}

void knowPacket(JsContext *, int, const QJSValue &, JsPacket *)
{
    // Nothing to know: bootstrap.js's methods find every packet's native through its `_n`.
}

} // namespace qsd

#include "jsfastnatives_public.moc"
