#!/usr/bin/python3
"""The management API across processes: qstaticdhcpd + qstaticdhcpctl + real clients in network namespaces.

Run as root with Debian's Python: /usr/bin/python3 tests/integration/test_ctl.py -v
A definition added from the CLI reaches a client without a restart; a blacklisted MAC gets nothing; a wrong
token is refused over TLS; TCP without TLS is refused; concurrent editors never lose an update silently.
"""
import os
import subprocess
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients  # noqa: E402
import netlab  # noqa: E402
import test_server  # noqa: E402
from test_server import BIN_DIR, ServerTestCase, make_db  # noqa: E402

CTL = os.path.join(BIN_DIR, "qstaticdhcpctl")
NEW_MAC = "02:00:00:00:00:42"


def setUpModule():
    test_server.setUpModule()
    if not os.access(CTL, os.X_OK):
        raise RuntimeError("test_ctl.py cannot run: missing %s" % CTL)


class CtlTestCase(ServerTestCase):
    def start(self, clients_=1, management=None):
        lab = self.new_lab(clients=clients_)
        self.db = make_db(lab.tmpfile("definitions.sqlite"))
        self.socket = lab.tmpfile("management.sock")
        mgmt = {"listen": "local:" + self.socket}
        mgmt.update(management or {})
        self.srv = self.start_daemon(self.config(self.db, management=mgmt))
        return lab

    def ctl(self, *args, connect=None, extra=(), ns=None):
        argv = [CTL, "--connect", connect or "local:" + self.socket] + list(extra) + list(args)
        if ns:
            return self.lab.run(ns, argv, timeout=20)
        return subprocess.run(argv, capture_output=True, text=True, timeout=20)

    def assertCtl(self, result, code=0):
        self.assertEqual(result.returncode, code,
                         "qstaticdhcpctl exit %s\nstdout:\n%s\nstderr:\n%s%s"
                         % (result.returncode, result.stdout, result.stderr, self.daemon_log()))


class DefinitionsTest(CtlTestCase):
    def test_definition_added_from_the_cli_reaches_the_client(self):
        lab = self.start()
        lab.set_mac(lab.clients[0], NEW_MAC)
        before = clients.udhcpc(lab, lab.clients[0], timeout=3)
        self.assertFalse(before.ok, "an unknown MAC must get nothing: %s" % before)
        self.assertCtl(self.ctl("definitions", "add", "mac=" + NEW_MAC, "ip=198.18.0.42",
                                "subnet=198.18.0.0/24", "serial=0", "hostname=newpc"))
        # No restart, and the ignore period that followed the unknown DISCOVER ends with the edit.
        lease = clients.udhcpc(lab, lab.clients[0], timeout=4)
        self.assertTrue(lease.ok, "%s%s" % (lease.output, self.daemon_log()))
        self.assertEqual(lease.ip, "198.18.0.42")
        self.assertEqual(lease.hostname, "newpc")
        listed = self.ctl("definitions", "search", "newpc")
        self.assertCtl(listed)
        self.assertIn(NEW_MAC, listed.stdout)

    def test_validation_errors_are_refused_with_a_reason(self):
        self.start()
        r = self.ctl("definitions", "add", "mac=" + NEW_MAC, "ip=10.9.9.9", "subnet=198.18.0.0/24", "serial=0")
        self.assertCtl(r, code=1)
        self.assertIn("198.18.0.0/24", r.stdout + r.stderr)
        r = self.ctl("definitions", "add", "mac=" + NEW_MAC, "ip=198.18.0.11", "subnet=198.18.0.0/24", "serial=0")
        self.assertCtl(r, code=1)   # 198.18.0.11 belongs to 02:00:00:00:00:01
        self.assertIn("198.18.0.11", r.stdout + r.stderr)

    def test_concurrent_editors_never_lose_an_update_silently(self):
        self.start()
        mac = "02:00:00:00:00:05"
        for round_ in range(6):
            results = {}

            def edit(name):
                results[name] = self.ctl("definitions", "edit", mac, "hostname=" + name)

            names = ["a%d" % round_, "b%d" % round_]
            threads = [threading.Thread(target=edit, args=(n,)) for n in names]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            succeeded = [n for n in names if results[n].returncode == 0]
            for n in names:
                if results[n].returncode != 0:
                    self.assertEqual(results[n].returncode, 1, results[n].stderr)
                    self.assertIn("changed by someone else", results[n].stdout + results[n].stderr)
            self.assertTrue(succeeded, "both edits failed: %s" % results)
            row = self.ctl("--json", "definitions", "search", mac)
            self.assertCtl(row)
            # What is stored is one of the edits that were reported done, never one reported refused.
            self.assertTrue(any('"hostname": "%s"' % n in row.stdout or '"hostname":"%s"' % n in row.stdout
                                for n in succeeded), row.stdout)


class BlacklistTest(CtlTestCase):
    def test_blacklisted_mac_gets_nothing_until_removed(self):
        lab = self.start()
        mac = lab.mac(lab.clients[0])
        self.assertCtl(self.ctl("blacklist", "add", mac, "--reason", "stolen laptop"))
        listed = self.ctl("blacklist", "list")
        self.assertCtl(listed)
        self.assertIn("stolen laptop", listed.stdout)
        lease = clients.udhcpc(lab, lab.clients[0], timeout=3)
        self.assertFalse(lease.ok, "a blacklisted MAC got %s" % lease)
        self.assertCtl(self.ctl("blacklist", "remove", mac))
        lease = clients.udhcpc(lab, lab.clients[0], timeout=4)
        self.assertTrue(lease.ok, "%s%s" % (lease.output, self.daemon_log()))
        self.assertEqual(lease.ip, "198.18.0.11")


