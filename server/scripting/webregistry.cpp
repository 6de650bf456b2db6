#include "webregistry.h"

#include <algorithm>

namespace qsd {
namespace {

template<class List, class Get>
qsizetype indexOfCallback(const List &list, const QJSValue &callback, Get get)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (get(list[i]).strictlyEquals(callback))
            return i;
    }
    return -1;
}

} // namespace

bool WebRegistry::addHeader(const QJSValue &callback)
{
    if (indexOfCallback(m_headers, callback, [](const QJSValue &v) { return v; }) >= 0)
        return false;
    m_headers << callback;
    return true;
}

bool WebRegistry::removeHeader(const QJSValue &callback)
{
    const qsizetype i = indexOfCallback(m_headers, callback, [](const QJSValue &v) { return v; });
    if (i < 0)
        return false;
    m_headers.removeAt(i);
    return true;
}

bool WebRegistry::addPanel(const QString &module, const QString &name, const QJSValue &callback, std::optional<int> ordering)
{
    if (indexOfCallback(m_panels, callback, [](const WebPanel &p) { return p.callback; }) >= 0)
        return false;
    int order = 0;
    if (ordering)
        order = *ordering;
    else if (!m_panels.isEmpty())
        order = std::max_element(m_panels.cbegin(), m_panels.cend(), [](const WebPanel &a, const WebPanel &b) {
                    return a.ordering < b.ordering;
                })->ordering + 1;
    m_panels << WebPanel{module, name, order, callback};
    std::stable_sort(m_panels.begin(), m_panels.end(), [](const WebPanel &a, const WebPanel &b) { return a.ordering < b.ordering; });
    return true;
}

bool WebRegistry::removePanel(const QJSValue &callback)
{
    const qsizetype i = indexOfCallback(m_panels, callback, [](const WebPanel &p) { return p.callback; });
    if (i < 0)
        return false;
    m_panels.removeAt(i);
    return true;
}

bool WebRegistry::addMethod(const WebMethod &method)
{
    if (m_methods.contains(method.path))
        return false;
    m_methods.insert(method.path, method);
    return true;
}

bool WebRegistry::removeMethod(const QString &path)
{
    return m_methods.remove(path) > 0;
}

void WebRegistry::clear()
{
    m_headers.clear();
    m_panels.clear();
    m_methods.clear();
}

} // namespace qsd
