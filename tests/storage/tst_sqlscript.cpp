// Tests of SqlScript: splitting plain SQL files into statements.
#include "storage/sqlscript.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qsd;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::addRow("empty") << QString() << QStringList();
        QTest::addRow("comments only") << QStringLiteral("-- a\n/* b; c */\n") << QStringList();
        QTest::addRow("two") << QStringLiteral("SELECT 1;\nSELECT 2;")
                             << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::addRow("no final semicolon") << QStringLiteral("SELECT 1; SELECT 2")
                                            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::addRow("semicolon in string") << QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;');")
                                             << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;')")};
        QTest::addRow("semicolon in comment") << QStringLiteral("SELECT 1 -- one; two\n, 2;")
                                              << QStringList{QStringLiteral("SELECT 1 -- one; two\n, 2")};
        QTest::addRow("semicolon in quoted name") << QStringLiteral("SELECT \"a;b\", [c;d] FROM t;")
                                                  << QStringList{QStringLiteral("SELECT \"a;b\", [c;d] FROM t")};
        QTest::addRow("block comment") << QStringLiteral("/* x; */ SELECT 1;")
                                       << QStringList{QStringLiteral("/* x; */ SELECT 1")};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::split(script), statements);
    }

    void executeRollsBackOnError()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("script"));
            db.setDatabaseName(dir.filePath(QStringLiteral("s.sqlite")));
            QVERIFY(db.open());
            QString error;
            QVERIFY(SqlScript::execute(db, u"CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a;b');", &error));
            QVERIFY(!SqlScript::execute(db, u"INSERT INTO t VALUES ('c');\nINSERT INTO nowhere VALUES (1);", &error));
            QVERIFY2(error.startsWith(QStringLiteral("statement 2 (INSERT INTO nowhere")), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT group_concat(x) FROM t")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("a;b"));   // 'c' was rolled back
        }
        QSqlDatabase::removeDatabase(QStringLiteral("script"));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
