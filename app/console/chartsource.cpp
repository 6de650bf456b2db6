#include "chartsource.h"

#include "consoleclient.h"

#include <QDateTime>
#include <QXYSeries>

#include <cmath>

namespace {

constexpr qint64 HourSecs = 3600;
constexpr qint64 FiveMinutes = 300;

double sum(const QList<double> &values)
{
    double s = 0;
    for (double v : values)
        s += v;
    return s;
}

/// A readable axis top: 1, 2, 5 × 10^n above `value`.
double niceCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

ChartSource::ChartSource(QObject *parent) : QObject(parent) { }

void ChartSource::setClient(ConsoleClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client) {
        connect(m_client, &ConsoleClient::countersChanged, this, &ChartSource::onCounters);
        connect(m_client, &ConsoleClient::connected, this, &ChartSource::backfill);
        if (m_client->state() == ConsoleClient::Connected)
            backfill();
    }
    emit methodsChanged();
}

void ChartSource::setRange(int range)
{
    if (range == m_range || range < TenMinutes || range > TwoDays)
        return;
    m_range = range;
    if (m_range == TwoDays)
        backfill();
    emit rangeChanged();
    recompute();
}

double ChartSource::xMinimum() const
{
    switch (m_range) {
    case OneHour: return -60;
    case TwoDays: return -48;
    default: return -10;
    }
}

ChartSource::Bucket ChartSource::toBucket(const BucketRow &row)
{
    Bucket b;
    for (qint64 n : row.received())
        b.received.append(double(n));
    for (qint64 n : row.discarded())
        b.discarded += double(n);
    b.processingMs = row.processingMs();
    return b;
}

void ChartSource::onCounters()
{
    const ManagementReplica *rep = m_client->replica();
    if (!rep)
        return;
    const ServerCounters counters = rep->counters();
    if (counters.methods() != m_methods && !counters.methods().isEmpty()) {
        m_methods = counters.methods();
        emit methodsChanged();
    }
    addSeconds(counters.seconds());
}

void ChartSource::backfill()
{
    if (!m_client)
        return;
    m_client->ask(this, [](ManagementReplica &r) { return r.series(1, 0, 0); }, [this](const SeriesAnswer &answer) {
        if (!answer.ok())
            return;
        if (answer.methods() != m_methods) {
            m_methods = answer.methods();
            emit methodsChanged();
        }
        addSeconds(answer.buckets());
    });
    if (m_range == TwoDays) {
        m_client->ask(this, [](ManagementReplica &r) { return r.series(int(FiveMinutes), 0, 0); }, [this](const SeriesAnswer &answer) {
            if (answer.ok())
                setFiveMinutes(answer.buckets());
        });
    }
}

void ChartSource::addSeconds(const QList<BucketRow> &buckets)
{
    for (const BucketRow &row : buckets) {
        const qint64 start = row.startSecs();
        m_seconds.insert(start, toBucket(row));
        m_nowSecs = std::max(m_nowSecs, start + 1);
    }
    while (!m_seconds.isEmpty() && m_seconds.firstKey() < m_nowSecs - HourSecs)
        m_seconds.erase(m_seconds.begin());
    if (!m_seconds.isEmpty()) {
        const Bucket &last = m_seconds.last();
        const double received = sum(last.received);
        m_lastSecond = {{QStringLiteral("received"), received},
                        {QStringLiteral("answered"), std::max(0.0, received - last.discarded)},
                        {QStringLiteral("dropped"), last.discarded},
                        {QStringLiteral("processingMs"), received > 0 ? last.processingMs / received : 0.0}};
    }
    // Every minute the two-day view takes the new five-minute bucket.
    if (m_range == TwoDays && m_client && m_nowSecs % 60 == 0)
        backfill();
    recompute();
}

void ChartSource::setFiveMinutes(const QList<BucketRow> &buckets)
{
    m_fiveMinutes.clear();
    for (const BucketRow &row : buckets)
        m_fiveMinutes.insert(row.startSecs(), toBucket(row));
    recompute();
}

QList<QPair<double, double>> ChartSource::compute(const QString &name) const
{
    const bool twoDays = m_range == TwoDays;
    const QMap<qint64, Bucket> &source = twoDays ? m_fiveMinutes : m_seconds;
    const qint64 span = twoDays ? 48 * HourSecs : (m_range == OneHour ? HourSecs : 600);
    const double width = twoDays ? double(FiveMinutes) : 1.0;
    const double unit = twoDays ? 3600.0 : 60.0;
    const qint64 now = twoDays ? QDateTime::currentSecsSinceEpoch() : m_nowSecs;
    const int method = int(m_methods.indexOf(name));
    QList<QPair<double, double>> out;
    for (auto it = source.lowerBound(now - span); it != source.cend(); ++it) {
        const Bucket &b = it.value();
        double y = 0;
        if (name == QLatin1String("dropped"))
            y = b.discarded / width;
        else if (name == QLatin1String("processing")) {
            const double n = sum(b.received);
            y = n > 0 ? b.processingMs / n : 0;
        } else if (method >= 0 && method < b.received.size())
            y = b.received[method] / width;
        out.append({double(it.key() + (twoDays ? 0 : 1) - now) / unit, y});
    }
    return out;
}

void ChartSource::recompute()
{
    double maxRate = 0;
    for (const QString &m : std::as_const(m_methods)) {
        for (const auto &p : compute(m))
            maxRate = std::max(maxRate, p.second);
    }
    for (const auto &p : compute(QStringLiteral("dropped")))
        maxRate = std::max(maxRate, p.second);
    double maxMs = 0;
    for (const auto &p : compute(QStringLiteral("processing")))
        maxMs = std::max(maxMs, p.second);
    m_maxRate = niceCeiling(maxRate * 1.1);
    m_maxProcessingMs = maxMs <= 0 ? 1 : niceCeiling(maxMs * 1.1);
    emit updated();
}

void ChartSource::fill(QAbstractSeries *series, const QString &name) const
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy)
        return;
    QList<QPointF> points;
    for (const auto &p : compute(name))
        points.append(QPointF(p.first, p.second));
    xy->replace(points);
}

QVariantList ChartSource::points(const QString &name) const
{
    QVariantList out;
    for (const auto &p : compute(name))
        out.append(QVariantMap{{QStringLiteral("x"), p.first}, {QStringLiteral("y"), p.second}});
    return out;
}
