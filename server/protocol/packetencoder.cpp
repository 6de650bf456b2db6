#include "packetencoder.h"

#include <QtEndian>

namespace qsd {
namespace {

constexpr int kIpUdpHeaders = 28;

/// Order of options on the wire: message type, server identifier, lease time, then by code; relay agent
/// information last (RFC 3046 §2.1 asks relays to append it last; we keep it there on the way back).
int wireRank(quint8 code)
{
    switch (code) {
    case Opt::DhcpMessageType: return -3;
    case Opt::ServerIdentifier: return -2;
    case Opt::IpAddressLeaseTime: return -1;
    case Opt::RelayAgent: return 256;
    default: return code;
    }
}

/// One writable area (options, file or sname), filled front to back, always leaving room for END.
struct Area
{
    char *data;
    int capacity;   ///< bytes available, END included
    int used = 0;
    int room() const { return capacity - used - 1; }   // minus END
    void put(quint8 code, QByteArrayView value)
    {
        data[used++] = char(code);
        data[used++] = char(value.size());
        memcpy(data + used, value.data(), size_t(value.size()));
        used += int(value.size());
    }
};

/// Bytes an option takes when split into ≤255-byte instances.
int encodedSize(const QByteArray &value)
{
    const int n = int(value.size());
    const int instances = n == 0 ? 1 : (n + 254) / 255;
    return n + 2 * instances;
}

} // namespace

QByteArray PacketEncoder::encode(const DhcpPacket &p, EncodeReport *report)
{
    QVarLengthArray<const DhcpOption *, 32> selected;
    for (const DhcpOption &o : p.options()) {
        if (o.code != Opt::Pad && o.code != Opt::End && o.code != Opt::Overload && p.isSelected(o.code))
            selected.append(&o);
    }
    std::stable_sort(selected.begin(), selected.end(),
                     [](const DhcpOption *a, const DhcpOption *b) { return wireRank(a->code) < wireRank(b->code); });

    int total = 0;
    for (const DhcpOption *o : std::as_const(selected))
        total += encodedSize(o->value);
    constexpr int kOptionsOffset = DhcpPacket::HeaderSize + DhcpPacket::CookieSize;
    const int limit = p.maximumMessageSize() - kIpUdpHeaders;
    // As large as the options need (END included), never more than the receiver takes.
    const int size = std::min(limit, std::max(int(DhcpPacket::MinimumSize), kOptionsOffset + total + 1));
    QByteArray out(size, '\0');
    char *d = out.data();
    d[0] = char(p.op);
    d[1] = char(p.htype);
    d[2] = char(p.hlen);
    d[3] = char(p.hops);
    qToBigEndian(p.xid, d + 4);
    qToBigEndian(p.secs, d + 8);
    qToBigEndian(p.flags, d + 10);
    qToBigEndian(p.ciaddr.toUInt32(), d + 12);
    qToBigEndian(p.yiaddr.toUInt32(), d + 16);
    qToBigEndian(p.siaddr.toUInt32(), d + 20);
    qToBigEndian(p.giaddr.toUInt32(), d + 24);
    memcpy(d + 28, p.chaddr.data(), 16);
    memcpy(d + 44, p.sname.constData(), size_t(std::min<qsizetype>(64, p.sname.size())));
    memcpy(d + 108, p.file.constData(), size_t(std::min<qsizetype>(128, p.file.size())));
    memcpy(d + DhcpPacket::HeaderSize, DhcpPacket::MagicCookie, DhcpPacket::CookieSize);

    Area main{d + kOptionsOffset, size - kOptionsOffset};
    QVarLengthArray<Area, 3> areas{main};
    int overload = 0;
    if (total > main.room()) {   // needs option 52 (3 bytes in the options field) and the unused header fields
        const auto unused = [](const QByteArray &f) { return f.count('\0') == f.size(); };
        areas[0].capacity -= 3;   // option 52 goes last in the options field, after 53 and the rest
        if (unused(p.file)) {
            overload |= 1;
            memset(d + 108, 0, 128);
            areas.append(Area{d + 108, 128});
        }
        if (unused(p.sname)) {
            overload |= 2;
            memset(d + 44, 0, 64);
            areas.append(Area{d + 44, 64});
        }
    }

    QList<quint8> dropped;
    for (const DhcpOption *o : std::as_const(selected)) {
        // Keep an option whole in the first area it fits in; split it (RFC 3396) only when it fits in none.
        const int size = encodedSize(o->value);
        const auto whole = std::find_if(areas.begin(), areas.end(), [size](const Area &a) { return a.room() >= size; });
        if (whole != areas.end()) {
            for (qsizetype at = 0; at < o->value.size() || at == 0; at += 255)
                whole->put(o->code, QByteArrayView(o->value).sliced(at, std::min<qsizetype>(255, o->value.size() - at)));
            continue;
        }
        int spare = 0;
        for (const Area &a : std::as_const(areas))
            spare += std::max(0, a.room() - 2);
        if (spare < o->value.size() || o->value.isEmpty()) {
            dropped << o->code;
            continue;
        }
        // Pieces go in field order (options, file, sname): the order in which receivers concatenate them.
        qsizetype at = 0;
        for (Area &a : areas) {
            while (a.room() > 2 && at < o->value.size()) {
                const int chunk = int(std::min<qsizetype>({255, a.room() - 2, o->value.size() - at}));
                a.put(o->code, QByteArrayView(o->value).sliced(at, chunk));
                at += chunk;
            }
        }
    }
    if (overload) {
        areas[0].capacity += 3;
        areas[0].put(Opt::Overload, QByteArray(1, char(overload)));
    }
    for (Area &a : areas)
        a.data[a.used++] = char(Opt::End);
    if (report) {
        report->dropped = dropped;
        report->overload = overload;
    }
    out.truncate(std::max(int(DhcpPacket::MinimumSize), kOptionsOffset + areas[0].used));
    return out;
}

} // namespace qsd
