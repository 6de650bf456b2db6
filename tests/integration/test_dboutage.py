#!/usr/bin/python3
"""The definitions database as a network server that goes away (README "When the database is a network server",
"The definitions cache", "Several servers on one database"), with real servers started here and real clients.

Run as root with Debian's Python: /usr/bin/python3 tests/integration/test_dboutage.py -v

- PostgreSQL restarted under two running daemons (each in its own netlab.Lab, cache on, max_age 2 s): a client
  leased before the restart is answered from the cache during the outage (even past max_age); a client the
  daemon never looked up gets nothing, and the log says "unreachable" once however many requests came;
  `qstaticdhcpctl status` reports the outage; once PostgreSQL is back the new client is served within 10 s without
  a restart, the log says "reachable again" once, and edits through one daemon reach the other again (NOTIFY).
- A daemon started while PostgreSQL is stopped stays up, reports the outage, reads the permanent blacklist and
  serves clients once PostgreSQL starts.
- MariaDB (engine = mysql) under two daemons with [cache] max_age = 2: the same answer from both; an edit through
  A's management socket is served by B within max_age + 2 s (MariaDB has no notifications).
- MariaDB restarted under a daemon: the same outage handling as with PostgreSQL, and edits work again after it.
- `qstaticdhcpctl import mysql mysql://…` from a staticDHCPd-schema database on the MariaDB server into a daemon
  running on PostgreSQL: the dry run lists the conflict and writes nothing; the import is then served to a client.

PostgreSQL (Debian package postgresql) runs as user postgres, MariaDB (mariadb-server) as user mysql, each from a
private data directory and on a Unix socket only (no TCP), in a private directory that every network namespace
reaches as a file; both are stopped and removed afterwards. Nothing here skips.
"""
import csv
import ctypes
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients  # noqa: E402
import netlab  # noqa: E402
import test_scaleout  # noqa: E402
from test_scaleout import CTL, DATABASE, PASSWORD, PORT, Postgres, demo_inserts, pg_bin  # noqa: E402
from test_server import DAEMON, PR_SET_CHILD_SUBREAPER, SERVER_IP, KeptUdhcpc, proc_state, reap, wait_until, \
    write_config  # noqa: E402

UNREACHABLE = r"definitions database unreachable: "
REACHABLE_AGAIN = r"is reachable again after ([0-9.]+) s; (\d+) lookups were not sent to it meanwhile"
BACK_BOUND = 10.0     # seconds after PostgreSQL is up again within which a new client must be served
MAX_AGE = 2           # [cache] max_age of every daemon here
MYSQL_USER = "qsd"

# staticDHCPd's MySQL schema (SD/databases/mysql.sql, inventory §2) for the database the import reads, and the
# rows of tests/fixtures/import/staticdhcpd.sql (what test_import.py reads from SQLite).
STATICDHCPD_MYSQL = [
    "CREATE TABLE subnets (subnet VARCHAR(18) NOT NULL, serial SMALLINT UNSIGNED NOT NULL DEFAULT 0, "
    "lease_time INT UNSIGNED NOT NULL, gateway TEXT, subnet_mask VARCHAR(15), broadcast_address VARCHAR(15), "
    "ntp_servers TEXT, domain_name_servers TEXT, domain_name TEXT, PRIMARY KEY (subnet, serial))",
    "CREATE TABLE maps (mac CHAR(17) NOT NULL, ip VARCHAR(15) NOT NULL, hostname TEXT, subnet VARCHAR(18) NOT NULL, "
    "serial SMALLINT UNSIGNED NOT NULL DEFAULT 0, PRIMARY KEY (mac), UNIQUE (ip, subnet, serial), "
    "FOREIGN KEY (subnet, serial) REFERENCES subnets (subnet, serial))",
    "INSERT INTO subnets VALUES ('198.18.0.0/24', 0, 3600, '198.18.0.1', '255.255.255.0', '198.18.0.255', "
    "'198.18.0.1', '198.18.0.1', 'lab.example')",
    "INSERT INTO subnets VALUES ('198.18.6.0/24', 0, 600, '198.18.6.1', '255.255.255.0', '198.18.6.255', NULL, "
    "'198.18.6.1', 'db.lab.example')",
    "INSERT INTO maps VALUES ('02:00:00:03:00:01', '198.18.0.141', 'dbpc1', '198.18.0.0/24', 0)",
    "INSERT INTO maps VALUES ('02:00:00:03:00:AA', '198.18.6.42', NULL, '198.18.6.0/24', 0)",
    "INSERT INTO maps VALUES ('02:00:00:03:00:03', '198.18.0.12', 'takenip', '198.18.0.0/24', 0)",
]


