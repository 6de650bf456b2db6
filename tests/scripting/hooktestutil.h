#pragma once

// Helpers shared by the scripting tests: hook files written into a temporary directory, and JavaScript
// evaluated inside a loaded runner's engine.
#include "scripting/hookrunner.h"

#include <QDir>
#include <QFile>
#include <QJSEngine>
#include <QTemporaryDir>
#include <QTest>

namespace qsd::test {

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

/// A runner with `source` loaded (and init() run); QVERIFY-style failure via `ok`.
inline std::unique_ptr<HookRunner> loadHooks(const QTemporaryDir &dir, const QByteArray &source, QString *error,
                                             int timeoutMs = 1000, const QString &name = QStringLiteral("hooks.mjs"))
{
    auto runner = std::make_unique<HookRunner>(timeoutMs);
    const QString path = writeFile(dir, name, source);
    if (!runner->load(path, error) || !runner->init(error))
        return nullptr;
    return runner;
}

/// Evaluates `code` in the runner's engine; a thrown error becomes "Error: …" text.
inline QJSValue eval(HookRunner &runner, const QString &code)
{
    return runner.engine()->evaluate(code);
}

inline HookArguments args(const QString &method = QStringLiteral("DISCOVER"),
                          const QString &mac = QStringLiteral("02:00:00:00:00:01"))
{
    HookArguments a;
    a.method = method;
    a.mac = *MAC::fromString(mac);
    a.port = 67;
    return a;
}

} // namespace qsd::test
