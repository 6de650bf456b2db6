#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

class QJSEngine;

namespace qsd {

/// Interrupts JavaScript that overruns its budget (STYLE.md §6): a thread of its own sleeps until the armed
/// deadline and calls QJSEngine::setInterrupted(true), which is thread-safe. Arming and disarming take an
/// uncontended mutex and wake the thread only when it was idle, so a hook call costs no system call.
class Watchdog
{
public:
    Watchdog();
    ~Watchdog();
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    /// Starts watching `engine` until `deadline`.
    void arm(QJSEngine *engine, std::chrono::steady_clock::time_point deadline);
    /// Starts watching `engine` for `timeoutMs` from now.
    void arm(QJSEngine *engine, int timeoutMs) { arm(engine, std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs)); }
    /// Stops watching; true if the deadline passed and the engine was interrupted (the caller then clears it
    /// with setInterrupted(false)).
    bool disarm();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    QJSEngine *m_engine = nullptr;   // armed when non-null
    std::chrono::steady_clock::time_point m_deadline;
    bool m_fired = false;
    bool m_waitingIdle = false;
    bool m_quit = false;
    std::thread m_thread;   // last: started once every other member is initialised
};

} // namespace qsd
