#include "packetdecoder.h"

#include "optionvalue.h"

#include <QtEndian>

#include <iterator>

namespace qsd {
namespace {

constexpr const char *kDecodeErrorNames[] = {
    "", "truncated-header", "bad-magic-cookie", "option-overrun", "bad-option-length", "bad-overload",
};
static_assert(std::size(kDecodeErrorNames) == size_t(DecodeError::Count), "a name for every DecodeError");

constexpr int kSnameOffset = 44;
constexpr int kFileOffset = 108;

struct FieldScan
{
    bool endPresent = false;
    int bytesAfterEnd = 0;
};

/// Appends the options of one field to `options`, concatenating repeated codes (RFC 3396 §6).
/// Returns false (with `error`/`detail` set if not yet set) when an option runs past the field.
bool scanOptions(QByteArrayView field, const char *fieldName, int fieldOffset, OptionList &options,
                 FieldScan &scan, DecodeResult &result, bool shared)
{
    qsizetype i = 0;
    while (i < field.size()) {
        const auto code = quint8(field[i]);
        if (code == Opt::Pad) {
            ++i;
            continue;
        }
        if (code == Opt::End) {
            scan.endPresent = true;
            scan.bytesAfterEnd = int(field.size() - i - 1);
            return true;
        }
        if (i + 1 >= field.size() || i + 2 + quint8(field[i + 1]) > field.size()) {   // malformed packet
            if (result.error == DecodeError::None) {
                result.error = DecodeError::OptionOverrun;
                result.detail = QStringLiteral("option %1 at offset %2 of the %3 field runs past its end")
                                    .arg(code).arg(fieldOffset + i).arg(QLatin1String(fieldName));
            }
            return false;
        }
        const QByteArrayView value = field.sliced(i + 2, quint8(field[i + 1]));
        auto existing = std::find_if(options.begin(), options.end(), [code](const DhcpOption &o) { return o.code == code; });
        if (existing == options.end()) {
            options.append(DhcpOption{code, shared ? QByteArray::fromRawData(value.data(), value.size()) : value.toByteArray(), 1});
        } else {
            existing->value += value;
            existing->instances = quint8(std::min(255, existing->instances + 1));
        }
        i += 2 + value.size();
    }
    return true;
}

} // namespace

QString decodeErrorName(DecodeError error)
{
    return QString::fromLatin1(kDecodeErrorNames[size_t(error)]);
}

DecodeResult PacketDecoder::decode(QByteArrayView data)
{
    return decode(data, nullptr);
}

DecodeResult PacketDecoder::decode(const QByteArray &data)
{
    return decode(QByteArrayView(data), &data);
}

DecodeResult PacketDecoder::decode(QByteArrayView data, const QByteArray *backing)
{
    DecodeResult result;
    DhcpPacket &p = result.packet;
    constexpr int kOptionsOffset = DhcpPacket::HeaderSize + DhcpPacket::CookieSize;
    if (data.size() < kOptionsOffset) {
        result.error = DecodeError::TruncatedHeader;
        result.detail = QStringLiteral("%1 bytes, fewer than the %2 of a DHCP header and cookie").arg(data.size()).arg(kOptionsOffset);
        return result;
    }
    const bool shared = backing != nullptr;
    if (shared)
        p.m_wire = *backing;   // keeps the bytes that fromRawData() values point into alive
    const char *d = data.data();
    p.op = quint8(d[0]);
    p.htype = quint8(d[1]);
    p.hlen = quint8(d[2]);
    p.hops = quint8(d[3]);
    p.xid = qFromBigEndian<quint32>(d + 4);
    p.secs = qFromBigEndian<quint16>(d + 8);
    p.flags = qFromBigEndian<quint16>(d + 10);
    p.ciaddr = IPv4::fromWire(d + 12);
    p.yiaddr = IPv4::fromWire(d + 16);
    p.siaddr = IPv4::fromWire(d + 20);
    p.giaddr = IPv4::fromWire(d + 24);
    std::copy_n(reinterpret_cast<const quint8 *>(d + 28), 16, p.chaddr.begin());
    p.sname = shared ? QByteArray::fromRawData(d + kSnameOffset, 64) : QByteArray(d + kSnameOffset, 64);
    p.file = shared ? QByteArray::fromRawData(d + kFileOffset, 128) : QByteArray(d + kFileOffset, 128);
    if (data.sliced(DhcpPacket::HeaderSize, DhcpPacket::CookieSize) != QByteArrayView(DhcpPacket::MagicCookie, 4)) {
        result.error = DecodeError::BadMagicCookie;
        result.detail = QStringLiteral("no DHCP magic cookie at offset %1").arg(DhcpPacket::HeaderSize);
        return result;
    }

    FieldScan scan;
    scanOptions(data.sliced(kOptionsOffset), "options", kOptionsOffset, p.m_options, scan, result, shared);
    result.endPresent = scan.endPresent;
    result.bytesAfterEnd = scan.bytesAfterEnd;

    // Option overload (RFC 2131 §4.1 / RFC 2132 §9.3): file first, then sname, and both are then options space.
    if (const QByteArray overload = p.option(Opt::Overload); !overload.isNull()) {
        const int which = overload.size() == 1 ? quint8(overload[0]) : 0;
        if (which < 1 || which > 3) {
            if (result.error == DecodeError::None) {
                result.error = DecodeError::BadOverload;
                result.detail = QStringLiteral("option 52 (overload) has value %1; 1, 2 or 3 expected")
                                    .arg(QString::fromLatin1(overload.toHex()));
            }
        } else {
            FieldScan ignored;
            if (which & 1)
                scanOptions(p.file, "file", kFileOffset, p.m_options, ignored, result, shared);
            if (which & 2)
                scanOptions(p.sname, "sname", kSnameOffset, p.m_options, ignored, result, shared);
            // The fields held options, not a server name or boot file: they are blank for the rest of the code.
            if (which & 1)
                p.file.fill('\0');
            if (which & 2)
                p.sname.fill('\0');
        }
    }

    for (const DhcpOption &o : std::as_const(p.m_options)) {
        const OptionDef *def = OptionTable::find(o.code);
        if (def && !OptionValue::isValidLength(def->type, o.value.size()) && result.error == DecodeError::None) {
            result.error = DecodeError::BadOptionLength;
            result.detail = QStringLiteral("option %1 (%2) has %3 bytes, not a valid %4")
                                .arg(o.code).arg(def->displayName()).arg(o.value.size()).arg(OptionTable::typeName(def->type));
        }
    }

    if (const QByteArray prl = p.option(Opt::ParameterRequestList); !prl.isNull())
        p.selectRequestedOptions(prl);
    int maxSize = 65535;
    for (quint8 code : {Opt::MaximumDhcpMessageSize, Opt::MaximumDatagramReassemblySize}) {
        const QByteArray v = p.option(code);
        if (v.size() == 2)
            maxSize = std::min(maxSize, int(qFromBigEndian<quint16>(v.constData())));
    }
    p.setMaximumMessageSize(maxSize == 65535 && !p.hasOption(Opt::MaximumDhcpMessageSize)
                                    && !p.hasOption(Opt::MaximumDatagramReassemblySize)
                                ? DhcpPacket::DefaultMaximumMessageSize
                                : maxSize);
    return result;
}

} // namespace qsd