class RestartablePostgres(Postgres):
    """test_scaleout's throw-away server, which can also be stopped and started again on the same data."""

    def options(self):
        return "-p %d -k %s -c listen_addresses='' -c fsync=off" % (PORT, self.dir)

    def halt(self):
        """Stops the server (fast: connections are cut), keeping the data."""
        self.as_postgres([pg_bin("pg_ctl"), "-D", self.data, "-m", "fast", "-w", "-t", "30", "stop"])
        self.running = False

    def resume(self):
        self.as_postgres([pg_bin("pg_ctl"), "-D", self.data, "-l", self.log, "-w", "-t", "30", "-o", self.options(),
                          "start"])
        self.running = True


class MariaDB:
    """A throw-away MariaDB server run as user mysql on a Unix socket only (--skip-networking); stop() removes
    everything. Clients find the socket through MYSQL_UNIX_PORT (libmariadb reads it when no host, or
    `localhost`, is given)."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="qsd-dboutage-mariadb-")
        self.data = os.path.join(self.dir, "data")
        self.socket = os.path.join(self.dir, "mysqld.sock")
        self.log = os.path.join(self.dir, "server.log")
        self.popen = None

    def env(self):
        return dict(os.environ, MYSQL_UNIX_PORT=self.socket)

    def server_log(self):
        try:
            with open(self.log, errors="replace") as f:
                return "\n--- mariadb log ---\n" + f.read()[-3000:]
        except OSError:
            return ""

    def start(self):
        for tool in ("/usr/sbin/mariadbd", "/usr/bin/mariadb-install-db", "/usr/bin/mariadb", "/usr/bin/mariadb-admin"):
            if not os.access(tool, os.X_OK):
                raise RuntimeError("missing %s (install the Debian package mariadb-server)" % tool)
        shutil.chown(self.dir, "mysql", "mysql")
        os.chmod(self.dir, 0o755)
        init = os.path.join(self.dir, "init.sql")
        with open(init, "w") as f:
            f.write("CREATE USER IF NOT EXISTS '%s'@'localhost' IDENTIFIED BY '%s';\n"
                    "GRANT ALL ON *.* TO '%s'@'localhost';\n" % (MYSQL_USER, PASSWORD, MYSQL_USER))
        # A temporary directory of its own (not the shared /tmp: two set-ups at once collide on temporary tables).
        self.tmp = os.path.join(self.dir, "tmp")
        os.makedirs(self.tmp, exist_ok=True)
        shutil.chown(self.tmp, "mysql", "mysql")
        r = subprocess.run(["runuser", "-u", "mysql", "--", "mariadb-install-db", "--no-defaults",
                            "--datadir=" + self.data, "--tmpdir=" + self.tmp, "--auth-root-authentication-method=normal", "--skip-test-db"],
                           capture_output=True, text=True, timeout=120)
        if r.returncode:
            raise RuntimeError("mariadb-install-db failed (%d):\n%s%s" % (r.returncode, r.stdout, r.stderr))
        self.resume()

    def resume(self):
        """Starts mariadbd on the data directory (again) and waits until it answers."""
        init = os.path.join(self.dir, "init.sql")
        with open(self.log, "ab") as out:
            self.popen = subprocess.Popen(
                ["runuser", "-u", "mysql", "--", "/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + self.data,
                 "--tmpdir=" + self.tmp,
                 "--socket=" + self.socket, "--pid-file=" + os.path.join(self.dir, "mysqld.pid"),
                 "--skip-networking", "--skip-name-resolve", "--skip-log-bin", "--innodb-buffer-pool-size=32M",
                 "--innodb-flush-log-at-trx-commit=0", "--init-file=" + init],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            r = subprocess.run(["mariadb", "--no-defaults", "-S", self.socket, "-u", "root", "-e", "SELECT 1"],
                               capture_output=True, text=True, timeout=10)
            if r.returncode == 0:
                return
            if self.popen.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("mariadbd did not start (rc %s): %s%s" % (self.popen.poll(), r.stderr,
                                                                            self.server_log()))
            time.sleep(0.2)

    def sql(self, statement, database=None):
        argv = ["mariadb", "--no-defaults", "-S", self.socket, "-u", "root", "-N", "-B", "-e", statement]
        r = subprocess.run(argv + ([database] if database else []), capture_output=True, text=True, timeout=30)
        if r.returncode:
            raise RuntimeError("mariadb %r failed:\n%s%s" % (statement, r.stderr, self.server_log()))
        return r.stdout

    def halt(self):
        """Shuts the server down, keeping the data."""
        if self.popen and self.popen.poll() is None:
            subprocess.run(["mariadb-admin", "--no-defaults", "-S", self.socket, "-u", "root", "shutdown"],
                           capture_output=True, timeout=60)
            try:
                self.popen.wait(30)
            except subprocess.TimeoutExpired:
                self.popen.kill()   # runuser; mariadbd's pid is in its pid file
                try:
                    with open(os.path.join(self.dir, "mysqld.pid")) as f:
                        os.kill(int(f.read().strip()), 9)
                except (OSError, ValueError):
                    pass
                self.popen.wait(10)
        self.popen = None

    def stop(self):
        self.halt()
        shutil.rmtree(self.dir, ignore_errors=True)


class BackgroundDaemon:
    """A daemon started without --foreground (it detaches; we are its subreaper), seen through its pid file and
    log file with the little of netlab.Proc the tests use."""

    def __init__(self, pid, log):
        self.pid, self.log, self.status = pid, log, None

    def output(self):
        with open(self.log, errors="replace") as f:
            return f.read()

    def alive(self):
        return self.status is None and proc_state(self.pid) in ("R", "S", "D")

    def wait_output(self, pattern, timeout=5.0):
        return wait_until(lambda: re.search(pattern, self.output()), timeout)

    def stop(self):
        """SIGTERM, as an init script would; the exit status."""
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            got = []
            wait_until(lambda: got.append(reap(self.pid)) or got[-1] is not None, 5)
            self.status = got[-1]
        return self.status


MARIADB = None


def mariadb():
    """The module's MariaDB server, started on first use (tearDownModule stops it)."""
    global MARIADB
    if MARIADB is None:
        MARIADB = MariaDB()
        try:
            MARIADB.start()
        except BaseException:
            MARIADB.stop()
            MARIADB = None
            raise
    return MARIADB


