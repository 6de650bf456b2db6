"""dhcpwire -- DHCPv4 frames for tests: decode captured Ethernet frames, build raw ones,
read pcap files.  Standard library only; no checks beyond what a test needs."""
import ipaddress
import os
import socket
import struct
from dataclasses import dataclass, field

DISCOVER, OFFER, REQUEST, DECLINE, ACK, NAK, RELEASE, INFORM = range(1, 9)
MSG_NAMES = {1: "DISCOVER", 2: "OFFER", 3: "REQUEST", 4: "DECLINE", 5: "ACK", 6: "NAK",
             7: "RELEASE", 8: "INFORM", 10: "LEASEQUERY"}
MAGIC = b"\x63\x82\x53\x63"


def _ip(b):
    return socket.inet_ntoa(b)


def _mac(b):
    return ":".join("%02x" % x for x in b)


@dataclass
class DhcpPacket:
    """One captured DHCP frame. options maps code -> raw bytes (repeated codes concatenated)."""
    ts: float
    src_mac: str
    dst_mac: str
    src_ip: str
    dst_ip: str
    sport: int
    dport: int
    op: int
    xid: int
    secs: int
    flags: int
    ciaddr: str
    yiaddr: str
    siaddr: str
    giaddr: str
    chaddr: str
    hops: int = 0
    sname: bytes = b""
    file: bytes = b""
    options: dict = field(default_factory=dict)

    @property
    def msg_type(self):
        v = self.options.get(53)
        return v[0] if v else None

    @property
    def msg_name(self):
        return MSG_NAMES.get(self.msg_type, "BOOTP" if self.msg_type is None else str(self.msg_type))

    @property
    def is_reply(self):
        return self.op == 2

    @property
    def broadcast_flag(self):
        return bool(self.flags & 0x8000)

    def opt_ip(self, code):
        """Option as one IPv4 string (first address), or None."""
        v = self.options.get(code)
        return _ip(v[:4]) if v and len(v) >= 4 else None

    def opt_ips(self, code):
        v = self.options.get(code, b"")
        return [_ip(v[i:i + 4]) for i in range(0, len(v) - 3, 4)]

    def opt_int(self, code):
        v = self.options.get(code)
        return int.from_bytes(v, "big") if v else None

    def opt_str(self, code):
        v = self.options.get(code)
        return v.decode("latin-1").rstrip("\0") if v is not None else None

    def suboptions(self, code=82):
        """TLV sub-options (e.g. of option 82): {subcode: bytes}."""
        return parse_tlv(self.options.get(code, b""))

    def __str__(self):
        return "%s %s:%d -> %s:%d chaddr=%s yiaddr=%s giaddr=%s opts=%s" % (
            self.msg_name, self.src_ip, self.sport, self.dst_ip, self.dport, self.chaddr,
            self.yiaddr, self.giaddr, sorted(self.options))


def parse_tlv(data, stop_at_end=True):
    out, i = {}, 0
    while i < len(data):
        code = data[i]
        if code == 0:
            i += 1
            continue
        if code == 255 and stop_at_end:
            break
        if i + 1 >= len(data):
            break
        ln = data[i + 1]
        out[code] = out.get(code, b"") + data[i + 2:i + 2 + ln]
        i += 2 + ln
    return out


def decode_frame(frame, ts=0.0):
    """Ethernet/IPv4/UDP/BOOTP frame -> DhcpPacket, or None if it is not one."""
    if len(frame) < 14 + 20 + 8 + 240:
        return None
    eth_type = struct.unpack("!H", frame[12:14])[0]
    off = 14
    if eth_type == 0x8100:           # VLAN tag
        eth_type, off = struct.unpack("!H", frame[16:18])[0], 18
    if eth_type != 0x0800:
        return None
    ihl = (frame[off] & 0x0F) * 4
    if frame[off + 9] != 17:
        return None
    src_ip, dst_ip = _ip(frame[off + 12:off + 16]), _ip(frame[off + 16:off + 20])
    u = off + ihl
    sport, dport, ulen = struct.unpack("!HHH", frame[u:u + 6])
    payload = frame[u + 8:u + ulen] if ulen >= 8 else frame[u + 8:]
    return decode_bootp(payload, ts=ts, src_mac=_mac(frame[6:12]), dst_mac=_mac(frame[0:6]),
                        src_ip=src_ip, dst_ip=dst_ip, sport=sport, dport=dport)


