#!/usr/bin/python3
"""The management listener under attack: a real qstaticdhcpd with tcp_listen, a peer that opens 500 TLS
connections without a token (stalled before the handshake, stalled mid-handshake, wrong tokens after a full
handshake) while 1 000 DHCP requests/s are served, and a console with the right token.

Run as root with Debian's Python: /usr/bin/python3 tests/integration/test_mgmtflood.py -v
Everything runs in the namespaces of one Lab (198.18.0.0/24), removed afterwards. About 30 s.
"""
import json
import os
import subprocess
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import netlab  # noqa: E402
import test_server  # noqa: E402
from test_server import BIN_DIR, MAC, SERVER_IP, ServerTestCase, make_db  # noqa: E402

CTL = os.path.join(BIN_DIR, "qstaticdhcpctl")
HERE = os.path.dirname(os.path.abspath(__file__))
PORT = 7069
TOKEN = "console:the-token-of-the-real-console"
LOAD_RATE, LOAD_SECONDS = 1000, 8
ATTACK_COUNT, ATTACK_SECONDS = 500, 6
CLIENT_IP = "198.18.0.11"                           # MAC[1]'s definition
ATTACKERS = ["198.18.0.100", "198.18.0.101"]


def thread_cpu(pid):
    """{thread name: utime + stime in clock ticks} of process pid (names from /proc/PID/task/TID/comm)."""
    out = {}
    for tid in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f:
                name = f.read().strip()
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] = out.get(name, 0) + int(fields[11]) + int(fields[12])
    return out


def setUpModule():
    test_server.setUpModule()
    if not os.access(CTL, os.X_OK):
        raise RuntimeError("test_mgmtflood.py cannot run: missing %s" % CTL)


