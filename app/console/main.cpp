// qstaticdhcp: the console (DESIGN.md "Console (QML)", CONSOLE.md). A QApplication because Qt Charts needs one.
// `qstaticdhcp [--config FILE]` runs the embedded server from FILE (the first-run wizard writes it when it does
// not exist yet); `qstaticdhcp --connect URL` manages a daemon.
#include "chartsource.h"
#include "consoleclient.h"
#include "consolesession.h"
#include "csvdefinitions.h"
#include "embeddedserver.h"
#include "firstrunsetup.h"
#include "mapsmodel.h"
#include "preferences.h"
#include "rowsfilter.h"
#include "rowsmodel.h"
#include "settingsmodel.h"
#include "platform/logsink.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>

Q_IMPORT_QML_PLUGIN(QStaticDHCPPlugin)

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

    qmlRegisterType<RowsModel>("QStaticDHCP.Console", 1, 0, "RowsModel");
    qmlRegisterType<RowsFilter>("QStaticDHCP.Console", 1, 0, "RowsFilter");
    qmlRegisterType<MapsModel>("QStaticDHCP.Console", 1, 0, "MapsModel");
    qmlRegisterType<ChartSource>("QStaticDHCP.Console", 1, 0, "ChartSource");
    qmlRegisterType<SettingsModel>("QStaticDHCP.Console", 1, 0, "SettingsModel");
    qmlRegisterType<CsvDefinitions>("QStaticDHCP.Console", 1, 0, "CsvDefinitions");
    qmlRegisterUncreatableType<ConsoleClient>("QStaticDHCP.Console", 1, 0, "ConsoleClient", QStringLiteral("one per console"));

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
    FirstRunSetup setup(session.configFile());
    Preferences preferences;
    preferences.apply();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));   // Qt 6.4: the module's qmldir is at qrc:/QStaticDHCP/
    preferences.setEngine(&engine);

    QQmlContext *context = engine.rootContext();
    context->setContextProperty(QStringLiteral("client"), &client);
    context->setContextProperty(QStringLiteral("session"), &session);
    context->setContextProperty(QStringLiteral("setup"), &setup);
    context->setContextProperty(QStringLiteral("preferences"), &preferences);
    context->setContextProperty(QStringLiteral("tourDir"), parser.value(tourOption));
    engine.load(QUrl(QStringLiteral("qrc:/QStaticDHCP/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    session.begin();
    const int status = app.exec();
    server.stop();
    return status;
}
