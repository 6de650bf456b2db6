#include "logring.h"

namespace qsd {

void LogRing::append(const LogRecord &record)
{
    QMutexLocker lock(&m_mutex);
    m_records.push_back(record);
    if (int(m_records.size()) > m_capacity)
        m_records.pop_front();
    ++m_sequence;
}

QList<LogRecord> LogRing::records(Severity minimum, int limit) const
{
    QMutexLocker lock(&m_mutex);
    QList<LogRecord> result;
    for (auto it = m_records.rbegin(); it != m_records.rend() && (limit <= 0 || result.size() < limit); ++it) {
        if (it->severity >= minimum)
            result.prepend(*it);
    }
    return result;
}

QList<LogRecord> LogRing::since(quint64 after, quint64 *last) const
{
    QMutexLocker lock(&m_mutex);
    *last = m_sequence;
    const quint64 wanted = std::min<quint64>(m_sequence - std::min(after, m_sequence), m_records.size());
    return QList<LogRecord>(m_records.end() - qsizetype(wanted), m_records.end());
}

} // namespace qsd
