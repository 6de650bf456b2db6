#!/usr/bin/python3
"""Integration tests of the JavaScript hooks: real DHCP clients (dhclient, udhcpc) against qstaticdhcpd with a
[hooks] file, in throw-away network namespaces (netlab.Lab, 198.18.0.0/15 only).

Run as root with Debian's Python:   /usr/bin/python3 tests/integration/test_hooks.py [-v]
Environment: QSD_BIN_DIR (default <repo>/build/bin), QSD_SOURCE_DIR (default <repo>).
Not root, or a missing binary/tool, is an error (never a skip).

Definitions come from resources/demo/demo.sql (02:00:00:00:00:0i -> 198.18.0.1i, domain lab.example) or from
the hooks alone ([database] engine=none)."""
import os
import re
import shutil
import sqlite3
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients  # noqa: E402
import netlab  # noqa: E402
from netlab import ACK, OFFER, SERVER_IP, Lab  # noqa: E402

SOURCE_DIR = os.environ.get("QSD_SOURCE_DIR") or os.path.normpath(os.path.join(HERE, "..", ".."))
BIN_DIR = os.environ.get("QSD_BIN_DIR") or os.path.join(SOURCE_DIR, "build", "bin")
DAEMON = os.path.join(BIN_DIR, "qstaticdhcpd")
DEMO_SQL = os.path.join(SOURCE_DIR, "resources", "demo", "demo.sql")
DYNAMIC_POOL = os.path.join(SOURCE_DIR, "js-hooks", "dynamic-pool.mjs")
TOOLS = ["ip", "dhclient", "udhcpc"]


def setUpModule():
    problems = []
    if os.geteuid() != 0:
        problems.append("must run as root (network namespaces), euid is %d" % os.geteuid())
    for path in (DAEMON, DEMO_SQL, DYNAMIC_POOL):
        if not os.path.isfile(path):
            problems.append("missing %s (build it, or set QSD_BIN_DIR / QSD_SOURCE_DIR)" % path)
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        problems.append("missing tools: %s (see tests/integration/README.md)" % " ".join(missing))
    if problems:
        raise RuntimeError("test_hooks.py cannot run:\n  " + "\n  ".join(problems))


def make_db(path):
    with open(DEMO_SQL) as f:
        script = f.read()
    db = sqlite3.connect(path)
    try:
        db.executescript(script)
        db.commit()
    finally:
        db.close()
    return path


class HooksTestCase(unittest.TestCase):
    """One Lab and one daemon per test, started with --debug so a failure carries the daemon's log."""

    def start(self, hooks_source=None, hooks_file=None, clients_=1, database=None, abuse=None, timeout_ms=None):
        lab = Lab(clients=clients_)
        lab.__enter__()
        self.addCleanup(lab.close)
        self.lab = lab
        if hooks_file is None:
            hooks_file = lab.tmpfile("hooks.mjs")
            with open(hooks_file, "w") as f:
                f.write(hooks_source)
        db = make_db(lab.tmpfile("definitions.sqlite"))
        sections = {
            "server": {"dhcp_server_ip": SERVER_IP},
            "abuse": dict({"suspend_threshold": "100"}, **(abuse or {})),
            "database": database or {"engine": "sqlite", "sqlite_file": db},
            "hooks": dict({"file": hooks_file}, **({"timeout_ms": str(timeout_ms)} if timeout_ms else {})),
            "log": {"console_severity": "info"},
            "management": {"listen": "local:" + lab.tmpfile("management.sock")},
        }
        cfg = lab.tmpfile("qstaticdhcpd.conf")
        with open(cfg, "w") as f:
            for section, keys in sections.items():
                f.write("[%s]\n" % section + "".join("%s=%s\n" % kv for kv in keys.items()) + "\n")
        self.srv = lab.spawn(lab.server, [DAEMON, "--config", cfg, "--foreground", "--debug"], name="qstaticdhcpd")
        if not self.srv.wait_output(r"serving %s on " % re.escape(SERVER_IP), timeout=10):
            self.fail("the daemon did not start (rc %s):\n%s" % (self.srv.popen.poll(), self.srv.output()))
        return lab

    def log(self):
        return "\n--- daemon log ---\n" + self.srv.output()

    def assertAlive(self):
        self.assertTrue(self.srv.alive(), "the daemon died (rc %s)%s" % (self.srv.popen.poll(), self.log()))


