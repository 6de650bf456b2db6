#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace qsd {

class MAC;

/// The vendor of a MAC from the IEEE's OUI registry (Debian's ieee-data: /usr/share/ieee-data/oui.csv), for the
/// console's Unknown clients page. Read on the first lookup, not before: a server nobody asks never pays for it.
/// Locally administered and multicast addresses are named as such, since they have no vendor.
class OuiTable
{
public:
    /// The first readable file of `files` (default: Debian's) is the registry.
    explicit OuiTable(QStringList files = {QStringLiteral("/usr/share/ieee-data/oui.csv")});

    /// "IGT", "locally administered (virtual machine or randomised)", or empty when unknown.
    QString vendorOf(const MAC &mac);
    /// The registry's size once read (0: none found).
    int size();

private:
    void load();

    QStringList m_files;
    QHash<quint32, QString> m_vendors;   // the first three octets → organization
    bool m_loaded = false;
};

} // namespace qsd
