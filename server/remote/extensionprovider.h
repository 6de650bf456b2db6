#pragma once

#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace qsd {

/// Console panels and actions registered by hooks (`callbacks.webAddDashboard/Method`, DESIGN.md "Hooks").
/// The hooks layer implements it; ManagementHost publishes what it reports, polling it once a second while a
/// console is connected. Called in the server thread.
class ExtensionProvider
{
public:
    virtual ~ExtensionProvider() = default;
    /// [{module, name, html}]: dashboard panels, rendered now.
    virtual QVariantList panels() = 0;
    /// [{path, module, name, confirm, display_mode}]: the registered methods.
    virtual QVariantList actions() = 0;
    /// Runs the method registered at `path` with the query parameters; `who` is the caller's identity.
    /// Returns {ok, error, result: {…}}.
    virtual QVariantMap invoke(const QString &path, const QVariantMap &query, const QString &who) = 0;
};

/// The hook file behind the console's Hooks page. Implemented by the hooks layer; called in the server thread.
/// Each method returns {ok, error, …} as the matching ManagementHost slot (management.rep).
class HookFileProvider
{
public:
    virtual ~HookFileProvider() = default;
    /// {ok, error, path, source}
    virtual QVariantMap source() = 0;
    /// Saves the source (it takes effect on reload). {ok, error}
    virtual QVariantMap setSource(const QString &source, const QString &who) = 0;
    /// Compiles `source` without running it. {ok, error, problems: [{line, message}]}
    virtual QVariantMap validate(const QString &source) = 0;
    /// Loads the hook file again. {ok, error}
    virtual QVariantMap reload(const QString &who) = 0;
    /// What the status shows: {status: "loaded"|"failed"|…, lastError}
    virtual QVariantMap status() = 0;
};

} // namespace qsd
