// callDirect (jsdirectcall.h), the contract both builds keep: every argument as given, `this` undefined, a throw
// told from a return (an Error object returned is a return), an interrupted call reported as thrown.
#include "hooktestutil.h"
#include "scripting/scriptruntime.h"
#include "scripting/watchdog.h"

using namespace qsd;
using namespace qsd::test;

class TestJsDirectCall : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Watchdog m_watchdog;
    ScriptRuntime m_runtime;

    QJSValue js(const QString &code) { return m_runtime.engine()->evaluate(code); }
    JsCallOutcome call(const QString &function, std::initializer_list<JsArgument> args)
    {
        return callDirect(m_runtime.context(), js(function), args);
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString file = writeFile(m_dir, QStringLiteral("hooks.mjs"), "export function filterPacket() { return true; }\n");
        QVERIFY2(m_runtime.load(file, &m_watchdog, 1000, &error), qPrintable(error));
    }

    void everyArgumentArrives_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");   // `this` undefined, the count, the arguments
        QTest::addRow("none") << 0 << "true,0";
        QTest::addRow("one") << 1 << "true,1,kept";
        QTest::addRow("six, as filterPacket") << 6 << "true,6,kept,1,null,kept,-5,6";
        QTest::addRow("seven, as loadDHCPPacket") << 7 << "true,7,1,2,3,4,5,6,kept";
        QTest::addRow("eight") << 8 << "true,8,1,2,3,4,5,6,7,kept";
        QTest::addRow("twelve") << 12 << "true,12,1,2,3,4,5,6,7,8,9,10,null,kept";
    }
    void everyArgumentArrives()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        const QJSValue kept = js(QStringLiteral("({ toString() { return 'kept'; } })"));
        const QString describe = QStringLiteral("(function (...a) { 'use strict'; return [this === undefined, a.length]"
                                                ".concat(a.map(x => x === null ? 'null' : String(x))).join(); })");
        JsCallOutcome out;
        switch (count) {   // an initializer_list's length is fixed where it is written
        case 0: out = call(describe, {}); break;
        case 1: out = call(describe, {kept}); break;
        case 6: out = call(describe, {kept, 1, JsArgument::null(), kept, -5, 6}); break;
        case 7: out = call(describe, {1, 2, 3, 4, 5, 6, kept}); break;
        case 8: out = call(describe, {1, 2, 3, 4, 5, 6, 7, kept}); break;
        case 12: out = call(describe, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, JsArgument::null(), kept}); break;
        }
        QVERIFY(!out.threw);
        QCOMPARE(out.value.toString(), expected);
    }

    /// The same position with another value on the next call gets the new one (the public build keeps its lists).
    void argumentsFollowTheCaller()
    {
        const QJSValue a = js(QStringLiteral("({ tag: 'a' })")), b = js(QStringLiteral("({ tag: 'b' })"));
        const QString tags = QStringLiteral("(function (x, n, y) { return x.tag + n + (y === null ? '-' : y.tag); })");
        const std::pair<JsArgument, JsArgument> calls[] = {{a, b}, {b, b}, {a, JsArgument::null()}, {a, a}};
        QString seen;
        int n = 0;
        for (const auto &[x, y] : calls) {
            const JsCallOutcome out = call(tags, {x, ++n, y});
            QVERIFY(!out.threw);
            seen += out.value.toString() + u' ';
        }
        QCOMPARE(seen, QStringLiteral("a1b b2b a3- a4a "));
    }

    void throwIsToldFromReturn_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<bool>("threw");
        QTest::addColumn<QString>("value");
        QTest::addRow("returned Error") << "(() => new TypeError('kept'))" << false << "TypeError: kept";
        QTest::addRow("caught and returned") << "(() => { try { null.x; } catch (e) { return e; } })" << false << "TypeError";
        QTest::addRow("thrown Error") << "(() => { throw new RangeError('out'); })" << true << "RangeError: out";
        QTest::addRow("thrown string") << "(() => { throw 'boom'; })" << true << "boom";
        QTest::addRow("thrown undefined") << "(() => { throw undefined; })" << true << "undefined";
        QTest::addRow("runtime error") << "(() => null.x)" << true << "TypeError";
        QTest::addRow("returned undefined") << "(() => {})" << false << "undefined";
        QTest::addRow("not a function") << "({})" << false << "undefined";
    }
    void throwIsToldFromReturn()
    {
        QFETCH(QString, function);
        QFETCH(bool, threw);
        QFETCH(QString, value);
        for (int i = 0; i < 2; ++i) {   // a second time: nothing of the first call is left over
            const JsCallOutcome out = call(function, {1});
            QCOMPARE(out.threw, threw);
            QVERIFY2(out.value.toString().startsWith(value), qPrintable(out.value.toString()));
        }
    }

    void interruptedCallIsThrown()
    {
        const QJSValue function = js(QStringLiteral("(() => true)"));   // (evaluate() under an interruption fails)
        m_runtime.engine()->setInterrupted(true);
        const JsCallOutcome out = callDirect(m_runtime.context(), function, {});
        m_runtime.engine()->setInterrupted(false);
        QVERIFY(out.threw);
        const JsCallOutcome next = callDirect(m_runtime.context(), function, {});
        QVERIFY(!next.threw && next.value.toBool());
    }
};

QTEST_GUILESS_MAIN(TestJsDirectCall)
#include "tst_jsdirectcall.moc"
