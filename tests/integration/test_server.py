#!/usr/bin/python3
"""Integration tests of the qstaticdhcpd daemon against real DHCP clients (dhclient, udhcpc, dhcpcd,
dhcping, dhcrelay) in throw-away network namespaces (netlab.Lab, 198.18.0.0/15 only).

Run as root with Debian's Python:   /usr/bin/python3 tests/integration/test_server.py [-v]
Environment: QSD_BIN_DIR (default <repo>/build/bin), QSD_SOURCE_DIR (default <repo>), QSD_SOCKET_API (`qt`: the
daemons take the portable network path; CTest's integration_server_qt).
Not root, or a missing binary/tool, is an error (never a skip): these tests must not pass silently.

Every test has its own Lab (creating one takes ~0.15 s) and its own daemon, started with --debug so that
a failure message carries the daemon's log.  Definitions come from resources/demo/demo.sql:
02:00:00:00:00:0i -> 198.18.0.1i (labpc0i) for i = 1..5 on 198.18.0.0/24 (router, DNS, NTP 198.18.0.1,
domain lab.example, lease 3600)."""
import ctypes
import os
import pwd
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients  # noqa: E402
import netlab  # noqa: E402
from netlab import ACK, DISCOVER, INFORM, NAK, OFFER, REQUEST, SERVER_IP, Lab, build_dhcp  # noqa: E402

SOURCE_DIR = os.environ.get("QSD_SOURCE_DIR") or os.path.normpath(os.path.join(HERE, "..", ".."))
BIN_DIR = os.environ.get("QSD_BIN_DIR") or os.path.join(SOURCE_DIR, "build", "bin")
# QSD_SOCKET_API=qt: every daemon takes the portable network path (QUdpSocket, as on Windows and macOS).
SOCKET_API = {"socket_api": os.environ["QSD_SOCKET_API"]} if os.environ.get("QSD_SOCKET_API") else {}
DAEMON = os.path.join(BIN_DIR, "qstaticdhcpd")
DEMO_SQL = os.path.join(SOURCE_DIR, "resources", "demo", "demo.sql")
TOOLS = ["ip", "ss", "dhclient", "udhcpc", "dhcpcd", "dhcrelay", "dhcping"]

MAC = ["02:00:00:00:00:%02x" % i for i in range(11)]     # MAC[1] .. MAC[10]: the demo definitions
UNKNOWN_MAC = "02:00:00:00:00:99"
RELAYED_MAC = "02:00:00:00:02:01"
PRL = [1, 3, 6, 12, 15, 28, 42, 51, 54]
PR_SET_CHILD_SUBREAPER = 36


def setUpModule():
    problems = []
    if os.geteuid() != 0:
        problems.append("must run as root (network namespaces), euid is %d" % os.geteuid())
    for path in (DAEMON, DEMO_SQL):
        if not os.path.isfile(path):
            problems.append("missing %s (build it: ninja -C build qstaticdhcpd; or set QSD_BIN_DIR)" % path)
    if os.path.isfile(DAEMON) and not os.access(DAEMON, os.X_OK):
        problems.append("%s is not executable" % DAEMON)
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        problems.append("missing tools: %s (see tests/integration/README.md)" % " ".join(missing))
    if problems:
        raise RuntimeError("test_server.py cannot run:\n  " + "\n  ".join(problems))


# ------------------------------------------------------------------ helpers
def make_db(path, relayed=False):
    """The demo definitions in a fresh SQLite file (plus the relayed LAN 198.18.2.0/24 if asked)."""
    with open(DEMO_SQL) as f:
        script = f.read()
    db = sqlite3.connect(path)
    try:
        db.executescript(script)
        if relayed:
            db.execute("INSERT INTO subnets (subnet, serial, lease_time, gateway, subnet_mask, broadcast_address,"
                       " ntp_servers, domain_name_servers, domain_name) VALUES"
                       " ('198.18.2.0/24', 0, 1800, '198.18.2.1', '255.255.255.0', '198.18.2.255',"
                       "  '198.18.0.1', '198.18.0.1', 'relayed.lab.example')")
            db.execute("INSERT INTO maps (mac, ip, hostname, subnet, serial) VALUES"
                       " (?, '198.18.2.11', 'relpc01', '198.18.2.0/24', 0)", (RELAYED_MAC,))
        db.commit()
    finally:
        db.close()
    return path


def sql(path, statement, *args):
    """One statement on the definitions file (the daemon may be running: SQLite locking/WAL handle it)."""
    db = sqlite3.connect(path, timeout=5)
    try:
        n = db.execute(statement, args).rowcount
        db.commit()
        return n
    finally:
        db.close()


def write_config(path, sections):
    """sections: {section: {key: value}} -> INI file."""
    with open(path, "w") as f:
        for section, keys in sections.items():
            f.write("[%s]\n" % section)
            for k, v in keys.items():
                f.write("%s=%s\n" % (k, v))
            f.write("\n")
    return path


def proc_state(pid):
    """'R', 'S', 'Z' … from /proc/PID/status, or None if the process is gone."""
    try:
        with open("/proc/%d/status" % pid) as f:
            return re.search(r"^State:\s+(\S)", f.read(), re.M).group(1)
    except (OSError, AttributeError):
        return None


def rss_kib(pid):
    """The resident memory of a process, KiB (VmRSS)."""
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"^VmRSS:\s+(\d+) kB", f.read(), re.M).group(1))


def proc_uids(pid):
    with open("/proc/%d/status" % pid) as f:
        return [int(x) for x in re.search(r"^Uid:\s+(.*)$", f.read(), re.M).group(1).split()]


def reap(pid):
    """Exit code of our (sub-reaped) child pid once it has ended, else None."""
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return None
    return os.waitstatus_to_exitcode(status) if done == pid else None


def wait_until(pred, timeout, step=0.05):
    deadline = time.monotonic() + timeout
    while True:
        v = pred()
        if v or time.monotonic() > deadline:
            return v
        time.sleep(step)


def dump(packets):
    return "\n".join("  %.3f %s xid=%08x ciaddr=%s" % (p.ts, p, p.xid, p.ciaddr) for p in packets)


def server_replies(packets, chaddr=None):
    return [p for p in packets if p.is_reply and p.sport == 67 and (chaddr is None or p.chaddr == chaddr)]


