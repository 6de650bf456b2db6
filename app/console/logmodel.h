#pragma once

#include "serverrowsmodel.h"

/// Log records of the server (management.rep LogRow): the last `limit` at or above `minimumSeverity` (logs()),
/// oldest first, or newest first with `newestFirst`. With `follow`, the records the server pushes afterwards
/// (logAppended) are added at the end, keeping the last `keep`: the Activity page's log. Without, the page
/// refreshes it on a timer: the Dashboard's events.
class LogModel : public ServerRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int minimumSeverity READ minimumSeverity WRITE setMinimumSeverity NOTIFY queryChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY queryChanged)
    Q_PROPERTY(bool newestFirst READ newestFirst WRITE setNewestFirst NOTIFY queryChanged)
    Q_PROPERTY(bool follow READ follow WRITE setFollow NOTIFY queryChanged)
    Q_PROPERTY(int keep READ keep WRITE setKeep NOTIFY queryChanged)
public:
    explicit LogModel(QObject *parent = nullptr);

    int minimumSeverity() const { return m_minimumSeverity; }
    void setMinimumSeverity(int severity);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool newestFirst() const { return m_newestFirst; }
    void setNewestFirst(bool newestFirst);
    bool follow() const { return m_follow; }
    void setFollow(bool follow);
    int keep() const { return m_keep; }
    void setKeep(int keep);

    Q_INVOKABLE void refresh() override;

signals:
    void queryChanged();

private:
    void appended(const QList<LogRow> &records);

    int m_minimumSeverity = 0;
    int m_limit = 1000;
    bool m_newestFirst = false;
    bool m_follow = false;
    int m_keep = 2000;
};
