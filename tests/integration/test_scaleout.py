#!/usr/bin/python3
"""Several servers on one database (README "Several servers on one database"): two qstaticdhcpd daemons, each in
its own network namespace (two netlab Labs: own bridge, own client), on one PostgreSQL server started by this test.

Run as root with Debian's Python: /usr/bin/python3 tests/integration/test_scaleout.py -v
Both daemons cache definitions forever ([cache] max_age = 0), so only PostgreSQL's NOTIFY can tell daemon B of an
edit made through daemon A: the same client gets the same answer from both; an edit through A's management socket
(qstaticdhcpctl) is served by B within 2 s, without a restart; the permanent blacklist is shared the same way.

PostgreSQL (Debian package postgresql) runs as user postgres (runuser) from a private data directory and listens
only on a Unix socket in a private directory — reachable from every network namespace, as a file — and is stopped
and removed afterwards. Nothing here skips.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients  # noqa: E402
import netlab  # noqa: E402
import test_server  # noqa: E402
from test_server import BIN_DIR, DAEMON, DEMO_SQL, SERVER_IP, write_config  # noqa: E402

CTL = os.path.join(BIN_DIR, "qstaticdhcpctl")
PASSWORD = "qsd-secret"
DATABASE = "qsd"
PORT = 5432          # only names the socket file (.s.PGSQL.5432) in the private directory: no TCP
EDIT_BOUND = 2.0     # seconds within which B must serve an edit made through A


def pg_bin(tool):
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/" + tool), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("missing %s (install the Debian package postgresql)" % tool)
    return found[-1]


class Postgres:
    """A throw-away PostgreSQL server on a Unix socket; stop() removes everything."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="qsd-scaleout-pg-")
        self.data = os.path.join(self.dir, "data")
        self.log = os.path.join(self.dir, "server.log")
        self.running = False

    def as_postgres(self, argv, timeout=60):
        r = subprocess.run(["runuser", "-u", "postgres", "--"] + argv, capture_output=True, text=True,
                           timeout=timeout)
        if r.returncode:
            raise RuntimeError("%s failed (%d):\n%s%s%s" % (" ".join(argv), r.returncode, r.stdout, r.stderr,
                                                           self.server_log()))
        return r

    def server_log(self):
        try:
            with open(self.log, errors="replace") as f:
                return "\n--- postgresql log ---\n" + f.read()[-3000:]
        except OSError:
            return ""

    def start(self):
        shutil.chown(self.dir, "postgres", "postgres")
        pw = os.path.join(self.dir, "pw")
        with open(pw, "w") as f:
            f.write(PASSWORD)
        shutil.chown(pw, "postgres", "postgres")
        self.as_postgres([pg_bin("initdb"), "-D", self.data, "-U", "postgres", "--pwfile=" + pw, "-A", "md5",
                          "-N", "-E", "UTF8"])
        self.as_postgres([pg_bin("pg_ctl"), "-D", self.data, "-l", self.log, "-w", "-t", "30", "-o",
                          "-p %d -k %s -c listen_addresses='' -c fsync=off" % (PORT, self.dir), "start"])
        self.running = True
        self.psql("CREATE DATABASE %s" % DATABASE, database="postgres")

    def psql(self, statement, database=DATABASE):
        r = subprocess.run(["psql", "-h", self.dir, "-p", str(PORT), "-U", "postgres", "-d", database,
                            "-v", "ON_ERROR_STOP=1", "-qAt", "-c", statement],
                           capture_output=True, text=True, timeout=30, env=dict(os.environ, PGPASSWORD=PASSWORD))
        if r.returncode:
            raise RuntimeError("psql %r failed:\n%s%s" % (statement, r.stderr, self.server_log()))
        return r.stdout

    def stop(self):
        if self.running:
            subprocess.run(["runuser", "-u", "postgres", "--", pg_bin("pg_ctl"), "-D", self.data, "-m", "fast",
                            "-w", "stop"], capture_output=True, timeout=60)
            self.running = False
        shutil.rmtree(self.dir, ignore_errors=True)


def demo_inserts():
    """The INSERT statements of the demo database (its CREATE statements are SQLite's)."""
    with open(DEMO_SQL) as f:
        text = re.sub(r"--[^\n]*", "", f.read())
    return [s.strip() for s in text.split(";") if s.strip().upper().startswith("INSERT")]


def setUpModule():
    test_server.setUpModule()
    problems = [p for p in (CTL,) if not os.access(p, os.X_OK)]
    for tool in ("runuser", "psql"):
        if not shutil.which(tool):
            problems.append("missing %s" % tool)
    pg_bin("initdb")
    if problems:
        raise RuntimeError("test_scaleout.py cannot run: " + ", ".join(problems))