class KeptUdhcpc:
    """busybox udhcpc left running (no -q) so that SIGUSR1 makes it RENEW; events come from nl_hook.sh."""

    def __init__(self, lab, ns, ifname="eth0"):
        script, self.hookfile = clients._hook(lab, "udhcpc")
        argv = clients.CLEAN_ENV + ["udhcpc", "-f", "-i", ifname, "-s", script, "-t", "4", "-T", "1", "-A", "1",
                                    "-O", "ntpsrv", "-O", "lease"]
        self.proc = lab.spawn(ns, argv, name="udhcpc-kept")

    def events(self):
        return clients.parse_hook_file(self.hookfile)

    def wait_event(self, name, count=1, timeout=8):
        """Wait until `name` occurred `count` times; return the env of the last one (or None)."""
        deadline = time.monotonic() + timeout
        while True:
            alive = self.proc.alive()
            evs = [env for ev, env in self.events() if ev == name]
            if len(evs) >= count:
                return evs[count - 1]
            if not alive or time.monotonic() > deadline:
                return None
            time.sleep(0.05)

    def signal(self, sig):
        os.kill(self.proc.pid, sig)     # `ip netns exec` and `env` exec, so this is udhcpc itself

    def describe(self):
        return "udhcpc events %s\n%s" % ([e for e, _ in self.events()], self.proc.output())


# ------------------------------------------------------------------ base class
class ServerTestCase(unittest.TestCase):
    """One Lab and (usually) one daemon per test; all of it is removed after the test."""

    def new_lab(self, clients=1, relayed=0):
        lab = Lab(clients=clients, relayed=relayed)
        lab.__enter__()
        self.addCleanup(lab.close)
        self.lab = lab
        self.daemons = []
        return lab

    def config(self, db, server=None, abuse=None, cache=None, log=None, database=None, management=None,
               name="qstaticdhcpd.conf"):
        sections = {
            "server": dict({"dhcp_server_ip": SERVER_IP}, **SOCKET_API),
            # generous: only the flood test measures the suspension (real clients retransmit a lot)
            "abuse": {"suspend_threshold": "100"},
            "database": {"engine": "sqlite", "sqlite_file": db},
            "cache": {"use_cache": "false"},
            "log": {"console_severity": "info"},
            # a private management socket: the default local:qstaticdhcpd is one name for the whole machine
            # (/tmp is not per network namespace), so two daemons would clash on it, or with the developer's own
            "management": {"listen": "local:" + self.lab.tmpfile("management.sock")},
        }
        for name_, extra in (("server", server), ("abuse", abuse), ("cache", cache), ("log", log),
                             ("database", database), ("management", management)):
            sections[name_].update(extra or {})
        return write_config(self.lab.tmpfile(name), sections)

    def start_daemon(self, cfg, ns=None, debug=True, wait=True):
        argv = [DAEMON, "--config", cfg, "--foreground"] + (["--debug"] if debug else [])
        proc = self.lab.spawn(ns or self.lab.server, argv, name="qstaticdhcpd")
        self.daemons.append(proc)
        if wait and not proc.wait_output(r"serving %s on " % re.escape(SERVER_IP), timeout=10):
            self.fail("the daemon did not start (rc %s):\n%s" % (proc.popen.poll(), proc.output()))
        if wait and SOCKET_API and "socket_api=qt has no link-layer sender" not in proc.output():
            self.fail("the daemon did not take the portable network path:\n%s" % proc.output())
        return proc

    def server(self, clients=1, relayed=0, server=None, abuse=None, cache=None):
        """Lab + demo definitions + a running daemon: (lab, db path, daemon Proc)."""
        lab = self.new_lab(clients=clients, relayed=relayed)
        db = make_db(lab.tmpfile("definitions.sqlite"), relayed=bool(relayed))
        srv = self.start_daemon(self.config(db, server=server, abuse=abuse, cache=cache))
        return lab, db, srv

    def daemon_log(self):
        return "\n--- daemon log ---\n" + "\n".join(p.output() for p in self.daemons)

    def assertDaemonAlive(self, srv):
        self.assertTrue(srv.alive(), "the daemon died (rc %s)%s" % (srv.popen.poll(), self.daemon_log()))

    def assertDefinedLease(self, lease, ip, hostname, lease_time=3600, need_ntp=True):
        why = "%s\n%s%s" % (lease, lease.output, self.daemon_log())
        self.assertTrue(lease.ok, "no lease: " + why)
        self.assertEqual(lease.ip, ip, why)
        self.assertEqual(lease.mask, "255.255.255.0", why)
        self.assertEqual(lease.routers, ["198.18.0.1"], why)
        self.assertEqual(lease.dns, ["198.18.0.1"], why)
        self.assertEqual(lease.domain, "lab.example", why)
        self.assertEqual(lease.hostname, hostname, why)
        if need_ntp:
            self.assertEqual(lease.ntp, ["198.18.0.1"], why)
        self.assertEqual(lease.lease_time, lease_time, why)
        self.assertEqual(lease.server_id, SERVER_IP, why)

    def assertOptionsOnWire(self, p, ip, hostname):
        """The reply as captured: the subnet's options, byte for byte."""
        why = "%s\n%s" % (p, self.daemon_log())
        self.assertEqual(p.yiaddr, ip, why)
        self.assertEqual(p.opt_ip(1), "255.255.255.0", why)
        self.assertEqual(p.opt_ips(3), ["198.18.0.1"], why)
        self.assertEqual(p.opt_ips(6), ["198.18.0.1"], why)
        self.assertEqual(p.opt_str(12), hostname, why)
        self.assertEqual(p.opt_str(15), "lab.example", why)
        self.assertEqual(p.opt_ip(28), "198.18.0.255", why)
        self.assertEqual(p.opt_ips(42), ["198.18.0.1"], why)
        self.assertEqual(p.opt_int(51), 3600, why)
        self.assertEqual(p.opt_ip(54), SERVER_IP, why)