def setUpModule():
    test_scaleout.setUpModule()
    for tool in ("udhcpc", "runuser", "mariadb"):
        if not shutil.which(tool):
            raise RuntimeError("test_dboutage.py cannot run: missing %s" % tool)


def tearDownModule():
    global MARIADB
    if MARIADB is not None:
        MARIADB.stop()
        MARIADB = None


class DaemonsTestCase(unittest.TestCase):
    def setUp(self):
        self.daemons = {}
        self.stopped = set()
        self.extra_logs = []        # callables returning a server log

    def lab(self, clients_=2):
        lab = netlab.Lab(clients=clients_)
        lab.__enter__()
        self.addCleanup(lab.close)
        return lab

    def start_daemon(self, name, lab, database, env=None, wait=True, background=False):
        socket = lab.tmpfile("management-%s.sock" % name)
        sections = {
            "server": {"dhcp_server_ip": SERVER_IP, "system_name": "server-" + name},
            "abuse": {"suspend_threshold": "100"},
            "database": database,
            "cache": {"use_cache": "true", "max_age": str(MAX_AGE)},
            "log": {"console_severity": "info"},
            "management": {"listen": "local:" + socket},
        }
        if background:
            return self.start_background_daemon(name, lab, sections, socket)
        cfg = write_config(lab.tmpfile("qstaticdhcpd-%s.conf" % name), sections)
        prefix = ["env"] + ["%s=%s" % kv for kv in (env or {}).items()] if env else []
        proc = lab.spawn(lab.server, prefix + [DAEMON, "--config", cfg, "--foreground", "--debug"],
                         name="qstaticdhcpd-" + name)
        self.daemons[name] = proc
        if wait and not proc.wait_output(r"serving %s on " % re.escape(SERVER_IP), timeout=15):
            self.fail("daemon %s did not start (rc %s)%s" % (name, proc.popen.poll(), self.logs()))
        return socket

    def start_background_daemon(self, name, lab, sections, socket):
        pidfile, log = lab.tmpfile("qstaticdhcpd-%s.pid" % name), lab.tmpfile("qstaticdhcpd-%s.log" % name)
        sections["server"]["pid_file"] = pidfile
        sections["log"].update({"file": log, "file_severity": "debug"})
        cfg = write_config(lab.tmpfile("qstaticdhcpd-%s.conf" % name), sections)
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        self.assertEqual(libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0)
        self.addCleanup(libc.prctl, PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)
        started = time.monotonic()
        r = lab.run(lab.server, [DAEMON, "--config", cfg, "--debug"], timeout=10)   # no --foreground: it detaches
        self.assertEqual(r.returncode, 0, "the daemon did not start: %s%s" % (r.stdout + r.stderr, self.logs()))
        self.assertLess(time.monotonic() - started, 5, "starting without the database took long")
        with open(pidfile) as f:
            proc = BackgroundDaemon(int(f.read().strip()), log)
        self.daemons[name] = proc
        self.addCleanup(proc.stop)
        if not proc.wait_output(r"serving %s on " % re.escape(SERVER_IP), timeout=15):
            self.fail("daemon %s is not serving (state %s)%s" % (name, proc_state(proc.pid), self.logs()))
        return socket

    def logs(self):
        return "".join("\n--- daemon %s ---\n%s" % (n, p.output()[-6000:]) for n, p in self.daemons.items()) \
            + "".join(f() for f in self.extra_logs)

    def ctl(self, socket, *args, code=0, env=None):
        r = subprocess.run([CTL, "--connect", "local:" + socket] + list(args), capture_output=True, text=True,
                           timeout=30, env=env)
        self.assertEqual(r.returncode, code, "qstaticdhcpctl %s: exit %d\n%s%s%s"
                         % (" ".join(args), r.returncode, r.stdout, r.stderr, self.logs()))
        return r

    def status(self, socket):
        return json.loads(self.ctl(socket, "--json", "status").stdout)

    def lease(self, lab, index=0, timeout=4):
        return clients.udhcpc(lab, lab.clients[index], timeout=timeout)

    def count(self, name, pattern):
        return len(re.findall(pattern, self.daemons[name].output()))

    def assertSameLease(self, a, b):
        why = "A: %s\nB: %s%s" % (a, b, self.logs())
        self.assertTrue(a.ok and b.ok, why)
        for field in ("ip", "mask", "routers", "dns", "domain", "hostname", "ntp", "lease_time", "server_id"):
            self.assertEqual(getattr(a, field), getattr(b, field), "%s differs\n%s" % (field, why))

    def served_within(self, lab, index, bound, ip, since, what):
        """udhcpc until the client gets ip; fails when a run that starts more than `bound` seconds after `since`
        would be needed. A run started in time may end later: when a cached entry expires between the OFFER (old
        address, from the cache) and the REQUEST, the server NAKs the old address (right) and udhcpc waits 3 s
        before its next DISCOVER. Returns (lease, seconds from `since` to the end of the good run)."""
        seen = []
        while True:
            start = time.monotonic() - since
            self.assertLess(start, bound, "%s: not served %s within %.0f s: %s%s"
                            % (what, ip, bound, seen, self.logs()))
            lease = self.lease(lab, index, timeout=2)
            seen.append((round(start, 2), round(time.monotonic() - since, 2), lease.ip))
            self.seen = seen
            if lease.ok and lease.ip == ip:
                return lease, time.monotonic() - since

    def stop_daemon(self, name):
        self.stopped.add(name)
        return self.daemons[name].stop()

    def assertAlive(self):
        for name, proc in self.daemons.items():
            if name not in self.stopped:
                self.assertTrue(proc.alive(), "daemon %s died%s" % (name, self.logs()))

    def unavailable_drops(self, socket):
        """The daemon's database-unavailable drop counter (qstaticdhcpctl stats)."""
        stats = json.loads(self.ctl(socket, "--json", "stats").stdout)
        return stats.get("drops", {}).get("database-unavailable", 0)


