#pragma once

#include <QSortFilterProxyModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/// Search, filters and sorting by role name over a RowsModel, for the console's tables: `text` matches any of
/// `searchRoles` (case-insensitive, substring); `filters` {role: value} must all match exactly (an empty value
/// matches everything); `minimum` {role: number} keeps rows whose role is at least that (log severity);
/// `presence` {role: bool} keeps rows whose role is set (true) or empty (false): answered or dropped events.
class RowsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    Q_PROPERTY(QStringList searchRoles READ searchRoles WRITE setSearchRoles NOTIFY changed)
    Q_PROPERTY(QVariantMap filters READ filters WRITE setFilters NOTIFY changed)
    Q_PROPERTY(QVariantMap minimum READ minimum WRITE setMinimum NOTIFY changed)
    Q_PROPERTY(QVariantMap presence READ presence WRITE setPresence NOTIFY changed)
    Q_PROPERTY(QString sortBy READ sortBy WRITE setSortBy NOTIFY changed)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit RowsFilter(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QStringList searchRoles() const { return m_searchRoles; }
    void setSearchRoles(const QStringList &roles);
    QVariantMap filters() const { return m_filters; }
    void setFilters(const QVariantMap &filters);
    QVariantMap minimum() const { return m_minimum; }
    void setMinimum(const QVariantMap &minimum);
    QVariantMap presence() const { return m_presence; }
    void setPresence(const QVariantMap &presence);
    QString sortBy() const { return m_sortBy; }
    void setSortBy(const QString &role);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int count() const { return rowCount(); }

    /// The source row of a proxy row, as a map (empty when out of range).
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void changed();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int roleOf(const QString &name) const;
    void refilter();

    QString m_text;
    QStringList m_searchRoles;
    QVariantMap m_filters;
    QVariantMap m_minimum;
    QVariantMap m_presence;
    QString m_sortBy;
    bool m_descending = false;
};