# ================================================================== 1. real clients, defined IP and options
class RealClientsTest(ServerTestCase):

    def test_dhclient_gets_definition(self):
        lab, _db, srv = self.server()
        c = lab.clients[0]
        with lab.sniff(lab.server) as s:
            lease = clients.dhclient(lab, c, timeout=6)
        self.assertDefinedLease(lease, "198.18.0.11", "labpc01")
        self.assertEqual(lease.reason, "BOUND")
        self.assertEqual(lab.addrs(c), ["198.18.0.11/24"])
        self.assertIn("default via 198.18.0.1", lab.routes(c))
        replies = server_replies(s.packets(), MAC[1])
        self.assertEqual([p.msg_type for p in replies], [OFFER, ACK], dump(s.packets()))
        for p in replies:
            self.assertOptionsOnWire(p, "198.18.0.11", "labpc01")
        # dhclient has no address yet and does not ask for broadcast: the native path unicasts the OFFER to its
        # MAC, the portable one broadcasts it (README "The portable network path").
        offer_to = "255.255.255.255" if SOCKET_API.get("socket_api") == "qt" else "198.18.0.11"
        self.assertEqual((replies[0].dst_ip, replies[0].dport), (offer_to, 68), dump(s.packets()))
        self.assertDaemonAlive(srv)

    def test_udhcpc_gets_definition(self):
        lab, _db, srv = self.server(clients=2)
        c = lab.clients[1]                       # MAC 02:…:02 -> 198.18.0.12 labpc02
        with lab.sniff(lab.server) as s:
            lease = clients.udhcpc(lab, c, request=("ntpsrv", "lease"))
        self.assertDefinedLease(lease, "198.18.0.12", "labpc02")
        self.assertEqual(lease.reason, "bound")
        self.assertEqual(lab.addrs(c), ["198.18.0.12/24"])
        self.assertIn("default via 198.18.0.1", lab.routes(c))
        ack = [p for p in server_replies(s.packets(), MAC[2]) if p.msg_type == ACK]
        self.assertEqual(len(ack), 1, dump(s.packets()))
        self.assertOptionsOnWire(ack[0], "198.18.0.12", "labpc02")
        self.assertDaemonAlive(srv)

    def test_dhcpcd_gets_definition(self):
        lab, _db, srv = self.server(clients=3)
        c = lab.clients[2]                       # MAC 02:…:03 -> 198.18.0.13 labpc03
        with lab.sniff(lab.server) as s:
            lease = clients.dhcpcd(lab, c)
        self.assertDefinedLease(lease, "198.18.0.13", "labpc03")
        self.assertEqual(lease.reason, "BOUND")
        self.assertEqual(lab.addrs(c), ["198.18.0.13/24"])
        ack = [p for p in server_replies(s.packets(), MAC[3]) if p.msg_type == ACK]
        self.assertEqual(len(ack), 1, dump(s.packets()))
        self.assertOptionsOnWire(ack[0], "198.18.0.13", "labpc03")
        self.assertDaemonAlive(srv)


# ================================================================== 2. renew, rebind, init-reboot
class RenewRebindTest(ServerTestCase):

    def test_dhclient_init_reboot_acked(self):
        lab, _db, srv = self.server()
        c = lab.clients[0]
        first = clients.dhclient(lab, c, timeout=6)
        self.assertDefinedLease(first, "198.18.0.11", "labpc01")
        with lab.sniff(lab.server) as s:
            again = clients.dhclient(lab, c, timeout=6)       # same lease file: INIT-REBOOT
        self.assertDefinedLease(again, "198.18.0.11", "labpc01")
        self.assertEqual(again.reason, "REBOOT", again.output)
        pkts = s.packets()
        reqs = [p for p in pkts if p.msg_type == REQUEST and p.chaddr == MAC[1]]
        self.assertTrue(reqs, dump(pkts))
        self.assertEqual((reqs[0].opt_ip(50), reqs[0].ciaddr), ("198.18.0.11", "0.0.0.0"), dump(pkts))
        self.assertNotIn(54, reqs[0].options)
        self.assertNotIn(DISCOVER, [p.msg_type for p in pkts if p.chaddr == MAC[1]], dump(pkts))
        ack = s.wait_for(lambda p: p.msg_type == ACK and p.xid == reqs[0].xid, timeout=1)
        self.assertIsNotNone(ack, dump(pkts) + self.daemon_log())
        self.assertOptionsOnWire(ack, "198.18.0.11", "labpc01")
        self.assertIn("REQUEST:INIT-REBOOT from %s for 198.18.0.11" % MAC[1], srv.output())

    def test_dhclient_renew_acked(self):
        # T1 = 0.001 * 3600 s = 3 s: the kept dhclient renews by itself (unicast REQUEST with ciaddr).
        lab, _db, srv = self.server(server={"renewal_time_fraction": "0.001", "rebinding_time_fraction": "0.5"})
        c = lab.clients[0]
        with lab.sniff(lab.server) as s:
            lease = clients.dhclient(lab, c, timeout=6, keep=True)
            self.assertDefinedLease(lease, "198.18.0.11", "labpc01")
            self.assertEqual((lease.env.get("new_dhcp_renewal_time"), lease.env.get("new_dhcp_rebinding_time")),
                             ("3", "1800"), lease.env)
            renewed = lease.proc.wait_output(r"(?s)bound to 198\.18\.0\.11.*bound to 198\.18\.0\.11", timeout=10)
        pkts = s.packets()
        why = "\n" + lease.proc.output() + dump(pkts) + self.daemon_log()
        self.assertTrue(renewed, "dhclient did not renew" + why)
        renew = [p for p in pkts if p.msg_type == REQUEST and p.ciaddr == "198.18.0.11"]
        self.assertTrue(renew, why)
        self.assertEqual((renew[0].src_ip, renew[0].dst_ip), ("198.18.0.11", SERVER_IP), why)
        self.assertNotIn(50, renew[0].options)
        self.assertNotIn(54, renew[0].options)
        # dhclient keeps one xid for the whole lease: the reply to the renew is the first after it
        ack = [p for p in server_replies(pkts, MAC[1]) if p.xid == renew[0].xid and p.ts >= renew[0].ts]
        self.assertTrue(ack, why)
        self.assertEqual((ack[0].msg_type, ack[0].ciaddr, ack[0].dst_ip), (ACK, "198.18.0.11", "198.18.0.11"), why)
        self.assertOptionsOnWire(ack[0], "198.18.0.11", "labpc01")
        self.assertEqual(ack[0].opt_int(58), 3, why)
        self.assertNotIn("DHCPNAK", lease.proc.output())
        self.assertIn("REQUEST:RENEW from %s for 198.18.0.11" % MAC[1], srv.output())
        self.assertEqual(lab.addr(c), "198.18.0.11")

    def test_udhcpc_renew_acked(self):
        lab, _db, srv = self.server(clients=2)
        c = lab.clients[1]
        u = KeptUdhcpc(lab, c)
        self.assertIsNotNone(u.wait_event("bound"), u.describe() + self.daemon_log())
        self.assertEqual(lab.addr(c), "198.18.0.12")
        with lab.sniff(lab.server) as s:
            u.signal(signal.SIGUSR1)                           # busybox: renew the lease now (unicast)
            env = u.wait_event("renew", timeout=5)
        pkts = s.packets()
        self.assertIsNotNone(env, u.describe() + dump(pkts) + self.daemon_log())
        self.assertEqual((env.get("ip"), env.get("lease"), env.get("hostname")), ("198.18.0.12", "3600", "labpc02"))
        req = [p for p in pkts if p.msg_type == REQUEST and p.chaddr == MAC[2]]
        self.assertTrue(req, dump(pkts))
        self.assertEqual((req[0].ciaddr, req[0].src_ip, req[0].dst_ip), ("198.18.0.12", "198.18.0.12", SERVER_IP))
        self.assertNotIn(50, req[0].options)
        self.assertNotIn(54, req[0].options)
        # udhcpc sends the unicast renew from a throw-away socket bound to ciaddr:68; a reply that beats its
        # close() is lost to udhcpc (a client race, busybox comments on it), which then REBINDs by broadcast.
        # So: the first reply to the renew is an ACK, and every reply to this exchange is an ACK.
        ack = [p for p in server_replies(pkts, MAC[2]) if p.xid == req[0].xid]
        self.assertTrue(ack, dump(pkts))
        self.assertEqual({p.msg_type for p in ack}, {ACK}, dump(pkts))
        self.assertEqual(ack[0].dst_ip, "198.18.0.12")                      # unicast to ciaddr
        self.assertOptionsOnWire(ack[0], "198.18.0.12", "labpc02")
        self.assertIn("REQUEST:RENEW from %s for 198.18.0.12" % MAC[2], srv.output())
        self.assertFalse(any(e == "nak" for e, _ in u.events()), u.describe())

    def test_crafted_rebind_acked(self):
        lab, _db, srv = self.server()
        c = lab.clients[0]
        lab.add_addr(c, "198.18.0.11/24")                  # the client still holds its lease: it answers ARP
        xid = 0x5eb1d001
        frame = build_dhcp(MAC[1], REQUEST, xid=xid, ciaddr="198.18.0.11", src_ip="198.18.0.11",
                           dst_ip="255.255.255.255", options={55: PRL})   # no 50, no 54: REBIND (RFC 2131 §4.3.2)
        with lab.sniff(lab.server) as s:
            lab.send_frames(c, [frame])
            ack = s.wait_for(lambda p: p.is_reply and p.xid == xid, timeout=3)
        self.assertIsNotNone(ack, "no reply to a REBIND\n" + dump(s.packets()) + self.daemon_log())
        self.assertEqual(ack.msg_type, ACK, str(ack))
        self.assertEqual((ack.ciaddr, ack.dst_ip, ack.dport), ("198.18.0.11", "198.18.0.11", 68))
        self.assertOptionsOnWire(ack, "198.18.0.11", "labpc01")
        self.assertIn("REQUEST:REBIND from %s for 198.18.0.11" % MAC[1], srv.output())


