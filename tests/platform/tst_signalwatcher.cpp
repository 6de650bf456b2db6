#include "platform/signalwatcher.h"

#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace qsd;

class TestSignalWatcher : public QObject
{
    Q_OBJECT
private slots:
#ifdef Q_OS_UNIX
    void sighupRequestsReinitialise()
    {
        SignalWatcher watcher;
        QVERIFY(watcher.isActive());
        QSignalSpy reinit(&watcher, &SignalWatcher::reinitialiseRequested);
        QSignalSpy terminate(&watcher, &SignalWatcher::terminateRequested);
        QCOMPARE(::raise(SIGHUP), 0);
        QTRY_COMPARE(reinit.count(), 1);
        QCOMPARE(::raise(SIGHUP), 0);
        QTRY_COMPARE(reinit.count(), 2);
        QCOMPARE(terminate.count(), 0);
        QVERIFY(!SignalWatcher::isTerminationPending());
    }

    void sigintRequestsTermination()
    {
        SignalWatcher watcher;
        QSignalSpy terminate(&watcher, &SignalWatcher::terminateRequested);
        QCOMPARE(::raise(SIGINT), 0);
        QTRY_COMPARE(terminate.count(), 1);
        QVERIFY(SignalWatcher::isTerminationPending());
        // Destroying the watcher (below) clears the pending state for the next test.
    }

    void sigtermRequestsTermination()
    {
        QVERIFY(!SignalWatcher::isTerminationPending());
        SignalWatcher watcher;
        QSignalSpy terminate(&watcher, &SignalWatcher::terminateRequested);
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(terminate.count(), 1);
    }

    void secondTerminationExitsAtOnce()
    {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            SignalWatcher watcher;
            if (!watcher.isActive())
                ::_exit(3);
            ::raise(SIGTERM);   // pending: the event loop has not even run
            ::raise(SIGTERM);   // → _exit(1)
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 1);
    }

    void onlyOneWatcherIsActive()
    {
        SignalWatcher first;
        SignalWatcher second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
        QSignalSpy spy(&first, &SignalWatcher::reinitialiseRequested);
        ::raise(SIGHUP);
        QTRY_COMPARE(spy.count(), 1);
    }

    void previousHandlersAreRestored()
    {
        struct sigaction before {};
        ::sigaction(SIGHUP, nullptr, &before);
        {
            SignalWatcher watcher;
            struct sigaction during {};
            ::sigaction(SIGHUP, nullptr, &during);
            QVERIFY(during.sa_handler != before.sa_handler);
        }
        struct sigaction after {};
        ::sigaction(SIGHUP, nullptr, &after);
        QVERIFY(after.sa_handler == before.sa_handler);
    }
#else
    void stubNeverActive()
    {
        SignalWatcher watcher;
        QVERIFY(!watcher.isActive());
    }
#endif
};

QTEST_GUILESS_MAIN(TestSignalWatcher)
#include "tst_signalwatcher.moc"
