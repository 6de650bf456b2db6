#pragma once

#include "exchange.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace qsd {

/// One packet's statistics record (staticDHCPd's `Statistics` namedtuple, plus what the console shows:
/// the drop reason, the relay and the reply type).
struct StatsEvent
{
    qint64 timeMs = 0;          ///< wall clock, ms since the epoch
    Method method = Method::Other;
    MAC mac;
    IPv4 ip;                    ///< the definition's address, else the client's
    QString subnet;
    int serial = 0;
    qint64 processingNs = 0;
    bool processed = false;
    quint16 port = 67;
    IPv4 sourceIp;
    std::optional<IPv4> relayIp;
    DropReason drop = DropReason::None;
    MessageType replyType = MessageType::None;
    QString detail;

    static StatsEvent from(const Exchange &x, qint64 nowMs);
};

/// Counts for one interval (a second or five minutes): packets received and discarded per method.
struct StatsBucket
{
    qint64 startSecs = -1;   ///< epoch seconds of the interval's start; -1: no data
    std::array<quint32, size_t(Method::Count)> received{};
    std::array<quint32, size_t(Method::Count)> discarded{};
    qint64 processingNs = 0;

    quint32 total() const;
    quint32 totalDiscarded() const;
};

/// What a MAC that asked and got nothing looks like to the console's "Unknown clients" page.
struct UnknownClient
{
    MAC mac;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    quint64 requests = 0;
    Method lastMethod = Method::Other;
    std::optional<IPv4> relayIp;
    DropReason lastReason = DropReason::None;
    QByteArray lastPacket;   ///< the raw request, for "show the packet"
};

/// The server's statistics (DESIGN.md step 12; staticDHCPd's statistics and recent_activity extensions, in the
/// core). Fed one event per packet from the engine thread; read from the same thread.
class Statistics
{
public:
    static constexpr int SecondsKept = 3600;        ///< the per-second series: the last hour
    static constexpr int QuantisationSecs = 300;    ///< staticDHCPd's QUANTISATION_INTERVAL
    static constexpr int BucketsKept = 576;         ///< staticDHCPd's RETENTION_COUNT: two days
    static constexpr int RecentActivityKept = 1000;
    static constexpr int UnknownClientsKept = 5000;

    Statistics();

    /// Records one packet; `wire` is the raw request (kept for unknown clients).
    void record(const StatsEvent &event, const QByteArray &wire = {});

    // lifetime
    quint64 received(Method m) const { return m_received[size_t(m)]; }
    quint64 processed(Method m) const { return m_processed[size_t(m)]; }
    quint64 discarded(Method m) const { return m_discarded[size_t(m)]; }
    quint64 dropped(DropReason r) const { return m_drops[size_t(r)]; }
    quint64 totalReceived() const;
    qint64 totalProcessingNs() const { return m_processingNs; }

    /// The per-second series from `fromSecs` to `toSecs` (inclusive, at most the last hour); seconds without
    /// packets are empty buckets with their time set.
    QList<StatsBucket> perSecond(qint64 fromSecs, qint64 toSecs) const;
    /// The five-minute buckets of the last two days, oldest first, idle ones included.
    QList<StatsBucket> perFiveMinutes(qint64 nowSecs) const;
    /// Packets per second over the last `windowBuckets` five-minute buckets plus the current one
    /// (staticDHCPd's AVERAGES_WINDOWS [0, 1, 2, 3, 12, 72, 288]).
    StatsBucket sumOfBuckets(qint64 nowSecs, int windowBuckets) const;

    /// The last event per MAC, newest first.
    QList<StatsEvent> recentActivity(int limit = 100) const;
    std::optional<StatsEvent> lastEventOf(const MAC &mac) const;
    /// MACs that asked and got nothing, most recent first.
    QList<UnknownClient> unknownClients() const;
    void forgetUnknownClient(const MAC &mac) { m_unknown.remove(mac); }

    /// Reinitialise flushes recent activity (staticDHCPd's CLEAR_ON_REINIT); counters and series stay.
    void clearRecentActivity();

private:
    std::array<quint64, size_t(Method::Count)> m_received{};
    std::array<quint64, size_t(Method::Count)> m_processed{};
    std::array<quint64, size_t(Method::Count)> m_discarded{};
    std::array<quint64, size_t(DropReason::Count)> m_drops{};
    qint64 m_processingNs = 0;
    std::vector<StatsBucket> m_seconds;   // ring indexed by second % SecondsKept
    std::vector<StatsBucket> m_buckets;   // ring indexed by (second / 300) % BucketsKept
    QHash<MAC, StatsEvent> m_recent;
    QHash<MAC, UnknownClient> m_unknown;
};

} // namespace qsd