# ================================================================== 3. definition changed -> NAK on renew
class DefinitionChangeTest(ServerTestCase):

    def test_dhclient_renew_naked_then_readdressed(self):
        # T1 = 0.001 * 3600 s = 3 s: the kept dhclient renews by itself three seconds after BOUND.
        lab, db, srv = self.server(clients=2, server={"renewal_time_fraction": "0.001",
                                                      "rebinding_time_fraction": "0.5"})
        c = lab.clients[1]
        lease = clients.dhclient(lab, c, timeout=6, keep=True)
        self.assertDefinedLease(lease, "198.18.0.12", "labpc02")
        self.assertEqual(lease.env.get("new_dhcp_renewal_time"), "3", lease.env)
        with lab.sniff(lab.server) as s:
            self.assertEqual(sql(db, "UPDATE maps SET ip='198.18.0.22' WHERE mac=?", MAC[2]), 1)
            bound = lease.proc.wait_output(r"bound to 198\.18\.0\.22", timeout=12)
            nak = s.wait_for(lambda p: p.msg_type == NAK and p.chaddr == MAC[2], timeout=1)
        pkts = s.packets()
        why = "\n" + lease.proc.output() + dump(pkts) + self.daemon_log()
        self.assertIsNotNone(nak, "the renew was not NAKed" + why)
        renew = [p for p in pkts if p.msg_type == REQUEST and p.chaddr == MAC[2] and p.ts < nak.ts]
        self.assertTrue(renew and renew[-1].ciaddr == "198.18.0.12" and 50 not in renew[-1].options, why)
        self.assertEqual(nak.xid, renew[-1].xid, why)
        self.assertEqual((nak.yiaddr, nak.opt_ip(54)), ("0.0.0.0", SERVER_IP), why)
        self.assertNotIn(51, nak.options)
        self.assertIn("DHCPNAK from 198.18.0.1", lease.proc.output(), why)
        self.assertTrue(bound, "dhclient did not re-address to the new definition" + why)
        ack = [p for p in server_replies(pkts, MAC[2]) if p.msg_type == ACK and p.ts > nak.ts]
        self.assertTrue(ack, why)
        self.assertOptionsOnWire(ack[0], "198.18.0.22", "labpc02")
        self.assertTrue(wait_until(lambda: lab.addr(c) == "198.18.0.22", 2), lab.addrs(c))
        self.assertDaemonAlive(srv)

    def test_udhcpc_renew_naked_then_readdressed(self):
        lab, db, srv = self.server(clients=3)
        c = lab.clients[2]
        u = KeptUdhcpc(lab, c)
        self.assertIsNotNone(u.wait_event("bound"), u.describe() + self.daemon_log())
        self.assertEqual(lab.addr(c), "198.18.0.13")
        self.assertEqual(sql(db, "UPDATE maps SET ip='198.18.0.23' WHERE mac=?", MAC[3]), 1)
        with lab.sniff(lab.server) as s:
            u.signal(signal.SIGUSR1)
            env = u.wait_event("bound", count=2, timeout=8)
        pkts = s.packets()
        why = "\n" + u.describe() + dump(pkts) + self.daemon_log()
        events = [e for e, _ in u.events()]
        self.assertIn("nak", events, why)
        naks = [p for p in server_replies(pkts, MAC[3]) if p.msg_type == NAK]
        self.assertEqual(len(naks), 1, why)
        renew = [p for p in pkts if p.msg_type == REQUEST and p.xid == naks[0].xid and not p.is_reply]
        self.assertTrue(renew and renew[0].ciaddr == "198.18.0.13" and renew[0].src_ip == "198.18.0.13", why)
        self.assertIsNotNone(env, why)
        self.assertEqual((env.get("ip"), env.get("hostname"), env.get("lease")), ("198.18.0.23", "labpc03", "3600"))
        self.assertEqual(lab.addr(c), "198.18.0.23")
        self.assertIn("REQUEST:RENEW from %s for 198.18.0.13" % MAC[3], srv.output())


