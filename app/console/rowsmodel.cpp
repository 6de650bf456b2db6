#include "rowsmodel.h"

#include <QHash>
#include <QSet>

RowsModel::RowsModel(QObject *parent) : QAbstractListModel(parent) { }

void RowsModel::setRoleList(const QStringList &roles)
{
    if (roles == m_roles)
        return;
    beginResetModel();
    m_roles = roles;
    endResetModel();
    emit rolesChanged();
}

void RowsModel::setKeyRole(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    emit rolesChanged();
}

QString RowsModel::keyOf(const QVariantMap &row) const
{
    return m_key.isEmpty() ? QString() : row.value(m_key).toString();
}

void RowsModel::setRows(const QVariantList &rows)
{
    QList<QVariantMap> next;
    next.reserve(rows.size());
    for (const QVariant &r : rows)
        next.append(r.toMap());

    bool sameKeys = !m_key.isEmpty() && next.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < next.size(); ++i)
        sameKeys = keyOf(next[i]) == keyOf(m_rows[i]);
    if (sameKeys) {
        for (qsizetype i = 0; i < next.size(); ++i) {
            if (next[i] != m_rows[i]) {
                m_rows[i] = next[i];
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
        return;
    }
    // Row by row only for a few changes with unique keys (the once-a-second refresh); otherwise one reset is
    // cheaper for the views than hundreds of inserts and moves.
    QHash<QString, int> wanted;
    bool incremental = !m_key.isEmpty();
    for (qsizetype i = 0; incremental && i < next.size(); ++i)
        incremental = !wanted.contains(keyOf(next[i])) && (wanted.insert(keyOf(next[i]), int(i)), true);
    if (incremental) {
        int structural = 0;
        QSet<QString> current;
        for (const QVariantMap &row : std::as_const(m_rows)) {
            current.insert(keyOf(row));
            structural += wanted.contains(keyOf(row)) ? 0 : 1;
        }
        for (const QVariantMap &row : std::as_const(next))
            structural += current.contains(keyOf(row)) ? 0 : 1;
        incremental = structural <= MaxIncrementalChanges && current.size() == m_rows.size();
    }
    if (incremental) {
        // Remove vanished keys, then walk the new order inserting or moving into place.
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!wanted.contains(keyOf(m_rows[i]))) {
                beginRemoveRows(QModelIndex(), i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < int(next.size()); ++i) {
            const QString key = keyOf(next[i]);
            int at = -1;
            for (int j = i; j < int(m_rows.size()); ++j) {
                if (keyOf(m_rows[j]) == key) {
                    at = j;
                    break;
                }
            }
            if (at < 0) {
                beginInsertRows(QModelIndex(), i, i);
                m_rows.insert(i, next[i]);
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows(QModelIndex(), at, at, QModelIndex(), i);
                m_rows.move(at, i);
                endMoveRows();
            }
            if (m_rows[i] != next[i]) {
                m_rows[i] = next[i];
                emit dataChanged(index(i), index(i));
            }
        }
    } else {
        beginResetModel();
        m_rows = next;
        endResetModel();
    }
    emit countChanged();
}

void RowsModel::append(const QVariantList &rows, int limit)
{
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    for (const QVariant &r : rows)
        m_rows.append(r.toMap());
    endInsertRows();
    if (limit > 0 && m_rows.size() > limit) {
        const int excess = int(m_rows.size()) - limit;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
    }
    emit countChanged();
}

QVariantMap RowsModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QVariantMap();
}

int RowsModel::indexOf(const QString &key) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (keyOf(m_rows[i]) == key)
            return i;
    }
    return -1;
}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap &row = m_rows[index.row()];
    if (role == RowRole)
        return row;
    if (role == Qt::DisplayRole)
        return m_roles.isEmpty() ? QVariant() : row.value(m_roles.first());
    const int at = role - FirstKeyRole;
    return at >= 0 && at < m_roles.size() ? row.value(m_roles[at]) : QVariant();
}

QHash<int, QByteArray> RowsModel::roleNames() const
{
    QHash<int, QByteArray> names{{Qt::DisplayRole, "display"}, {RowRole, "row"}};
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(FirstKeyRole + i, m_roles[i].toUtf8());
    return names;
}
