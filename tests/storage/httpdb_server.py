#!/usr/bin/python3
"""A stand-in for the web service of staticDHCPd's httpdb extension, for tst_httpstore.

Listens on 127.0.0.1 with an ephemeral port and prints the port on the first line of stdout. The path picks the
behaviour: /normal answers from FIXTURES, /list with two definitions, /null, /empty-object and /empty-list with
"unknown", /bad-ip and /bad-dns with a bad address, /malformed with text that is not JSON, /error with HTTP 500,
/slow after sleeping 5 s, /huge with 4 MiB, /redirect-same to /normal, /redirect-other to /normal on another host
name (localhost); /normal answers
SLOW_MAC after 2 s. The MAC is whichever parameter (JSON body or query string) looks like one. Every
request is recorded in the file given as the first argument (method, path, query, headers, body) before it is
answered.
"""
import json
import os
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FULL = {
    "ip": "198.18.0.11", "hostname": "labpc01", "gateway": "198.18.0.1", "subnet_mask": "255.255.255.0",
    "broadcast_address": "198.18.0.255", "domain_name": "lab.example",
    "domain_name_servers": ["198.18.0.2", "198.18.0.3", "198.18.0.4", "198.18.0.5"],
    "ntp_servers": ["198.18.0.1"], "lease_time": 3600, "subnet": "198.18.0.0/24", "serial": 1,
    "extra": {"owner": "Ada", "room": 7, "pxe": True},
}
FIXTURES = {
    "02:00:00:00:00:01": FULL,
    "02:00:00:00:00:02": {"ip": "198.18.0.12", "subnet": "198.18.0.0/24"},   # the defaults apply
}
SECOND = {"ip": "198.18.1.11", "gateway": ["198.18.1.1", "198.18.1.2"], "lease_time": "7200",
          "subnet": "198.18.1.0/24", "serial": 0}
SLOW_MAC = "02:00:00:00:00:0f"   # /normal answers it (unknown) after 2 s: one slow lookup among fast ones
MAC = re.compile(r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$")
RECORD = sys.argv[1]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        url = urllib.parse.urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        record = {"method": self.command, "path": url.path, "query": url.query,
                  "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body}
        temporary = "%s.%d.tmp" % (RECORD, threading.get_ident())   # requests may come in parallel
        with open(temporary, "w") as f:
            json.dump(record, f)
        os.replace(temporary, RECORD)

        parameters = dict(urllib.parse.parse_qsl(url.query))
        if body:
            parameters.update(json.loads(body))
        mac = next((v for v in parameters.values() if isinstance(v, str) and MAC.match(v)), None)
        mode = url.path.strip("/")
        if mode == "slow" or (mode == "normal" and mac == SLOW_MAC):
            time.sleep(5 if mode == "slow" else 2)
            mode = "normal"
        answers = {
            "normal": lambda: FIXTURES.get(mac),
            "list": lambda: [FULL, SECOND],
            "null": lambda: None,
            "empty-object": lambda: {},
            "empty-list": lambda: [],
            "bad-ip": lambda: {"ip": "198.18.0.300", "subnet": "x"},
            "bad-dns": lambda: [FULL, dict(SECOND, domain_name_servers=["198.18.0.2", "dns.example"])],
            "malformed": lambda: b"{'ip': 198.18.0.11",
        }
        if mode == "error":
            self.answer(500, {"error": "database down"})
        elif mode == "huge":                           # 4 MiB: no answer is that large
            self.answer(200, b"[" + b" " * (4 << 20) + b"]")
        elif mode.startswith("redirect-"):             # redirect-same: /normal here; redirect-other: localhost
            host = "127.0.0.1" if mode == "redirect-same" else "localhost"
            self.send_response(302)
            self.send_header("Location", "http://%s:%d/normal?%s" % (host, self.server.server_address[1], url.query))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif mode in answers:
            self.answer(200, answers[mode]())
        else:
            self.answer(404, {"error": "no such mode"})

    do_GET = handle_any
    do_POST = handle_any


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