# ================================================================== 4. unknown MAC
class UnknownMacTest(ServerTestCase):

    def unknown_client(self, authoritative):
        lab, _db, srv = self.server(server={"authoritative": "true" if authoritative else "false"},
                                    abuse={"unauthorized_client_timeout": "60"})
        c = lab.clients[0]
        lab.set_mac(c, UNKNOWN_MAC)
        return lab, srv, c

    def test_unknown_mac_gets_silence(self):
        lab, srv, c = self.unknown_client(authoritative=False)
        with lab.sniff(lab.server) as s:
            # INIT-REBOOT of a stranger first (RFC 2131 §4.3.2: no record -> silent), then a real client
            lab.send_frames(c, [build_dhcp(UNKNOWN_MAC, REQUEST, xid=0x1b007, options={50: bytes([198, 18, 0, 44]),
                                                                                       55: PRL})])
            lease = clients.udhcpc(lab, c, timeout=2)
            time.sleep(0.3)
        pkts = s.packets()
        why = dump(pkts) + self.daemon_log()
        self.assertFalse(lease.ok, lease)
        self.assertGreaterEqual(sum(p.msg_type == DISCOVER and p.chaddr == UNKNOWN_MAC for p in pkts), 2, why)
        self.assertEqual([str(p) for p in pkts if p.is_reply or p.sport == 67], [], "the server answered\n" + why)
        self.assertIsNone(lab.addr(c))
        self.assertIn("%s was temporarily blacklisted for 60 seconds following DISCOVER" % UNKNOWN_MAC, srv.output())
        self.assertDaemonAlive(srv)

    def test_unknown_mac_authoritative_gets_nak(self):
        lab, srv, c = self.unknown_client(authoritative=True)
        with lab.sniff(lab.server) as s:
            lease = clients.udhcpc(lab, c, timeout=2)
            nak = s.wait_for(lambda p: p.msg_type == NAK and p.chaddr == UNKNOWN_MAC, timeout=1)
            xid = 0x1b008                             # and an INIT-REBOOT of the stranger: NAK too
            lab.send_frames(c, [build_dhcp(UNKNOWN_MAC, REQUEST, xid=xid, options={50: bytes([198, 18, 0, 44]),
                                                                                   55: PRL})])
            nak2 = s.wait_for(lambda p: p.is_reply and p.xid == xid, timeout=3)
        pkts = s.packets()
        why = dump(pkts) + self.daemon_log()
        self.assertFalse(lease.ok, lease)
        self.assertIsNotNone(nak, "no NAK for an unknown MAC while authoritative\n" + why)
        disc = [p for p in pkts if p.msg_type == DISCOVER and p.xid == nak.xid]
        self.assertTrue(disc, "the NAK answers no DISCOVER\n" + why)
        self.assertEqual((nak.yiaddr, nak.opt_ip(54), nak.dst_ip), ("0.0.0.0", SERVER_IP, "255.255.255.255"), why)
        self.assertNotIn(OFFER, [p.msg_type for p in server_replies(pkts)], why)
        self.assertIsNotNone(nak2, "no reply to an INIT-REBOOT of an unknown MAC while authoritative\n" + why)
        self.assertEqual(nak2.msg_type, NAK, why)
        self.assertIsNone(lab.addr(c))
        self.assertDaemonAlive(srv)


# ================================================================== 5. relay (dhcrelay, option 82)
class RelayTest(ServerTestCase):

    def test_relayed_client_gets_address_and_option82(self):
        lab, _db, srv = self.server(clients=0, relayed=1, server={"allow_dhcp_relays": "true",
                                                                             "allowed_dhcp_relays": "198.18.2.1"})
        relay = lab.start_relay()                     # dhcrelay -a: option 82, circuit-id "eth1"
        r = lab.relayed[0]
        with lab.sniff(lab.relay, "eth0") as up:
            lease = clients.dhclient(lab, r, timeout=6)
        pkts = up.packets()
        why = "%s\n%s\n%s\n%s%s" % (lease, lease.output, relay.output(), dump(pkts), self.daemon_log())
        self.assertTrue(lease.ok, why)
        self.assertEqual((lease.ip, lease.mask, lease.router, lease.hostname, lease.domain, lease.lease_time),
                         ("198.18.2.11", "255.255.255.0", "198.18.2.1", "relpc01", "relayed.lab.example", 1800), why)
        self.assertEqual(lab.addr(r), "198.18.2.11")
        requests = [p for p in pkts if not p.is_reply]
        self.assertTrue(requests and all(p.giaddr == netlab.RELAY_DOWN_IP for p in requests), why)
        self.assertTrue(all(p.suboptions(82).get(1) == b"eth1" for p in requests), why)
        replies = server_replies(pkts, RELAYED_MAC)
        self.assertEqual([p.msg_type for p in replies], [OFFER, ACK], why)
        for p in replies:
            self.assertEqual((p.src_ip, p.dst_ip, p.dport, p.giaddr),
                             (netlab.SERVER_UP_IP, netlab.RELAY_DOWN_IP, 67, netlab.RELAY_DOWN_IP), why)
            self.assertIn(82, p.options, "option 82 not echoed\n" + why)
            self.assertEqual(p.suboptions(82).get(1), b"eth1", "circuit id not echoed\n" + why)
            self.assertEqual(p.options[82], [q for q in requests if q.xid == p.xid][0].options[82], why)
            self.assertEqual(p.yiaddr, "198.18.2.11", why)
        self.assertDaemonAlive(srv)


# ================================================================== 5b. a direct request from another network
class OtherNetworkTest(ServerTestCase):
    """With relays allowed (and on the portable path, which cannot tie a socket to an interface) the server hears
    every interface. A direct request that comes in on one that does not own dhcp_server_ip -- here eth1 on the
    relay link, 198.18.1.0/24, with no dhcrelay running -- belongs to another network: dropped as other-network,
    silently. The same request on dhcp_server_ip's LAN is answered."""

    def test_direct_request_from_another_network_dropped(self):
        lab, _db, srv = self.server(clients=1, relayed=1, server={"allow_dhcp_relays": "true",
                                                                  "allowed_dhcp_relays": "198.18.2.1"})
        eth1 = lab.run(lab.server, ["cat", "/sys/class/net/eth1/ifindex"], check=True).stdout.strip()
        elsewhere, here = 0x07e70001, 0x07e70002
        with lab.sniff(lab.relay, "eth0") as other, lab.sniff(lab.server) as own:
            lab.send_frames(lab.relay, [build_dhcp(MAC[1], DISCOVER, xid=elsewhere, options={55: PRL})])
            dropped = srv.wait_output(r"ignored DISCOVER from %s - other-network interface %s\b" % (MAC[1], eth1),
                                      timeout=5)
            lab.send_frames(lab.clients[0], [build_dhcp(MAC[1], DISCOVER, xid=here, options={55: PRL})])
            offer = own.wait_for(lambda p: p.msg_type == OFFER and p.xid == here, timeout=5)
            time.sleep(0.3)
        why = "%s\n%s%s" % (dump(other.packets()), dump(own.packets()), self.daemon_log())
        self.assertTrue(dropped, "no other-network drop for the request on eth1\n" + why)
        self.assertEqual([str(p) for p in other.packets() if p.is_reply], [],
                         "the server answered on the other network\n" + why)
        self.assertTrue(any(p.xid == elsewhere for p in other.packets()), "the request was not sent\n" + why)
        self.assertIsNotNone(offer, "the same client on dhcp_server_ip's LAN got no OFFER\n" + why)
        self.assertEqual(offer.yiaddr, "198.18.0.11", why)
        self.assertDaemonAlive(srv)


