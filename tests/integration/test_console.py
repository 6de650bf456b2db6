#!/usr/bin/python3
"""The console against a real daemon (issue 7): qstaticdhcp under Xvfb, connected over the daemon's local management
socket, while real clients in a network namespace ask for addresses.

Run as root with Debian's Python: /usr/bin/python3 tests/integration/test_console.py -v
One known client (udhcpc, again and again) makes the chart move; one unknown client asks until the console's
`--tour` promotes it through the Unknown clients page's own "Assign address…" dialog, and must then get the
suggested address. The tour saves a screenshot of every page in light and dark into QSD_SCREENSHOT_DIR (the test
output, to be looked at) and tour.json with what the pages showed, which this test checks.
"""
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients  # noqa: E402
import test_server  # noqa: E402
from test_server import BIN_DIR, MAC, ServerTestCase, make_db  # noqa: E402

CONSOLE = os.path.join(BIN_DIR, "qstaticdhcp")
NEW_MAC = "02:00:00:00:00:77"
SCREENSHOTS = os.environ.get("QSD_SCREENSHOT_DIR") or os.path.join(tempfile.gettempdir(), "qsd-console-screenshots")
# Hooks that read and set an option, a console panel and an action: the Hooks page and the Dashboard show them.
HOOKS = """
export function init() {
    callbacks.webAddDashboard("lab", "notes", () => "<b>Lab 1</b>: the console test's panel"
        + "<img src='http://127.0.0.1:%(port)d/pixel.png'><table background='http://127.0.0.1:%(port)d/bg.png'><tr>"
        + "<td style='background-image: url(http://127.0.0.1:%(port)d/css.png)'>x</td></tr></table>");
    callbacks.webAddMethod("/lab/hello", () => ["text/plain", "hello"],
                           { hidden: false, module: "lab", name: "say hello", display_mode: callbacks.WEB_METHOD_RAW });
}
export function filterPacket(packet, method, mac, client_ip, relay_ip, port) {
    packet.meta.seen = packet.isOption("hostname");
    return true;
}
export function loadDHCPPacket(packet, method, mac, definition, relay_ip, port, source_packet) {
    packet.setOption("domain_name", "console.lab.example");
    return true;
}
"""
PAGES = ["dashboard", "definitions", "unknown-clients", "blacklist", "activity", "hooks", "settings"]


def setUpModule():
    test_server.setUpModule()
    problems = [] if os.access(CONSOLE, os.X_OK) else ["missing %s (build the console)" % CONSOLE]
    if not shutil.which("Xvfb"):
        problems.append("missing Xvfb (apt install xvfb)")
    if problems:
        raise RuntimeError("test_console.py cannot run:\n  " + "\n  ".join(problems))


def png_size(path):
    """(width, height) from the PNG header, or None."""
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


