#pragma once

#include "definitionstore.h"

#include <QString>

namespace qsd {

/// Whether the definitions database is reachable, as the lookups show it, and when to try it again.
///
/// A lookup that cannot reach the database starts an outage; the next lookup that reaches it ends it. During an
/// outage, lookups are not sent to the database (each would wait for a connection timeout) except one probe at
/// a time, after a delay that doubles from 0.5 s up to 5 s, so service comes back by itself within seconds of
/// the database. The caller logs the two changes — once per outage, not once per packet — and answers known
/// clients from its cache meanwhile. Times are the caller's monotonic milliseconds. One thread only.
class LookupOutage
{
public:
    enum class Change { None, Began, Ended };

    /// Takes the answer of a lookup that was sent to the database.
    Change record(const LookupResult &result, qint64 nowMs);
    /// True when a lookup may go to the database now: no outage, or a probe is due (it is then in flight
    /// until record()).
    bool mayTry(qint64 nowMs);
    /// A lookup was answered without the database because of the outage.
    void refused() { ++m_refused; }

    bool active() const { return m_active; }
    /// The error that started the outage.
    QString error() const { return m_error; }
    qint64 sinceMs() const { return m_sinceMs; }
    /// Lookups refused during the current (or, after it ended, the last) outage.
    quint64 refusedCount() const { return m_refused; }

    static constexpr qint64 FirstRetryMs = 500;
    static constexpr qint64 LongestRetryMs = 5000;

private:
    bool m_active = false;
    bool m_probing = false;
    QString m_error;
    qint64 m_sinceMs = 0;
    qint64 m_nextTryMs = 0;
    qint64 m_retryMs = FirstRetryMs;
    quint64 m_refused = 0;
};

} // namespace qsd
