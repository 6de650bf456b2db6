#pragma once

#include "protocol/mac.h"

#include <QHash>

#include <algorithm>
#include <list>
#include <utility>

namespace qsd {

/// A table keyed by MAC that holds at most `capacity` entries: using an entry makes it the most recent, and a new
/// one pushes the least recently used out. What a flood of random MACs can make the server remember is bounded
/// so ([abuse] max_tracked_clients). One thread only.
template<class T>
class MacLru
{
public:
    explicit MacLru(int capacity) : m_capacity(std::max(1, capacity)) { }

    void setCapacity(int capacity)
    {
        m_capacity = std::max(1, capacity);
        trim();
    }
    int size() const { return int(m_index.size()); }
    /// Entries pushed out to make room, since the start.
    quint64 evicted() const { return m_evicted; }

    const T *find(const MAC &mac) const
    {
        const auto it = m_index.constFind(mac);
        return it == m_index.cend() ? nullptr : &(*it)->second;
    }
    /// `mac`'s entry, made (T{}) if it is new, and now the most recently used.
    T &use(const MAC &mac)
    {
        if (const auto it = m_index.find(mac); it != m_index.end()) {
            m_order.splice(m_order.begin(), m_order, *it);
            return (*it)->second;
        }
        m_order.emplace_front(mac, T{});
        m_index.insert(mac, m_order.begin());
        trim();
        return m_order.front().second;
    }
    bool remove(const MAC &mac)
    {
        const auto it = m_index.find(mac);
        if (it == m_index.end())
            return false;
        m_order.erase(*it);
        m_index.erase(it);
        return true;
    }
    /// Keeps the entries for which `keep(T &)` is true, most recent first.
    template<class Keep>
    void keepIf(Keep keep)
    {
        for (auto it = m_order.begin(); it != m_order.end();) {
            if (keep(it->second)) {
                ++it;
            } else {
                m_index.remove(it->first);
                it = m_order.erase(it);
            }
        }
    }
    /// Calls `f(const T &)` for each entry, most recent first.
    template<class F>
    void forEach(F f) const
    {
        for (const auto &entry : m_order)
            f(entry.second);
    }
    void clear()
    {
        m_order.clear();
        m_index.clear();
    }

private:
    using Order = std::list<std::pair<MAC, T>>;

    void trim()
    {
        while (int(m_order.size()) > m_capacity) {
            m_index.remove(m_order.back().first);
            m_order.pop_back();
            ++m_evicted;
        }
    }

    int m_capacity;
    Order m_order;
    QHash<MAC, typename Order::iterator> m_index;
    quint64 m_evicted = 0;
};

} // namespace qsd
