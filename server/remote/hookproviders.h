#pragma once

#include "extensionprovider.h"

namespace qsd {

class DhcpService;

/// The console's panels, actions and Hooks page over the service's JavaScript hooks: callbacks.webAddDashboard
/// panels rendered on demand, callbacks.webAddMethod methods as actions, and the [hooks] file itself.
/// Lives and is called in the server thread, like the service.
class HookProviders final : public ExtensionProvider, public HookFileProvider
{
public:
    explicit HookProviders(DhcpService *service) : m_service(service) { }

    QList<ExtensionPanel> panels() override;
    QList<ExtensionAction> actions() override;
    ActionResult invoke(const QString &path, const QVariantMap &query, const QString &who) override;

    HookSourceAnswer source() override;
    Answer setSource(const QString &source, const QString &who) override;
    /// Loads `source` into a separate engine (its module code runs, no hook is called) from a file beside the
    /// hook file, so that its imports resolve as they will.
    HookValidationAnswer validate(const QString &source) override;
    Answer reload(const QString &who) override;
    HooksStatus status() override;

private:
    QString hookFile() const;

    DhcpService *m_service;
    QString m_lastError;
};

} // namespace qsd
