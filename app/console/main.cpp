// qstaticdhcp: the console (DESIGN.md "Console (QML)", CONSOLE.md). A QApplication because Qt Charts needs one.
// `qstaticdhcp [--config FILE]` runs the embedded server from FILE (the first-run wizard writes it when it does
// not exist yet); `qstaticdhcp --connect URL` manages a daemon.
#include "consoleclient.h"
#include "consolesession.h"
#include "consolesingletons.h"
#include "embeddedserver.h"
#include "firstrunsetup.h"
#include "preferences.h"
#include "platform/logsink.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>

// The two QML modules, linked in: the pages (QStaticDHCP, qml/) and the C++ they bind to (QStaticDHCP.Console).
Q_IMPORT_QML_PLUGIN(QStaticDHCPPlugin)
Q_IMPORT_QML_PLUGIN(QStaticDHCP_ConsolePlugin)

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QStaticDHCP"));
    QApplication::setApplicationName(QStringLiteral("qstaticdhcp"));
    QApplication::setApplicationDisplayName(QStringLiteral("QStaticDHCP"));
    QApplication::setApplicationVersion(QStringLiteral(QSD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("qstaticdhcp"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/qstaticdhcp.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("QStaticDHCP console: the embedded server, or a remote daemon."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultConfig = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/qstaticdhcpd.conf");
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("The embedded server's configuration (default %1; the first-run wizard writes it).").arg(defaultConfig),
                                          QStringLiteral("FILE"), defaultConfig);
    const QCommandLineOption connectOption(QStringLiteral("connect"), QStringLiteral("Manage a daemon: local:NAME or tcp://HOST:PORT."), QStringLiteral("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("token-file"), QStringLiteral("tcp: the file holding the token."), QStringLiteral("FILE"));
    const QCommandLineOption caOption(QStringLiteral("tls-ca"), QStringLiteral("tcp: PEM CA certificate(s) to trust."), QStringLiteral("FILE"));
    const QCommandLineOption tourOption(QStringLiteral("tour"),
                                        QStringLiteral("Visit every page in light and dark, save a screenshot of each and tour.json into DIR, then quit (tests, documentation)."),
                                        QStringLiteral("DIR"));
    parser.addOptions({configOption, connectOption, tokenOption, caOption, tourOption});
    parser.process(app);

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));   // follows the application palette, light or dark

    // The log: to the terminal as the daemon logs, and into the ring buffer the Activity page reads.
    qsd::LogSink logs;
    qsd::LogSettings logSettings;
    logSettings.console = true;
    QString logError;
    logs.apply(logSettings, &logError);

    // Declared before the engine, so that they outlive the QML bindings that read them.
    ConsoleClient client({});
    EmbeddedServer server;
    ConsoleClient::Options remote;
    remote.url = parser.value(connectOption);
    remote.tokenFile = parser.value(tokenOption);
    remote.caFile = parser.value(caOption);
    ConsoleSession session(&client, &server, remote, QDir().absoluteFilePath(parser.value(configOption)));
    session.setTourDir(parser.value(tourOption));
    FirstRunSetup setup(session.configFile());
    setup.setClient(&client);
    Preferences preferences;
    preferences.apply();
    // QML reaches them as singletons of QStaticDHCP.Console (ConsoleClient.state, ConsoleSession.mode, …).
    consolesingletons::provide({&client, &session, &setup, &preferences});

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));   // Qt 6.4: the module's qmldir is at qrc:/QStaticDHCP/
    preferences.setEngine(&engine);

    engine.load(QUrl(QStringLiteral("qrc:/QStaticDHCP/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    session.begin();
    const int status = app.exec();
    server.stop();
    return status;
}
