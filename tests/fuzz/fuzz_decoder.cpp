// libFuzzer entry point: every input is decoded; what decodes is printed, re-encoded and decoded again.
// Built with AddressSanitizer and UBSan, any out-of-bounds access or undefined behaviour aborts the run.
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "protocol/packetjson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView wire(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsd::DecodeResult first = qsd::PacketDecoder::decode(wire);
    qsd::packetToJsonText(first, wire.size());
    if (!first.usable())
        return 0;
    qsd::DhcpPacket packet = first.packet;
    packet.selectAllOptions();
    packet.setMaximumMessageSize(65535);
    qsd::EncodeReport report;
    const QByteArray again = qsd::PacketEncoder::encode(packet, &report);
    const qsd::DecodeResult second = qsd::PacketDecoder::decode(again);
    // What we write we must read back whole: options of a decoded packet survive a round trip.
    if (!second.usable() || (report.dropped.isEmpty() && second.packet.options().size() + (packet.hasOption(52) ? 1 : 0)
                                                              < packet.options().size()))
        abort();
    return 0;
}
