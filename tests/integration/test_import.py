#!/usr/bin/python3
"""qstaticdhcpctl import against a real daemon: every fixture of tests/fixtures/import, round-tripped.

Run as root with Debian's Python: /usr/bin/python3 tests/integration/test_import.py -v
For each format: the dry run lists the conflicts and writes nothing; the write is refused as a whole while
anything conflicts; --skip-conflicts imports the rest at once; the rows are then what `definitions export`
shows, a second import of the file finds them `same`, and the CSV export re-imports as `same` too. A real
client (udhcpc) gets an imported address without a restart.
"""
import csv
import io
import json
import os
import re
import sqlite3
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients  # noqa: E402
import netlab  # noqa: E402
import test_ctl  # noqa: E402
from test_ctl import CtlTestCase  # noqa: E402
from test_server import SOURCE_DIR  # noqa: E402

FIXTURES = os.path.join(SOURCE_DIR, "tests", "fixtures", "import")
LAB = "198.18.0.0/24"
CLASSROOM = "198.18.1.0/24"


def setUpModule():
    test_ctl.setUpModule()


class ImportTestCase(CtlTestCase):
    def export(self):
        """The server's maps as {mac: (ip, hostname, subnet, serial)}, through `definitions export` (CSV)."""
        r = self.ctl("definitions", "export")
        self.assertCtl(r)
        rows = list(csv.DictReader(io.StringIO(r.stdout)))
        return {row["mac"]: (row["ip"], row["hostname"], row["subnet"], int(row["serial"])) for row in rows}

    def plan(self, fmt, source, *extra, code):
        r = self.ctl("--json", "import", fmt, source, "--dry-run", *extra)
        self.assertCtl(r, code=code)
        return json.loads(r.stdout)

    def by_status(self, plan):
        out = {}
        for row in plan["rows"]:
            out.setdefault(row["status"], []).append(row)
        return out

    def check_format(self, fmt, source, new, conflicts, invalid=0, same=0, subnets_added=0):
        """The whole cycle for one file: `new` is {mac: (ip, hostname, subnet, serial)}, `conflicts` the reasons
        (substrings) of the conflicting rows, in file order."""
        self.start()
        before = self.export()
        subnets_before = self.ctl("--json", "subnets", "list")

        # 1. The dry run classifies every row and writes nothing.
        plan = self.plan(fmt, source, code=1)
        rows = self.by_status(plan)
        summary = plan["summary"]
        self.assertEqual((summary["new"], summary["conflict"], summary["invalid"], summary["same"], summary["update"]),
                         (len(new), len(conflicts), invalid, same, 0), json.dumps(plan, indent=1))
        self.assertEqual(sorted(r["mac"] for r in rows.get("new", [])), sorted(new))
        for row, reason in zip(rows["conflict"], conflicts):
            self.assertIn(reason, row["reason"], json.dumps(row))
        for row in plan["rows"]:   # every row names where it was read: file and line, or table and row
            self.assertRegex(row["source"], "^" + re.escape(source) + (r": maps row \d+" if fmt == "sqlite" else r":\d+"))
        self.assertFalse(plan["written"])
        self.assertEqual(self.export(), before, "a dry run wrote something")

        # 2. Without --skip-conflicts the write is refused as a whole: nothing of the good rows is written either.
        refused = self.ctl("import", fmt, source)
        self.assertCtl(refused, code=1)
        self.assertIn("nothing written", refused.stderr)
        self.assertIn("conflict", refused.stdout)
        self.assertEqual(self.export(), before, "a refused import wrote something")
        self.assertEqual(self.ctl("--json", "subnets", "list").stdout, subnets_before.stdout)

        # 3. --skip-conflicts writes the rest, all at once.
        done = self.ctl("import", fmt, source, "--skip-conflicts")
        self.assertCtl(done)
        self.assertIn("imported: %d subnets added, %d maps added, 0 updated" % (subnets_added, len(new)), done.stdout)
        after = self.export()
        expected = dict(before)
        expected.update(new)
        self.assertEqual(after, expected)

        # 4. Round trips: the file again finds its rows `same`; the CSV export re-imports as `same` entirely.
        again = self.by_status(self.plan(fmt, source, code=1))
        self.assertEqual(sorted(r["mac"] for r in again.get("same", [])), sorted(list(new) + [r["mac"] for r in rows.get("same", [])]))
        self.assertNotIn("new", again)
        exported = self.lab.tmpfile("export-%s.csv" % fmt)
        self.assertCtl(self.ctl("definitions", "export", exported))
        back = self.plan("csv", exported, code=0)
        self.assertEqual(back["summary"]["same"], len(after), json.dumps(back["summary"]))
        self.assertEqual(len(back["rows"]), len(after))
        self.assertDaemonAlive(self.srv)
        return after


