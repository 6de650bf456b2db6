#include "rowsfilter.h"

#include "rowsmodel.h"

#include <QHostAddress>

namespace {

/// Addresses sort as numbers ("198.18.0.9" before "198.18.0.10"), everything else as QVariant compares.
bool variantLess(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        bool okA = false;
        bool okB = false;
        const quint32 ipA = QHostAddress(a.toString()).toIPv4Address(&okA);
        const quint32 ipB = QHostAddress(b.toString()).toIPv4Address(&okB);
        if (okA && okB)
            return ipA < ipB;
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    }
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace

RowsFilter::RowsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::rowsInserted, this, &RowsFilter::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &RowsFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &RowsFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &RowsFilter::countChanged);
}

void RowsFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void RowsFilter::setSearchRoles(const QStringList &roles)
{
    if (roles == m_searchRoles)
        return;
    m_searchRoles = roles;
    refilter();
}

void RowsFilter::setFilters(const QVariantMap &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    refilter();
}

void RowsFilter::setMinimum(const QVariantMap &minimum)
{
    if (minimum == m_minimum)
        return;
    m_minimum = minimum;
    refilter();
}

void RowsFilter::setPresence(const QVariantMap &presence)
{
    if (presence == m_presence)
        return;
    m_presence = presence;
    refilter();
}

void RowsFilter::setSortBy(const QString &role)
{
    if (role == m_sortBy)
        return;
    m_sortBy = role;
    if (role.isEmpty())
        sort(-1);
    else
        sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    invalidate();
    emit changed();
}

void RowsFilter::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    if (!m_sortBy.isEmpty())
        sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    emit changed();
}

void RowsFilter::refilter()
{
    invalidateFilter();
    emit changed();
    emit countChanged();
}

int RowsFilter::roleOf(const QString &name) const
{
    if (!sourceModel())
        return -1;
    const QHash<int, QByteArray> roles = sourceModel()->roleNames();
    const QByteArray key = name.toUtf8();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.value() == key)
            return it.key();
    }
    return -1;
}

QVariantMap RowsFilter::get(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? sourceModel()->data(source, RowsModel::RowRole).toMap() : QVariantMap();
}

bool RowsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex at = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariantMap row = at.data(RowsModel::RowRole).toMap();
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QString wanted = it.value().toString();
        if (!wanted.isEmpty() && row.value(it.key()).toString().compare(wanted, Qt::CaseInsensitive) != 0)
            return false;
    }
    for (auto it = m_minimum.cbegin(); it != m_minimum.cend(); ++it) {
        if (row.value(it.key()).toDouble() < it.value().toDouble())
            return false;
    }
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it) {
        if (row.value(it.key()).toString().isEmpty() == it.value().toBool())
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const QStringList roles = m_searchRoles.isEmpty() ? row.keys() : m_searchRoles;
    for (const QString &role : roles) {
        if (row.value(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RowsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int role = roleOf(m_sortBy);
    return variantLess(left.data(role), right.data(role));
}
