#include "hookproviders.h"

#include "scripting/hookrunner.h"
#include "scripting/webregistry.h"
#include "service/dhcpservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

namespace qsd {
namespace {

Q_LOGGING_CATEGORY(lcHooksApi, "management.hooks")

QVariantMap failure(const QString &error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

const QVariantMap kOk{{QStringLiteral("ok"), true}, {QStringLiteral("error"), QString()}};

QString displayModeName(WebDisplayMode mode)
{
    switch (mode) {
    case WebDisplayMode::Dashboard: return QStringLiteral("dashboard");
    case WebDisplayMode::Template: return QStringLiteral("template");
    case WebDisplayMode::Raw: break;
    }
    return QStringLiteral("raw");
}

} // namespace

QString HookProviders::hookFile() const
{
    return m_service->config().hooksFile;
}

QVariantList HookProviders::panels()
{
    QVariantList out;
    HookRunner *hooks = m_service->hooks();
    if (!hooks)
        return out;
    for (const WebOutput &panel : hooks->renderDashboard()) {
        out << QVariantMap{{QStringLiteral("module"), panel.module}, {QStringLiteral("name"), panel.name},
                           {QStringLiteral("html"), panel.ok ? QString::fromUtf8(panel.data) : QString()},
                           {QStringLiteral("error"), panel.error}};
    }
    return out;
}

QVariantList HookProviders::actions()
{
    QVariantList out;
    HookRunner *hooks = m_service->hooks();
    if (!hooks || !hooks->web())
        return out;
    for (const WebMethod &m : hooks->web()->methods()) {
        out << QVariantMap{{QStringLiteral("path"), m.path}, {QStringLiteral("module"), m.module},
                           {QStringLiteral("name"), m.name}, {QStringLiteral("confirm"), m.confirm},
                           {QStringLiteral("hidden"), m.hidden}, {QStringLiteral("display_mode"), displayModeName(m.displayMode)}};
    }
    return out;
}

QVariantMap HookProviders::invoke(const QString &path, const QVariantMap &query, const QString &who)
{
    HookRunner *hooks = m_service->hooks();
    if (!hooks)
        return failure(QStringLiteral("hooks are not configured ([hooks] file)"));
    QMap<QString, QStringList> args;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        args.insert(it.key(), it.value().typeId() == QMetaType::QStringList ? it.value().toStringList() : QStringList{it.value().toString()});
    qCInfo(lcHooksApi).noquote() << who << "runs" << path;
    const WebOutput out = hooks->invokeWebMethod(path, args);
    if (!out.ok)
        return failure(out.error);
    QVariantMap result = kOk;
    result.insert(QStringLiteral("result"), QVariantMap{{QStringLiteral("mimetype"), out.mimetype},
                                                        {QStringLiteral("data"), QString::fromUtf8(out.data)}});
    return result;
}

QVariantMap HookProviders::source()
{
    const QString file = hookFile();
    if (file.isEmpty())
        return failure(QStringLiteral("hooks are not configured ([hooks] file)"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("%1: %2").arg(file, f.errorString()));
    QVariantMap out = kOk;
    out.insert(QStringLiteral("path"), file);
    out.insert(QStringLiteral("source"), QString::fromUtf8(f.readAll()));
    return out;
}

QVariantMap HookProviders::setSource(const QString &source, const QString &who)
{
    const QString file = hookFile();
    if (file.isEmpty())
        return failure(QStringLiteral("hooks are not configured ([hooks] file)"));
    QSaveFile f(file);   // all or nothing: a crash mid-write leaves the old file
    if (!f.open(QIODevice::WriteOnly) || f.write(source.toUtf8()) < 0 || !f.commit())
        return failure(QStringLiteral("%1: %2").arg(file, f.errorString()));
    qCInfo(lcHooksApi).noquote() << who << "saved" << file;
    return kOk;
}

QVariantMap HookProviders::validate(const QString &source)
{
    const QString file = hookFile();
    if (file.isEmpty())
        return failure(QStringLiteral("hooks are not configured ([hooks] file)"));
    QTemporaryFile copy(QFileInfo(file).absolutePath() + QStringLiteral("/.qsd-validate-XXXXXX.mjs"));
    if (!copy.open() || copy.write(source.toUtf8()) < 0 || !copy.flush())
        return failure(QStringLiteral("cannot write a copy beside %1 to check it: %2").arg(file, copy.errorString()));
    HookRunner scratch(m_service->config().hooksTimeoutMs);
    QString error;
    if (scratch.load(copy.fileName(), &error)) {
        QVariantMap out = kOk;
        out.insert(QStringLiteral("problems"), QVariantList());
        return out;
    }
    error.replace(copy.fileName(), QFileInfo(file).fileName());   // speak of the file being edited
    QVariantList problems;
    const auto m = QRegularExpression(QStringLiteral(":(\\d+):\\s*(.*)$")).match(error.section(u'\n', 0, 0));
    problems << QVariantMap{{QStringLiteral("line"), m.hasMatch() ? m.captured(1).toInt() : 0},
                            {QStringLiteral("message"), m.hasMatch() ? m.captured(2) : error}};
    QVariantMap out = failure(error);
    out.insert(QStringLiteral("problems"), problems);
    return out;
}

QVariantMap HookProviders::reload(const QString &who)
{
    HookRunner *hooks = m_service->hooks();
    if (!hooks)
        return failure(QStringLiteral("hooks are not configured ([hooks] file)"));
    QString error;
    if (!hooks->reload(&error)) {
        m_lastError = error;
        qCWarning(lcHooksApi).noquote() << who << "reloaded the hooks; the old ones stay active:" << error;
        return failure(error);
    }
    m_lastError.clear();
    qCInfo(lcHooksApi).noquote() << who << "reloaded" << hooks->file();
    return kOk;
}

QVariantMap HookProviders::status()
{
    HookRunner *hooks = m_service->hooks();
    if (!hooks)
        return {{QStringLiteral("status"), QStringLiteral("none")}, {QStringLiteral("lastError"), QString()}};
    QString lastError = m_lastError;
    QVariantList stats;
    for (const HookStats &s : hooks->statistics()) {
        stats << QVariantMap{{QStringLiteral("name"), s.name}, {QStringLiteral("calls"), s.calls},
                             {QStringLiteral("errors"), s.errors}, {QStringLiteral("timeouts"), s.timeouts},
                             {QStringLiteral("averageMs"), s.calls ? double(s.totalNs) / s.calls / 1e6 : 0.0},
                             {QStringLiteral("worstMs"), double(s.worstNs) / 1e6}, {QStringLiteral("lastError"), s.lastError}};
        if (lastError.isEmpty() && !s.lastError.isEmpty())
            lastError = s.lastError;
    }
    return {{QStringLiteral("status"), m_lastError.isEmpty() ? QStringLiteral("loaded") : QStringLiteral("reload failed")},
            {QStringLiteral("file"), hooks->file()}, {QStringLiteral("lastError"), lastError}, {QStringLiteral("hooks"), stats}};
}

} // namespace qsd