class ImportFormatsTest(ImportTestCase):
    def test_csv(self):
        self.check_format("csv", os.path.join(FIXTURES, "definitions.csv"), new={
            "02:00:00:01:00:01": ("198.18.0.101", "csvpc1", LAB, 0),
            "02:00:00:01:00:02": ("198.18.0.102", "csvpc2", LAB, 0),
            "02:00:00:01:00:03": ("198.18.1.103", "csvpc3", CLASSROOM, 0),   # subnet found by its address
        }, conflicts=["duplicate IP: the server gives 198.18.0.12 to 02:00:00:00:00:02",
                      "duplicate MAC 02:00:00:01:00:06", "duplicate MAC 02:00:00:01:00:06"], invalid=1, same=1)

    def test_staticdhcpd_ini(self):
        self.check_format("ini", os.path.join(FIXTURES, "staticdhcpd.ini"), new={
            "02:00:00:02:00:01": ("198.18.0.121", "inipc1", LAB, 0),
            "02:00:00:02:00:02": ("198.18.5.22", "", "198.18.5.0/24", 1),   # in the subnet the file brings
        }, conflicts=["198.18.0.123 is outside its subnet 198.18.5.0/24", "unknown subnet '198.18.9.0/24|0'"],
            invalid=1, subnets_added=1)
        subnets = json.loads(self.ctl("--json", "subnets", "list").stdout)["subnets"]
        added = [s for s in subnets if s["subnet"] == "198.18.5.0/24"]
        self.assertEqual(len(added), 1, subnets)
        self.assertEqual((added[0]["serial"], added[0]["lease_time"], added[0]["domain_name_servers"], added[0]["domain_name"]),
                         (1, 1800, "198.18.5.1,198.18.0.1", "ini.lab.example"))

    def test_staticdhcpd_sqlite_database(self):
        source = os.path.join(os.environ.get("TMPDIR", "/tmp"), "qsd-import-%d.sqlite" % os.getpid())
        self.addCleanup(lambda: os.path.exists(source) and os.unlink(source))
        with open(os.path.join(FIXTURES, "staticdhcpd.sql")) as f:
            db = sqlite3.connect(source)
            db.executescript(f.read())
            db.close()
        self.check_format("sqlite", source, new={
            "02:00:00:03:00:01": ("198.18.0.141", "dbpc1", LAB, 0),
            "02:00:00:03:00:aa": ("198.18.6.42", "", "198.18.6.0/24", 0),   # upper-case MAC, NULL hostname
        }, conflicts=["duplicate IP: the server gives 198.18.0.12 to 02:00:00:00:00:02"], subnets_added=1)

    def test_dnsmasq_and_a_client_gets_an_imported_address(self):
        self.check_format("dnsmasq", os.path.join(FIXTURES, "dnsmasq.conf"), new={
            "02:00:00:04:00:01": ("198.18.0.161", "dnsmasqpc1", LAB, 0),
            "02:00:00:04:00:02": ("198.18.0.162", "dnsmasqpc2", LAB, 0),
            "02:00:00:04:00:03": ("198.18.1.163", "", CLASSROOM, 0),
            "02:00:00:04:00:04": ("198.18.0.164", "dnsmasqpc4", LAB, 0),
            "02:00:00:04:00:09": ("198.18.0.169", "typed", LAB, 0),
        }, conflicts=["duplicate IP 198.18.0.165", "duplicate IP 198.18.0.165"], invalid=1)
        lab = self.lab
        lab.set_mac(lab.clients[0], "02:00:00:04:00:01")
        lease = clients.udhcpc(lab, lab.clients[0], timeout=4)
        self.assertDefinedLease(lease, "198.18.0.161", "dnsmasqpc1")

    def test_isc_dhcpd(self):
        self.check_format("dhcpd", os.path.join(FIXTURES, "dhcpd.conf"), new={
            "02:00:00:05:00:01": ("198.18.1.101", "dhcpdpc1", CLASSROOM, 0),
            "02:00:00:05:00:02": ("198.18.1.102", "pc-two", CLASSROOM, 0),
            "02:00:00:05:00:04": ("198.18.0.184", "global-one", LAB, 0),
        }, conflicts=["198.18.0.183 is outside 198.18.1.0/24"], invalid=2)

    def test_kea(self):
        self.check_format("kea", os.path.join(FIXTURES, "kea-dhcp4.json"), new={
            "02:00:00:06:00:01": ("198.18.0.191", "keapc1", LAB, 0),
            "02:00:00:06:00:02": ("198.18.1.122", "keapc2", CLASSROOM, 0),
            "02:00:00:06:00:06": ("198.18.0.196", "keapc6", LAB, 0),
        }, conflicts=["198.18.0.124 is outside 198.18.1.0/24"], invalid=1)


class ImportChoicesTest(ImportTestCase):
    def test_updates_and_a_chosen_subnet(self):
        self.start()
        hosts = self.lab.tmpfile("hosts")
        with open(hosts, "w") as f:
            f.write("02:00:00:00:00:01,198.18.0.31,moved\n02:00:00:07:00:01,198.18.0.71,newpc\n")
        plan = self.plan("dnsmasq", hosts, "--subnet", LAB, "--serial", "0", code=0)
        self.assertEqual([(r["status"], r["reason"]) for r in plan["rows"]],
                         [("update", "was 198.18.0.11 labpc01 in 198.18.0.0/24|0"), ("new", "")])
        self.assertTrue(plan["server"]["ok"], plan)   # the server checked the rows, and rolled back
        self.assertEqual(plan["server"]["added"], 1)
        self.assertCtl(self.ctl("import", "dnsmasq", hosts))
        rows = self.export()
        self.assertEqual(rows["02:00:00:00:00:01"], ("198.18.0.31", "moved", LAB, 0))
        self.assertEqual(rows["02:00:00:07:00:01"], ("198.18.0.71", "newpc", LAB, 0))
        # A chosen subnet that does not hold the address is a conflict, not a silent move.
        wrong = self.plan("dnsmasq", hosts, "--subnet", CLASSROOM, code=1)
        self.assertIn("is outside its subnet 198.18.1.0/24", wrong["rows"][0]["reason"])

    def test_unreadable_file_is_named_with_its_line(self):
        self.start()
        bad = self.lab.tmpfile("bad.conf")
        with open(bad, "w") as f:
            f.write("subnet 198.18.0.0 netmask 255.255.255.0 {\n  host a { hardware ethernet 02:00:00:00:00:77;\n")
        r = self.ctl("import", "dhcpd", bad)
        self.assertCtl(r, code=2)
        self.assertIn("bad.conf:2: host a is not closed", r.stderr)


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main()
