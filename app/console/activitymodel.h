#pragma once

#include "serverrowsmodel.h"

/// The last exchange of every MAC (management.rep ActivityRow, recentActivity()), newest first, at most `limit`;
/// roles are ActivityRow's fields, keyed by MAC. The Dashboard's recent activity and the Activity page, which
/// refresh it on a timer while shown.
class ActivityModel : public ServerRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
public:
    explicit ActivityModel(QObject *parent = nullptr);

    int limit() const { return m_limit; }
    void setLimit(int limit);

    Q_INVOKABLE void refresh() override;

signals:
    void limitChanged();

private:
    int m_limit = 1000;
};
