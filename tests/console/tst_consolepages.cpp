// The console's window and pages, loaded as qstaticdhcp loads them (the QML modules QStaticDHCP and
// QStaticDHCP.Console, the singletons provided), offscreen, against a real embedded server (the demo database,
// a hook file with web methods): no page may log a QML warning while it is shown, and the Hooks page shows a web
// method's result as its declared type says: HTML as rich text, plain text as plain text (issue 17: the page read
// content/contentType while the server sent {mimetype, data}). The Definitions page follows a reinitialise made
// by another console.
#include "consoleclient.h"
#include "consolesession.h"
#include "consolesingletons.h"
#include "embeddedserver.h"
#include "firstrunsetup.h"
#include "mapsmodel.h"
#include "preferences.h"
#include "../service/loopbackconfig.h"

#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

Q_IMPORT_QML_PLUGIN(QStaticDHCPPlugin)
Q_IMPORT_QML_PLUGIN(QStaticDHCP_ConsolePlugin)

namespace {

const char *const HookSource = R"(export function init() {
    callbacks.webAddMethod("/pages/report", () => ["text/html", "<h1>Report</h1><p>all <b>well</b><img src='http://127.0.0.1:9/x.png'></p>"],
                           { hidden: false, module: "pages", name: "report" });
    callbacks.webAddMethod("/pages/plain", () => ["text/plain", "<b>not bold</b>"],
                           { hidden: false, module: "pages", name: "plain" });
}
)";

void writeAll(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text));
    f.write(text.toUtf8());
}

