#include "mapsmodel.h"

#include "consoleclient.h"

MapsModel::MapsModel(QObject *parent) : QAbstractListModel(parent) { }

void MapsModel::setClient(ConsoleClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client) {
        connect(m_client, &ConsoleClient::connected, this, &MapsModel::reload);
        connect(m_client, &ConsoleClient::definitionsChanged, this, [this](const QString &what) {
            if (what == QLatin1String("map") || what == QLatin1String("subnet"))
                reload();
        });
    }
    emit queryChanged();
    reload();
}

void MapsModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit queryChanged();
    reload();
}

void MapsModel::setSubnet(const QString &subnet)
{
    if (subnet == m_subnet)
        return;
    m_subnet = subnet;
    emit queryChanged();
    reload();
}

void MapsModel::setSerial(int serial)
{
    if (serial == m_serial)
        return;
    m_serial = serial;
    emit queryChanged();
    reload();
}

void MapsModel::setSortColumn(int column)
{
    if (column == m_sort)
        return;
    m_sort = column;
    emit queryChanged();
    reload();
}

void MapsModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    emit queryChanged();
    reload();
}

void MapsModel::reload()
{
    ++m_generation;
    m_requested.clear();
    // The rows stay until the first page of the new query arrives: no flicker on a refresh.
    fetch(0);
}

void MapsModel::fetch(int page) const
{
    if (!m_client || m_requested.contains(page))
        return;
    m_requested.insert(page);
    const quint64 generation = m_generation;
    auto *self = const_cast<MapsModel *>(this);
    m_client->call(QStringLiteral("maps"),
                   {m_search, m_subnet, m_serial, m_sort, m_descending, PageSize, page * PageSize},
                   [self, generation, page](const QVariantMap &answer) { self->received(generation, page, answer); });
}

void MapsModel::received(quint64 generation, int page, const QVariantMap &answer)
{
    if (generation != m_generation)
        return;
    if (!answer.value(QStringLiteral("ok")).toBool()) {
        m_requested.remove(page);
        m_error = answer.value(QStringLiteral("error")).toString();
        emit totalChanged();
        return;
    }
    QList<QVariantMap> rows;
    for (const QVariant &r : answer.value(QStringLiteral("maps")).toList())
        rows.append(r.toMap());
    const int total = answer.value(QStringLiteral("total")).toInt();
    m_error.clear();
    if (page == 0) {
        // First page of a (re)query: the row count may change, every other page is stale.
        beginResetModel();
        m_pages.clear();
        m_pages.insert(0, rows);
        m_total = total;
        endResetModel();
        emit totalChanged();
    } else {
        m_pages.insert(page, rows);
        const int first = page * PageSize;
        const int last = std::min(first + int(rows.size()), m_total) - 1;
        if (last >= first)
            emit dataChanged(index(first), index(last));
    }
    emit pageLoaded(page);
}

QVariantMap MapsModel::get(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.cend() || row % PageSize >= it->size())
        return {};
    return it->at(row % PageSize);
}

int MapsModel::rowOf(const QString &mac) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < int(it->size()); ++i) {
            if (it->at(i).value(QStringLiteral("mac")).toString().compare(mac, Qt::CaseInsensitive) == 0)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int MapsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

QVariant MapsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / PageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || index.row() % PageSize >= it->size()) {
        fetch(page);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    const QVariantMap &row = it->at(index.row() % PageSize);
    switch (role) {
    case Qt::DisplayRole:
    case MacRole: return row.value(QStringLiteral("mac"));
    case IpRole: return row.value(QStringLiteral("ip"));
    case HostnameRole: return row.value(QStringLiteral("hostname"));
    case SubnetRole: return row.value(QStringLiteral("subnet"));
    case SerialRole: return row.value(QStringLiteral("serial"));
    case RevisionRole: return row.value(QStringLiteral("revision"));
    case LoadedRole: return true;
    case RowRole: return row;
    default: return {};
    }
}

QHash<int, QByteArray> MapsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {MacRole, "mac"}, {IpRole, "ip"}, {HostnameRole, "hostname"},
            {SubnetRole, "subnet"}, {SerialRole, "serial"}, {RevisionRole, "revision"}, {LoadedRole, "loaded"},
            {RowRole, "row"}};
}
