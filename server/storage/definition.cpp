#include "definition.h"

namespace qsd {

bool operator==(const Definition &a, const Definition &b)
{
    return a.ip == b.ip && a.lease_time == b.lease_time && a.subnet == b.subnet && a.serial == b.serial
        && a.hostname == b.hostname && a.gateways == b.gateways && a.subnet_mask == b.subnet_mask
        && a.broadcast_address == b.broadcast_address && a.domain_name == b.domain_name
        && a.domain_name_servers == b.domain_name_servers && a.ntp_servers == b.ntp_servers && a.extra == b.extra;
}

} // namespace qsd
