#!/usr/bin/python3
"""DHCP load helper run inside a namespace: nl_renew.py MAC CIADDR SERVER RATE SECONDS
Sends RENEW REQUESTs (unicast, ciaddr set, fresh xid each) from CIADDR:68 to SERVER:67 at about RATE per second
for SECONDS, and counts the ACKs/NAKs that come back to CIADDR:68 for one more second.
Prints one JSON line: {"sent": N, "answered": M, "late_ms_max": ...}. Standard library only."""
import json
import os
import socket
import struct
import sys
import threading
import time


def request(mac, ciaddr, xid):
    chaddr = bytes(int(x, 16) for x in mac.split(":"))
    header = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", 1, 1, 6, 0, xid, 0, 0, socket.inet_aton(ciaddr),
                         bytes(4), bytes(4), bytes(4), chaddr.ljust(16, b"\0"), bytes(64), bytes(128))
    options = b"\x63\x82\x53\x63" + b"\x35\x01\x03" + b"\x37\x04\x01\x03\x06\x33" + b"\xff"
    return header + options


def main():
    mac, ciaddr, server, rate, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    s.bind((ciaddr, 68))
    base = int.from_bytes(os.urandom(4), "big") & 0x7FFFFFFF
    sent_at = {}
    answered = set()
    worst = [0.0]
    done = threading.Event()

    def receive():
        s.settimeout(0.2)
        while not done.is_set():
            try:
                data = s.recv(2048)
            except socket.timeout:
                continue
            if len(data) < 240 or data[0] != 2:
                continue
            xid = struct.unpack("!I", data[4:8])[0]
            if xid in sent_at and xid not in answered:
                answered.add(xid)
                worst[0] = max(worst[0], time.monotonic() - sent_at[xid])

    t = threading.Thread(target=receive)
    t.start()
    start = time.monotonic()
    n = 0
    while time.monotonic() - start < seconds:
        for _ in range(10):
            xid = (base + n) & 0xFFFFFFFF
            sent_at[xid] = time.monotonic()
            s.sendto(request(mac, ciaddr, xid), (server, 67))
            n += 1
        ahead = n / rate - (time.monotonic() - start)
        if ahead > 0:
            time.sleep(ahead)
    time.sleep(1.0)
    done.set()
    t.join()
    print(json.dumps({"sent": n, "answered": len(answered), "late_ms_max": round(worst[0] * 1000, 1),
                      "seconds": round(time.monotonic() - start - 1.0, 2)}))


if __name__ == "__main__":
    main()
