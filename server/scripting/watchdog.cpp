#include "watchdog.h"

#include <QJSEngine>

namespace qsd {

Watchdog::Watchdog() : m_thread([this] { run(); }) { }

Watchdog::~Watchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void Watchdog::arm(QJSEngine *engine, std::chrono::steady_clock::time_point deadline)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_engine = engine;
        m_deadline = deadline;
        m_fired = false;
        wake = m_waitingIdle;   // otherwise the thread wakes at an earlier deadline and re-reads this one
    }
    if (wake)
        m_wake.notify_one();
}

bool Watchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_engine = nullptr;
    return m_fired;
}

void Watchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        if (!m_engine) {
            m_waitingIdle = true;
            m_wake.wait(lock);
            m_waitingIdle = false;
            continue;
        }
        const auto deadline = m_deadline;
        if (std::chrono::steady_clock::now() < deadline) {
            m_wake.wait_until(lock, deadline);
            continue;   // re-read: disarmed, re-armed or quitting
        }
        m_engine->setInterrupted(true);
        m_fired = true;
        m_engine = nullptr;   // one interruption per arming
    }
}

} // namespace qsd
