#pragma once

#include "maclru.h"
#include "protocol/mac.h"

#include <QHash>
#include <QString>

namespace qsd {

/// staticDHCPd's temporary ignore list and per-MAC flood suspension (inventory §5), driven by a one-second tick.
/// Both tables are bounded by max_tracked_clients (least recently used out), so a random-MAC flood cannot grow
/// them. Not thread-safe: the engine thread owns it.
class AbuseControl
{
public:
    struct Settings
    {
        bool enableSuspend = true;
        int suspendThreshold = 10;
        int misbehavingClientTimeout = 150;
        int unauthorizedClientTimeout = 60;
        int maximumTrackedClients = 65536;
    };
    struct Entry
    {
        MAC mac;
        int secondsLeft = 0;
        QString reason;
    };
    enum class Verdict { Allow, Ignored, Suspended };

    explicit AbuseControl(const Settings &settings)
        : m_settings(settings), m_ignored(settings.maximumTrackedClients), m_actions(settings.maximumTrackedClients) { }
    void setSettings(const Settings &settings);

    /// Called for every packet that passed the source policy: an ignored MAC is dropped; otherwise its
    /// interaction count grows and, past the threshold, it is suspended for misbehaving_client_timeout.
    Verdict evaluate(const MAC &mac);
    /// Ignores `mac` for unauthorized_client_timeout seconds (staticDHCPd's addToTempBlocklist).
    void ignore(const MAC &mac, const QString &reason);
    void ignoreFor(const MAC &mac, int seconds, const QString &reason);
    /// Ends an ignore period now; false if the MAC was not ignored.
    bool release(const MAC &mac);
    int secondsLeft(const MAC &mac) const;
    QList<Entry> entries() const;
    /// How many MACs are ignored now (counted, not copied).
    int ignoredCount() const { return m_ignored.size(); }
    /// Entries pushed out of either table by the bound since the start.
    quint64 evicted() const { return m_ignored.evicted() + m_actions.evicted(); }
    /// One second passed: timers and counters drop by one; entries end at ≤ 1 as in staticDHCPd.
    void tick();
    void clear();

private:
    Settings m_settings;
    MacLru<Entry> m_ignored;
    MacLru<int> m_actions;   ///< requests counted per MAC, one less each second
};

} // namespace qsd
