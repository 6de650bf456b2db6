#include "mapsmodel.h"

#include "contractvariant.h"

#include <algorithm>

namespace {

/// The roles the server sorts by (management.rep SortColumn).
struct SortableRole
{
    int role;
    SortColumnEnum::SortColumn column;
};
constexpr SortableRole kSortable[] = {{MapsModel::MacRole, SortColumnEnum::Mac},
                                      {MapsModel::IpRole, SortColumnEnum::Ip},
                                      {MapsModel::HostnameRole, SortColumnEnum::Hostname},
                                      {MapsModel::SubnetRole, SortColumnEnum::Subnet}};

} // namespace

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
        connect(m_client, &ConsoleClient::definitionsChanged, this, [this](ChangeKindEnum::ChangeKind kind) {
            if (ConsoleClient::concerns(kind, ChangeKindEnum::Map) || ConsoleClient::concerns(kind, ChangeKindEnum::Subnet))
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

void MapsModel::setSortColumn(SortColumnEnum::SortColumn column)
{
    if (column == m_sort)
        return;
    m_sort = column;
    emit queryChanged();
    reload();
}

QString MapsModel::sortRole() const
{
    for (const SortableRole &s : kSortable) {
        if (s.column == m_sort)
            return QString::fromLatin1(roleNames().value(s.role));
    }
    return QString();
}

void MapsModel::setSortRole(const QString &role)
{
    const int id = roleNames().key(role.toLatin1(), -1);
    const auto it = std::find_if(std::begin(kSortable), std::end(kSortable), [id](const SortableRole &s) { return s.role == id; });
    setSortColumn(it != std::end(kSortable) ? it->column : SortColumnEnum::Ip);
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
    m_resetPending = true;
    fetch(0);
}

void MapsModel::refresh()
{
    if (m_resetPending)
        return;   // a reload is on its way
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    if (pages.isEmpty())
        pages.append(0);
    m_requested.clear();
    for (int page : std::as_const(pages))
        fetch(page);
}

void MapsModel::fetch(int page) const
{
    if (!m_client || m_requested.contains(page))
        return;
    m_requested.insert(page);
    const quint64 generation = m_generation;
    auto *self = const_cast<MapsModel *>(this);
    m_client->ask(this,
                  [&](ManagementReplica &r) {
                      return r.maps(m_search, m_subnet, m_serial, m_sort, m_descending, PageSize, page * PageSize);
                  },
                  [self, generation, page](const MapsAnswer &answer) { self->received(generation, page, answer); });
}

void MapsModel::received(quint64 generation, int page, const MapsAnswer &answer)
{
    if (generation != m_generation)
        return;
    if (!answer.ok()) {
        m_requested.remove(page);
        m_error = answer.error();
        emit totalChanged();
        return;
    }
    const int total = int(answer.total());
    const bool hadError = !m_error.isEmpty();
    m_error.clear();
    if (page == 0 && (m_resetPending || total != m_total)) {
        // First page of a new query, or rows came or went: the row count may change, every other page is stale.
        beginResetModel();
        m_pages.clear();
        m_pages.insert(0, answer.maps());
        m_total = total;
        m_resetPending = false;
        endResetModel();
        emit totalChanged();
    } else if (total != m_total) {
        reload();   // rows came or went between the pages of a refresh
        return;
    } else {
        m_pages.insert(page, answer.maps());
        const int first = page * PageSize;
        const int last = std::min(first + int(answer.maps().size()), m_total) - 1;
        if (last >= first)
            emit dataChanged(index(first), index(last));
        if (hadError)
            emit totalChanged();
    }
    emit pageLoaded(page);
}

const MapRow *MapsModel::rowAt(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (row < 0 || it == m_pages.cend() || row % PageSize >= it->size())
        return nullptr;
    return &it->at(row % PageSize);
}

QVariantMap MapsModel::get(int row) const
{
    const MapRow *r = rowAt(row);
    return r ? contract::toMap(*r) : QVariantMap();
}

int MapsModel::rowOf(const QString &mac) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < int(it->size()); ++i) {
            if (it->at(i).mac().compare(mac, Qt::CaseInsensitive) == 0)
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
    const MapRow *row = rowAt(index.row());
    if (!row) {
        fetch(index.row() / PageSize);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
    case MacRole: return row->mac();
    case IpRole: return row->ip();
    case HostnameRole: return row->hostname();
    case SubnetRole: return row->subnet();
    case SerialRole: return row->serial();
    case RevisionRole: return row->revision();
    case LastSeenRole: return row->lastSeenMs();
    case LoadedRole: return true;
    case RowRole: return contract::toMap(*row);
    default: return {};
    }
}

QHash<int, QByteArray> MapsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {MacRole, "mac"}, {IpRole, "ip"}, {HostnameRole, "hostname"},
            {SubnetRole, "subnet"}, {SerialRole, "serial"}, {RevisionRole, "revision"}, {LastSeenRole, "lastSeen"},
            {LoadedRole, "loaded"}, {RowRole, "row"}};
}
