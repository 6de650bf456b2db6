#pragma once

#include "definition.h"
#include "protocol/mac.h"

#include <QStringView>
#include <QVariant>

#include <optional>

namespace qsd {

/// Columns 0..10 of staticDHCPd's lookup query, in its order, as the database returned them (text mostly;
/// NULL is an invalid or null QVariant).
struct DefinitionColumns
{
    QVariant ip;                    ///< maps.ip
    QVariant hostname;              ///< maps.hostname
    QVariant gateway;               ///< subnets.gateway, comma-separated
    QVariant subnet_mask;           ///< subnets.subnet_mask
    QVariant broadcast_address;     ///< subnets.broadcast_address
    QVariant domain_name;           ///< subnets.domain_name
    QVariant domain_name_servers;   ///< subnets.domain_name_servers, comma-separated
    QVariant ntp_servers;           ///< subnets.ntp_servers, comma-separated
    QVariant lease_time;            ///< subnets.lease_time
    QVariant subnet;                ///< subnets.subnet
    QVariant serial;                ///< subnets.serial
};

/// Reads staticDHCPd's text columns into a Definition (generic.py `Definition.__init__` coercions).
class DefinitionParser
{
public:
    /// Parses a comma-separated IPv4 list: "198.18.0.1, 198.18.0.2". Spaces around items and empty items
    /// ("a,,b", a trailing comma) are tolerated. When `limit` >= 0 only the first `limit` addresses are read and
    /// the rest is ignored unparsed, as staticDHCPd slices the list before parsing it.
    /// On a bad item returns nullopt and stores the offending item in `badItem`.
    static std::optional<QList<IPv4>> parseAddressList(QStringView text, int limit = -1, QString *badItem = nullptr);

    /// Builds the Definition of `mac` from one lookup row. A bad value is an error naming the MAC and the
    /// column ("MAC 02:00:00:00:00:01: subnets.domain_name_servers: '198.18.0.x' is not an IPv4 address").
    static std::optional<Definition> fromColumns(const DefinitionColumns &columns, const MAC &mac, QString *error);
};

} // namespace qsd
