#include "severity.h"

#include <iterator>

namespace qsd {

namespace {

constexpr const char *kNames[] = {"debug", "info", "warn", "error", "critical"};
static_assert(std::size(kNames) == size_t(Severity::Critical) + 1, "one name per severity");

} // namespace

QString severityName(Severity severity)
{
    return QString::fromLatin1(kNames[size_t(severity)]);
}

std::optional<Severity> parseSeverity(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(QLatin1String("warning"), Qt::CaseInsensitive) == 0)
        return Severity::Warn;
    for (size_t i = 0; i < std::size(kNames); ++i) {
        if (t.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0)
            return Severity(i);
    }
    return std::nullopt;
}

} // namespace qsd