class HandleUnknownMACTest(HooksTestCase):

    def test_dynamic_pool_serves_unknown_client(self):
        """js-hooks/dynamic-pool.mjs with no database: the address comes from handleUnknownMAC."""
        lab = self.start(hooks_file=DYNAMIC_POOL, database={"engine": "none"})
        with lab.sniff(lab.server) as s:
            lease = clients.dhclient(lab, lab.clients[0], timeout=6)
        why = "%s\n%s%s" % (lease, lease.output, self.log())
        self.assertTrue(lease.ok, why)
        self.assertEqual(lease.ip, "198.18.0.100", why)
        self.assertEqual(lease.domain, "dyn.lab.example", why)
        self.assertEqual(lease.routers, ["198.18.0.1"], why)
        self.assertEqual(lease.lease_time, 300, why)
        self.assertEqual(lab.addrs(lab.clients[0]), ["198.18.0.100/24"])
        replies = [p for p in s.packets() if p.is_reply and p.sport == 67]
        self.assertEqual([p.msg_type for p in replies], [OFFER, ACK], why)
        self.assertEqual(replies[-1].opt_int(58), 292, why)    # discourage_renewals: T1 = 97.5 % of 300
        self.assertAlive()


class LoadDHCPPacketTest(HooksTestCase):

    def test_options_set_in_hook_reach_the_client(self):
        lab = self.start(
            "export function loadDHCPPacket(packet, method, mac, definition) {\n"
            "    packet.setOption('domain_name', 'hooked.example');\n"
            "    packet.setOption('ntp_servers', ['198.18.0.9', '198.18.0.8'], true, true);\n"
            "    return true;\n"
            "}\n")
        lease = clients.dhclient(lab, lab.clients[0], timeout=6)
        why = "%s\n%s%s" % (lease, lease.output, self.log())
        self.assertTrue(lease.ok, why)
        self.assertEqual(lease.ip, "198.18.0.11", why)          # the database's definition
        self.assertEqual(lease.domain, "hooked.example", why)   # … edited by the hook
        self.assertEqual(lease.ntp, ["198.18.0.9", "198.18.0.8"], why)
        self.assertAlive()


class FilterPacketTest(HooksTestCase):

    def test_null_ignores_the_mac_for_unauthorized_client_timeout(self):
        lab = self.start(
            "let ignored = false;\n"
            "export function filterPacket(packet, method, mac) {\n"
            "    if (!ignored) { ignored = true; return null; }\n"     # the first packet only
            "    return true;\n"
            "}\n", abuse={"unauthorized_client_timeout": "5"})
        c = lab.clients[0]
        started = time.monotonic()
        with lab.sniff(lab.server) as s:
            first = clients.udhcpc(lab, c, timeout=2)
        self.assertFalse(first.ok, "served while ignored: %s%s" % (first, self.log()))
        self.assertEqual([p for p in s.packets() if p.is_reply and p.sport == 67], [], self.log())
        self.assertRegex(self.srv.output(), r"temporarily blacklisted for 5 seconds following DISCOVER: filterPacket returned null")
        time.sleep(max(0.0, 6.0 - (time.monotonic() - started)))  # the ignore period is over
        second = clients.udhcpc(lab, c, timeout=4)
        self.assertTrue(second.ok, "%s\n%s%s" % (second, second.output, self.log()))
        self.assertEqual(second.ip, "198.18.0.11")
        self.assertAlive()

    def test_endless_hook_is_interrupted_while_others_are_served(self):
        lab = self.start(
            "export function filterPacket(packet, method, mac) {\n"
            "    if (mac == '02:00:00:00:00:01') while (true) {}\n"
            "    return true;\n"
            "}\n", clients_=2, timeout_ms=200)
        stuck = lab.spawn(lab.clients[0], clients.CLEAN_ENV + ["udhcpc", "-f", "-q", "-n", "-i", "eth0", "-t", "5",
                                                               "-T", "1", "-A", "1", "-s", "/bin/true"], name="stuck")
        self.addCleanup(stuck.stop)
        time.sleep(0.5)
        lease = clients.udhcpc(lab, lab.clients[1], timeout=4)
        self.assertTrue(lease.ok, "%s\n%s%s" % (lease, lease.output, self.log()))
        self.assertEqual(lease.ip, "198.18.0.12")
        self.assertTrue(self.srv.wait_output(r"filterPacket failed: filterPacket ran longer than 200 ms", timeout=3), self.log())
        self.assertAlive()


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main()
