#pragma once

#include "definitionstore.h"

#include <QHash>

namespace qsd {

/// Definitions in staticDHCPd's INI file (`[database] engine = ini`, databases/_ini.py): sections
/// `[<subnet>|<serial>]` with lease-time (required, not zero), gateway, subnet-mask, broadcast-address,
/// ntp-servers, domain-name-servers and domain-name; every other section is a MAC (any separators, any case)
/// with ip, subnet and serial (required) and hostname. Other keys go into `definition.extra` as
/// 'subnets.<key>' / 'maps.<key>', typed by a prefix: `s:` text, `i:` integer, `f:` number, `b:` boolean
/// (y, yes, t, true, ok, okay, 1); with an upper-case prefix a value that does not parse is null instead of an
/// error. [defect] fixed: staticDHCPd raised on every extra key.
///
/// The whole file is read at open() and again at reinitialise(); a malformed file is an error naming the
/// file and line, and a failed re-read keeps the definitions read before.
class IniStore final : public DefinitionStore
{
public:
    explicit IniStore(const QString &file);

    bool open(QString *error);
    QString describe() const override;
    LookupResult lookupMAC(const MAC &mac) override;
    bool reinitialise(QString *error) override;

    qsizetype mapCount() const { return m_maps.size(); }

private:
    struct Subnet
    {
        QString lease_time, gateway, subnet_mask, broadcast_address, ntp_servers, domain_name_servers, domain_name;
        QVariantMap extra;
    };
    struct Map
    {
        QString ip, hostname, subnet;
        int serial = 0;
        QVariantMap extra;
    };
    bool read(QHash<QString, Subnet> *subnets, QHash<MAC, Map> *maps, QString *error) const;

    QString m_file;
    QHash<QString, Subnet> m_subnets;   // key: "subnet|serial"
    QHash<MAC, Map> m_maps;
};

} // namespace qsd
