#include "abusecontrol.h"

namespace qsd {

void AbuseControl::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_ignored.setCapacity(settings.maximumTrackedClients);
    m_actions.setCapacity(settings.maximumTrackedClients);
}

AbuseControl::Verdict AbuseControl::evaluate(const MAC &mac)
{
    if (m_ignored.find(mac))
        return Verdict::Ignored;
    if (!m_settings.enableSuspend)
        return Verdict::Allow;
    int &count = m_actions.use(mac);
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
    m_ignored.use(mac) = Entry{mac, seconds, reason};
}

bool AbuseControl::release(const MAC &mac)
{
    m_actions.remove(mac);
    return m_ignored.remove(mac) > 0;
}

int AbuseControl::secondsLeft(const MAC &mac) const
{
    const Entry *e = m_ignored.find(mac);
    return e ? e->secondsLeft : 0;
}

QList<AbuseControl::Entry> AbuseControl::entries() const
{
    QList<Entry> out;
    out.reserve(m_ignored.size());
    m_ignored.forEach([&](const Entry &e) { out << e; });
    return out;
}

void AbuseControl::tick()
{
    m_ignored.keepIf([](Entry &e) { return --e.secondsLeft > 0; });   // entries end at ≤ 1, as in staticDHCPd
    m_actions.keepIf([](int &count) { return --count > 0; });
}

void AbuseControl::clear()
{
    m_ignored.clear();
    m_actions.clear();
}

} // namespace qsd