class PostgresOutageTest(DaemonsTestCase):
    def setUp(self):
        super().setUp()
        self.pg = RestartablePostgres()
        self.addCleanup(self.pg.stop)
        self.pg.start()
        self.extra_logs.append(self.pg.server_log)

    def database(self):
        return {"engine": "postgresql", "postgresql_host": self.pg.dir, "postgresql_port": str(PORT),
                "postgresql_database": DATABASE, "postgresql_username": "postgres", "postgresql_password": PASSWORD}

    def assertOutageReported(self, socket):
        status = self.status(socket)
        db = status["database"]
        self.assertFalse(db["ok"], json.dumps(status, indent=1))
        self.assertTrue(db["error"].startswith("unreachable since "), json.dumps(status, indent=1))
        table = self.ctl(socket, "status").stdout
        self.assertRegex(table, r"database state\s+unreachable since ", table)

    def test_postgresql_restart_under_two_daemons(self):
        lab_a, lab_b = self.lab(), self.lab()
        socket_a = self.start_daemon("a", lab_a, self.database())      # creates staticDHCPd's tables
        for statement in demo_inserts():
            self.pg.psql(statement)
        socket_b = self.start_daemon("b", lab_b, self.database())
        labs = {"a": lab_a, "b": lab_b}
        new_mac = lab_a.mac(lab_a.clients[1])
        self.assertEqual(new_mac, "02:00:00:00:00:02")                  # labpc02, 198.18.0.12 in the demo rows

        before = {n: self.lease(lab) for n, lab in labs.items()}
        self.assertSameLease(before["a"], before["b"])
        self.assertEqual((before["a"].ip, before["a"].hostname), ("198.18.0.11", "labpc01"))
        kept = {n: KeptUdhcpc(lab, lab.clients[0]) for n, lab in labs.items()}   # bound now, renews on SIGUSR1
        for n, u in kept.items():
            self.addCleanup(u.proc.stop)
            self.assertIsNotNone(u.wait_event("bound"), u.describe() + self.logs())
        leased = time.monotonic()

        self.pg.halt()
        stopped = time.monotonic()
        time.sleep(max(0.0, leased + MAX_AGE + 0.5 - time.monotonic()))   # the cached entries are past max_age
        # The known client: a RENEW (unicast REQUEST with ciaddr), then a new DISCOVER/REQUEST, both answered from
        # the cache by both daemons.
        for n, lab in labs.items():
            kept[n].signal(signal.SIGUSR1)
            env = kept[n].wait_event("renew", timeout=6)
            self.assertIsNotNone(env, "%s: no renewal during the outage: %s%s" % (n, kept[n].describe(), self.logs()))
            self.assertEqual((env.get("ip"), env.get("hostname")), ("198.18.0.11", "labpc01"))
            kept[n].proc.stop()
            self.assertRegex(self.daemons[n].output(), r"REQUEST:(RENEW|REBIND) from 02:00:00:00:00:01 for 198\.18\.0\.11")
            self.assertSameLease(before[n], self.lease(lab))
        # The client neither daemon has looked up: nothing, however often it asks (3 tries on A, 1 on B).
        for n, tries in (("a", 3), ("b", 1)):
            for _ in range(tries):
                refused = self.lease(labs[n], 1, timeout=2)
                self.assertFalse(refused.ok, "%s served an unknown client without its database: %s%s"
                                 % (n, refused, self.logs()))
        for n, socket in (("a", socket_a), ("b", socket_b)):
            self.assertEqual(self.count(n, UNREACHABLE), 1, "%s: not one 'unreachable' line%s" % (n, self.logs()))
            self.assertEqual(self.count(n, REACHABLE_AGAIN), 0, self.logs())
            self.assertOutageReported(socket)
        drops = {n: self.unavailable_drops(s) for n, s in (("a", socket_a), ("b", socket_b))}
        self.assertGreaterEqual(drops["a"], 3, self.logs())       # at least one DISCOVER per udhcpc run
        self.assertGreaterEqual(drops["b"], 1, self.logs())
        outage = time.monotonic() - stopped

        self.pg.resume()
        resumed = time.monotonic()
        lease_a, delay_a = self.served_within(lab_a, 1, BACK_BOUND, "198.18.0.12", resumed, "A after the restart")
        lease_b, delay_b = self.served_within(lab_b, 1, BACK_BOUND, "198.18.0.12", resumed, "B after the restart")
        self.assertSameLease(lease_a, lease_b)
        self.assertEqual(lease_a.hostname, "labpc02")
        print("\nPostgreSQL down %.1f s; the new client served %.2f s (A) and %.2f s (B) after it was up again"
              % (outage, delay_a, delay_b), file=sys.stderr)
        for n, socket in (("a", socket_a), ("b", socket_b)):
            back = self.daemons[n].wait_output(REACHABLE_AGAIN, timeout=2)
            self.assertTrue(back, "%s did not log that the database is back%s" % (n, self.logs()))
            self.assertGreaterEqual(int(back.group(2)), 1, back.group(0))
            # Not asserted (see the report): M counts only the lookups not sent to the database, while the
            # drop counter also counts the clients whose lookup was the failed probe.
            print("%s: %r; database-unavailable drops during the outage: %d"
                  % (n, back.group(0), drops[n]), file=sys.stderr)
            self.assertEqual(self.count(n, REACHABLE_AGAIN), 1, self.logs())
            self.assertEqual(self.count(n, UNREACHABLE), 1, self.logs())
            status = self.status(socket)
            self.assertTrue(status["database"]["ok"], json.dumps(status, indent=1))

        # The listeners are back too: an edit through A reaches B at once (max_age is 2 s, so allow 1.5 s).
        self.ctl(socket_a, "definitions", "edit", new_mac, "ip=198.18.0.52")
        edited = time.monotonic()
        self.served_within(lab_b, 1, 1.5, "198.18.0.52", edited, "B, an edit through A after the restart")
        self.assertAlive()

    def test_daemon_started_while_postgresql_is_stopped(self):
        lab = self.lab()
        socket = self.start_daemon("first", lab, self.database())       # creates staticDHCPd's tables
        for statement in demo_inserts():
            self.pg.psql(statement)
        blacklisted = lab.mac(lab.clients[1])
        self.ctl(socket, "blacklist", "add", blacklisted, "--reason", "stolen")
        self.assertEqual(self.stop_daemon("first"), 0, self.logs())
        self.pg.halt()

        socket = self.start_daemon("late", lab, self.database(), background=True)     # exit status 0, detached
        time.sleep(1.0)
        self.assertTrue(self.daemons["late"].alive(), "the daemon exited without its database" + self.logs())
        refused = self.lease(lab, 0, timeout=2)
        self.assertFalse(refused.ok, "served without a database nor a cache: %s%s" % (refused, self.logs()))
        self.assertOutageReported(socket)
        self.assertEqual(self.count("late", UNREACHABLE), 1, self.logs())

        self.pg.resume()
        resumed = time.monotonic()
        lease, delay = self.served_within(lab, 0, BACK_BOUND, "198.18.0.11", resumed, "the late daemon")
        self.assertEqual(lease.hostname, "labpc01")
        print("\ndaemon started without PostgreSQL: first lease %.2f s after PostgreSQL started" % delay,
              file=sys.stderr)
        self.assertTrue(self.daemons["late"].wait_output(REACHABLE_AGAIN, timeout=2), self.logs())
        self.assertTrue(self.status(socket)["database"]["ok"], self.logs())
        # The permanent blacklist was read once the database answered.
        refused = self.lease(lab, 1, timeout=2)
        self.assertFalse(refused.ok, "a permanently blacklisted client was served: %s%s" % (refused, self.logs()))
        stats = json.loads(self.ctl(socket, "--json", "stats").stdout)
        self.assertGreaterEqual(stats.get("drops", {}).get("blacklisted", 0), 1, json.dumps(stats, indent=1))
        self.assertRegex(self.daemons["late"].output(), r"ignored DISCOVER from %s - blacklisted" % re.escape(blacklisted))
        self.assertAlive()
        self.assertEqual(self.stop_daemon("late"), 0, "exit status of the background daemon" + self.logs())

    def test_import_from_a_staticdhcpd_database_on_mariadb(self):
        maria = mariadb()
        self.extra_logs.append(maria.server_log)
        source_db = "staticdhcpd_%d" % os.getpid()
        maria.sql("CREATE DATABASE %s" % source_db)
        self.addCleanup(lambda: maria.sql("DROP DATABASE IF EXISTS %s" % source_db))
        for statement in STATICDHCPD_MYSQL:
            maria.sql(statement, source_db)
        url = "mysql://%s:%s@localhost/%s" % (MYSQL_USER, PASSWORD, source_db)

        lab = self.lab(1)
        socket = self.start_daemon("pg", lab, self.database())
        for statement in demo_inserts():
            self.pg.psql(statement)

        def export():
            r = self.ctl(socket, "definitions", "export")
            return {row["mac"]: (row["ip"], row["hostname"], row["subnet"]) for row in csv.DictReader(io.StringIO(r.stdout))}

        before = export()
        plan = json.loads(self.ctl(socket, "--json", "import", "mysql", url, "--dry-run", code=1,
                                   env=maria.env()).stdout)
        why = json.dumps(plan, indent=1)
        self.assertFalse(plan["written"], why)
        self.assertEqual((plan["summary"]["new"], plan["summary"]["conflict"]), (2, 1), why)
        conflict = [r for r in plan["rows"] if r["status"] == "conflict"]
        self.assertEqual(conflict[0]["mac"], "02:00:00:03:00:03", why)
        self.assertIn("duplicate IP: the server gives 198.18.0.12 to 02:00:00:00:00:02", conflict[0]["reason"], why)
        self.assertIn("maps row", conflict[0]["source"], why)
        table = self.ctl(socket, "import", "mysql", url, "--dry-run", code=1, env=maria.env()).stdout
        self.assertRegex(table, r"conflict\s.*02:00:00:03:00:03", table)
        self.assertEqual(export(), before, "a dry run wrote something")
        self.assertEqual(self.pg.psql("SELECT count(*) FROM maps WHERE mac LIKE '02:00:00:03:%'").strip(), "0")

        done = self.ctl(socket, "import", "mysql", url, "--skip-conflicts", env=maria.env())
        self.assertIn("imported: 1 subnets added, 2 maps added, 0 updated", done.stdout)
        after = export()
        self.assertEqual(after["02:00:00:03:00:01"], ("198.18.0.141", "dbpc1", "198.18.0.0/24"))
        self.assertEqual(after["02:00:00:03:00:aa"], ("198.18.6.42", "", "198.18.6.0/24"))
        self.assertNotIn("02:00:00:03:00:03", after)
        self.assertEqual(self.pg.psql("SELECT ip FROM maps WHERE mac = '02:00:00:03:00:01'").strip(), "198.18.0.141")

        lab.set_mac(lab.clients[0], "02:00:00:03:00:01")
        lease = self.lease(lab)
        self.assertTrue(lease.ok, "%s%s" % (lease, self.logs()))
        self.assertEqual((lease.ip, lease.hostname), ("198.18.0.141", "dbpc1"))
        self.assertAlive()


