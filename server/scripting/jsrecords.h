#pragma once

#include "hooktypes.h"
#include "storage/definition.h"

#include <QJSValue>
#include <QString>

#include <iterator>
#include <optional>
#include <variant>

class QJSEngine;

namespace qsd {

/// How a record's field crosses the JavaScript boundary. The C++ side sends a plain value, and bootstrap.js's
/// decoder of the kind's name (fieldKindName) makes the hook's value from it; a Definition's fields are read back
/// by the type of their member (definitionFromJs), and bootstrap.js's Definition constructor checks a hook's
/// values by kind too.
enum class FieldKind {
    Address,        ///< IPv4, std::optional<IPv4>: a number, -1 for none → an IPv4, or null
    Addresses,      ///< QList<IPv4>: numbers → a list of IPv4, or null when empty
    Text,           ///< QString of a required field, as it is
    OptionalText,   ///< QString: "" ↔ null
    Mac,            ///< std::optional<MAC>: its text, "" for none → a MAC, or null
    Integer,        ///< an integral type: a number, 0 … the type's largest
    Number,         ///< double
    Boolean,        ///< bool
    Data,           ///< QVariantMap: an object, or null when empty
};

/// The kind's name in bootstrap.js ("address", "optionalText", …).
const char *fieldKindName(FieldKind kind);

enum class Presence { Optional, Required };

/// One field of a record that hooks see as an object: its name in JavaScript and the Record's member behind it.
template<class Record, class... Types>
struct RecordField
{
    using Member = std::variant<Types Record::*...>;
    const char *name;
    Member member;
    Presence presence = Presence::Optional;   ///< Required: no default when a hook leaves it out (Definition)
    int limit = 0;                            ///< Addresses: how many are kept (0: all)
};

using DefinitionField = RecordField<Definition, IPv4, std::optional<IPv4>, QList<IPv4>, QString, quint32, int, QVariantMap>;
using StatsField = RecordField<StatsRecord, std::optional<IPv4>, std::optional<MAC>, QString, int, double, bool, quint16>;

/// staticDHCPd's Definition (databases/generic.py), its fields in the order of its positional constructor. The one
/// list: the Definition objects hooks get and return, and bootstrap.js's Definition class, are made from it.
inline constexpr DefinitionField kDefinitionFields[] = {
    {"ip", &Definition::ip, Presence::Required},
    {"lease_time", &Definition::lease_time, Presence::Required},
    {"subnet", &Definition::subnet, Presence::Required},
    {"serial", &Definition::serial},
    {"hostname", &Definition::hostname},
    {"gateways", &Definition::gateways},
    {"subnet_mask", &Definition::subnet_mask},
    {"broadcast_address", &Definition::broadcast_address},
    {"domain_name", &Definition::domain_name},
    {"domain_name_servers", &Definition::domain_name_servers, Presence::Optional, Definition::MaxServers},
    {"ntp_servers", &Definition::ntp_servers, Presence::Optional, Definition::MaxServers},
    {"extra", &Definition::extra},
};

/// staticDHCPd's statistics.Statistics namedtuple (inventory §6), as `callbacks.statsAddHandler` callbacks get it.
inline constexpr StatsField kStatsFields[] = {
    {"source_address", &StatsRecord::sourceAddress},
    {"mac", &StatsRecord::mac},
    {"ip", &StatsRecord::ip},
    {"subnet", &StatsRecord::subnet},
    {"serial", &StatsRecord::serial},
    {"method", &StatsRecord::method},
    {"processing_time", &StatsRecord::processingTime},
    {"processed", &StatsRecord::processed},
    {"port", &StatsRecord::port},
};

/// The tables for bootstrap.js, which reads them at start: [{name, kind, required, limit, largest}, …] in their order
/// (`largest`: an Integer's largest value).
QJSValue describeDefinitionFields(QJSEngine *engine);
QJSValue describeStatsFields(QJSEngine *engine);

/// `d` as the arguments of the glue's makeDefinition: one plain value per kDefinitionFields row, in its order.
QJSValueList definitionArguments(QJSEngine *engine, const Definition &d);
/// `r` as the arguments of the glue's stats, one per kStatsFields row.
QJSValueList statsArguments(QJSEngine *engine, const StatsRecord &r);

/// A definition from a hook's Definition object, read by the names of kDefinitionFields; nullopt and `error`
/// ("the definition's subnet_mask is not valid: …") if a field is not valid. Runs the hook's getters: call it
/// under the watchdog.
std::optional<Definition> definitionFromJs(const QJSValue &value, QString *error);

} // namespace qsd
