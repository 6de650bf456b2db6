#pragma once

#include <QJSEngine>
#include <QQmlEngine>

#include "consoleclient.h"
#include "consolesession.h"
#include "firstrunsetup.h"
#include "preferences.h"

class QQmlEngine;

/// The objects a console has once, made by main() (or a test) before the QML engine loads, and handed to QML as
/// singletons of the module QStaticDHCP.Console under their class names: `ConsoleClient.state`,
/// `ConsoleSession.mode`, `FirstRunSetup.interfaces()`, `Preferences.theme`. This is Qt's pattern for an existing
/// object as a singleton (a QML_FOREIGN wrapper whose create() returns it; Qt 6.4 cannot be told the instance
/// otherwise). provide() must run before the engine first reads a singleton; one engine at a time.
namespace consolesingletons {

struct Instances
{
    ConsoleClient *client = nullptr;
    ConsoleSession *session = nullptr;
    FirstRunSetup *setup = nullptr;
    Preferences *preferences = nullptr;
};

void provide(const Instances &instances);
const Instances &provided();

/// The provided object, owned by C++: the engine must not delete it.
template <typename T>
T *handOver(T *instance, QJSEngine *engine)
{
    Q_ASSERT_X(instance, "consolesingletons", "provide() the console's objects before the QML engine loads");
    Q_ASSERT(!engine || engine->thread() == instance->thread());
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace consolesingletons

struct ConsoleClientSingleton
{
    Q_GADGET
    QML_FOREIGN(ConsoleClient)
    QML_NAMED_ELEMENT(ConsoleClient)
    QML_SINGLETON
public:
    static ConsoleClient *create(QQmlEngine *, QJSEngine *engine)
    {
        return consolesingletons::handOver(consolesingletons::provided().client, engine);
    }
};

struct ConsoleSessionSingleton
{
    Q_GADGET
    QML_FOREIGN(ConsoleSession)
    QML_NAMED_ELEMENT(ConsoleSession)
    QML_SINGLETON
public:
    static ConsoleSession *create(QQmlEngine *, QJSEngine *engine)
    {
        return consolesingletons::handOver(consolesingletons::provided().session, engine);
    }
};

struct FirstRunSetupSingleton
{
    Q_GADGET
    QML_FOREIGN(FirstRunSetup)
    QML_NAMED_ELEMENT(FirstRunSetup)
    QML_SINGLETON
public:
    static FirstRunSetup *create(QQmlEngine *, QJSEngine *engine)
    {
        return consolesingletons::handOver(consolesingletons::provided().setup, engine);
    }
};

struct PreferencesSingleton
{
    Q_GADGET
    QML_FOREIGN(Preferences)
    QML_NAMED_ELEMENT(Preferences)
    QML_SINGLETON
public:
    static Preferences *create(QQmlEngine *, QJSEngine *engine)
    {
        return consolesingletons::handOver(consolesingletons::provided().preferences, engine);
    }
};
