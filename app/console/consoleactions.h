#pragma once

#include <QJSValue>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ConsoleClient;
class QJSEngine;
class QQmlEngine;

/// The console's edits and commands, for QML: one method per action a page offers, each calling its typed slot
/// of management.rep on the replica (ConsoleClient::ask). The answer reaches `done` as a plain object with the
/// fields of its declared type ({ok, error, map: {mac, ip, …}}, consolevalues.h); a page that only acts needs no
/// callback. A singleton of QStaticDHCP.Console: `ConsoleActions.addMap(values, function(answer) { … })`.
///
/// What a page shows comes from the models (MapsModel, SubnetsModel, BlacklistModel, …), which read their own
/// slots and refresh when the server announces a change.
class ConsoleActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    /// `engine` turns the answers into JavaScript objects; null: the engine of this object.
    explicit ConsoleActions(ConsoleClient *client, QJSEngine *engine = nullptr, QObject *parent = nullptr);
    /// The QML singleton, on the console's provided ConsoleClient (consolesingletons.h).
    static ConsoleActions *create(QQmlEngine *qml, QJSEngine *engine);

    // --- definitions ---
    Q_INVOKABLE void addSubnet(const QVariantMap &subnet, const QJSValue &done = QJSValue());
    Q_INVOKABLE void updateSubnet(const QString &subnet, int serial, const QString &revision, const QVariantMap &changed,
                                  const QJSValue &done = QJSValue());
    Q_INVOKABLE void deleteSubnet(const QString &subnet, int serial, const QString &revision, const QJSValue &done = QJSValue());
    Q_INVOKABLE void addMap(const QVariantMap &map, const QJSValue &done = QJSValue());
    Q_INVOKABLE void updateMap(const QString &mac, const QString &revision, const QVariantMap &changed, const QJSValue &done = QJSValue());
    Q_INVOKABLE void deleteMap(const QString &mac, const QString &revision, const QJSValue &done = QJSValue());
    Q_INVOKABLE void nextFreeIp(const QString &subnet, int serial, const QJSValue &done = QJSValue());
    Q_INVOKABLE void promoteUnknown(const QString &mac, const QString &subnet, int serial, const QString &ip,
                                    const QString &hostname, const QJSValue &done = QJSValue());

    // --- blacklist ---
    Q_INVOKABLE void blacklistAdd(const QString &mac, int seconds, const QString &reason, const QJSValue &done = QJSValue());
    Q_INVOKABLE void blacklistRemove(const QString &mac, const QJSValue &done = QJSValue());

    // --- server ---
    Q_INVOKABLE void reinitialise(const QJSValue &done = QJSValue());
    /// Runs a hook's web method (callbacks.webAddMethod). The answer has the declared result's fields and, for
    /// the dialog that shows it, `richText` (an HTML result) and `readable` (a text the console can show).
    Q_INVOKABLE void invokeAction(const QString &path, const QVariantMap &query, const QJSValue &done = QJSValue());

    /// How a web method's result is shown: as rich text (text/html, application/xhtml+xml), as plain text (any
    /// other text/*, JSON, XML, JavaScript), or not at all.
    enum class Display { RichText, PlainText, NotShown };
    static Display displayOf(const QString &mimetype);

private:
    /// Calls the slot `send` calls and hands its answer to `done`.
    template <typename Send>
    void run(Send send, const QJSValue &done);
    /// The callback as a function of a plain answer map: calls `done` with it as a JavaScript object.
    std::function<void(const QVariantMap &)> deliver(const QJSValue &done);
    /// The same for a typed answer.
    template <typename Answer>
    std::function<void(const Answer &)> deliverAnswer(const QJSValue &done);

    QPointer<ConsoleClient> m_client;
    QJSEngine *m_engine;
};