class TlsFloodTest(ServerTestCase):
    def tls_files(self, lab):
        cert, key, tokens = lab.tmpfile("cert.pem"), lab.tmpfile("key.pem"), lab.tmpfile("tokens")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:" + SERVER_IP, "-days", "1",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
        with open(tokens, "w") as f:
            f.write(TOKEN + "\n")
        os.chmod(tokens, 0o600)
        os.chmod(key, 0o600)
        token = lab.tmpfile("console-token")
        with open(token, "w") as f:
            f.write(TOKEN.split(":", 1)[1] + "\n")
        os.chmod(token, 0o600)
        return cert, key, tokens, token

    def load(self, lab):
        r = lab.run(lab.clients[0], ["/usr/bin/python3", os.path.join(HERE, "nl_renew.py"), MAC[1], CLIENT_IP,
                                     SERVER_IP, str(LOAD_RATE), str(LOAD_SECONDS)], timeout=LOAD_SECONDS + 20)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        return json.loads(r.stdout.strip().splitlines()[-1])

    def console(self, lab, cert, token):
        start = time.monotonic()
        r = lab.run(lab.server, [CTL, "--connect", "tcp://localhost:%d" % PORT, "--tls-ca", cert,
                                 "--token-file", token, "status"], timeout=30)
        return r, time.monotonic() - start

    def test_handshake_flood_cannot_lock_out_a_console_or_slow_dhcp(self):
        lab = self.new_lab(clients=2)
        cert, key, tokens, token = self.tls_files(lab)
        db = make_db(lab.tmpfile("definitions.sqlite"))
        # One MAC renews 1 000 times a second: the flood suspension would rightly stop it, so it is off here.
        srv = self.start_daemon(self.config(db, abuse={"enable_suspend": "false"}, management={
            "tcp_listen": "0.0.0.0:%d" % PORT, "tls_certificate": cert, "tls_key": key, "token_file": tokens}),
            debug=False)
        lab.add_addr(lab.clients[0], CLIENT_IP + "/24")
        for a in ATTACKERS:
            lab.add_addr(lab.clients[1], a + "/24")
        time.sleep(1.5)   # duplicate address detection is IPv6 only, but let the bridge settle

        r, _ = self.console(lab, cert, token)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr + self.daemon_log())

        cpu0 = thread_cpu(srv.pid)
        self.assertIn("mgmt-tls", cpu0, "no thread named mgmt-tls in the daemon: %s" % sorted(cpu0))
        self.assertIn("DHCP", cpu0, sorted(cpu0))
        baseline = self.load(lab)
        cpu1 = thread_cpu(srv.pid)
        print("\nbaseline: %s" % baseline)
        self.assertGreater(baseline["sent"], LOAD_RATE * LOAD_SECONDS * 0.8, "the load generator was too slow")

        flood = lab.spawn(lab.clients[1], ["/usr/bin/python3", os.path.join(HERE, "nl_tlsflood.py"), SERVER_IP,
                                           str(PORT), str(ATTACK_COUNT), str(ATTACK_SECONDS), ",".join(ATTACKERS)],
                          name="tlsflood")
        consoles = []

        def consoles_during_attack():
            for delay in (1.5, 2.0, 2.0):
                time.sleep(delay)
                consoles.append(self.console(lab, cert, token))

        t = threading.Thread(target=consoles_during_attack)
        t.start()
        attacked = self.load(lab)
        cpu2 = thread_cpu(srv.pid)
        t.join()
        print("under attack: %s" % attacked)
        self.assertEqual(flood.popen.wait(timeout=ATTACK_SECONDS + 30), 0, flood.output())
        attack = json.loads(flood.output().strip().splitlines()[-1])
        print("attack: %s" % attack)
        print("consoles: %s" % [(c.returncode, round(s, 2)) for c, s in consoles])
        dhcp_before, dhcp_during = cpu1["DHCP"] - cpu0["DHCP"], cpu2["DHCP"] - cpu1["DHCP"]
        tls_during = cpu2["mgmt-tls"] - cpu1["mgmt-tls"]
        print("CPU ticks: DHCP thread %d without, %d under attack; mgmt-tls %d under attack"
              % (dhcp_before, dhcp_during, tls_during))

        self.assertDaemonAlive(srv)
        self.assertGreater(attack["opened"], ATTACK_COUNT * 0.9, "the attack did not reach the listener: %s" % attack)
        self.assertGreater(attack["handshakes"], 0, "no attacker completed a handshake: %s" % attack)
        # Most of the attack was closed at once, without a handshake (caps and backoff) ...
        self.assertGreater(attack["closed_fast"], ATTACK_COUNT * 0.5, attack)
        # ... and none outlived the 5 s deadline by much.
        self.assertLess(attack["held_max_s"], 7.0, attack)
        # The console got in every time, and quickly.
        for c, seconds in consoles:
            self.assertEqual(c.returncode, 0, "console refused during the attack:\n%s%s%s"
                             % (c.stdout, c.stderr, self.daemon_log()))
            self.assertLess(seconds, 10.0)
        # No DHCP request lost beyond what the same load loses without the attack.
        lost_before = baseline["sent"] - baseline["answered"]
        lost_during = attacked["sent"] - attacked["answered"]
        self.assertGreater(attacked["sent"], LOAD_RATE * LOAD_SECONDS * 0.8, "the load generator was too slow")
        self.assertLessEqual(lost_during, lost_before + max(10, attacked["sent"] // 500),
                             "DHCP requests lost: %d under attack, %d without (%s / %s)"
                             % (lost_during, lost_before, attacked, baseline))
        # The handshakes cost the mgmt-tls thread, not the DHCP thread (the consoles' sessions run there: a little).
        self.assertGreater(tls_during, 0)
        self.assertLess(dhcp_during, dhcp_before * 1.5 + 50, "the DHCP thread worked for the attack")
        # One log line per burst (the first refusal, then a sum per address every 10 s), not one per attempt.
        self.assertTrue(srv.wait_output(r"refused \d+ more TLS attempts from 198\.18\.0\.10[01] in the last 10 s",
                                        timeout=12), srv.output()[-3000:])
        refusals = [line for line in srv.output().splitlines() if "refused" in line]
        self.assertLess(len(refusals), 20, "a log line per attempt:\n" + "\n".join(refusals[:50]))


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main()
