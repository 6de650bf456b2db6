#pragma once

#include "consoleclient.h"

#include <QObject>

class EmbeddedServer;
class QQuickWindow;

/// What the console is attached to (DESIGN.md "Executables"): the embedded server started from a configuration
/// file — after the first-run wizard when there is none yet — or a remote daemon (`--connect`). QML reads
/// `mode` and `needsSetup`; the wizard calls startEmbedded() when it has written the file. A singleton of
/// QStaticDHCP.Console (consolesingletons.h).
class ConsoleSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(bool needsSetup READ needsSetup NOTIFY changed)
    Q_PROPERTY(QString configFile READ configFile NOTIFY changed)
    Q_PROPERTY(QString serverError READ serverError NOTIFY changed)
    /// `--tour DIR`: where the tour (Tour.qml) saves its screenshots and tour.json; "" without a tour.
    Q_PROPERTY(QString tourDir READ tourDir CONSTANT)
public:
    /// Remote: `options.url` set. Embedded: `configFile` (which may not exist yet).
    ConsoleSession(ConsoleClient *client, EmbeddedServer *server, const ConsoleClient::Options &remote,
                   const QString &configFile, QObject *parent = nullptr);

    QString mode() const { return m_remote.url.isEmpty() ? QStringLiteral("embedded") : QStringLiteral("remote"); }
    bool needsSetup() const { return m_needsSetup; }
    QString configFile() const { return m_configFile; }
    QString serverError() const;
    QString tourDir() const { return m_tourDir; }
    void setTourDir(const QString &dir) { m_tourDir = dir; }

    /// Starts whatever the command line asked for.
    void begin();
    /// Starts the embedded server from `file` and connects to it. False with serverError.
    Q_INVOKABLE bool startEmbedded(const QString &file);
    /// Stops and starts the embedded server (after Settings changed the file).
    Q_INVOKABLE bool restartEmbedded();
    /// Writes `text` to `path` (the --tour report). False when it could not.
    Q_INVOKABLE bool writeFile(const QString &path, const QString &text) const;
    /// Saves what `window` shows, popups included, as PNG (the --tour screenshots).
    Q_INVOKABLE bool saveScreenshot(QQuickWindow *window, const QString &path) const;

signals:
    void changed();

private:
    ConsoleClient *m_client;
    EmbeddedServer *m_server;
    ConsoleClient::Options m_remote;
    QString m_configFile;
    QString m_tourDir;
    bool m_needsSetup = false;
};
