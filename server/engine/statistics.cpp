#include "statistics.h"

#include <algorithm>
#include <numeric>

namespace qsd {
namespace {

void add(StatsBucket &b, qint64 start, const StatsEvent &e)
{
    if (b.startSecs != start)
        b = StatsBucket{start, {}, {}, 0};
    ++b.received[size_t(e.method)];
    if (!e.processed)
        ++b.discarded[size_t(e.method)];
    b.processingNs += e.processingNs;
}

/// Keeps a hash below `limit` entries by dropping the oldest quarter when it grows past it.
template<typename T, typename Time>
void trimOldest(QHash<MAC, T> &hash, int limit, Time timeOf)
{
    if (hash.size() <= limit)
        return;
    std::vector<qint64> times;
    times.reserve(size_t(hash.size()));
    for (const T &v : std::as_const(hash))
        times.push_back(timeOf(v));
    const size_t cut = times.size() - size_t(limit) * 3 / 4;
    std::nth_element(times.begin(), times.begin() + qsizetype(cut), times.end());
    const qint64 threshold = times[cut];
    hash.removeIf([&](const auto &it) { return timeOf(it.value()) < threshold; });
}

} // namespace

StatsEvent StatsEvent::from(const Exchange &x, qint64 nowMs)
{
    StatsEvent e;
    e.timeMs = nowMs;
    e.method = x.method;
    e.mac = x.mac;
    if (x.definition) {
        e.ip = x.definition->ip;
        e.subnet = x.definition->subnet;
        e.serial = x.definition->serial;
    } else if (x.clientIp) {
        e.ip = *x.clientIp;
    }
    e.processingNs = x.processingNs;
    e.processed = x.processed;
    e.port = x.localPort;
    e.sourceIp = x.sourceIp;
    e.relayIp = x.relayIp;
    e.drop = x.drop;
    e.replyType = x.reply && x.processed ? x.reply->messageType() : MessageType::None;
    e.detail = x.detail;
    return e;
}

quint32 StatsBucket::total() const
{
    return std::accumulate(received.begin(), received.end(), 0u);
}

quint32 StatsBucket::totalDiscarded() const
{
    return std::accumulate(discarded.begin(), discarded.end(), 0u);
}

Statistics::Statistics() : m_seconds(SecondsKept), m_buckets(BucketsKept) { }

void Statistics::record(const StatsEvent &e, const QByteArray &wire)
{
    const auto m = size_t(e.method);
    ++m_received[m];
    ++(e.processed ? m_processed : m_discarded)[m];
    ++m_drops[size_t(e.drop)];
    m_processingNs += e.processingNs;
    const qint64 secs = e.timeMs / 1000;
    add(m_seconds[size_t(secs % SecondsKept)], secs, e);
    const qint64 bucketStart = secs - secs % QuantisationSecs;
    add(m_buckets[size_t((bucketStart / QuantisationSecs) % BucketsKept)], bucketStart, e);

    if (e.method == Method::Other)
        return;   // no MAC worth remembering
    m_recent.insert(e.mac, e);
    trimOldest(m_recent, RecentActivityKept, [](const StatsEvent &v) { return v.timeMs; });
    if (e.processed) {
        m_unknown.remove(e.mac);
    } else if (e.drop == DropReason::UnknownClient
               || (e.drop == DropReason::TemporarilyIgnored && m_unknown.contains(e.mac))) {
        UnknownClient &u = m_unknown[e.mac];
        if (u.requests == 0) {
            u.mac = e.mac;
            u.firstSeenMs = e.timeMs;
        }
        ++u.requests;
        u.lastSeenMs = e.timeMs;
        u.lastMethod = e.method;
        u.relayIp = e.relayIp;
        u.lastReason = e.drop;
        if (!wire.isEmpty())
            u.lastPacket = wire;
        trimOldest(m_unknown, UnknownClientsKept, [](const UnknownClient &v) { return v.lastSeenMs; });
    }
}

quint64 Statistics::totalReceived() const
{
    return std::accumulate(m_received.begin(), m_received.end(), quint64(0));
}

QList<StatsBucket> Statistics::perSecond(qint64 fromSecs, qint64 toSecs) const
{
    fromSecs = std::max(fromSecs, toSecs - SecondsKept + 1);
    QList<StatsBucket> out;
    out.reserve(toSecs - fromSecs + 1);
    for (qint64 s = fromSecs; s <= toSecs; ++s) {
        const StatsBucket &b = m_seconds[size_t(s % SecondsKept)];
        out << (b.startSecs == s ? b : StatsBucket{s, {}, {}, 0});
    }
    return out;
}

QList<StatsBucket> Statistics::perFiveMinutes(qint64 nowSecs) const
{
    const qint64 current = nowSecs - nowSecs % QuantisationSecs;
    QList<StatsBucket> out;
    out.reserve(BucketsKept);
    for (qint64 start = current - qint64(BucketsKept - 1) * QuantisationSecs; start <= current; start += QuantisationSecs) {
        const StatsBucket &b = m_buckets[size_t((start / QuantisationSecs) % BucketsKept)];
        out << (b.startSecs == start ? b : StatsBucket{start, {}, {}, 0});
    }
    return out;
}

StatsBucket Statistics::sumOfBuckets(qint64 nowSecs, int windowBuckets) const
{
    const qint64 current = nowSecs - nowSecs % QuantisationSecs;
    StatsBucket sum{current - qint64(windowBuckets) * QuantisationSecs, {}, {}, 0};
    for (int i = 0; i <= std::min(windowBuckets, BucketsKept - 1); ++i) {
        const qint64 start = current - qint64(i) * QuantisationSecs;
        const StatsBucket &b = m_buckets[size_t((start / QuantisationSecs) % BucketsKept)];
        if (b.startSecs != start)
            continue;
        for (size_t m = 0; m < b.received.size(); ++m) {
            sum.received[m] += b.received[m];
            sum.discarded[m] += b.discarded[m];
        }
        sum.processingNs += b.processingNs;
    }
    return sum;
}

QList<StatsEvent> Statistics::recentActivity(int limit) const
{
    QList<StatsEvent> out(m_recent.begin(), m_recent.end());
    std::sort(out.begin(), out.end(), [](const StatsEvent &a, const StatsEvent &b) { return a.timeMs > b.timeMs; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

std::optional<StatsEvent> Statistics::lastEventOf(const MAC &mac) const
{
    const auto it = m_recent.constFind(mac);
    if (it == m_recent.constEnd())
        return std::nullopt;
    return *it;
}

QList<UnknownClient> Statistics::unknownClients() const
{
    QList<UnknownClient> out(m_unknown.begin(), m_unknown.end());
    std::sort(out.begin(), out.end(), [](const UnknownClient &a, const UnknownClient &b) { return a.lastSeenMs > b.lastSeenMs; });
    return out;
}

void Statistics::clearRecentActivity()
{
    m_recent.clear();
}

} // namespace qsd
