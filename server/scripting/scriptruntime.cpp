#include "scriptruntime.h"

#include "jsboundary.h"
#include "jscallbacks.h"
#include "jsfastnatives.h"
#include "jshelpers.h"
#include "jslogger.h"
#include "jspacket.h"
#include "jsrecords.h"
#include "watchdog.h"

#include <QFile>
#include <QFileInfo>

namespace qsd {
namespace {

QString bootstrapSource()
{
    QFile file(QStringLiteral(":/qsd/scripting/bootstrap.js"));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

} // namespace

ScriptRuntime::ScriptRuntime() = default;

ScriptRuntime::~ScriptRuntime()
{
    // What refers to the engine goes before the engine. A QJSValue holds a slot in the engine's persistent storage,
    // released at once while the engine is there (after it, the value would rely on how Qt treats values that
    // outlive their engine): first this runtime's values, then the wrapper objects with theirs (the callbacks'
    // handlers, a packet's meta), which would otherwise go only after the engine, as its children. JsContext names
    // those objects and holds the glue. Last the engine, which frees with its heap the packet copies hooks kept.
    m_requestJs = m_replyJs = m_sourceJs = m_module = QJSValue();
    for (QJSValue &h : m_hooks)
        h = QJSValue();
    m_methodValues.clear();
    m_lastClient = nullptr;
    m_clients.clear();
    m_relay = KeptIp();
    m_context = JsContext();
    for (QObject *o : std::initializer_list<QObject *>{m_request, m_reply, m_source, m_callbacks, m_logger, m_helpers})
        delete o;
    m_engine.reset();
}

QJSValue ScriptRuntime::definitionObject(const Definition &d)
{
    return glue(Glue::MakeDefinition).call(definitionArguments(m_engine.get(), d));
}

QJSValue ScriptRuntime::statsObject(const StatsRecord &r)
{
    return glue(Glue::MakeStats).call(statsArguments(m_engine.get(), r));
}

namespace {
constexpr int kKeptObjects = 4096;   // clients whose values are kept
}

const QJSValue &ScriptRuntime::methodValue(const QString &method)
{
    qsizetype i = m_methods.indexOf(method);
    if (i < 0) {
        m_methods << method;
        m_methodValues << m_engine->toScriptValue(method);
        i = m_methods.size() - 1;
    }
    return m_methodValues[i];
}

ScriptRuntime::KeptClient &ScriptRuntime::client(const MAC &mac)
{
    if (m_lastClient && m_lastMac == mac)
        return *m_lastClient;
    auto it = m_clients.find(mac);
    if (it == m_clients.end()) {
        if (m_clients.size() >= kKeptObjects)
            m_clients.clear();
        it = m_clients.insert(mac, KeptClient{});
    }
    m_lastMac = mac;
    m_lastClient = &*it;
    return *it;
}

const QJSValue &ScriptRuntime::macValue(const MAC &mac)
{
    KeptClient &c = client(mac);
    if (!c.hasMac) {
        c.mac = glue(Glue::FrozenMac).call({QJSValue(mac.toString())});
        c.hasMac = true;
    }
    return c.mac;
}

const QJSValue &ScriptRuntime::definitionValue(const MAC &mac, const Definition &d)
{
    KeptClient &c = client(mac);
    if (!c.hasDefinition || !(c.definition == d)) {   // new, or changed: a new object
        c.definition = d;
        c.definitionValue = definitionObject(d);
        c.hasDefinition = true;
    }
    return c.definitionValue;
}

const QJSValue &ScriptRuntime::frozenIp(KeptIp &kept, IPv4 ip)
{
    if (!kept.made || kept.address != ip.toUInt32()) {
        kept.address = ip.toUInt32();
        kept.value = glue(Glue::FrozenIp).call({QJSValue(double(kept.address))});
        kept.made = true;
    }
    return kept.value;
}

const QJSValue &ScriptRuntime::clientIpValue(const MAC &mac, const std::optional<IPv4> &ip)
{
    static const QJSValue null(QJSValue::NullValue);
    return ip ? frozenIp(client(mac).clientIp, *ip) : null;
}

const QJSValue &ScriptRuntime::relayValue(const std::optional<IPv4> &ip)
{
    static const QJSValue null(QJSValue::NullValue);
    return ip ? frozenIp(m_relay, *ip) : null;
}

QJSValue ScriptRuntime::describeThrown(const QJSValue &thrown)
{
    return glue(Glue::DescribeThrown).call({thrown});
}

QString ScriptRuntime::describeError(const QJSValue &described, QString *stack)
{
    QString file = described.property(QStringLiteral("fileName")).toString();
    const QJSValue lineValue = described.property(QStringLiteral("lineNumber"));
    QString line = lineValue.isNumber() && !qIsNaN(lineValue.toNumber()) ? QString::number(lineValue.toInt()) : QStringLiteral("?");
    const QString frames = described.property(QStringLiteral("stack")).toString();
    if (stack)
        *stack = frames;
    // Raised inside bootstrap.js (the Packet class, Definition, …) on behalf of the hook: name the hook's line,
    // the first frame ("function@file:line") outside bootstrap.js.
    if (file.endsWith(QLatin1String("bootstrap.js"))) {
        for (const QString &frame : frames.split(u'\n')) {
            const QString where = frame.mid(frame.indexOf(u'@') + 1);
            const qsizetype colon = where.lastIndexOf(u':');
            if (colon <= 0 || where.left(colon).endsWith(QLatin1String("bootstrap.js")))
                continue;
            file = where.left(colon);
            line = where.mid(colon + 1);
            break;
        }
    }
    if (file.startsWith(QLatin1String("file://")))
        file = file.mid(7);
    const QString where = file.isEmpty() || file == QLatin1String("undefined") ? QStringLiteral("?") : file + u':' + line;
    const QJSValue text = described.property(QStringLiteral("text"));
    return where + QStringLiteral(": ") + (text.isString() ? text.toString() : described.toString());
}

bool ScriptRuntime::load(const QString &file, Watchdog *watchdog, int timeoutMs, QString *error)
{
    m_engine = std::make_unique<HookEngine>();
    m_engine->context = &m_context;
    m_engine->installExtensions(QJSEngine::ConsoleExtension);
    QJSEngine *e = m_engine.get();
    m_helpers = new JsHelpers(e, e);
    m_logger = new JsLogger(e);
    m_callbacks = new JsCallbacks(e, e);
    m_context.engine = e;
    m_context.helpers = m_helpers;

    const QJSValue factory = e->evaluate(bootstrapSource(), QStringLiteral("bootstrap.js"));
    QJSValue global = e->globalObject();
    global.setProperty(QStringLiteral("logger"), e->newQObject(m_logger));
    global.setProperty(QStringLiteral("callbacks"), e->newQObject(m_callbacks));
    // bootstrap.js answers with its glue in kGlue's order, or throws if its glue and kGlue differ.
    const QJSValue glue = factory.call({e->newQObject(m_helpers), global, describeBoundary(e), makeFastNatives(e)});
    if (glue.isError() || glue.property(QStringLiteral("length")).toInt() != int(Glue::Count)) {   // a bug of ours
        *error = QStringLiteral("the hook environment failed to start: ")
                 + (glue.isError() ? describeError(glue) : QStringLiteral("bootstrap.js answered no glue"));
        return false;
    }
    for (int i = 0; i < int(Glue::Count); ++i)
        m_context.glueValues[i] = glue.property(quint32(i));

    m_request = new JsPacket(&m_context, /*shared=*/true, e);
    m_reply = new JsPacket(&m_context, true, e);
    m_source = new JsPacket(&m_context, true, e);
    // The objects hooks reach are the server's, said explicitly (a parent implies it): the garbage collector never
    // frees them, and they ignore a hook's destroy() (JsExposed).
    for (QObject *o : std::initializer_list<QObject *>{m_helpers, m_logger, m_callbacks, m_request, m_reply, m_source})
        QJSEngine::setObjectOwnership(o, QJSEngine::CppOwnership);
    const QJSValue &wrap = this->glue(Glue::Packet);
    m_requestJs = wrap.call({e->newQObject(m_request)});
    m_replyJs = wrap.call({e->newQObject(m_reply)});
    m_sourceJs = wrap.call({e->newQObject(m_source)});
    knowPacket(&m_context, 0, m_requestJs, m_request);
    knowPacket(&m_context, 1, m_replyJs, m_reply);
    knowPacket(&m_context, 2, m_sourceJs, m_source);

    const QString path = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("%1: cannot read the hook file").arg(path);
        return false;
    }
    watchdog->arm(e, timeoutMs);
    m_module = e->importModule(path);
    // Qt 6.4 returns a compile error, but leaves what the module's code threw pending and returns its namespace.
    const bool threw = e->hasError();
    if (threw)
        m_module = e->catchError();
    const bool failed = threw || m_module.isError();
    // Described while armed: what the module threw may have getters and a toString() of its own.
    const QJSValue failure = failed && !e->isInterrupted() ? describeThrown(m_module) : QJSValue();
    const bool interrupted = watchdog->disarm();
    if (interrupted) {
        e->setInterrupted(false);
        *error = QStringLiteral("%1: module code ran longer than %2 ms and was interrupted").arg(path).arg(timeoutMs);
        return false;
    }
    if (failed) {
        *error = describeError(failure);
        return false;
    }
    for (const HookRow &row : kHooks) {
        if (!row.exported)
            continue;
        const QJSValue fn = m_module.property(QLatin1String(row.name));
        if (!fn.isUndefined() && !fn.isCallable()) {
            *error = QStringLiteral("%1: the export '%2' is not a function").arg(path, QLatin1String(row.name));
            return false;
        }
        m_hooks[size_t(row.hook)] = fn;
    }
    return true;
}

} // namespace qsd
