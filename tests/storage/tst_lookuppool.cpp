// Tests of LookupPool (lookups in worker threads, bounded queue) and LookupOutage (an outage logged once,
// probes with backoff, recovery).
#include "storage/lookupoutage.h"
#include "storage/lookuppool.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace qsd;

namespace {

MAC mac(int n)
{
    return *MAC::fromString(QStringLiteral("02:00:00:00:00:%1").arg(n, 2, 16, QLatin1Char('0')));
}

/// A store that answers every MAC with one definition once `gate` lets it, and says in which thread it was made
/// and asked.
class GatedStore : public DefinitionStore
{
public:
    GatedStore(QSemaphore *gate, std::atomic<int> *wrongThread) : m_gate(gate), m_wrongThread(wrongThread) { }
    QString describe() const override { return QStringLiteral("gated store"); }
    LookupResult lookupMAC(const MAC &m) override
    {
        if (QThread::currentThread() != m_thread)
            ++*m_wrongThread;
        m_gate->acquire();
        Definition d;
        d.ip = IPv4(198, 18, 0, quint8(m.toUInt64() & 0xff));
        d.subnet = QThread::currentThread()->objectName();
        return LookupResult{{d}, QString()};
    }
    bool reinitialise(QString *) override { return true; }

private:
    QSemaphore *m_gate;
    std::atomic<int> *m_wrongThread;
    QThread *m_thread = QThread::currentThread();
};

} // namespace

class TestLookupPool : public QObject
{
    Q_OBJECT

private slots:
    void answersInTheOwnersThreadFromWorkerThreads()
    {
        QSemaphore gate(1000);
        std::atomic<int> wrongThread{0};
        std::atomic<int> made{0};
        LookupPool pool(3, 100, [&] {
            ++made;
            return std::make_unique<GatedStore>(&gate, &wrongThread);
        });
        QCOMPARE(pool.workers(), 3);
        QHash<quint64, LookupResult> answers;
        QSet<QString> workers;
        connect(&pool, &LookupPool::answered, this, [&](quint64 ticket, const MAC &m, const LookupResult &r) {
            QCOMPARE(QThread::currentThread(), thread());
            QCOMPARE(r.definitions.value(0).ip, IPv4(198, 18, 0, quint8(m.toUInt64() & 0xff)));
            answers.insert(ticket, r);
            workers.insert(r.definitions.value(0).subnet);
        });
        for (int i = 1; i <= 30; ++i)
            QVERIFY(pool.submit(quint64(i), mac(i)));
        QTRY_COMPARE(answers.size(), 30);
        QCOMPARE(wrongThread.load(), 0);          // every store is asked in the thread that made it
        QVERIFY(made.load() >= 1 && made.load() <= 3);
        for (const QString &w : std::as_const(workers))
            QVERIFY2(w.startsWith(QLatin1String("lookup-")), qPrintable(w));
    }

    void refusesBeyondTheQueueLimit()
    {
        QSemaphore gate(0);   // the workers block on their first lookup
        std::atomic<int> wrongThread{0};
        LookupPool pool(2, 5, [&] { return std::make_unique<GatedStore>(&gate, &wrongThread); });
        int answered = 0;
        connect(&pool, &LookupPool::answered, this, [&] { ++answered; });
        QVERIFY(pool.submit(1, mac(1)));
        QVERIFY(pool.submit(2, mac(2)));
        QTRY_COMPARE(pool.waiting(), 0);          // both workers busy
        for (int i = 3; i <= 7; ++i)
            QVERIFY(pool.submit(quint64(i), mac(i)));
        QCOMPARE(pool.waiting(), 5);
        QVERIFY(!pool.submit(8, mac(8)));         // the sixth waiting lookup is refused
        gate.release(100);
        QTRY_COMPARE(answered, 7);
        QVERIFY(pool.submit(9, mac(9)));          // room again
        QTRY_COMPARE(answered, 8);
    }

    void destructionDropsWhatWaits()
    {
        QSemaphore gate(0);
        std::atomic<int> wrongThread{0};
        auto pool = std::make_unique<LookupPool>(1, 10, [&] { return std::make_unique<GatedStore>(&gate, &wrongThread); });
        int answered = 0;
        connect(pool.get(), &LookupPool::answered, this, [&] { ++answered; });
        for (int i = 1; i <= 5; ++i)
            QVERIFY(pool->submit(quint64(i), mac(i)));
        QTRY_COMPARE(pool->waiting(), 4);
        gate.release(1);      // the running lookup finishes; its answer is dropped with the pool
        pool.reset();
        QCoreApplication::processEvents();
        QCOMPARE(answered, 0);
    }

    void outageBeginsOnceEndsOnceAndProbesWithBackoff()
    {
        LookupOutage outage;
        const LookupResult down = LookupResult::outage(QStringLiteral("connection refused"));
        const LookupResult up{};
        QVERIFY(outage.mayTry(0));
        QCOMPARE(outage.record(down, 0), LookupOutage::Change::Began);
        QVERIFY(outage.active());
        QCOMPARE(outage.error(), QStringLiteral("connection refused"));
        QCOMPARE(outage.record(down, 10), LookupOutage::Change::None);   // in flight before: no second "began"
        QVERIFY(!outage.mayTry(100));                                      // not yet
        QVERIFY(outage.mayTry(510));                                       // the probe
        QVERIFY(!outage.mayTry(520));                                      // one probe at a time
        QCOMPARE(outage.record(down, 600), LookupOutage::Change::None);
        QVERIFY(!outage.mayTry(1500));                                     // doubled: 1 s after the failed probe
        QVERIFY(outage.mayTry(1600));
        qint64 now = 1600;
        for (int i = 0; i < 10; ++i) {                                     // capped at 5 s
            outage.record(down, now);
            now += LookupOutage::LongestRetryMs;
            QVERIFY(outage.mayTry(now));
        }
        outage.record(down, now);
        QVERIFY(!outage.mayTry(now + LookupOutage::LongestRetryMs - 1));
        now += LookupOutage::LongestRetryMs;
        QVERIFY(outage.mayTry(now));
        outage.refused();
        outage.refused();
        QCOMPARE(outage.record(up, now + 1), LookupOutage::Change::Ended);
        QVERIFY(!outage.active());
        QCOMPARE(outage.refusedCount(), 2u);
        QVERIFY(outage.mayTry(now + 2));
        QCOMPARE(outage.record(up, now + 3), LookupOutage::Change::None);
        // A store error (bad row) means the database answered: it ends an outage too.
        QCOMPARE(outage.record(down, now + 4), LookupOutage::Change::Began);
        QCOMPARE(outage.refusedCount(), 0u);
        QCOMPARE(outage.record(LookupResult::failure(QStringLiteral("bad row")), now + 5), LookupOutage::Change::Ended);
    }
};

QTEST_GUILESS_MAIN(TestLookupPool)
#include "tst_lookuppool.moc"
