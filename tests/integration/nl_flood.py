#!/usr/bin/python3
"""Flood helper run inside a namespace: nl_flood.py IFNAME MAC COUNT [INTERVAL]
Sends COUNT DHCPDISCOVERs (fresh xid each) from MAC with scapy; prints the number sent.
nl_flood.py IFNAME random SECONDS RATE: DISCOVERs from a new random locally administered MAC each, at about RATE
per second for SECONDS (one scapy frame patched in place on a raw socket); prints the number sent."""
import os
import socket
import sys
import time

from scapy.all import BOOTP, DHCP, IP, UDP, Ether, conf, sendp  # Debian python3-scapy

conf.verb = 0


def random_macs(ifname, seconds, rate):
    frame = bytearray(bytes(Ether(src="02:00:00:00:00:00", dst="ff:ff:ff:ff:ff:ff")
                            / IP(src="0.0.0.0", dst="255.255.255.255")
                            / UDP(sport=68, dport=67, chksum=0)   # no UDP checksum (RFC 768): chaddr changes
                            / BOOTP(op=1, chaddr=bytes(6), xid=1, flags=0)
                            / DHCP(options=[("message-type", "discover"), "end"])))
    chaddr = 14 + 20 + 8 + 28   # Ethernet, IPv4, UDP headers, then BOOTP's fixed fields up to chaddr
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((ifname, 0))
    sent, start = 0, time.monotonic()
    while time.monotonic() - start < seconds:
        for _ in range(100):
            mac = b"\x02" + os.urandom(5)
            frame[6:12] = mac
            frame[chaddr:chaddr + 6] = mac
            frame[chaddr - 16:chaddr - 12] = os.urandom(4)   # xid
            s.send(frame)
            sent += 1
        ahead = sent / rate - (time.monotonic() - start)
        if ahead > 0:
            time.sleep(ahead)
    print(sent)


def main():
    if sys.argv[2] == "random":
        return random_macs(sys.argv[1], float(sys.argv[3]), float(sys.argv[4]))
    ifname, mac, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    interval = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    chaddr = bytes(int(x, 16) for x in mac.split(":"))
    frames = [Ether(src=mac, dst="ff:ff:ff:ff:ff:ff")
              / IP(src="0.0.0.0", dst="255.255.255.255")
              / UDP(sport=68, dport=67)
              / BOOTP(op=1, chaddr=chaddr, xid=int.from_bytes(os.urandom(4), "big"), flags=0)
              / DHCP(options=[("message-type", "discover"), ("param_req_list", [1, 3, 6, 15, 51, 54]), "end"])
              for _ in range(count)]
    sendp(frames, iface=ifname, inter=interval)
    print(len(frames))


if __name__ == "__main__":
    main()
