#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace qsd {

/// Log severities, as staticDHCPd's LOG_*_SEVERITY values (DEBUG, INFO, WARN, ERROR, CRITICAL), in increasing order.
enum class Severity { Debug, Info, Warn, Error, Critical };

/// The lower-case configuration spelling: "debug", "info", "warn", "error", "critical".
QString severityName(Severity severity);

/// Parses a configuration value: one of severityName()'s names or "warning", any case, surrounding blanks ignored.
std::optional<Severity> parseSeverity(QStringView text);

} // namespace qsd
