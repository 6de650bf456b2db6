#pragma once

#include "storerecords.h"

#include <optional>

namespace qsd {

/// The checks on a subnet or map row that need no database, and the normal form edits store.
/// Errors name the record ("map 02:00:00:00:00:01: ip '198.18.0.x' is not an IPv4 address").
class RecordValidator
{
public:
    /// Trims every field, checks lease_time (1..0xffffffff), serial >= 0, the addresses (gateway unlimited,
    /// DNS and NTP at most 3, mask a contiguous dotted quad) and stores lists as "a,b,c".
    static std::optional<SubnetRecord> normaliseSubnet(const SubnetRecord &subnet, QString *error);

    /// Checks MAC, IP, hostname (at most 255 bytes, the size of option 12), subnet and serial; the MAC becomes
    /// "aa:bb:cc:dd:ee:ff" and the IP a plain dotted quad.
    static std::optional<MapRecord> normaliseMap(const MapRecord &map, QString *error);

    /// When the map's subnet text is CIDR ("198.18.0.0/24" or "198.18.0.0/255.255.255.0"), its IP must lie
    /// in that network and, up to /30, be neither the network nor the broadcast address. Other subnet
    /// texts (staticDHCPd's subnet is free text) are not checked.
    static bool checkAddressInSubnet(const MapRecord &map, QString *error);
};

} // namespace qsd
