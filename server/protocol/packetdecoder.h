#pragma once

#include "dhcppacket.h"

#include <QString>

namespace qsd {

/// Why a received message is malformed. Fatal reasons leave no usable packet; the others name the first
/// option-level problem of a packet that was otherwise decoded (Postel: the good options are kept).
enum class DecodeError : quint8 {
    None,
    TruncatedHeader,   ///< fatal: shorter than the 236-byte header plus cookie
    BadMagicCookie,    ///< fatal: no 63 82 53 63 at offset 236 (BOOTP without vendor extensions, or not DHCP)
    OptionOverrun,     ///< an option's length byte, or its value, runs past the end of its field
    BadOptionLength,   ///< an option's length does not fit its type (e.g. a zero-length or 3-byte address)
    BadOverload,       ///< option 52 is not 1, 2 or 3
    Count
};

/// "truncated-header", "bad-magic-cookie", … (stable names: statistics and logs use them).
QString decodeErrorName(DecodeError error);

struct DecodeResult
{
    DhcpPacket packet;
    DecodeError error = DecodeError::None;
    QString detail;              ///< human-readable detail of `error`, naming the option and offset
    bool endPresent = false;     ///< an END option terminated the options field
    int bytesAfterEnd = 0;       ///< padding after END in the options field

    /// False only for fatal errors: the header or cookie could not be read.
    bool usable() const { return error != DecodeError::TruncatedHeader && error != DecodeError::BadMagicCookie; }
    bool malformed() const { return error != DecodeError::None; }
};

/// Decodes one DHCP message (the UDP payload). Never throws, never reads out of bounds.
/// Implements RFC 3396 (repeated options concatenated, in the order options → file → sname) and option
/// overload (52) on input, which staticDHCPd ignored; unknown options are kept as raw bytes.
class PacketDecoder
{
public:
    static DecodeResult decode(QByteArrayView data);
    /// The same, but the packet's option values, sname and file refer to `data` (which the packet keeps alive)
    /// instead of copying each: no allocation per option on the server's hot path.
    static DecodeResult decode(const QByteArray &data);

private:
    static DecodeResult decode(QByteArrayView data, const QByteArray *backing);
};

} // namespace qsd
