#!/usr/bin/python3
"""Raw-socket helper run inside a namespace (ip netns exec NS nl_sniff.py ...).

  nl_sniff.py capture IFNAME OUT.pcap [--all-udp]
      Capture frames of IFNAME (both directions) into OUT.pcap: UDP to/from ports 67/68
      (any UDP with --all-udp). Prints "ready" once the socket is bound; stops on SIGTERM.
  nl_sniff.py send IFNAME    < hex frames, one per line
      Send each frame as-is out of IFNAME; prints the number sent.
Standard library only."""
import select
import signal
import socket
import struct
import sys
import time

ETH_P_ALL = 0x0003


def wanted(frame, all_udp):
    off = 14
    if len(frame) < 42:
        return False
    etype = struct.unpack("!H", frame[12:14])[0]
    if etype == 0x8100:
        etype, off = struct.unpack("!H", frame[16:18])[0], 18
    if etype != 0x0800 or frame[off + 9] != 17:
        return False
    if all_udp:
        return True
    u = off + (frame[off] & 0x0F) * 4
    sport, dport = struct.unpack("!HH", frame[u:u + 4])
    return sport in (67, 68) or dport in (67, 68)


def capture(ifname, path, all_udp):
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    s.bind((ifname, 0))
    with open(path, "wb") as out:
        out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        out.flush()
        print("ready", flush=True)
        while not stop:
            try:
                r, _, _ = select.select([s], [], [], 0.2)
            except InterruptedError:
                continue
            while r:
                try:
                    frame = s.recv(65535, socket.MSG_DONTWAIT)
                except BlockingIOError:
                    break
                if wanted(frame, all_udp):
                    t = time.time()
                    out.write(struct.pack("<IIII", int(t), int((t % 1) * 1e6), len(frame), len(frame)))
                    out.write(frame)
            out.flush()


def send(ifname):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((ifname, 0))
    n = 0
    for line in sys.stdin:
        line = line.strip()
        if line:
            s.send(bytes.fromhex(line))
            n += 1
    print(n)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "capture":
        capture(sys.argv[2], sys.argv[3], "--all-udp" in sys.argv[4:])
    elif len(sys.argv) == 3 and sys.argv[1] == "send":
        send(sys.argv[2])
    else:
        sys.exit(__doc__)
