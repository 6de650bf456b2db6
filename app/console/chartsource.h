#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "consoleclient.h"
#include <QAbstractSeries>

/// The Dashboard chart's data: per-second buckets for the last hour (kept from the counters pushed every second
/// and filled from series() on connection) and the five-minute buckets of two days (asked for when that range is
/// shown). fill() writes one series' points straight into a QtCharts series, as Qt's own examples do, so the
/// chart moves once a second without QML building point lists.
///
/// Series names: a method ("DISCOVER", "REQUEST", …) = packets per second received by that method; "dropped" =
/// packets per second discarded; "processing" = average processing time in ms. X is minutes before now (10 min
/// and 1 h ranges) or hours before now (2 days), so the axis reads "-10 … 0" (xMinimum … 0).
class ChartSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConsoleClient *connection READ client WRITE setClient NOTIFY methodsChanged)
    Q_PROPERTY(int range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(QStringList methods READ methods NOTIFY methodsChanged)
    Q_PROPERTY(double maxRate READ maxRate NOTIFY updated)
    Q_PROPERTY(double maxProcessingMs READ maxProcessingMs NOTIFY updated)
    Q_PROPERTY(double xMinimum READ xMinimum NOTIFY rangeChanged)
    Q_PROPERTY(QVariantMap lastSecond READ lastSecond NOTIFY updated)
public:
    enum Range { TenMinutes, OneHour, TwoDays };
    Q_ENUM(Range)

    explicit ChartSource(QObject *parent = nullptr);

    ConsoleClient *client() const { return m_client; }
    void setClient(ConsoleClient *client);
    int range() const { return m_range; }
    void setRange(int range);
    QStringList methods() const { return m_methods; }
    double maxRate() const { return m_maxRate; }
    double maxProcessingMs() const { return m_maxProcessingMs; }
    double xMinimum() const;
    /// {received, answered, dropped, processingMs} of the last complete second: the Dashboard tiles.
    QVariantMap lastSecond() const { return m_lastSecond; }

    Q_INVOKABLE void fill(QAbstractSeries *series, const QString &name) const;
    /// The points fill() would write, for tests: [{x, y}].
    Q_INVOKABLE QVariantList points(const QString &name) const;

    /// Takes buckets as the management API sends them (ServerCounters.seconds, SeriesAnswer.buckets).
    void addSeconds(const QList<BucketRow> &buckets);
    void setFiveMinutes(const QList<BucketRow> &buckets);

signals:
    void rangeChanged();
    void methodsChanged();
    void updated();

private:
    struct Bucket
    {
        QList<double> received;    // per method
        double discarded = 0;
        double processingMs = 0;
    };
    void onCounters();
    void backfill();
    void recompute();
    static Bucket toBucket(const BucketRow &row);
    QList<QPair<double, double>> compute(const QString &name) const;

    ConsoleClient *m_client = nullptr;
    int m_range = TenMinutes;
    QStringList m_methods;
    QMap<qint64, Bucket> m_seconds;      // startSecs → bucket, the last hour
    QMap<qint64, Bucket> m_fiveMinutes;  // startSecs → bucket, two days
    qint64 m_nowSecs = 0;
    double m_maxRate = 1;
    double m_maxProcessingMs = 1;
    QVariantMap m_lastSecond;
};
