#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "consoleclient.h"

/// The hook file as the Hooks page edits it (management.rep hookSource, validateHookSource, setHookSource,
/// reloadHooks): `path` and `source` as the server has them, read again on every (re)connection and whenever
/// anyone saves or reloads the hooks or reinitialises the server (`loaded`). validate() and save() report through
/// signals; `problems` are the last ones found ([{line, message}], line 0 when the message names none).
class HookFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY connectionChanged)
    Q_PROPERTY(QString path READ path NOTIFY loaded)
    Q_PROPERTY(QString source READ source NOTIFY loaded)
    Q_PROPERTY(QVariantList problems READ problems NOTIFY problemsChanged)
public:
    explicit HookFile(QObject *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    void setClient(ConsoleClient *client);
    QString path() const { return m_path; }
    QString source() const { return m_source; }
    QVariantList problems() const { return m_problems; }

    Q_INVOKABLE void load();
    /// Checks `text` as a hook file without saving it: validated().
    Q_INVOKABLE void validate(const QString &text);
    /// Saves `text` as the hook file (saved()), then has the server load it (reloaded(); the previous hooks stay
    /// active when that fails).
    Q_INVOKABLE void save(const QString &text);

signals:
    void connectionChanged();
    /// path and source arrived; `error` when the server could not read the file (no [hooks] file, …).
    void loaded(const QString &error);
    void problemsChanged();
    void validated(bool ok, const QString &error);
    void saved(bool ok, const QString &error);
    void reloaded(bool ok, const QString &error);

private:
    void setProblems(const QList<HookProblem> &problems);

    QPointer<ConsoleClient> m_client;
    QString m_path;
    QString m_source;
    QVariantList m_problems;
};
