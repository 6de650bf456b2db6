#!/usr/bin/python3
"""TLS flood helper run inside a namespace: nl_tlsflood.py HOST PORT COUNT SECONDS SOURCE[,SOURCE...]
Opens COUNT TCP connections to HOST:PORT within about SECONDS, from the SOURCE addresses in turn, none with a
valid token: a third connect and send nothing, a third send half a TLS ClientHello and stall (mid-handshake),
a third complete the handshake (no certificate check) and send a wrong token. Every connection is held until the
server closes it or SECONDS + 8 s have passed. Prints one JSON line with what happened to them:
  opened: connect() succeeded; closed_fast: the server closed it within 0.2 s (refused before a handshake);
  handshakes: TLS handshakes completed; held_max_s: the longest a connection stayed open. Standard library only."""
import json
import os
import socket
import ssl
import sys
import threading
import time

HALF_HELLO = bytes.fromhex("16030100c8010000c40303") + os.urandom(32)   # record + handshake headers, then stall


def main():
    host, port, count, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    sources = sys.argv[5].split(",")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    lock = threading.Lock()
    stats = {"count": count, "opened": 0, "connect_failed": 0, "closed_fast": 0, "handshakes": 0, "held_max_s": 0.0}
    deadline = time.monotonic() + seconds + 8

    def one(i):
        kind = i % 3
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind((sources[i % len(sources)], 0))
        s.settimeout(3)
        try:
            s.connect((host, port))
        except OSError:
            with lock:
                stats["connect_failed"] += 1
            s.close()
            return
        opened = time.monotonic()
        with lock:
            stats["opened"] += 1
        try:
            if kind == 1:
                s.sendall(HALF_HELLO)
            elif kind == 2:
                s = context.wrap_socket(s)
                with lock:
                    stats["handshakes"] += 1
                s.sendall(b"wrong-token-of-an-attacker\n")
            s.settimeout(max(0.1, deadline - time.monotonic()))
            while s.recv(4096):
                pass
        except (OSError, ssl.SSLError):
            pass
        held = time.monotonic() - opened
        with lock:
            if held < 0.2:
                stats["closed_fast"] += 1
            stats["held_max_s"] = max(stats["held_max_s"], round(held, 2))
        s.close()

    threads = []
    for i in range(count):
        t = threading.Thread(target=one, args=(i,), daemon=True)
        t.start()
        threads.append(t)
        time.sleep(seconds / count)
    for t in threads:
        t.join(max(0.1, deadline + 4 - time.monotonic()))
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
