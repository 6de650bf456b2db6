#include "lookupoutage.h"

#include <algorithm>

namespace qsd {

LookupOutage::Change LookupOutage::record(const LookupResult &result, qint64 nowMs)
{
    const bool probe = m_probing;   // or a lookup sent before the outage began
    m_probing = false;
    if (result.unreachable()) {
        if (m_active) {
            if (probe)
                m_retryMs = std::min(m_retryMs * 2, LongestRetryMs);
            m_nextTryMs = nowMs + m_retryMs;
            return Change::None;
        }
        m_active = true;
        m_error = result.error;
        m_sinceMs = nowMs;
        m_refused = 0;
        m_retryMs = FirstRetryMs;
        m_nextTryMs = nowMs + m_retryMs;
        return Change::Began;
    }
    if (!m_active)
        return Change::None;
    m_active = false;
    return Change::Ended;
}

bool LookupOutage::mayTry(qint64 nowMs)
{
    if (!m_active)
        return true;
    if (m_probing || nowMs < m_nextTryMs)
        return false;
    m_probing = true;
    return true;
}

} // namespace qsd