# ================================================================== 6. INFORM
class InformTest(ServerTestCase):

    def assertInformAck(self, reply, why):
        self.assertIsNotNone(reply, why)
        self.assertEqual(reply.msg_type, ACK, why)
        self.assertNotIn(51, reply.options, "INFORM ACK carries a lease time\n" + why)
        self.assertNotIn(58, reply.options, why)
        self.assertNotIn(59, reply.options, why)
        self.assertEqual((reply.yiaddr, reply.ciaddr), ("0.0.0.0", "198.18.0.11"), why)
        self.assertEqual(reply.opt_ip(54), SERVER_IP, why)
        self.assertEqual(reply.opt_ip(1), "255.255.255.0", why)
        self.assertEqual(reply.opt_ips(3), ["198.18.0.1"], why)
        self.assertEqual(reply.opt_ips(6), ["198.18.0.1"], why)
        self.assertEqual(reply.opt_str(15), "lab.example", why)

    def test_dhcping_inform_acked_without_lease_time(self):
        lab, _db, srv = self.server()
        c = lab.clients[0]
        with lab.sniff(lab.server) as s:
            res = clients.dhcping(lab, c, "198.18.0.11", MAC[1], inform=True, timeout=3)
        pkts = s.packets()
        why = "%s\n%s%s" % (res.output, dump(pkts), self.daemon_log())
        self.assertTrue(res.ok, why)
        self.assertEqual(res.server, SERVER_IP, why)
        inform = [p for p in pkts if p.msg_type == INFORM and p.chaddr == MAC[1]]
        self.assertTrue(inform and inform[0].ciaddr == "198.18.0.11", why)
        acks = [p for p in server_replies(pkts, MAC[1]) if p.xid == inform[0].xid]
        self.assertEqual([p.msg_type for p in acks], [ACK], why)
        self.assertEqual(acks[0].dst_ip, "198.18.0.11", why)
        # dhcping's parameter request list is just [1]: the mandatory options (1, 3, 6, 15, 54) come anyway
        self.assertInformAck(acks[0], why)
        self.assertInformAck(res.reply, why)          # as dhcping itself decoded it
        self.assertIn("INFORM from %s for 198.18.0.11" % MAC[1], srv.output())
        self.assertDaemonAlive(srv)

    def test_inform_with_full_request_list(self):
        lab, _db, srv = self.server()
        c = lab.clients[0]
        lab.add_addr(c, "198.18.0.11/24")
        xid = 0x1f0a11
        frame = build_dhcp(MAC[1], INFORM, xid=xid, ciaddr="198.18.0.11", src_ip="198.18.0.11", dst_ip=SERVER_IP,
                           dst_mac=lab.mac(lab.server), options={55: PRL + [58, 59]})
        with lab.sniff(lab.server) as s:
            lab.send_frames(c, [frame])
            ack = s.wait_for(lambda p: p.is_reply and p.xid == xid, timeout=3)
        why = dump(s.packets()) + self.daemon_log()
        self.assertInformAck(ack, why)                # no 51 although the client asked for it
        self.assertEqual(ack.opt_ips(42), ["198.18.0.1"], why)
        self.assertEqual(ack.opt_str(12), "labpc01", why)
        self.assertEqual(ack.opt_ip(28), "198.18.0.255", why)
        self.assertEqual((ack.dst_ip, ack.dport), ("198.18.0.11", 68), why)
        self.assertDaemonAlive(srv)


# ================================================================== 7. flood suspension
class FloodTest(ServerTestCase):
    THRESHOLD = 10

    def test_random_mac_flood_is_bounded(self):
        """10 s of DISCOVERs from random MACs: the abuse tables keep max_tracked_clients MACs, the log sums the
        blacklisted clients up instead of a line each, and the known client is served meanwhile."""
        lab = self.new_lab(clients=2)
        db = make_db(lab.tmpfile("definitions.sqlite"))
        srv = self.start_daemon(self.config(db, abuse={"max_tracked_clients": "1000"}), debug=False)
        flooder, victim = lab.clients
        pid = srv.popen.pid
        before = rss_kib(pid)
        sent, errors = [], []

        def flood():
            try:
                sent.append(lab.flood_random_macs(flooder, 10, 3000))
            except Exception as e:                    # noqa: BLE001 -- reported by the test thread
                errors.append(e)

        t = threading.Thread(target=flood)
        t.start()
        try:
            time.sleep(3)
            lease = clients.udhcpc(lab, victim)      # during the flood
            during = t.is_alive()
        finally:
            t.join(60)
        time.sleep(1.5)
        grown = rss_kib(pid) - before
        log = srv.output()
        self.assertEqual(errors, [])
        self.assertGreater(sent[0], 10000, "the flood was too slow to mean anything")
        self.assertTrue(during, "udhcpc ran after the flood, not during it")
        self.assertDefinedLease(lease, "198.18.0.12", "labpc02")
        lines = log.count("was temporarily blacklisted")
        self.assertLessEqual(lines, 15, "one warning per unknown MAC:\n" + log[-3000:])   # 5 per 10 s, and a summary
        self.assertRegex(log, r"\d+ more clients were temporarily blacklisted in the last 10 seconds")
        self.assertLess(len(log), 20000, "the log grew with the flood:\n" + log[-3000:])
        # 1000 tracked MACs and the Unknown clients list (5000, with their requests) are a few MiB.
        self.assertLess(grown, 32 * 1024, "the daemon grew by %d KiB during the flood" % grown)
        print("random-MAC flood: %d DISCOVERs in 10 s, daemon grew %d KiB, %d log lines"
              % (sent[0], grown, log.count("\n")), file=sys.stderr)
        self.assertDaemonAlive(srv)

    def test_flooding_mac_suspended_other_client_served(self):
        lab, _db, srv = self.server(clients=2, abuse={"enable_suspend": "true",
                                                      "suspend_threshold": str(self.THRESHOLD),
                                                      "misbehaving_client_timeout": "150"})
        flooder, victim = lab.clients
        sent, errors = [], []

        def flood():
            try:
                sent.append(lab.flood(flooder, MAC[1], 200, interval=0.01, timeout=30))
            except Exception as e:                    # noqa: BLE001 -- reported by the test thread
                errors.append(e)

        with lab.sniff(lab.server) as s:
            t = threading.Thread(target=flood)
            t.start()
            try:
                started = s.wait_for(lambda p: p.msg_type == DISCOVER and p.chaddr == MAC[1], timeout=15)
                self.assertIsNotNone(started, "the flood did not start: %s" % errors)
                lease = clients.dhclient(lab, victim, timeout=6)          # during the flood
                during = t.is_alive()
            finally:
                t.join(40)
            s.wait_for(lambda p: False, timeout=0.5)
            # after the flood the flooder is still suspended (150 s), the other client still served
            xid = 0xf100d
            lab.send_frames(flooder, [build_dhcp(MAC[1], DISCOVER, xid=xid, options={55: PRL})])
            late = s.wait_for(lambda p: p.is_reply and p.xid == xid, timeout=1.5)
            after = clients.udhcpc(lab, victim)
        pkts = s.packets()
        self.assertEqual(errors, [])
        self.assertEqual(sent, [200])
        why = self.daemon_log()
        discovers = [p for p in pkts if p.msg_type == DISCOVER and p.chaddr == MAC[1] and p.xid != xid]
        offers = [p for p in server_replies(pkts, MAC[1]) if p.msg_type == OFFER]
        self.assertGreaterEqual(len(discovers), 190, "capture lost the flood")
        self.assertGreaterEqual(len(offers), 1, "the flooder was never served\n" + why)
        # The counter decays by one per whole-second tick: allow one more per tick boundary the burst crossed.
        offered_xids = {p.xid for p in offers}
        last = max(p.ts for p in discovers if p.xid in offered_xids)
        ticks = int(last + 0.05) - int(discovers[0].ts - 0.05)
        self.assertLessEqual(len(offers), self.THRESHOLD + ticks,
                             "%d OFFERs to a flooding MAC (threshold %d, %d ticks)\n%s"
                             % (len(offers), self.THRESHOLD, ticks, dump(offers)))
        self.assertIsNone(late, "the suspended MAC was answered after the flood")
        self.assertIn("%s is issuing too many requests; ignoring for 150 seconds" % MAC[1], srv.output())
        self.assertTrue(during, "dhclient ran after the flood, not during it (flood too short?)")
        self.assertDefinedLease(lease, "198.18.0.12", "labpc02")
        self.assertDefinedLease(after, "198.18.0.12", "labpc02")
        self.assertDaemonAlive(srv)


