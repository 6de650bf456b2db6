#pragma once

#include <optional>

namespace qsd {

/// A warning that a flood could repeat once per packet ("… was temporarily blacklisted"): the first `burst` of
/// each interval are logged, the rest only counted, and the count is logged in one line when the interval ends.
/// Driven by the engine's one-second tick; one thread only.
class WarningBurst
{
public:
    explicit WarningBurst(int burst = 5, int intervalSeconds = 10) : m_burst(burst), m_interval(intervalSeconds) { }

    /// True: log this one; false: it is counted for the summary.
    bool take()
    {
        if (m_logged < m_burst) {
            ++m_logged;
            return true;
        }
        ++m_held;
        return false;
    }
    /// One second passed. At the end of an interval: how many were held back in it, if any.
    std::optional<int> tick()
    {
        if (++m_seconds < m_interval)
            return std::nullopt;
        const int held = m_held;
        m_seconds = m_logged = m_held = 0;
        return held > 0 ? std::optional<int>(held) : std::nullopt;
    }
    int intervalSeconds() const { return m_interval; }

private:
    int m_burst;
    int m_interval;
    int m_seconds = 0;
    int m_logged = 0;
    int m_held = 0;
};

} // namespace qsd
