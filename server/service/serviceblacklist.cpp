// DhcpService, the blacklists: the narrow interface through which the management API reads and edits the
// engine's temporary ignore list (AbuseControl) and permanent blacklist. reloadBlacklist() is in dhcpservice.cpp.
#include "dhcpservice.h"

namespace qsd {

QList<AbuseControl::Entry> DhcpService::temporaryBlacklist() const
{
    return m_engine ? m_engine->abuse().entries() : QList<AbuseControl::Entry>();
}

int DhcpService::temporaryBlacklistCount() const
{
    return m_engine ? m_engine->abuse().ignoredCount() : 0;
}

bool DhcpService::ignoreFor(const MAC &mac, int seconds, const QString &reason)
{
    if (!m_engine)
        return false;
    m_engine->abuse().ignoreFor(mac, seconds, reason);
    return true;
}

bool DhcpService::release(const MAC &mac)
{
    return m_engine && m_engine->abuse().release(mac);
}

bool DhcpService::isPermanentlyBlacklisted(const MAC &mac) const
{
    return m_engine && m_engine->permanentBlacklist().contains(mac);
}

int DhcpService::permanentBlacklistCount() const
{
    return m_engine ? int(m_engine->permanentBlacklist().size()) : 0;
}

} // namespace qsd
