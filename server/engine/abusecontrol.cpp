#include "abusecontrol.h"

namespace qsd {

AbuseControl::Verdict AbuseControl::evaluate(const MAC &mac)
{
    if (m_ignored.contains(mac))
        return Verdict::Ignored;
    if (!m_settings.enableSuspend)
        return Verdict::Allow;
    int &count = m_actions[mac];
    if (++count > m_settings.suspendThreshold) {
        m_actions.remove(mac);
        ignoreFor(mac, m_settings.misbehavingClientTimeout, QStringLiteral("too many requests"));
        return Verdict::Suspended;
    }
    return Verdict::Allow;
}

void AbuseControl::ignore(const MAC &mac, const QString &reason)
{
    ignoreFor(mac, m_settings.unauthorizedClientTimeout, reason);
}

void AbuseControl::ignoreFor(const MAC &mac, int seconds, const QString &reason)
{
    if (seconds <= 0)
        return;
    m_ignored.insert(mac, Entry{mac, seconds, reason});
}

bool AbuseControl::release(const MAC &mac)
{
    m_actions.remove(mac);
    return m_ignored.remove(mac) > 0;
}

int AbuseControl::secondsLeft(const MAC &mac) const
{
    return m_ignored.value(mac).secondsLeft;
}

QList<AbuseControl::Entry> AbuseControl::entries() const
{
    return m_ignored.values();
}

void AbuseControl::tick()
{
    for (auto it = m_ignored.begin(); it != m_ignored.end();) {
        if (it->secondsLeft <= 1)
            it = m_ignored.erase(it);
        else
            --(it++)->secondsLeft;
    }
    for (auto it = m_actions.begin(); it != m_actions.end();) {
        if (it.value() <= 1)
            it = m_actions.erase(it);
        else
            --(it++).value();
    }
}

void AbuseControl::clear()
{
    m_ignored.clear();
    m_actions.clear();
}

} // namespace qsd
