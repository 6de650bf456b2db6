#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/// A list model over rows that are QVariantMaps, as the management API answers them (unknown clients,
/// blacklist entries, activity, log records, subnets). Roles are the map keys named in `roles`; QML reads
/// `model.mac`, `model.ip` … and the whole row as `model.row`.
///
/// setRows() keeps the views calm when the same rows come back once a second: rows are matched by `keyRole`
/// and only changed rows emit dataChanged; new keys insert, vanished keys remove.
class RowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList roles READ roleList WRITE setRoleList NOTIFY rolesChanged)
    Q_PROPERTY(QString keyRole READ keyRole WRITE setKeyRole NOTIFY rolesChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit RowsModel(QObject *parent = nullptr);

    QStringList roleList() const { return m_roles; }
    void setRoleList(const QStringList &roles);
    QString keyRole() const { return m_key; }
    void setKeyRole(const QString &key);
    int count() const { return int(m_rows.size()); }

    Q_INVOKABLE void setRows(const QVariantList &rows);
    /// Appends at the end, dropping the oldest rows beyond `limit` (0: no limit): the log view.
    Q_INVOKABLE void append(const QVariantList &rows, int limit = 0);
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int RowRole = Qt::UserRole;   ///< the whole map
    static constexpr int FirstKeyRole = Qt::UserRole + 1;
    /// Beyond this many inserted plus removed rows, setRows() resets the model instead.
    static constexpr int MaxIncrementalChanges = 64;

signals:
    void rolesChanged();
    void countChanged();

private:
    QString keyOf(const QVariantMap &row) const;

    QStringList m_roles;
    QString m_key;
    QList<QVariantMap> m_rows;
};
