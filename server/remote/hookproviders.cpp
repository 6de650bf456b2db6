#include "hookproviders.h"

#include "managementvalues.h"
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

using management::accepted;
using management::refused;

const QString NotConfigured = QStringLiteral("hooks are not configured ([hooks] file)");

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

QList<ExtensionPanel> HookProviders::panels()
{
    QList<ExtensionPanel> out;
    HookRunner *hooks = m_service->hooks();
    if (!hooks)
        return out;
    for (const WebOutput &panel : hooks->renderDashboard())
        out << ExtensionPanel(panel.module, panel.name, panel.ok ? QString::fromUtf8(panel.data) : QString(), panel.error);
    return out;
}

QList<ExtensionAction> HookProviders::actions()
{
    QList<ExtensionAction> out;
    HookRunner *hooks = m_service->hooks();
    if (!hooks || !hooks->web())
        return out;
    for (const WebMethod &m : hooks->web()->methods())
        out << ExtensionAction(m.path, m.module, m.name, m.confirm, m.hidden, displayModeName(m.displayMode));
    return out;
}

ActionResult HookProviders::invoke(const QString &path, const QVariantMap &query, const QString &who)
{
    HookRunner *hooks = m_service->hooks();
    if (!hooks)
        return refused<ActionResult>(NotConfigured);
    QMap<QString, QStringList> args;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        args.insert(it.key(), it.value().typeId() == QMetaType::QStringList ? it.value().toStringList() : QStringList{it.value().toString()});
    qCInfo(lcHooksApi).noquote() << who << "runs" << path;
    const WebOutput out = hooks->invokeWebMethod(path, args);
    if (!out.ok)
        return refused<ActionResult>(out.error);
    ActionResult result = accepted<ActionResult>();
    result.setMimetype(out.mimetype);
    result.setData(QString::fromUtf8(out.data));
    return result;
}

HookSourceAnswer HookProviders::source()
{
    const QString file = hookFile();
    if (file.isEmpty())
        return refused<HookSourceAnswer>(NotConfigured);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return refused<HookSourceAnswer>(QStringLiteral("%1: %2").arg(file, f.errorString()));
    HookSourceAnswer out = accepted<HookSourceAnswer>();
    out.setPath(file);
    out.setSource(QString::fromUtf8(f.readAll()));
    return out;
}

Answer HookProviders::setSource(const QString &source, const QString &who)
{
    const QString file = hookFile();
    if (file.isEmpty())
        return refused<Answer>(NotConfigured);
    QSaveFile f(file);   // all or nothing: a crash mid-write leaves the old file
    if (!f.open(QIODevice::WriteOnly) || f.write(source.toUtf8()) < 0 || !f.commit())
        return refused<Answer>(QStringLiteral("%1: %2").arg(file, f.errorString()));
    qCInfo(lcHooksApi).noquote() << who << "saved" << file;
    return accepted<Answer>();
}

HookValidationAnswer HookProviders::validate(const QString &source)
{
    const QString file = hookFile();
    if (file.isEmpty())
        return refused<HookValidationAnswer>(NotConfigured);
    QTemporaryFile copy(QFileInfo(file).absolutePath() + QStringLiteral("/.qsd-validate-XXXXXX.mjs"));
    if (!copy.open() || copy.write(source.toUtf8()) < 0 || !copy.flush())
        return refused<HookValidationAnswer>(QStringLiteral("cannot write a copy beside %1 to check it: %2").arg(file, copy.errorString()));
    HookRunner scratch(m_service->config().hooksTimeoutMs);
    QString error;
    if (scratch.load(copy.fileName(), &error))
        return accepted<HookValidationAnswer>();
    error.replace(copy.fileName(), QFileInfo(file).fileName());   // speak of the file being edited
    const auto m = QRegularExpression(QStringLiteral(":(\\d+):\\s*(.*)$")).match(error.section(u'\n', 0, 0));
    HookValidationAnswer out = refused<HookValidationAnswer>(error);
    out.setProblems({HookProblem(m.hasMatch() ? m.captured(1).toInt() : 0, m.hasMatch() ? m.captured(2) : error)});
    return out;
}

Answer HookProviders::reload(const QString &who)
{
    HookRunner *hooks = m_service->hooks();
    if (!hooks)
        return refused<Answer>(NotConfigured);
    QString error;
    if (!hooks->reload(&error)) {
        m_lastError = error;
        qCWarning(lcHooksApi).noquote() << who << "reloaded the hooks; the old ones stay active:" << error;
        return refused<Answer>(error);
    }
    m_lastError.clear();
    qCInfo(lcHooksApi).noquote() << who << "reloaded" << hooks->file();
    return accepted<Answer>();
}

HooksStatus HookProviders::status()
{
    HooksStatus out;
    HookRunner *hooks = m_service->hooks();
    if (!hooks) {
        out.setStatus(QStringLiteral("none"));
        return out;
    }
    QString lastError = m_lastError;
    QList<HookStatsRow> stats;
    for (const HookStats &s : hooks->statistics()) {
        stats << HookStatsRow(s.name, qint64(s.calls), qint64(s.errors), qint64(s.timeouts),
                              s.calls ? double(s.totalNs) / s.calls / 1e6 : 0.0, double(s.worstNs) / 1e6, s.lastError);
        if (lastError.isEmpty() && !s.lastError.isEmpty())
            lastError = s.lastError;
    }
    out.setStatus(m_lastError.isEmpty() ? QStringLiteral("loaded") : QStringLiteral("reload failed"));
    out.setFile(hooks->file());
    out.setLastError(lastError);
    out.setHooks(stats);
    return out;
}

} // namespace qsd
