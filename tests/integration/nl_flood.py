#!/usr/bin/python3
"""Flood helper run inside a namespace: nl_flood.py IFNAME MAC COUNT [INTERVAL]
Sends COUNT DHCPDISCOVERs (fresh xid each) from MAC with scapy; prints the number sent."""
import os
import sys

from scapy.all import BOOTP, DHCP, IP, UDP, Ether, conf, sendp  # Debian python3-scapy

conf.verb = 0


def main():
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
