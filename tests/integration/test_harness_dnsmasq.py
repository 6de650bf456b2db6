#!/usr/bin/python3
"""Validates the netlab harness against a stand-in server (dnsmasq), so that a failure in the
real server's integration tests can be blamed on the server, not on the harness.

Run as root:  /usr/bin/python3 tests/integration/test_harness_dnsmasq.py [-v]
Needs: iproute2 dnsmasq-base isc-dhcp-client udhcpc dhcpcd-base isc-dhcp-relay dhcping python3-scapy"""
import os
import shutil
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clients  # noqa: E402
import netlab  # noqa: E402
from netlab import ACK, DISCOVER, OFFER, RELEASE, Lab, build_dhcp  # noqa: E402

MAC1 = "02:00:00:00:00:01"
TOOLS = ["ip", "ss", "dnsmasq", "dhclient", "udhcpc", "dhcpcd", "dhcrelay", "dhcping"]


def start_dnsmasq(lab):
    """dnsmasq as stand-in server: MAC1 -> 198.18.0.11 (labpc01); ranges for the rest."""
    argv = ["dnsmasq", "--no-daemon", "--conf-file=/dev/null", "--port=0", "--user=root", "--group=root",
            "--no-ping", "--log-dhcp", "--interface=eth0",
            "--dhcp-range=198.18.0.100,198.18.0.200,255.255.255.0,1h",
            "--dhcp-host=%s,198.18.0.11,labpc01" % MAC1,
            "--dhcp-option=option:router,198.18.0.1", "--dhcp-option=option:dns-server,198.18.0.1",
            "--dhcp-option=option:domain-name,lab.test", "--dhcp-option=option:ntp-server,198.18.0.1",
            "--dhcp-leasefile=" + lab.tmpfile("dnsmasq.leases"), "--pid-file=" + lab.tmpfile("dnsmasq.pid")]
    if lab.relay:
        argv += ["--interface=eth1", "--dhcp-range=set:relayed,198.18.2.100,198.18.2.200,255.255.255.0,1h",
                 "--dhcp-option=tag:relayed,option:router,198.18.2.1"]
    proc = lab.spawn(lab.server, argv, name="dnsmasq")
    lab.wait_udp(lab.server, 67)
    return proc


def setUpModule():
    if os.geteuid() != 0:
        raise unittest.SkipTest("needs root (network namespaces)")
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        raise RuntimeError("missing tools: %s" % " ".join(missing))