def decode_bootp(b, ts=0.0, src_mac="", dst_mac="", src_ip="", dst_ip="", sport=0, dport=0):
    """A BOOTP/DHCP message (UDP payload) -> DhcpPacket, or None if it is not one."""
    if len(b) < 240 or b[236:240] != MAGIC:
        return None
    op, _htype, hlen, hops, xid, secs, flags = struct.unpack("!BBBBIHH", b[:12])
    opts = parse_tlv(b[240:])
    return DhcpPacket(ts=ts, src_mac=src_mac, dst_mac=dst_mac, src_ip=src_ip,
                      dst_ip=dst_ip, sport=sport, dport=dport, op=op, xid=xid, secs=secs, flags=flags,
                      ciaddr=_ip(b[12:16]), yiaddr=_ip(b[16:20]), siaddr=_ip(b[20:24]),
                      giaddr=_ip(b[24:28]), chaddr=_mac(b[28:28 + min(hlen, 16)]), hops=hops,
                      sname=b[44:108], file=b[108:236], options=opts)


def read_pcap(path):
    """[(timestamp, frame bytes)] from a classic little-endian pcap (as nl_sniff.py writes)."""
    if not os.path.exists(path):
        return []
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24:
        return []
    out, i = [], 24
    while i + 16 <= len(data):
        sec, usec, incl, _orig = struct.unpack("<IIII", data[i:i + 16])
        if i + 16 + incl > len(data):
            break                    # record still being written
        out.append((sec + usec / 1e6, data[i + 16:i + 16 + incl]))
        i += 16 + incl
    return out


def _csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def _mac_bytes(mac):
    return bytes(int(x, 16) for x in mac.split(":"))


def encode_options(options):
    """{code: bytes|str|int-list} (or list of (code, value) pairs, kept in order) -> TLVs + END."""
    out = b""
    items = options.items() if isinstance(options, dict) else options
    for code, val in items:
        if isinstance(val, str):
            val = val.encode()
        elif isinstance(val, (list, tuple)):
            val = bytes(val)
        while True:                  # long values split over several TLVs (RFC 3396)
            out += bytes([code, min(len(val), 255)]) + val[:255]
            val = val[255:]
            if not val:
                break
    return out + b"\xff"


def build_dhcp(mac, msg_type=DISCOVER, xid=None, options=None, ciaddr="0.0.0.0", yiaddr="0.0.0.0",
               giaddr="0.0.0.0", flags=0, hops=0, op=1, src_mac=None, dst_mac="ff:ff:ff:ff:ff:ff",
               src_ip="0.0.0.0", dst_ip="255.255.255.255", sport=68, dport=67, pad_to=300):
    """A complete Ethernet frame carrying one BOOTP/DHCP message.
    options: extra options {code: value} added after 53 (msg_type None = plain BOOTP)."""
    xid = int.from_bytes(os.urandom(4), "big") if xid is None else xid
    chaddr = _mac_bytes(mac)
    bootp = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", op, 1, 6, hops, xid, 0, flags,
                        socket.inet_aton(ciaddr), socket.inet_aton(yiaddr), socket.inet_aton("0.0.0.0"),
                        socket.inet_aton(giaddr), chaddr, b"", b"")
    opts = [(53, bytes([msg_type]))] if msg_type else []
    opts += list((options or {}).items()) if isinstance(options or {}, dict) else list(options)
    bootp += MAGIC + encode_options(opts)
    bootp += b"\0" * max(0, pad_to - len(bootp))
    udp_len = 8 + len(bootp)
    src, dst = socket.inet_aton(src_ip), socket.inet_aton(dst_ip)
    pseudo = src + dst + struct.pack("!BBH", 0, 17, udp_len)
    udp = struct.pack("!HHHH", sport, dport, udp_len, 0) + bootp
    ucs = _csum(pseudo + udp) or 0xFFFF
    udp = udp[:6] + struct.pack("!H", ucs) + udp[8:]
    iph = struct.pack("!BBHHHBBH4s4s", 0x45, 0x10, 20 + udp_len, 0, 0, 64, 17, 0, src, dst)
    iph = iph[:10] + struct.pack("!H", _csum(iph)) + iph[12:]
    return _mac_bytes(dst_mac) + _mac_bytes(src_mac or mac) + b"\x08\x00" + iph + udp


def ip_in(ip, net):
    return ipaddress.ip_address(ip) in ipaddress.ip_network(net)
