#pragma once

namespace qsd::conversion {
} // namespace qsd::conversion