class MariaDBScaleOutTest(DaemonsTestCase):
    def test_two_daemons_on_mariadb_and_an_edit_served_by_the_other_within_max_age(self):
        maria = mariadb()
        self.extra_logs.append(maria.server_log)
        name = "qsd_%d" % os.getpid()
        maria.sql("CREATE DATABASE %s" % name)
        self.addCleanup(lambda: maria.sql("DROP DATABASE IF EXISTS %s" % name))
        database = {"engine": "mysql", "mysql_database": name, "mysql_username": MYSQL_USER,
                    "mysql_password": PASSWORD}    # no host: the socket that MYSQL_UNIX_PORT names
        env = {"MYSQL_UNIX_PORT": maria.socket}
        lab_a, lab_b = self.lab(1), self.lab(1)
        socket_a = self.start_daemon("a", lab_a, database, env=env)    # creates staticDHCPd's tables
        for statement in demo_inserts():
            maria.sql(statement, name)
        self.start_daemon("b", lab_b, database, env=env)
        for n in ("a", "b"):
            self.assertRegex(self.daemons[n].output(), r"serving .* definitions from MySQL database %s" % name)
        mac = lab_a.mac(lab_a.clients[0])

        a, b = self.lease(lab_a), self.lease(lab_b)
        self.assertSameLease(a, b)
        self.assertEqual((a.ip, a.hostname), ("198.18.0.11", "labpc01"))
        self.assertSameLease(a, self.lease(lab_b))                     # from B's cache now

        self.ctl(socket_a, "definitions", "edit", mac, "ip=198.18.0.51", "hostname=moved01")
        edited = time.monotonic()
        at_a = self.lease(lab_a)                                       # the server the edit went through: at once
        self.assertEqual((at_a.ip, at_a.hostname), ("198.18.0.51", "moved01"), "%s%s" % (at_a, self.logs()))
        lease, delay = self.served_within(lab_b, 0, MAX_AGE + 2.0, "198.18.0.51", edited, "B, an edit through A")
        print("\nMariaDB, max_age %d s: edit through A served by B %.2f s after qstaticdhcpctl returned "
              "(%d udhcpc runs on B; the last two: started, ended (s after the edit), address: %s)"
              % (MAX_AGE, delay, len(self.seen), self.seen[-2:]), file=sys.stderr)
        self.assertSameLease(at_a, lease)
        self.assertEqual(self.maria_row(maria, name, mac), "198.18.0.51\tmoved01")
        self.assertAlive()

    def test_mariadb_restart_under_a_daemon(self):
        maria = MariaDB()                 # its own server: this one is stopped and started again
        self.addCleanup(maria.stop)
        maria.start()
        self.extra_logs.append(maria.server_log)
        maria.sql("CREATE DATABASE qsd")
        database = {"engine": "mysql", "mysql_database": "qsd", "mysql_username": MYSQL_USER,
                    "mysql_password": PASSWORD}
        lab = self.lab()
        socket = self.start_daemon("m", lab, database, env={"MYSQL_UNIX_PORT": maria.socket})
        for statement in demo_inserts():
            maria.sql(statement, "qsd")
        known = self.lease(lab)
        self.assertEqual((known.ip, known.hostname), ("198.18.0.11", "labpc01"), "%s%s" % (known, self.logs()))
        leased = time.monotonic()

        maria.halt()
        stopped = time.monotonic()
        time.sleep(max(0.0, leased + MAX_AGE + 0.5 - time.monotonic()))   # past max_age
        self.assertSameLease(known, self.lease(lab))                    # from the cache
        for _ in range(2):
            refused = self.lease(lab, 1, timeout=2)
            self.assertFalse(refused.ok, "served an unknown client without its database: %s%s" % (refused, self.logs()))
        self.assertEqual(self.count("m", UNREACHABLE), 1, self.logs())
        status = self.status(socket)
        self.assertFalse(status["database"]["ok"], json.dumps(status, indent=1))
        self.assertTrue(status["database"]["error"].startswith("unreachable since "), json.dumps(status, indent=1))
        self.assertGreaterEqual(self.unavailable_drops(socket), 2, self.logs())
        outage = time.monotonic() - stopped

        maria.resume()
        resumed = time.monotonic()
        lease, delay = self.served_within(lab, 1, BACK_BOUND, "198.18.0.12", resumed, "after MariaDB restarted")
        print("\nMariaDB down %.1f s; the new client served %.2f s after it was up again" % (outage, delay),
              file=sys.stderr)
        self.assertTrue(self.daemons["m"].wait_output(REACHABLE_AGAIN, timeout=2), self.logs())
        self.assertEqual(self.count("m", REACHABLE_AGAIN), 1, self.logs())
        self.assertEqual(self.count("m", UNREACHABLE), 1, self.logs())
        self.assertTrue(self.status(socket)["database"]["ok"], self.logs())
        # Edits work again too (the daemon's edit connection was cut by the restart as well).
        self.ctl(socket, "definitions", "edit", "02:00:00:00:00:02", "hostname=after-restart")
        self.assertEqual(self.maria_row(maria, "qsd", "02:00:00:00:00:02"), "198.18.0.12\tafter-restart")
        self.assertAlive()

    @staticmethod
    def maria_row(maria, name, mac):
        return maria.sql("SELECT ip, hostname FROM maps WHERE mac = '%s'" % mac, name).strip()


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main()