class Xvfb:
    """A private X server: `Xvfb -displayfd` picks a free display number and tells it."""

    def __init__(self):
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
                                     pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class ConsoleTest(ServerTestCase):
    def test_console_follows_real_clients_and_promotes_an_unknown_one(self):
        lab = self.new_lab(clients=2)
        db = make_db(lab.tmpfile("definitions.sqlite"))
        self.socket = lab.tmpfile("management.sock")
        hooks = lab.tmpfile("hooks.mjs")
        # Whatever the hook's panel makes the console fetch arrives here: nothing may.
        fetched = []

        class Tracker(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                fetched.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args):
                pass

        tracker = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Tracker)
        threading.Thread(target=tracker.serve_forever, daemon=True).start()
        self.addCleanup(tracker.shutdown)
        with open(hooks, "w") as f:
            f.write(HOOKS % {"port": tracker.server_address[1]})
        cfg = self.config(db, management={"listen": "local:" + self.socket})
        with open(cfg, "a") as f:
            f.write("[hooks]\nfile=%s\n" % hooks)
        self.start_daemon(cfg)
        known, unknown = lab.clients[0], lab.clients[1]
        lab.set_mac(unknown, NEW_MAC)

        for name in os.listdir(SCREENSHOTS) if os.path.isdir(SCREENSHOTS) else []:
            if name.endswith(".png") or name == "tour.json":
                os.unlink(os.path.join(SCREENSHOTS, name))
        os.makedirs(SCREENSHOTS, exist_ok=True)
        xvfb = Xvfb()
        self.addCleanup(xvfb.stop)
        env = dict(os.environ, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb", QT_QUICK_BACKEND="software",
                   XDG_CONFIG_HOME=lab.tmpfile("xdg-config"), XDG_RUNTIME_DIR=lab.tmpfile("xdg-runtime"),
                   LANG="C.UTF-8", LC_ALL="C.UTF-8")
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        log = open(os.path.join(SCREENSHOTS, "console.log"), "w")
        console = subprocess.Popen([CONSOLE, "--connect", "local:" + self.socket, "--tour", SCREENSHOTS],
                                   env=env, stdout=log, stderr=subprocess.STDOUT)
        self.addCleanup(lambda: console.poll() is None and console.kill())

        # Traffic until the console is done: the known client renews its address again and again; the unknown
        # one asks until it is given an address, then keeps it.
        stop = threading.Event()
        leases = {"known": [], "unknown": []}

        def ask(ns, key, timeout):
            while not stop.is_set():
                lease = clients.udhcpc(lab, ns, timeout=timeout)
                if lease.ok:
                    leases[key].append(lease.ip)
                time.sleep(0.5)

        threads = [threading.Thread(target=ask, args=(known, "known", 3), daemon=True),
                   threading.Thread(target=ask, args=(unknown, "unknown", 3), daemon=True)]
        for t in threads:
            t.start()
        try:
            console.wait(timeout=240)
        except subprocess.TimeoutExpired:
            console.kill()
            self.fail("the console's tour did not finish in 240 s; its log: %s" % os.path.join(SCREENSHOTS, "console.log"))
        finally:
            time.sleep(3)   # the unknown client's next request after the promotion
            stop.set()
            for t in threads:
                t.join(15)
            log.close()
        with open(os.path.join(SCREENSHOTS, "console.log")) as f:
            console_log = f.read()
        self.assertEqual(console.returncode, 0, console_log[-4000:])

        with open(os.path.join(SCREENSHOTS, "tour.json")) as f:
            tour = json.load(f)
        self.assertEqual(tour["errors"], [], console_log[-3000:] + self.daemon_log()[-5000:])
        # The chart showed the traffic, the Unknown clients page listed the new MAC and promoted it.
        self.assertGreater(tour["chartMaxPacketsPerSecond"], 0, tour)
        self.assertGreater(tour["totalReceived"], 0, tour)
        self.assertEqual(tour["promoted"]["mac"], NEW_MAC, tour)
        self.assertTrue(tour["promotedOk"], tour)
        self.assertTrue(tour["promoted"].get("ip", "").startswith("198.18.0."), tour)
        # … the definitions page shows it …
        self.assertTrue(tour["definitionsShowPromoted"], tour)
        self.assertGreaterEqual(tour["activityEvents"], 2, tour)
        self.assertGreater(tour["logRecords"], 0, tour)
        self.assertTrue(tour["blacklistShown"], tour)   # added through the Blacklist page's form, then released
        self.assertGreaterEqual(tour["hookCalls"], 2, tour)      # the Hooks page's table counts the calls
        self.assertEqual(tour["extensionPanels"], 1, tour)
        self.assertEqual(fetched, [], "the hook's panel made the console fetch URLs")
        self.assertIn("GPL-3.0-or-later", tour["aboutLicence"], tour)   # the About box names the licence
        # … and the client got the suggested address at its next request.
        self.assertIn(tour["promoted"]["ip"], leases["unknown"], "%s%s" % (leases, self.daemon_log()))
        self.assertTrue(leases["known"], leases)

        # A screenshot of every page in light and dark, at the window's 1280×720.
        for theme in ("light", "dark"):
            for number, page in enumerate(PAGES, 1):
                path = os.path.join(SCREENSHOTS, "%s-%d-%s.png" % (theme, number, page))
                self.assertTrue(os.path.isfile(path), "missing screenshot %s" % path)
                self.assertEqual(png_size(path), (1280, 720), path)
                self.assertGreater(os.path.getsize(path), 15000, "%s looks empty" % path)
        self.assertEqual(png_size(os.path.join(SCREENSHOTS, "dark-8-about.png")), (1280, 720))
        print("console screenshots: %s" % SCREENSHOTS, file=sys.stderr)


class FirstRunTest(unittest.TestCase):
    def test_first_run_shows_the_wizard(self):
        """Without a configuration file the console opens on the first-run wizard (nothing is bound)."""
        home = tempfile.mkdtemp(prefix="qsd-firstrun-")
        self.addCleanup(shutil.rmtree, home, ignore_errors=True)
        xvfb = Xvfb()
        self.addCleanup(xvfb.stop)
        out = os.path.join(SCREENSHOTS, "first-run")
        os.makedirs(out, exist_ok=True)
        env = dict(os.environ, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb", QT_QUICK_BACKEND="software",
                   XDG_CONFIG_HOME=home, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        r = subprocess.run([CONSOLE, "--tour", out], env=env, capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        with open(os.path.join(out, "tour.json")) as f:
            tour = json.load(f)
        self.assertTrue(tour.get("firstRunWizard"), tour)
        self.assertEqual(tour["errors"], [])
        for theme in ("light", "dark"):
            path = os.path.join(out, "%s-0-first-run-wizard.png" % theme)
            self.assertEqual(png_size(path), (1280, 720), path)
        # The wizard wrote nothing yet: the configuration is created only when the admin confirms.
        written = [os.path.join(d, f) for d, _, files in os.walk(home) for f in files if f == "qstaticdhcpd.conf" or f.endswith(".sqlite")]
        self.assertEqual(written, [])


if __name__ == "__main__":
    unittest.main()