HOOKS = """
export function init() {
    callbacks.webAddDashboard("lab", "greeting", () => "<p>hello from the hooks</p>");
    callbacks.webAddMethod("/lab/count", (path, query) => ["text/plain", "counted " + (query.n || ["?"])[0], {}],
                           {module: "lab", name: "count", hidden: false, confirm: true});
}
"""


class HooksPageTest(CtlTestCase):
    def test_hook_file_get_validate_set_reload_through_the_daemon(self):
        lab = self.new_lab()
        hooks = lab.tmpfile("hooks.mjs")
        with open(hooks, "w") as f:
            f.write(HOOKS)
        self.db = make_db(lab.tmpfile("definitions.sqlite"))
        self.socket = lab.tmpfile("management.sock")
        cfg = self.config(self.db, management={"listen": "local:" + self.socket})
        with open(cfg, "a") as f:
            f.write("[hooks]\nfile=%s\n" % hooks)
        self.srv = self.start_daemon(cfg)
        got = self.ctl("hooks", "get")
        self.assertCtl(got)
        self.assertIn("webAddMethod", got.stdout)
        # The extension's action and panel reach the management API.
        status = self.ctl("--json", "status")
        self.assertCtl(status)
        self.assertIn('"loaded"', status.stdout)
        broken = lab.tmpfile("broken.mjs")
        with open(broken, "w") as f:
            f.write("export function init( {\n")
        bad = self.ctl("hooks", "validate", broken)
        self.assertCtl(bad, code=1)
        # Named as the file being edited (not the scratch copy), with its line and the error.
        self.assertRegex(bad.stdout + bad.stderr, r"hooks\.mjs:\d+: SyntaxError")
        good = lab.tmpfile("good.mjs")
        with open(good, "w") as f:
            f.write(HOOKS.replace("hello from the hooks", "hello again"))
        self.assertCtl(self.ctl("hooks", "validate", good))
        self.assertCtl(self.ctl("hooks", "set", good))
        self.assertCtl(self.ctl("hooks", "reload"))
        with open(hooks) as f:
            self.assertIn("hello again", f.read())
        # A failed reload keeps the old hooks and says why.
        self.assertCtl(self.ctl("hooks", "set", broken))
        failed = self.ctl("hooks", "reload")
        self.assertCtl(failed, code=1)
        self.assertRegex(failed.stdout + failed.stderr, r"hooks\.mjs:\d+: SyntaxError")
        self.assertDaemonAlive(self.srv)


class RemoteAccessTest(CtlTestCase):
    def tls_files(self, lab):
        cert, key, tokens = lab.tmpfile("cert.pem"), lab.tmpfile("key.pem"), lab.tmpfile("tokens")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-days", "1",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
        with open(tokens, "w") as f:
            f.write("console:s3cret-token-of-the-console\n")
        os.chmod(tokens, 0o600)   # the server refuses a token file or key that group/others may read
        os.chmod(key, 0o600)
        return cert, key, tokens

    def test_wrong_token_is_refused_and_the_right_one_admitted(self):
        lab = self.new_lab()
        cert, key, tokens = self.tls_files(lab)
        self.db = make_db(lab.tmpfile("definitions.sqlite"))
        self.socket = lab.tmpfile("management.sock")
        self.srv = self.start_daemon(self.config(self.db, management={
            "listen": "local:" + self.socket, "tcp_listen": "127.0.0.1:7067",
            "tls_certificate": cert, "tls_key": key, "token_file": tokens}))
        wrong, right = lab.tmpfile("wrong"), lab.tmpfile("right")
        with open(wrong, "w") as f:
            f.write("console:guess\n")
        with open(right, "w") as f:
            f.write("console:s3cret-token-of-the-console\n")
        url = "tcp://localhost:7067"
        tls = ["--tls-ca", cert]
        admitted = self.ctl("whoami", connect=url, extra=["--token-file", right] + tls, ns=lab.server)
        self.assertCtl(admitted)
        self.assertIn("console", admitted.stdout)
        refused = self.ctl("status", connect=url, extra=["--token-file", wrong] + tls, ns=lab.server)
        self.assertCtl(refused, code=2)
        self.assertNotIn("198.18.0.1", refused.stdout)   # nothing of the server's state leaked
        self.assertTrue(self.srv.wait_output(r"(?i)(refus|reject|wrong|invalid).*token|token.*(refus|reject|wrong|invalid)",
                                             timeout=5), "no log line about the refused token" + self.daemon_log())
        self.assertDaemonAlive(self.srv)
        time.sleep(1.5)   # the wrong token made the server refuse this address for one second
        self.assertCtl(self.ctl("whoami", connect=url, extra=["--token-file", right] + tls, ns=lab.server))

    def test_tcp_without_tls_is_refused(self):
        lab = self.new_lab()
        db = make_db(lab.tmpfile("definitions.sqlite"))
        cfg = self.config(db, management={"tcp_listen": "127.0.0.1:7068"})
        r = subprocess.run([test_server.DAEMON, "--config", cfg, "--check-config"], capture_output=True, text=True, timeout=20)
        self.assertNotEqual(r.returncode, 0, r.stdout)
        self.assertIn("[management] tls_certificate", r.stderr)
        self.assertIn(cfg, r.stderr)
        srv = self.start_daemon(cfg, wait=False)
        srv.popen.wait(timeout=10)
        self.assertNotEqual(srv.popen.returncode, 0)
        self.assertIn("tls_certificate", srv.output())


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main()
