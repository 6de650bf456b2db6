#pragma once

#include "definition.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace qsd {

/// What an httpdb answer lacks is taken from here (X_HTTPDB_DEFAULT_NAME_SERVERS, _LEASE_TIME, _SERIAL).
struct HttpAnswerDefaults
{
    QList<IPv4> nameServers;
    quint32 leaseTime = 0;
    int serial = 0;
};

/// Reads the body of staticDHCPd's httpdb answer (contrib extension httpdb.py, `_parse_server_response`):
///
///     {"ip": "198.18.0.11", "hostname": "pc", "gateway": "198.18.0.1", "subnet_mask": "255.255.255.0",
///      "broadcast_address": "198.18.0.255", "domain_name": "lab.example",
///      "domain_name_servers": ["198.18.0.2"], "ntp_servers": ["198.18.0.1"], "lease_time": 3600,
///      "subnet": "lab", "serial": 0, "extra": {"owner": "Ada"}}
///
/// Only `ip` is required. A list of such objects gives several definitions; `null`, `{}` and `[]` mean "unknown
/// MAC" (httpdb.py: `if results:`). Address lists may be JSON lists or comma-separated text (what the SQL
/// columns hold); DNS and NTP lists are cut to Definition::MaxServers. `extra` is copied into
/// `definition.extra` as it is (httpdb.py passes it through), numbers without a fraction as integers.
class HttpAnswer
{
public:
    /// The definitions in `body`, or nullopt with the problem in `error`, naming the field at fault
    /// ("[1].domain_name_servers: '198.18.0.x' is not an IPv4 address"). Absent or null `domain_name_servers`,
    /// `lease_time` and `serial` take the `defaults`.
    static std::optional<QList<Definition>> parse(const QByteArray &body, const HttpAnswerDefaults &defaults,
                                                  QString *error);
};

} // namespace qsd