# ================================================================== 8. daemon lifecycle
class LifecycleTest(ServerTestCase):

    def run_daemon(self, cfg, *args, timeout=10):
        return self.lab.run(self.lab.server, [DAEMON, "--config", cfg] + list(args), timeout=timeout)

    def lab_and_db(self):
        lab = self.new_lab()
        return lab, make_db(lab.tmpfile("definitions.sqlite"))

    def test_check_config(self):
        lab, db = self.lab_and_db()
        good = self.config(db)
        r = self.run_daemon(good, "--check-config")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn(good, r.stdout + r.stderr)
        self.assertIn("configuration OK", r.stdout)
        bad = self.config(db, server={"no_such_key": "1"})
        r = self.run_daemon(bad, "--check-config")
        out = r.stdout + r.stderr
        self.assertNotEqual(r.returncode, 0, out)
        self.assertRegex(out, r"\[server\] no_such_key: unknown key")
        self.assertIn(bad, out)
        self.assertNotIn("configuration OK", out)
        # and the daemon refuses to start with it
        r = self.run_daemon(bad, "--foreground")
        self.assertNotEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRegex(r.stderr, r"\[server\] no_such_key: unknown key")
        self.assertEqual(lab.run(lab.server, ["ss", "-Huln", "sport = :67"]).stdout.strip(), "")

    def assertStartFails(self, cfg, *patterns):
        t = time.monotonic()
        r = self.run_daemon(cfg, "--foreground")
        out = r.stdout + r.stderr
        self.assertNotEqual(r.returncode, 0, out)
        self.assertLess(time.monotonic() - t, 5, "a start-up error took long")
        for pat in patterns:
            self.assertRegex(out, pat)
        self.assertNotIn("serving ", out)
        return out

    def test_port_in_use(self):
        lab, db = self.lab_and_db()
        first = self.start_daemon(self.config(db))
        with open("/proc/%d/comm" % first.pid) as f:
            self.assertEqual(f.read().strip(), "qstaticdhcpd")
        out = self.assertStartFails(self.config(db, name="second.conf"), r"port 67",
                                    r"qstaticdhcpd \(pid %d\)" % first.pid)
        self.assertDaemonAlive(first)
        self.assertTrue(clients.udhcpc(lab, lab.clients[0]).ok, out + self.daemon_log())

    def test_server_ip_on_no_interface(self):
        lab, db = self.lab_and_db()
        cfg = self.config(db, server={"dhcp_server_ip": "198.18.0.99"})
        self.assertStartFails(cfg, re.escape(cfg), r"dhcp_server_ip", r"198\.18\.0\.99",
                              r"no network interface has this address")

    def test_database_in_missing_directory(self):
        lab, _db = self.lab_and_db()
        missing = os.path.join(lab.tmp, "no-such-dir", "defs.sqlite")
        cfg = self.config(missing)
        self.assertStartFails(cfg, re.escape(missing), r"no-such-dir does not exist", r"sqlite_file",
                              re.escape(cfg))
        self.assertFalse(os.path.exists(os.path.dirname(missing)))

    def test_sighup_reinitialises_and_flushes_cache(self):
        lab, db = self.lab_and_db()
        srv = self.start_daemon(self.config(db, cache={"use_cache": "true"}))
        c = lab.clients[0]
        self.assertDefinedLease(clients.udhcpc(lab, c), "198.18.0.11", "labpc01")
        self.assertEqual(sql(db, "UPDATE maps SET ip='198.18.0.31' WHERE mac=?", MAC[1]), 1)
        cached = clients.udhcpc(lab, c)
        self.assertEqual(cached.ip, "198.18.0.11", "the cache is not in use: %s%s" % (cached, self.daemon_log()))
        os.kill(srv.pid, signal.SIGHUP)
        self.assertTrue(srv.wait_output(r"reinitialisation completed", timeout=5), self.daemon_log())
        self.assertDaemonAlive(srv)
        fresh = clients.udhcpc(lab, c)
        self.assertDefinedLease(fresh, "198.18.0.31", "labpc01")

    def test_sigterm_pidfile(self):
        lab, db = self.lab_and_db()
        pidfile = lab.tmpfile("qstaticdhcpd.pid")
        srv = self.start_daemon(self.config(db, server={"pid_file": pidfile}))
        with open(pidfile) as f:
            self.assertEqual(int(f.read().strip()), srv.pid)
        os.kill(srv.pid, signal.SIGTERM)
        try:
            rc = srv.popen.wait(5)
        except subprocess.TimeoutExpired:
            self.fail("SIGTERM did not stop the daemon in 5 s" + self.daemon_log())
        self.assertEqual(rc, 0, self.daemon_log())
        self.assertFalse(os.path.exists(pidfile), "pid file left behind")
        self.assertIn("stopped", srv.output())
        self.assertEqual(lab.run(lab.server, ["ss", "-Huln", "sport = :67"]).stdout.strip(), "")

    def test_runs_as_nobody(self):
        nobody = pwd.getpwnam("nobody")
        d = tempfile.mkdtemp(prefix="qsd-nobody-")     # lab.tmp is 0700 root: nobody could not reach it
        self.addCleanup(shutil.rmtree, d, True)        # after lab.close (cleanups run last-in first-out)
        lab = self.new_lab()
        os.chmod(d, 0o755)
        db = make_db(os.path.join(d, "definitions.sqlite"))
        os.chown(d, nobody.pw_uid, nobody.pw_gid)
        os.chown(db, nobody.pw_uid, nobody.pw_gid)
        pidfile = os.path.join(d, "qstaticdhcpd.pid")
        logfile = os.path.join(d, "qstaticdhcpd.log")
        srv = self.start_daemon(self.config(db, server={"user": "nobody", "pid_file": pidfile},
                                            log={"file": logfile, "file_severity": "info"},
                                            management={"listen": "local:" + os.path.join(d, "management.sock")}))
        self.assertTrue(srv.wait_output(r"running as user nobody", 2), self.daemon_log())
        uids = proc_uids(srv.pid)
        self.assertEqual(uids, [nobody.pw_uid] * 4, "Uid line of the running daemon")
        lease = clients.udhcpc(lab, lab.clients[0])
        self.assertDefinedLease(lease, "198.18.0.11", "labpc01")
        self.assertDaemonAlive(srv)
        with open(pidfile) as f:
            self.assertEqual(int(f.read()), srv.pid)
        # Both files were opened by root and handed to nobody, so the unprivileged daemon can reopen its log.
        self.assertEqual(os.stat(pidfile).st_uid, nobody.pw_uid)
        self.assertEqual(os.stat(logfile).st_uid, nobody.pw_uid)
        os.kill(srv.pid, signal.SIGHUP)
        self.assertTrue(srv.wait_output(r"reinitialisation completed", timeout=5), self.daemon_log())
        self.assertNotIn("cannot open log file", srv.output())
        with open(logfile) as f:
            self.assertIn("reinitialisation completed", f.read(), "nothing logged to the file after the reopen")
        self.assertEqual(srv.stop(), 0, self.daemon_log())
        self.assertFalse(os.path.exists(pidfile), "pid file left behind by the unprivileged daemon")

    def test_refuses_planted_symlinks(self):
        # The service user owns the directories of the pidfile and the log file, and plants links there to a
        # file of root's: a start as root refuses them, naming the file, and the victim is left as it was.
        lab, db = self.lab_and_db()
        victim = lab.tmpfile("passwd")
        with open(victim, "w") as f:
            f.write("root:x:0:0:root:/root:/bin/bash\n")
        os.chmod(victim, 0o600)
        def look(path):
            with open(path) as f:
                info = os.stat(path)
                return info.st_mode, info.st_uid, info.st_gid, f.read()
        before = look(victim)
        pidfile, logfile = lab.tmpfile("qstaticdhcpd.pid"), lab.tmpfile("qstaticdhcpd.log")
        for planted in (pidfile, logfile):
            os.symlink(victim, planted)
        self.assertStartFails(self.config(db, server={"pid_file": pidfile}, name="pid.conf"),
                              re.escape("cannot write pidfile %s: it is a symbolic link" % pidfile))
        self.assertStartFails(self.config(db, log={"file": logfile}, name="log.conf"),
                              re.escape("cannot open log file %s: it is a symbolic link" % logfile))
        self.assertEqual(look(victim), before)

    def test_background_daemon(self):
        lab, db = self.lab_and_db()
        pidfile = lab.tmpfile("qstaticdhcpd.pid")
        logfile = lab.tmpfile("qstaticdhcpd.log")
        cfg = self.config(db, server={"pid_file": pidfile}, log={"file": logfile, "file_severity": "info"})
        # Become the subreaper of the detached daemon, so that its exit status can be collected (and no zombie
        # is left to a PID 1 that may not reap).
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        self.assertEqual(libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0)
        self.addCleanup(libc.prctl, PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)
        t = time.monotonic()
        r = self.run_daemon(cfg, timeout=10)          # no --foreground
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertLess(time.monotonic() - t, 5)
        self.assertTrue(os.path.exists(pidfile), "no pid file once the command returned")
        with open(pidfile) as f:
            pid = int(f.read().strip())
        self.addCleanup(reap, pid)
        try:
            self.assertIn(proc_state(pid), ("R", "S", "D"), "the daemon is not running")
            with open("/proc/%d/comm" % pid) as f:
                self.assertEqual(f.read().strip(), "qstaticdhcpd")
            ns = subprocess.run(["ip", "netns", "identify", str(pid)], capture_output=True, text=True).stdout
            self.assertEqual(ns.split(), [lab.server], "the daemon left the server's namespace")
            self.assertNotEqual(os.getsid(pid), os.getsid(0), "the daemon did not leave our session")
            with open("/proc/%d/status" % pid) as f:   # detaching keeps the umask, made no looser than 027
                umask = int(re.search(r"^Umask:\s+(\d+)", f.read(), re.M).group(1), 8)
            self.assertEqual(umask & 0o027, 0o027, "the daemon's umask is %04o" % umask)
            lease = clients.udhcpc(lab, lab.clients[0])
            self.assertDefinedLease(lease, "198.18.0.11", "labpc01")
            with open(logfile) as f:
                self.assertIn("serving 198.18.0.1 on eth0", f.read())
        finally:
            os.kill(pid, signal.SIGTERM)               # via the pid file, as an init script would
        got = []
        wait_until(lambda: got.append(reap(pid)) or got[-1] is not None, 5)
        status = got[-1]
        self.assertIsNotNone(status, "the daemon did not stop on SIGTERM (state %s)" % proc_state(pid))
        self.assertEqual(status, 0, "exit status of the background daemon")
        self.assertTrue(wait_until(lambda: not os.path.exists(pidfile), 1), "pid file left behind")
        with open(logfile) as f:
            self.assertIn("stopped", f.read())


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main(verbosity=2)
