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

using jsvalues::optionalIp;

std::optional<QList<IPv4>> ipList(const QJSValue &v)
{
    QList<IPv4> out;
    if (v.isNull() || v.isUndefined())
        return out;
    const int length = v.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i) {
        const auto ip = ipFromJs(v.property(quint32(i)));
        if (!ip)
            return std::nullopt;
        out << *ip;
    }
    return out;
}

QString textOrEmpty(const QJSValue &v)
{
    return v.isNull() || v.isUndefined() ? QString() : v.toString();
}

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

std::optional<Definition> definitionFromJs(const QJSValue &v, QString *error)
{
    Definition d;
    const auto ip = ipFromJs(v.property(QStringLiteral("ip")));
    const QJSValue lease = v.property(QStringLiteral("lease_time"));
    const auto gateways = ipList(v.property(QStringLiteral("gateways")));
    const auto dns = ipList(v.property(QStringLiteral("domain_name_servers")));
    const auto ntp = ipList(v.property(QStringLiteral("ntp_servers")));
    const QJSValue mask = v.property(QStringLiteral("subnet_mask"));
    const QJSValue broadcast = v.property(QStringLiteral("broadcast_address"));
    const auto optionalAddress = [](const QJSValue &a, std::optional<IPv4> *out) {
        if (a.isNull() || a.isUndefined())
            return true;
        *out = ipFromJs(a);
        return out->has_value();
    };
    QString bad;
    if (!ip || ip->isUnspecified()) bad = QStringLiteral("ip");
    else if (!lease.isNumber() || lease.toNumber() < 0 || lease.toNumber() > 4294967295.0) bad = QStringLiteral("lease_time");
    else if (!gateways) bad = QStringLiteral("gateways");
    else if (!dns) bad = QStringLiteral("domain_name_servers");
    else if (!ntp) bad = QStringLiteral("ntp_servers");
    else if (!optionalAddress(mask, &d.subnet_mask)) bad = QStringLiteral("subnet_mask");
    else if (!optionalAddress(broadcast, &d.broadcast_address)) bad = QStringLiteral("broadcast_address");
    if (!bad.isEmpty()) {
        *error = QStringLiteral("the definition's %1 is not valid: %2").arg(bad, v.property(bad).toString());
        return std::nullopt;
    }
    d.ip = *ip;
    d.lease_time = quint32(lease.toNumber());
    d.subnet = textOrEmpty(v.property(QStringLiteral("subnet")));
    d.serial = v.property(QStringLiteral("serial")).toInt();
    d.hostname = textOrEmpty(v.property(QStringLiteral("hostname")));
    d.domain_name = textOrEmpty(v.property(QStringLiteral("domain_name")));
    d.gateways = *gateways;
    d.domain_name_servers = dns->mid(0, Definition::MaxServers);
    d.ntp_servers = ntp->mid(0, Definition::MaxServers);
    const QJSValue extra = v.property(QStringLiteral("extra"));
    if (extra.isObject()) {
        const auto data = jsvalues::toData(extra);
        if (!data) {
            *error = QStringLiteral("the definition's extra is not data (nested deeper than %1, or a list longer than %2)")
                         .arg(jsvalues::MaximumDataNesting).arg(DhcpPacket::MaximumOptionLength);
            return std::nullopt;
        }
        d.extra = data->toMap();
    }
    return d;
}

