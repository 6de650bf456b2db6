#pragma once

#include "rep_management_merged.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace qsd {

/// Console panels and actions registered by hooks (`callbacks.webAddDashboard/Method`, DESIGN.md "Hooks").
/// The hooks layer implements it; ManagementHost publishes what it reports, polling it once a second while a
/// console is connected. Called in the server thread. The types are management.rep's.
class ExtensionProvider
{
public:
    virtual ~ExtensionProvider() = default;
    /// The dashboard panels, rendered now.
    virtual QList<ExtensionPanel> panels() = 0;
    /// The registered methods.
    virtual QList<ExtensionAction> actions() = 0;
    /// Runs the method registered at `path` with the query parameters; `who` is the caller's identity.
    virtual ActionResult invoke(const QString &path, const QVariantMap &query, const QString &who) = 0;
};

/// The hook file behind the console's Hooks page. Implemented by the hooks layer; called in the server thread.
/// Each method answers as the matching slot of management.rep.
class HookFileProvider
{
public:
    virtual ~HookFileProvider() = default;
    /// The file's path and text.
    virtual HookSourceAnswer source() = 0;
    /// Saves the source (it takes effect on reload).
    virtual Answer setSource(const QString &source, const QString &who) = 0;
    /// Loads `source` aside without calling a hook; refused with the problem found.
    virtual HookValidationAnswer validate(const QString &source) = 0;
    /// Loads the hook file again.
    virtual Answer reload(const QString &who) = 0;
    /// What the status shows.
    virtual HooksStatus status() = 0;
};

} // namespace qsd
