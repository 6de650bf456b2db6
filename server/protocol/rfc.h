#pragma once

namespace qsd::rfc {
} // namespace qsd::rfc
