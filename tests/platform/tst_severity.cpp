#include "platform/severity.h"

#include <QtTest>

using namespace qsd;

class TestSeverity : public QObject
{
    Q_OBJECT
private slots:
    void names()
    {
        QCOMPARE(severityName(Severity::Debug), QStringLiteral("debug"));
        QCOMPARE(severityName(Severity::Info), QStringLiteral("info"));
        QCOMPARE(severityName(Severity::Warn), QStringLiteral("warn"));
        QCOMPARE(severityName(Severity::Error), QStringLiteral("error"));
        QCOMPARE(severityName(Severity::Critical), QStringLiteral("critical"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");   // -1: rejected
        QTest::addRow("debug") << QStringLiteral("debug") << int(Severity::Debug);
        QTest::addRow("INFO") << QStringLiteral("INFO") << int(Severity::Info);
        QTest::addRow("Warn") << QStringLiteral("Warn") << int(Severity::Warn);
        QTest::addRow("WARNING") << QStringLiteral("WARNING") << int(Severity::Warn);
        QTest::addRow("blanks") << QStringLiteral("  error ") << int(Severity::Error);
        QTest::addRow("critical") << QStringLiteral("critical") << int(Severity::Critical);
        QTest::addRow("empty") << QString() << -1;
        QTest::addRow("fatal") << QStringLiteral("fatal") << -1;
        QTest::addRow("prefix") << QStringLiteral("warnings") << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<Severity> parsed = parseSeverity(text);
        QCOMPARE(parsed.has_value(), expected >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), expected);
    }

    void roundTrip()
    {
        for (int i = 0; i <= int(Severity::Critical); ++i)
            QCOMPARE(parseSeverity(severityName(Severity(i))), std::optional<Severity>(Severity(i)));
    }
};

QTEST_GUILESS_MAIN(TestSeverity)
#include "tst_severity.moc"