template <typename Send>
ConsoleClient::AnswerOf<Send> askAndWait(ConsoleClient &client, Send send)
{
    using Answer = ConsoleClient::AnswerOf<Send>;
    std::optional<Answer> answer;
    client.ask(&client, send, [&](const Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return ConsoleClient::failure<Answer>(QStringLiteral("no answer in 10 s"));
    return *answer;
}

} // namespace

class TestConsolePages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    EmbeddedServer m_server;
    std::unique_ptr<ConsoleClient> m_client;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<FirstRunSetup> m_setup;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QList<QQmlError> m_warnings;

    QQuickWindow *window() const
    {
        return m_engine->rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    }
    QObject *page(int index) const
    {
        const QVariantList pages = window()->property("pageItems").toList();
        return index < pages.size() ? pages[index].value<QObject *>() : nullptr;
    }
    QString warnings() const
    {
        QStringList lines;
        for (const QQmlError &e : m_warnings)
            lines << e.toString();
        return lines.join(QLatin1Char('\n'));
    }

public:
    static void initMain()
    {
        qputenv("QT_QUICK_BACKEND", "software");
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const qsd::ServerConfig c = qsd::test::loopbackConfig(m_dir.path());
        writeAll(m_dir.filePath(QStringLiteral("hooks.mjs")), QString::fromUtf8(HookSource));
        const QString config = m_dir.filePath(QStringLiteral("pages.conf"));
        writeAll(config, QStringLiteral("[server]\ndhcp_server_ip=127.0.0.1\ndhcp_server_port=%1\nproxy_port=%2\n"
                                        "dhcp_response_interface=\nsystem_name=Pages test\n\n"
                                        "[database]\nengine=sqlite\nsqlite_file=demo.sqlite\n\n"
                                        "[management]\nlisten=local:%3\n\n[hooks]\nfile=%4\n")
                             .arg(c.dhcpServerPort).arg(c.proxyPort)
                             .arg(m_dir.filePath(QStringLiteral("mgmt.sock")), m_dir.filePath(QStringLiteral("hooks.mjs"))));
        QVERIFY2(m_server.start(config), qPrintable(m_server.error()));

        // As qstaticdhcp --connect does it: the console's objects, provided as singletons, then the window.
        m_client = std::make_unique<ConsoleClient>(ConsoleClient::Options());
        ConsoleClient::Options remote;
        remote.url = m_server.localUrl();
        m_session = std::make_unique<ConsoleSession>(m_client.get(), &m_server, remote, config);
        m_setup = std::make_unique<FirstRunSetup>(config);
        m_setup->setClient(m_client.get());
        m_preferences = std::make_unique<Preferences>();
        consolesingletons::provide({m_client.get(), m_session.get(), m_setup.get(), m_preferences.get()});
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setOutputWarningsToStandardError(true);
        connect(m_engine.get(), &QQmlEngine::warnings, this, [this](const QList<QQmlError> &w) { m_warnings += w; });
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_preferences->setEngine(m_engine.get());
        m_engine->load(QUrl(QStringLiteral("qrc:/QStaticDHCP/Main.qml")));
        QVERIFY2(window(), qPrintable(warnings()));
        m_session->begin();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), ConsoleClient::Connected, 10000);
    }

    void everyPageShowsWithoutAWarning()
    {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(QMetaObject::invokeMethod(window(), "show", Q_ARG(QVariant, i)));
            QTest::qWait(1500);
            QVERIFY2(m_warnings.isEmpty(), qPrintable(QStringLiteral("page %1:\n").arg(i) + warnings()));
        }
        for (const char *theme : {"dark", "light"}) {
            m_preferences->setTheme(QString::fromLatin1(theme));
            QTest::qWait(300);
        }
        QVERIFY2(m_warnings.isEmpty(), qPrintable(warnings()));
    }

    void hooksPageShowsTheWebMethodResultAsDeclared()
    {
        QObject *hooks = page(5);
        QVERIFY(hooks);
        auto *dialog = hooks->property("actionResult").value<QObject *>();
        QVERIFY(dialog);
        auto *shown = dialog->property("shown").value<QObject *>();
        QVERIFY(shown);

        const QVariantMap report{{QStringLiteral("path"), QStringLiteral("/pages/report")},
                                 {QStringLiteral("module"), QStringLiteral("pages")}, {QStringLiteral("name"), QStringLiteral("report")}};
        QVERIFY(QMetaObject::invokeMethod(hooks, "invoke", Q_ARG(QVariant, report)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 10000);
        QCOMPARE(dialog->property("title").toString(), QStringLiteral("pages — report"));
        QCOMPARE(shown->property("textFormat").toInt(), int(Qt::RichText));
        const QString html = shown->property("text").toString();
        QVERIFY2(html.contains(QStringLiteral("all <b>well</b>")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));   // inert: nothing is fetched
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        const QVariantMap plain{{QStringLiteral("path"), QStringLiteral("/pages/plain")},
                                {QStringLiteral("module"), QStringLiteral("pages")}, {QStringLiteral("name"), QStringLiteral("plain")}};
        QVERIFY(QMetaObject::invokeMethod(hooks, "invoke", Q_ARG(QVariant, plain)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), 10000);
        QCOMPARE(shown->property("textFormat").toInt(), int(Qt::PlainText));
        QCOMPARE(shown->property("text").toString(), QStringLiteral("<b>not bold</b>"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QVERIFY2(m_warnings.isEmpty(), qPrintable(warnings()));
    }

    void definitionsPageFollowsAReinitialiseFromAnotherConsole()
    {
        QObject *definitions = page(1);
        QVERIFY(definitions);
        auto *maps = definitions->property("maps").value<MapsModel *>();
        QVERIFY(maps);
        QTRY_VERIFY_WITH_TIMEOUT(maps->total() > 0, 10000);
        const int before = maps->total();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("underneath"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("demo.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO maps (mac, ip, hostname, subnet, serial) "
                                           "VALUES ('02:00:00:00:06:01', '198.18.0.61', 'underneath', '198.18.0.0/24', 0)")),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("underneath"));

        ConsoleClient other({m_server.localUrl(), QString(), QString(), false});
        other.open();
        QTRY_COMPARE_WITH_TIMEOUT(other.state(), ConsoleClient::Connected, 10000);
        QVERIFY(askAndWait(other, [](ManagementReplica &r) { return r.reinitialise(); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(maps->total(), before + 1, 10000);
        QVERIFY2(m_warnings.isEmpty(), qPrintable(warnings()));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TestConsolePages)
#include "tst_consolepages.moc"
