#include "hookrunner.h"

#include "jscallbacks.h"
#include "jsdirectcall.h"
#include "jspacket.h"
#include "jsvalues.h"
#include "watchdog.h"

#include <QFileInfo>
#include <QJSValueIterator>

namespace qsd {

Q_LOGGING_CATEGORY(lcHooks, "hooks")

namespace {

/// What a web callback returned, as bytes: a list of bytes, or text. Read under the watchdog (readResult); a body
/// larger than MaximumWebBody is an error rather than a copy of whatever the hook built.
QByteArray webBody(const QJSValue &body, QString *error)
{
    constexpr int MaximumWebBody = 1024 * 1024;
    if (body.isNull() || body.isUndefined())
        return {};
    if (jsvalues::lengthOf(body) > MaximumWebBody) {
        *error = QStringLiteral("the callback returned more than %1 bytes").arg(MaximumWebBody);
        return {};
    }
    if (const auto bytes = jsvalues::toBytes(body))
        return *bytes;
    QByteArray text = body.toString().toUtf8();
    if (text.size() > MaximumWebBody) {
        *error = QStringLiteral("the callback returned more than %1 bytes").arg(MaximumWebBody);
        return {};
    }
    return text;
}

} // namespace

HookRunner::HookRunner(int timeoutMs) : m_timeoutMs(timeoutMs > 0 ? timeoutMs : 1000), m_watchdog(std::make_unique<Watchdog>())
{
    for (const HookRow &row : kHooks) {
        HookStats s;
        s.name = QLatin1String(row.name);
        m_stats << s;
    }
}

HookRunner::~HookRunner()
{
    m_runtime.reset();   // before the watchdog
}

bool HookRunner::load(const QString &file, QString *error)
{
    auto runtime = std::make_unique<ScriptRuntime>();
    if (!runtime->load(file, m_watchdog.get(), m_timeoutMs, error))
        return false;
    m_runtime = std::move(runtime);
    m_file = QFileInfo(file).absoluteFilePath();
    QStringList present;
    for (const HookRow &row : kHooks) {
        if (m_runtime->has(row.hook))
            present << QLatin1String(row.name);
    }
    qCInfo(lcHooks).noquote() << QStringLiteral("hooks loaded from %1: %2 (called through %3)")
                                     .arg(m_file, present.isEmpty() ? QStringLiteral("none") : present.join(QStringLiteral(", ")),
                                          QLatin1String(hookCallPath()));
    return true;
}

bool HookRunner::init(QString *error)
{
    if (!has(Hook::Init))
        return true;
    QJSValue result;
    return invoke(Hook::Init, m_runtime->glue(Glue::CallPlain), {m_runtime->hook(Hook::Init)}, &result, error);
}

bool HookRunner::reload(QString *error)
{
    if (m_runtime)
        runHandlers(m_runtime->callbacks()->reinitHandlers(), Hook::ReinitHandlers, {});
    auto previous = std::move(m_runtime);
    if (!load(m_file, error) || !init(error)) {
        m_runtime = std::move(previous);
        qCCritical(lcHooks).noquote() << QStringLiteral("reloading %1 failed; the previous hooks stay active: %2").arg(m_file, *error);
        return false;
    }
    return true;
}

bool HookRunner::hasStatsHandlers() const
{
    return m_runtime && !m_runtime->callbacks()->statsHandlers().isEmpty();
}

bool HookRunner::hasTickHandlers() const
{
    return m_runtime && !m_runtime->callbacks()->tickHandlers().isEmpty();
}

bool HookRunner::invoke(Hook stat, const QJSValue &fn, const QJSValueList &args, QJSValue *result, QString *error, bool count)
{
    return run(stat, [&] {
        JsCallOutcome out{fn.call(args)};
        out.threw = out.value.isError();   // fn is a trampoline: it turns a throw into a returned Error
        if (out.threw && !m_runtime->engine()->isInterrupted())
            out.value = m_runtime->describeThrown(out.value);   // while armed: its toString() is the hook's
        return out;
    }, result, error, count);
}

bool HookRunner::invokeDirect(Hook stat, const QJSValue &fn, std::initializer_list<JsArgument> args, QJSValue *result,
                              QString *error)
{
    return run(stat, [&] {
        JsCallOutcome out = callDirect(m_runtime->context(), fn, args);
        // Described while the watchdog is armed: describing a thrown object runs its getters and toString().
        if (out.threw && !m_runtime->engine()->isInterrupted())
            out.value = m_runtime->describeThrown(out.value);
        return out;
    }, result, error, true);
}

template<class Read>
bool HookRunner::readResult(Hook stat, Read &&read, QString *error)
{
    QJSValue ignored;
    return run(stat, [&] {
        read();
        // Some readers (QJSValueIterator) leave what the hook's code threw pending in the engine, where the next
        // call would meet it: what was read stands, the exception goes.
        if (m_runtime->engine()->hasError())
            m_runtime->engine()->catchError();
        return JsCallOutcome{};
    }, &ignored, error, /*count=*/false);
}

template<class Call>
bool HookRunner::run(Hook stat, Call &&call, QJSValue *result, QString *error, bool count)
{
    QJSEngine *engine = m_runtime->engine();
    HookStats &s = m_stats[int(stat)];
    const auto start = std::chrono::steady_clock::now();   // the deadline's clock, read once for both
    m_watchdog->arm(engine, start + std::chrono::milliseconds(m_timeoutMs));
    JsCallOutcome outcome = call();
    const bool fired = m_watchdog->disarm();
    const qint64 elapsed = std::chrono::nanoseconds(std::chrono::steady_clock::now() - start).count();
    if (count)
        ++s.calls;
    s.totalNs += elapsed;
    s.worstNs = std::max(s.worstNs, elapsed);
    QString stack;
    if (fired || engine->isInterrupted()) {
        engine->setInterrupted(false);
        ++s.errors;
        ++s.timeouts;
        *error = QStringLiteral("%1 ran longer than %2 ms (timeout_ms) and was interrupted").arg(s.name).arg(m_timeoutMs);
    } else if (outcome.threw) {
        ++s.errors;
        *error = ScriptRuntime::describeError(outcome.value, &stack);
    } else {
        *result = std::move(outcome.value);
        return true;
    }
    *result = QJSValue();
    s.lastError = *error;
    qCCritical(lcHooks).noquote() << QStringLiteral("%1 failed: %2%3").arg(s.name, *error,
                                                                          stack.isEmpty() ? QString() : QStringLiteral("\n") + stack);
    return false;
}

void HookRunner::beginExchange()
{
    if (m_runtime)
        m_runtime->context().beginExchange();
}

void HookRunner::endExchange()
{
    if (!m_runtime)
        return;
    m_runtime->request()->unbind();
    m_runtime->reply()->unbind();
    m_runtime->source()->unbind();
}

SuspendedHookState HookRunner::suspendExchange()
{
    if (!m_runtime)
        return {};
    SuspendedHookState state{m_runtime->context().meta, m_runtime->context().overrides};
    endExchange();
    m_runtime->context().beginExchange();
    return state;
}

void HookRunner::resumeExchange(SuspendedHookState state)
{
    if (!m_runtime)
        return;
    m_runtime->context().meta = std::move(state.meta);
    m_runtime->context().overrides = state.overrides;
}

ResponseOverrides HookRunner::responseOverrides() const
{
    return m_runtime ? m_runtime->context().overrides : ResponseOverrides{};
}

// The per-packet hooks are called directly (jsdirectcall.h) with the shared values ScriptRuntime keeps.

FilterVerdict HookRunner::filterPacket(DhcpPacket &packet, const HookArguments &a, QString *error)
{
    ScriptRuntime &r = *m_runtime;
    r.request()->bind(&packet);
    QJSValue result;
    if (!invokeDirect(Hook::FilterPacket, r.hook(Hook::FilterPacket),
                      {r.requestJs(), r.methodValue(a.method), r.macValue(a.mac), r.clientIpValue(a.mac, a.clientIp),
                       r.relayValue(a.relayIp), int(a.port)},
                      &result, error))
        return FilterVerdict::Failed;
    if (result.isNull() || result.isUndefined())
        return FilterVerdict::Ignore;
    return result.toBool() ? FilterVerdict::Accept : FilterVerdict::Reject;
}

HookResult<QList<Definition>> HookRunner::handleUnknownMAC(DhcpPacket &packet, const HookArguments &a)
{
    HookResult<QList<Definition>> out;
    ScriptRuntime &r = *m_runtime;
    r.request()->bind(&packet);
    QJSValue result;
    out.ok = invokeDirect(Hook::HandleUnknownMAC, r.hook(Hook::HandleUnknownMAC),
                          {r.requestJs(), r.methodValue(a.method), r.macValue(a.mac), r.clientIpValue(a.mac, a.clientIp),
                           r.relayValue(a.relayIp), int(a.port)},
                          &result, &out.error)
          && invoke(Hook::HandleUnknownMAC, r.glue(Glue::ToDefinitions), {result}, &result, &out.error, /*count=*/false);
    if (!out.ok || result.isNull())
        return out;
    bool valid = true;
    out.ok = readResult(Hook::HandleUnknownMAC, [&] {
        const int length = result.property(QStringLiteral("length")).toInt();
        for (int i = 0; i < length && valid; ++i) {
            const auto d = definitionFromJs(result.property(quint32(i)), &out.error);
            valid = d.has_value();
            if (d)
                out.value << *d;
        }
    }, &out.error);
    if (out.ok && !valid) {
        out.ok = false;
        qCCritical(lcHooks).noquote() << "handleUnknownMAC returned a bad definition:" << out.error;
    }
    return out;
}

HookResult<std::optional<Definition>> HookRunner::filterRetrievedDefinitions(const QList<Definition> &definitions,
                                                                             DhcpPacket &packet, const HookArguments &a)
{
    HookResult<std::optional<Definition>> out;
    ScriptRuntime &r = *m_runtime;
    r.request()->bind(&packet);
    QJSValue list = r.engine()->newArray(uint(definitions.size()));
    for (int i = 0; i < definitions.size(); ++i)
        list.setProperty(quint32(i), r.definitionObject(definitions[i]));
    QJSValue result;
    out.ok = invokeDirect(Hook::FilterRetrievedDefinitions, r.hook(Hook::FilterRetrievedDefinitions),
                          {list, r.requestJs(), r.methodValue(a.method), r.macValue(a.mac), r.clientIpValue(a.mac, a.clientIp),
                           r.relayValue(a.relayIp), int(a.port)},
                          &result, &out.error)
          && invoke(Hook::FilterRetrievedDefinitions, r.glue(Glue::ToDefinition), {result}, &result, &out.error, /*count=*/false);
    if (!out.ok || result.isNull())
        return out;
    out.ok = readResult(Hook::FilterRetrievedDefinitions, [&] { out.value = definitionFromJs(result, &out.error); }, &out.error);
    if (out.ok && !out.value) {
        out.ok = false;
        qCCritical(lcHooks).noquote() << "filterRetrievedDefinitions returned a bad definition:" << out.error;
    }
    return out;
}

HookResult<bool> HookRunner::loadDHCPPacket(DhcpPacket &reply, const HookArguments &a, const Definition &definition,
                                            const QByteArray &sourceWire)
{
    HookResult<bool> out;
    ScriptRuntime &r = *m_runtime;
    r.reply()->bind(&reply);
    r.source()->bindLazily(sourceWire);
    QJSValue result;
    out.ok = invokeDirect(Hook::LoadDHCPPacket, r.hook(Hook::LoadDHCPPacket),
                          {r.replyJs(), r.methodValue(a.method), r.macValue(a.mac), r.definitionValue(a.mac, definition),
                           r.relayValue(a.relayIp), int(a.port), r.sourceJs()},
                          &result, &out.error);
    out.value = out.ok && result.toBool();
    return out;
}

void HookRunner::runHandlers(const QList<QJSValue> &handlers, Hook stat, const QJSValueList &args)
{
    const QList<QJSValue> copy = handlers;   // a handler may (un)register handlers
    for (const QJSValue &h : copy) {
        QJSValue result;
        QString error;
        invoke(stat, m_runtime->glue(Glue::CallPlain), QJSValueList{h} + args, &result, &error);
    }
}

void HookRunner::tick()
{
    if (m_runtime)
        runHandlers(m_runtime->callbacks()->tickHandlers(), Hook::TickHandlers, {});
}

void HookRunner::emitStatistics(const StatsRecord &r)
{
    if (!hasStatsHandlers())
        return;
    const QJSValue record = m_runtime->statsObject(r);
    runHandlers(m_runtime->callbacks()->statsHandlers(), Hook::StatsHandlers, {record});
}

const WebRegistry *HookRunner::web() const
{
    return m_runtime ? &m_runtime->callbacks()->web() : nullptr;
}

QJSValue HookRunner::callWeb(const QJSValue &fn, const QString &path, const QMap<QString, QStringList> &queryArgs,
                             const QByteArray &data, const QString &mimetype, QString *error)
{
    QJSEngine *e = m_runtime->engine();
    QJSValue query = e->newObject();
    for (auto it = queryArgs.cbegin(); it != queryArgs.cend(); ++it)
        query.setProperty(it.key(), e->toScriptValue(it.value()));
    QJSValue result;
    const QJSValue jsData = data.isNull() ? QJSValue(QJSValue::NullValue) : QJSValue(QString::fromUtf8(data));
    const QJSValue jsType = mimetype.isEmpty() ? QJSValue(QJSValue::NullValue) : QJSValue(mimetype);
    if (!invoke(Hook::WebCallbacks, m_runtime->glue(Glue::CallPlain), {fn, QJSValue(path), query, jsType, jsData, e->newObject()}, &result, error))
        return QJSValue(QJSValue::UndefinedValue);
    return result;
}

QList<WebOutput> HookRunner::renderDashboard()
{
    QList<WebOutput> out;
    if (!m_runtime)
        return out;
    const QList<WebPanel> panels = m_runtime->callbacks()->web().panels();
    for (const WebPanel &p : panels) {
        WebOutput o;
        o.module = p.module;
        o.name = p.name;
        o.mimetype = QStringLiteral("application/xhtml+xml");
        const QJSValue result = callWeb(p.callback, QStringLiteral("/"), {}, {}, {}, &o.error);
        o.ok = o.error.isEmpty();
        if (o.ok && (result.isNull() || result.isUndefined()))
            continue;   // "None to suppress inclusion"
        if (o.ok)
            o.ok = readResult(Hook::WebCallbacks, [&] { o.data = webBody(result, &o.error); }, &o.error) && o.error.isEmpty();
        out << o;
    }
    return out;
}

WebOutput HookRunner::invokeWebMethod(const QString &path, const QMap<QString, QStringList> &queryArgs,
                                      const QByteArray &data, const QString &mimetype)
{
    WebOutput o;
    const WebRegistry *registry = web();
    if (!registry || !registry->methods().contains(path)) {
        o.ok = false;
        o.error = QStringLiteral("no method at %1").arg(path);
        return o;
    }
    const WebMethod m = registry->methods().value(path);
    o.module = m.module;
    o.name = m.name;
    const QJSValue result = callWeb(m.callback, path, queryArgs, data, mimetype, &o.error);
    o.ok = o.error.isEmpty();
    if (!o.ok)
        return o;
    o.mimetype = m.displayMode == WebDisplayMode::Raw ? QStringLiteral("text/plain") : QStringLiteral("application/xhtml+xml");
    o.ok = readResult(Hook::WebCallbacks, [&] {
        QJSValue body = result;
        if (result.isArray()) {   // (mimetype, data[, headers])
            o.mimetype = result.property(0).toString().left(255);
            body = result.property(1);
        }
        o.data = webBody(body, &o.error);
    }, &o.error) && o.error.isEmpty();
    return o;
}

QList<HookStats> HookRunner::statistics() const
{
    return m_stats;
}

} // namespace qsd