HookRunner::HookRunner(int timeoutMs) : m_timeoutMs(timeoutMs > 0 ? timeoutMs : 1000), m_watchdog(std::make_unique<Watchdog>())
{
    static const char *const names[] = {"init", "filterPacket", "handleUnknownMAC", "filterRetrievedDefinitions",
                                        "loadDHCPPacket", "tick handlers", "stats handlers", "reinit handlers",
                                        "web callbacks"};
    static_assert(std::size(names) == StatCount, "a name per statistic");
    for (const char *name : names)
    {
        HookStats s;
        s.name = QLatin1String(name);
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
    for (int i = 0; i < int(Hook::Count); ++i) {
        if (m_runtime->has(Hook(i)))
            present << hookName(Hook(i));
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
    return invoke(StatInit, m_runtime->callPlain, {m_runtime->hook(Hook::Init)}, &result, error);
}

bool HookRunner::reload(QString *error)
{
    if (m_runtime)
        runHandlers(m_runtime->callbacks()->reinitHandlers(), StatReinit, {});
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

bool HookRunner::invoke(int stat, const QJSValue &fn, const QJSValueList &args, QJSValue *result, QString *error, bool count)
{
    return run(stat, [&] {
        JsCallOutcome out{fn.call(args)};
        out.threw = out.value.isError();   // fn is a trampoline: it turns a throw into a returned Error
        if (out.threw && !m_runtime->engine()->isInterrupted())
            out.value = m_runtime->describeThrown(out.value);   // while armed: its toString() is the hook's
        return out;
    }, result, error, count);
}

bool HookRunner::invokeDirect(int stat, const QJSValue &fn, std::initializer_list<JsArgument> args, QJSValue *result,
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
bool HookRunner::readResult(int stat, Read &&read, QString *error)
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
bool HookRunner::run(int stat, Call &&call, QJSValue *result, QString *error, bool count)
{
    QJSEngine *engine = m_runtime->engine();
    HookStats &s = m_stats[stat];
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
    if (!invokeDirect(StatFilterPacket, r.hook(Hook::FilterPacket),
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
    out.ok = invokeDirect(StatHandleUnknownMAC, r.hook(Hook::HandleUnknownMAC),
                          {r.requestJs(), r.methodValue(a.method), r.macValue(a.mac), r.clientIpValue(a.mac, a.clientIp),
                           r.relayValue(a.relayIp), int(a.port)},
                          &result, &out.error)
          && invoke(StatHandleUnknownMAC, r.toDefinitions, {result}, &result, &out.error, /*count=*/false);
    if (!out.ok || result.isNull())
        return out;
    bool valid = true;
    out.ok = readResult(StatHandleUnknownMAC, [&] {
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
        list.setProperty(quint32(i), r.makeDefinition.call(r.definitionArguments(definitions[i])));
    QJSValue result;
    out.ok = invokeDirect(StatFilterRetrieved, r.hook(Hook::FilterRetrievedDefinitions),
                          {list, r.requestJs(), r.methodValue(a.method), r.macValue(a.mac), r.clientIpValue(a.mac, a.clientIp),
                           r.relayValue(a.relayIp), int(a.port)},
                          &result, &out.error)
          && invoke(StatFilterRetrieved, r.toDefinition, {result}, &result, &out.error, /*count=*/false);
    if (!out.ok || result.isNull())
        return out;
    out.ok = readResult(StatFilterRetrieved, [&] { out.value = definitionFromJs(result, &out.error); }, &out.error);
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
    out.ok = invokeDirect(StatLoadDHCPPacket, r.hook(Hook::LoadDHCPPacket),
                          {r.replyJs(), r.methodValue(a.method), r.macValue(a.mac), r.definitionValue(a.mac, definition),
                           r.relayValue(a.relayIp), int(a.port), r.sourceJs()},
                          &result, &out.error);
    out.value = out.ok && result.toBool();
    return out;
}

void HookRunner::runHandlers(const QList<QJSValue> &handlers, int stat, const QJSValueList &args)
{
    const QList<QJSValue> copy = handlers;   // a handler may (un)register handlers
    for (const QJSValue &h : copy) {
        QJSValue result;
        QString error;
        invoke(stat, m_runtime->callPlain, QJSValueList{h} + args, &result, &error);
    }
}

void HookRunner::tick()
{
    if (m_runtime)
        runHandlers(m_runtime->callbacks()->tickHandlers(), StatTick, {});
}

void HookRunner::emitStatistics(const StatsRecord &r)
{
    if (!hasStatsHandlers())
        return;
    const QJSValue record = m_runtime->makeStats.call(
        {QJSValue(optionalIp(r.sourceAddress)), QJSValue(r.mac ? r.mac->toString() : QString()), QJSValue(optionalIp(r.ip)),
         QJSValue(r.subnet), QJSValue(r.serial), QJSValue(r.method), QJSValue(r.processingTime), QJSValue(r.processed),
         QJSValue(int(r.port))});
    runHandlers(m_runtime->callbacks()->statsHandlers(), StatStats, {record});
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
    if (!invoke(StatWeb, m_runtime->callPlain, {fn, QJSValue(path), query, jsType, jsData, e->newObject()}, &result, error))
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
            o.ok = readResult(StatWeb, [&] { o.data = webBody(result, &o.error); }, &o.error) && o.error.isEmpty();
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
    o.ok = readResult(StatWeb, [&] {
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