class ScaleOutTest(unittest.TestCase):
    def setUp(self):
        self.pg = Postgres()
        self.addCleanup(self.pg.stop)
        self.pg.start()
        self.daemons = {}

    def lab(self):
        lab = netlab.Lab(clients=1)
        lab.__enter__()
        self.addCleanup(lab.close)
        return lab

    def start_daemon(self, name, lab):
        socket = lab.tmpfile("management-%s.sock" % name)
        cfg = write_config(lab.tmpfile("qstaticdhcpd-%s.conf" % name), {
            "server": {"dhcp_server_ip": SERVER_IP, "system_name": "server-" + name},
            "abuse": {"suspend_threshold": "100"},
            "database": {"engine": "postgresql", "postgresql_host": self.pg.dir, "postgresql_port": str(PORT),
                         "postgresql_database": DATABASE, "postgresql_username": "postgres",
                         "postgresql_password": PASSWORD},
            # cached for ever: only a notification can make B read an edit again
            "cache": {"use_cache": "true", "max_age": "0"},
            "log": {"console_severity": "info"},
            "management": {"listen": "local:" + socket},
        })
        proc = lab.spawn(lab.server, [DAEMON, "--config", cfg, "--foreground", "--debug"], name="qstaticdhcpd-" + name)
        self.daemons[name] = proc
        if not proc.wait_output(r"serving %s on " % re.escape(SERVER_IP), timeout=15):
            self.fail("daemon %s did not start (rc %s)%s" % (name, proc.popen.poll(), self.logs()))
        return socket

    def logs(self):
        return "".join("\n--- daemon %s ---\n%s" % (n, p.output()) for n, p in self.daemons.items()) \
            + self.pg.server_log()

    def ctl(self, socket, *args):
        r = subprocess.run([CTL, "--connect", "local:" + socket] + list(args), capture_output=True, text=True,
                           timeout=20)
        self.assertEqual(r.returncode, 0, "qstaticdhcpctl %s: exit %d\n%s%s%s"
                         % (" ".join(args), r.returncode, r.stdout, r.stderr, self.logs()))
        return r

    def lease(self, lab, timeout=4):
        return clients.udhcpc(lab, lab.clients[0], timeout=timeout)

    def assertSameLease(self, a, b):
        why = "A: %s\nB: %s%s" % (a, b, self.logs())
        self.assertTrue(a.ok and b.ok, why)
        for field in ("ip", "mask", "routers", "dns", "domain", "hostname", "ntp", "lease_time", "server_id"):
            self.assertEqual(getattr(a, field), getattr(b, field), "%s differs\n%s" % (field, why))

    def test_two_daemons_answer_alike_and_an_edit_through_one_is_served_by_the_other(self):
        lab_a, lab_b = self.lab(), self.lab()
        socket_a = self.start_daemon("a", lab_a)            # creates staticDHCPd's tables
        for statement in demo_inserts():
            self.pg.psql(statement)
        socket_b = self.start_daemon("b", lab_b)
        mac = lab_a.mac(lab_a.clients[0])
        self.assertEqual(mac, lab_b.mac(lab_b.clients[0]))  # the same client, on either network

        a, b = self.lease(lab_a), self.lease(lab_b)
        self.assertSameLease(a, b)
        self.assertEqual((a.ip, a.hostname), ("198.18.0.11", "labpc01"))
        b_again = self.lease(lab_b)                        # from B's cache now
        self.assertSameLease(a, b_again)

        # An edit through A's management socket, then B without a restart.
        self.ctl(socket_a, "definitions", "edit", mac, "ip=198.18.0.51", "hostname=moved01")
        edited = time.monotonic()
        seen = []
        while True:
            lease = self.lease(lab_b, timeout=3)
            seen.append((round(time.monotonic() - edited, 3), lease.ip))
            if lease.ok and lease.ip == "198.18.0.51":
                break
            self.assertLess(time.monotonic() - edited, EDIT_BOUND,
                            "B still serves the old definition %.1f s after the edit: %s%s"
                            % (EDIT_BOUND, seen, self.logs()))
        delay = time.monotonic() - edited
        print("\nedit through A served by B: first lease with the new address %.3f s after qstaticdhcpctl "
              "returned (%d DHCP exchange(s))" % (delay, len(seen)), file=sys.stderr)
        self.assertEqual(lease.hostname, "moved01")
        self.assertSameLease(self.lease(lab_a), lease)
        self.assertTrue(self.daemons["b"].wait_output(r"map %s changed by \S+ on another server" % re.escape(mac),
                                                      timeout=2), "B did not log the change" + self.logs())
        self.assertFalse(re.search(r"on another server", self.daemons["a"].output()),
                         "A took its own edit for another server's" + self.logs())

        # The permanent blacklist is shared: added through B, A ignores the client; removed, served again.
        self.ctl(socket_b, "blacklist", "add", mac, "--reason", "stolen")
        deadline = time.monotonic() + EDIT_BOUND + 4
        while True:
            refused = self.lease(lab_a, timeout=2)
            if not refused.ok:
                break
            self.assertLess(time.monotonic(), deadline, "A still serves a MAC blacklisted through B" + self.logs())
        self.ctl(socket_b, "blacklist", "remove", mac)
        deadline = time.monotonic() + EDIT_BOUND + 4
        while True:
            back = self.lease(lab_a, timeout=3)
            if back.ok:
                break
            self.assertLess(time.monotonic(), deadline, "A ignores a MAC unblacklisted through B" + self.logs())
        self.assertEqual(back.ip, "198.18.0.51")
        for name, proc in self.daemons.items():
            self.assertTrue(proc.alive(), "daemon %s died%s" % (name, self.logs()))


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main()