class HarnessTest(unittest.TestCase):

    def lab(self, clients=1, relayed=0, server=True):
        lab = Lab(clients=clients, relayed=relayed)
        lab.__enter__()
        self.addCleanup(lab.close)
        self.server = start_dnsmasq(lab) if server else None
        return lab

    def assertStaticLease(self, lease):
        self.assertTrue(lease.ok, "%s\n%s" % (lease, lease.output))
        self.assertEqual(lease.ip, "198.18.0.11")
        self.assertEqual(lease.mask, "255.255.255.0")
        self.assertEqual(lease.router, "198.18.0.1")
        self.assertEqual(lease.server_id, "198.18.0.1")
        self.assertEqual(lease.lease_time, 3600)
        self.assertEqual(lease.dns, ["198.18.0.1"])
        self.assertEqual(lease.domain, "lab.test")
        self.assertEqual(lease.hostname, "labpc01")
        self.assertEqual(lease.ntp, ["198.18.0.1"])

    # ------------------------------------------------------------------ drivers
    def test_dhclient_bound_reboot_release(self):
        lab = self.lab()
        c = lab.clients[0]
        self.assertEqual(lab.mac(c), MAC1)
        lease = clients.dhclient(lab, c, hostname="askme")
        self.assertStaticLease(lease)
        self.assertEqual(lease.reason, "BOUND")
        self.assertEqual(lab.addr(c), "198.18.0.11")
        self.assertIn("default via 198.18.0.1", lab.routes(c))
        # second run with the same lease file: INIT-REBOOT (REQUEST with option 50, no 54)
        with lab.sniff(lab.server) as s:
            again = clients.dhclient(lab, c)
        self.assertStaticLease(again)
        self.assertEqual(again.reason, "REBOOT")
        req = [p for p in s.packets() if p.msg_name == "REQUEST"][0]
        self.assertEqual(req.opt_ip(50), "198.18.0.11")
        self.assertNotIn(54, req.options)
        # release
        with lab.sniff(lab.server) as s:
            r = clients.dhclient_release(lab, c)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIsNone(lab.addr(c))
        self.assertTrue(s.wait_for(lambda p: p.msg_type == RELEASE and p.ciaddr == "198.18.0.11"),
                        (r.stdout + r.stderr, [str(p) for p in s.packets()]))

    def test_udhcpc_with_set_mac(self):
        lab = self.lab(clients=2)
        c = lab.clients[1]
        lab.set_mac(lab.clients[0], "02:00:00:00:00:99")
        lab.set_mac(c, MAC1)
        self.assertEqual(lab.mac(c), MAC1)
        with lab.sniff(lab.server) as s:
            lease = clients.udhcpc(lab, c, hostname="myhost")
        self.assertStaticLease(lease)
        self.assertEqual(lease.reason, "bound")
        self.assertEqual(lab.addr(c), "198.18.0.11")
        disc = [p for p in s.packets() if p.msg_type == DISCOVER][0]
        self.assertEqual(disc.opt_str(12), "myhost")
        self.assertIn(42, disc.options[55])      # -O ntpsrv went into the parameter request list
        ack = [p for p in s.packets() if p.msg_type == ACK][0]
        self.assertEqual((ack.src_ip, ack.sport, ack.dport), ("198.18.0.1", 67, 68))

    def test_dhcpcd_and_no_host_state(self):
        before = sorted(os.listdir("/var/lib/dhcpcd")) if os.path.isdir("/var/lib/dhcpcd") else None
        lab = self.lab()
        c = lab.clients[0]
        lease = clients.dhcpcd(lab, c)
        self.assertStaticLease(lease)
        self.assertEqual(lease.reason, "BOUND")
        self.assertEqual(lab.addr(c), "198.18.0.11")
        again = clients.dhcpcd(lab, c)
        self.assertStaticLease(again)
        self.assertEqual(again.reason, "REBOOT")
        after = sorted(os.listdir("/var/lib/dhcpcd")) if os.path.isdir("/var/lib/dhcpcd") else None
        self.assertEqual(before, after, "dhcpcd wrote into the host's /var/lib/dhcpcd")
        self.assertFalse(os.path.exists("/run/dhcpcd"), "dhcpcd wrote into the host's /run")

    def test_relayed_dhclient_option82(self):
        lab = self.lab(clients=0, relayed=1)
        lab.start_relay()
        with lab.sniff(lab.relay, "eth0") as up:
            lease = clients.dhclient(lab, lab.relayed[0])
        self.assertTrue(lease.ok, lease.output)
        self.assertTrue(netlab.ip_in(lease.ip, netlab.RELAYED_LAN), lease)
        self.assertEqual(lease.router, "198.18.2.1")
        self.assertEqual(lab.addr(lab.relayed[0]), lease.ip)
        reqs = [p for p in up.packets() if not p.is_reply]
        self.assertTrue(reqs and all(p.giaddr == netlab.RELAY_DOWN_IP for p in reqs))
        replies = [p for p in up.packets() if p.is_reply]
        self.assertEqual({p.msg_type for p in replies}, {OFFER, ACK})
        for p in replies:
            self.assertEqual((p.src_ip, p.sport, p.dst_ip, p.dport),
                             (netlab.SERVER_UP_IP, 67, netlab.RELAY_DOWN_IP, 67))
            self.assertEqual(p.suboptions(82).get(1), b"eth1")     # circuit-id echoed

    def test_dhcping_inform(self):
        lab = self.lab()
        res = clients.dhcping(lab, lab.clients[0], "198.18.0.11", MAC1, inform=True)
        self.assertTrue(res.ok, res.output)
        self.assertEqual(res.server, "198.18.0.1")
        self.assertEqual(res.reply.msg_type, ACK)
        self.assertEqual(res.reply.ciaddr, "198.18.0.11")
        self.assertEqual(res.reply.opt_ip(54), "198.18.0.1")
        self.assertEqual(lab.addrs(lab.clients[0]), [])            # temporary address removed

    # ------------------------------------------------------------------ packets
    def test_flood_and_raw_frames(self):
        lab = self.lab(clients=2)
        with lab.sniff(lab.server) as s:
            self.assertEqual(lab.flood(lab.clients[1], MAC1, 30), 30)
            lab.send_frames(lab.clients[0], [build_dhcp("02:00:00:00:00:77", DISCOVER, xid=0x1234, flags=0x8000,
                                                        options={55: [1, 3, 6], 12: "raw"})])
            bcast = s.wait_for(lambda p: p.msg_type == OFFER and p.xid == 0x1234)
            s.wait_for(lambda p: sum(q.msg_type == OFFER and q.chaddr == MAC1 for q in s.packets()) >= 30)
        pkts = s.packets()
        self.assertEqual(sum(p.msg_type == DISCOVER and p.chaddr == MAC1 for p in pkts), 30)
        offers = [p for p in pkts if p.msg_type == OFFER and p.chaddr == MAC1]
        self.assertEqual(len(offers), 30)
        self.assertTrue(all(p.yiaddr == "198.18.0.11" for p in offers))
        self.assertIsNotNone(bcast, [str(p) for p in pkts if p.xid == 0x1234])
        self.assertEqual((bcast.dst_ip, bcast.dst_mac, bcast.sport), ("255.255.255.255", "ff:ff:ff:ff:ff:ff", 67))

    def test_silent_server_is_bounded(self):
        lab = self.lab(server=False)
        t = time.monotonic()
        lease = clients.udhcpc(lab, lab.clients[0], timeout=2)
        self.assertFalse(lease.ok)
        lease = clients.dhclient(lab, lab.clients[0], timeout=2)
        self.assertFalse(lease.ok)
        self.assertLess(time.monotonic() - t, 12)

    def test_cleanup(self):
        lab = Lab(clients=1, relayed=1)
        with lab:
            start_dnsmasq(lab)
            lab.start_relay()
            kept = clients.dhclient(lab, lab.clients[0], keep=True)
            self.assertTrue(kept.proc.alive())
            tmp = lab.tmp
        names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
        self.assertNotIn(lab.id, names)
        self.assertFalse(os.path.exists(tmp))
        self.assertFalse(kept.proc.alive())
        self.assertTrue(all(not p.alive() for p in lab.procs))


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main(verbosity=2)
