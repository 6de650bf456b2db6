#include "jsboundary.h"

#include "headerfields.h"
#include "jsglue.h"
#include "jshelpers.h"
#include "jspacket.h"
#include "jsrecords.h"
#include "protocol/optiontable.h"

#include <QJSEngine>
#include <QMetaMethod>
#include <QMetaProperty>

namespace qsd {
namespace {

QJSValue optionCodes(QJSEngine *e)
{
    QJSValue codes = e->newObject();
    for (const OptionDef *def = OptionTable::begin(); def != OptionTable::end(); ++def) {
        if (!def->name.empty())
            codes.setProperty(def->displayName(), int(def->code));
    }
    return codes;
}

QJSValue list(QJSEngine *e, const QStringList &names)
{
    QJSValue out = e->newArray(uint(names.size()));
    for (int i = 0; i < names.size(); ++i)
        out.setProperty(quint32(i), names[i]);
    return out;
}

/// The names of the Q_INVOKABLE methods `meta` declares itself (not its base classes' slots, such as deleteLater),
/// once each (a method with default arguments is several), those without parameters only if `withoutArguments`.
QStringList invokables(const QMetaObject &meta, bool withoutArguments)
{
    QStringList names;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
        const QMetaMethod m = meta.method(i);
        const QString name = QString::fromLatin1(m.name());
        if (m.methodType() == QMetaMethod::Method && (!withoutArguments || m.parameterCount() == 0) && !names.contains(name))
            names << name;
    }
    return names;
}

QStringList properties(const QMetaObject &meta)
{
    QStringList names;
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
        names << QString::fromLatin1(meta.property(i).name());
    return names;
}

} // namespace

QJSValue describeBoundary(QJSEngine *e)
{
    QStringList headerFields, glue;
    for (const HeaderField &f : kHeaderFields)
        headerFields << QLatin1String(f.name);
    for (const GlueRow &g : kGlue)
        glue << QLatin1String(g.name);
    QJSValue constants = e->newObject();
    constants.setProperty(QStringLiteral("FLAGBIT_BROADCAST"), int(DhcpPacket::BroadcastFlag));

    QJSValue boundary = e->newObject();
    boundary.setProperty(QStringLiteral("optionCodes"), optionCodes(e));
    boundary.setProperty(QStringLiteral("headerFields"), list(e, headerFields));
    boundary.setProperty(QStringLiteral("definitionFields"), describeDefinitionFields(e));
    boundary.setProperty(QStringLiteral("statsFields"), describeStatsFields(e));
    boundary.setProperty(QStringLiteral("packetProperties"), list(e, properties(JsPacket::staticMetaObject)));
    boundary.setProperty(QStringLiteral("packetMethods"), list(e, invokables(JsPacket::staticMetaObject, true)));
    boundary.setProperty(QStringLiteral("helpers"), list(e, invokables(JsHelpers::staticMetaObject, false)));
    boundary.setProperty(QStringLiteral("constants"), constants);
    boundary.setProperty(QStringLiteral("glue"), list(e, glue));
    return boundary;
}

} // namespace qsd
