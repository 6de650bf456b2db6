#pragma once

#include "platform/logsink.h"

#include <QList>
#include <QMutex>

#include <deque>

namespace qsd {

/// The last log records, for the console's events log: fed by LogSink's observer from any thread, read by the
/// management host. Thread-safe.
class LogRing
{
public:
    explicit LogRing(int capacity = 1000) : m_capacity(capacity) { }

    void append(const LogRecord &record);
    /// The records at or above `minimum`, oldest first, at most the newest `limit` (<= 0: all).
    QList<LogRecord> records(Severity minimum, int limit) const;
    /// Records appended after sequence number `after` (0: all kept); `*last` becomes the newest number.
    QList<LogRecord> since(quint64 after, quint64 *last) const;

private:
    mutable QMutex m_mutex;
    int m_capacity;
    std::deque<LogRecord> m_records;
    quint64 m_sequence = 0;   ///< number of the newest record
};

} // namespace qsd
