"""netlab -- throw-away network namespaces for DHCP integration tests.

Standard library only; run with /usr/bin/python3 as root.  Every namespace,
interface, file and process a Lab creates is removed when it closes, also on
failure, Ctrl-C or SIGTERM (call install_signal_handlers() in your main).

Topology (names get a random suffix, e.g. "qsd3fa2c1-srv"; all links are veth
pairs whose other end sits on a bridge inside a private "switch" namespace,
so nothing is ever created in the host's own namespace):

    lab.clients[i] eth0 (02:00:00:00:00:0i) --br0-- eth0 198.18.0.1/24  lab.server
    lab.relay  eth0 198.18.1.2/24 --------------br1-- eth1 198.18.1.1/24  lab.server
    lab.relay  eth1 198.18.2.1/24 --br2-- eth0 (02:00:00:00:02:0i) lab.relayed[i]

The relay namespace exists only with relayed=N>0; lab.start_relay() runs
`dhcrelay -a` (adds option 82) in it.  The server has a route to 198.18.2.0/24
via the relay, the relay forwards IPv4, IPv6 is disabled everywhere.
"""
import atexit
import ctypes
import os
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time

from dhcpwire import (decode_frame, decode_bootp, read_pcap, build_dhcp, ip_in,  # noqa: F401 (re-export)
                      DhcpPacket, DISCOVER, OFFER, REQUEST, DECLINE, ACK, NAK,
                      RELEASE, INFORM, MSG_NAMES)

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"          # the one with Debian's python3-scapy
SERVER_IP = "198.18.0.1"             # server on the client LAN (br0)
SERVER_UP_IP = "198.18.1.1"          # server on the relay link (br1)
RELAY_UP_IP = "198.18.1.2"
RELAY_DOWN_IP = "198.18.2.1"
LAN = "198.18.0.0/24"
RELAYED_LAN = "198.18.2.0/24"


class LabError(RuntimeError):
    pass


def _die_with_parent():
    """preexec_fn: new session (own process group) + SIGKILL when we die."""
    os.setsid()
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _kill_group(popen, grace=2.0):
    """SIGTERM the process group of popen, SIGKILL after grace seconds."""
    if popen.poll() is not None:
        return popen.returncode
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 2.0)):
        try:
            os.killpg(popen.pid, sig)
        except ProcessLookupError:
            pass
        try:
            return popen.wait(wait)
        except subprocess.TimeoutExpired:
            continue
    return popen.poll()


def install_signal_handlers():
    """Turn the first SIGTERM/SIGHUP into KeyboardInterrupt (which unittest does not swallow,
    unlike SystemExit) so the run stops and every Lab is closed (context exit / atexit);
    further signals are ignored so that cleanup is not interrupted."""
    def handler(signum, _frame):
        for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(s, signal.SIG_IGN)
        raise KeyboardInterrupt("signal %d" % signum)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, handler)


class Proc:
    """A background process inside a namespace (see Lab.spawn)."""

    def __init__(self, lab, ns, argv, popen, log):
        self.lab, self.ns, self.argv, self.popen, self.log = lab, ns, argv, popen, log

    @property
    def pid(self):
        return self.popen.pid

    def alive(self):
        return self.popen.poll() is None

    def output(self):
        """Everything the process printed so far (stdout and stderr)."""
        with open(self.log, errors="replace") as f:
            return f.read()

    def wait_output(self, pattern, timeout=5.0):
        """Wait until regex pattern appears in the output; return the match or None."""
        deadline = time.monotonic() + timeout
        while True:
            m = re.search(pattern, self.output())
            if m or time.monotonic() > deadline:
                return m
            if not self.alive():
                return re.search(pattern, self.output())
            time.sleep(0.05)

    def stop(self, grace=2.0):
        """Terminate (process group); returns the exit code."""
        return _kill_group(self.popen, grace)

    def __repr__(self):
        return "<Proc %s in %s pid %d>" % (os.path.basename(self.argv[0]), self.ns, self.pid)


class Lab:
    """Context manager: `with Lab(clients=2, relayed=1) as lab: ...`."""

    def __init__(self, clients=1, relayed=0, prefix="qsd", keep_tmp=False):
        self.id = prefix + secrets.token_hex(3)
        self.keep_tmp = keep_tmp
        self.tmp = None
        self.switch = self.id + "-sw"
        self.server = self.id + "-srv"
        self.clients = ["%s-c%d" % (self.id, i + 1) for i in range(clients)]
        self.relay = self.id + "-rly" if relayed else None
        self.relayed = ["%s-r%d" % (self.id, i + 1) for i in range(relayed)]
        self.namespaces = []          # created so far, in creation order
        self.procs = []
        self._closed = False
        self._counter = 0

    # ------------------------------------------------------------ lifecycle
    def __enter__(self):
        try:
            self.setup()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def setup(self):
        if os.geteuid() != 0:
            raise LabError("netlab needs root (network namespaces)")
        self.tmp = tempfile.mkdtemp(prefix="netlab-%s-" % self.id)
        with open(os.path.join(self.tmp, "owner.pid"), "w") as f:
            f.write(str(os.getpid()))
        atexit.register(self.close)
        for ns in [self.switch, self.server] + self.clients + ([self.relay] if self.relay else []) + self.relayed:
            self._add_ns(ns)
        sw = self.switch
        for br in ("br0", "br1", "br2") if self.relay else ("br0",):
            self._ip(sw, "link", "add", br, "type", "bridge", "stp_state", "0", "forward_delay", "0",
                     "mcast_snooping", "0")
            self._ip(sw, "link", "set", br, "up")
        self._wire(self.server, "eth0", "br0", "srv0")
        self._ip(self.server, "addr", "add", SERVER_IP + "/24", "dev", "eth0")
        for i, ns in enumerate(self.clients):
            self._wire(ns, "eth0", "br0", "c%d" % (i + 1), mac="02:00:00:00:00:%02x" % (i + 1))
        if self.relay:
            self._wire(self.server, "eth1", "br1", "srv1")
            self._ip(self.server, "addr", "add", SERVER_UP_IP + "/24", "dev", "eth1")
            self._ip(self.server, "route", "add", RELAYED_LAN, "via", RELAY_UP_IP)
            self._wire(self.relay, "eth0", "br1", "rup")
            self._wire(self.relay, "eth1", "br2", "rdown")
            self._ip(self.relay, "addr", "add", RELAY_UP_IP + "/24", "dev", "eth0")
            self._ip(self.relay, "addr", "add", RELAY_DOWN_IP + "/24", "dev", "eth1")
            self._ip(self.relay, "route", "add", "default", "via", SERVER_UP_IP)
            self._sysctl(self.relay, "net.ipv4.ip_forward=1")
            for i, ns in enumerate(self.relayed):
                self._wire(ns, "eth0", "br2", "r%d" % (i + 1), mac="02:00:00:00:02:%02x" % (i + 1))

    def close(self):
        """Stop processes, delete namespaces (and so all veths/bridges), remove tmp."""
        if self._closed:
            return
        self._closed = True
        for p in reversed(self.procs):
            p.stop(grace=1.0)
        for ns in reversed(self.namespaces):
            self._kill_ns_pids(ns)
            subprocess.run(["ip", "netns", "del", ns], stderr=subprocess.DEVNULL)
        if self.tmp and not self.keep_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
        try:
            atexit.unregister(self.close)
        except Exception:
            pass

    def _kill_ns_pids(self, ns):
        """Any process still living in one of *our* namespaces is ours: kill it."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            r = subprocess.run(["ip", "netns", "pids", ns], capture_output=True, text=True)
            pids = [int(p) for p in r.stdout.split()]
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline and all(os.path.exists("/proc/%d" % p) for p in pids):
                time.sleep(0.05)

    # ------------------------------------------------------------ plumbing
    def _ip(self, ns, *args):
        r = subprocess.run(["ip", "-n", ns] + list(args), capture_output=True, text=True, timeout=10)
        if r.returncode:
            raise LabError("ip -n %s %s: %s" % (ns, " ".join(args), r.stderr.strip()))
        return r.stdout

    def _sysctl(self, ns, *settings):
        subprocess.run(["ip", "netns", "exec", ns, "sysctl", "-qw"] + list(settings),
                       check=True, capture_output=True, timeout=10)

    def _add_ns(self, ns):
        subprocess.run(["ip", "netns", "add", ns], check=True, capture_output=True, timeout=10)
        self.namespaces.append(ns)
        self._sysctl(ns, "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1")
        self._ip(ns, "link", "set", "lo", "up")

    def _wire(self, ns, ifname, bridge, port, mac=None):
        """veth: `port` on `bridge` in the switch ns <-> `ifname` in ns (created there directly)."""
        self._ip(self.switch, "link", "add", port, "type", "veth", "peer", "name", ifname, "netns", ns)
        self._ip(self.switch, "link", "set", port, "master", bridge, "up")
        if mac:
            self._ip(ns, "link", "set", ifname, "address", mac)
        self._ip(ns, "link", "set", ifname, "up")

    def tmpfile(self, name):
        """A fresh path inside the lab's temp dir (removed on close)."""
        self._counter += 1
        return os.path.join(self.tmp, "%03d-%s" % (self._counter, name))

    # ------------------------------------------------------------ processes
    def run(self, ns, argv, timeout=10, check=False, input=None):
        """Run argv inside ns; returns CompletedProcess (text stdout/stderr).
        The whole process group is killed on timeout (then LabError)."""
        p = subprocess.Popen(["ip", "netns", "exec", ns] + list(argv), stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             preexec_fn=_die_with_parent)
        try:
            out, err = p.communicate(input, timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(p, 0.5)
            out, err = p.communicate()
            raise LabError("timeout after %ss: %s in %s\n%s%s" % (timeout, argv, ns, out, err))
        cp = subprocess.CompletedProcess(argv, p.returncode, out, err)
        if check and p.returncode:
            raise LabError("%s in %s exited %d:\n%s%s" % (argv, ns, p.returncode, out, err))
        return cp

    def spawn(self, ns, argv, name=None):
        """Start argv in the background inside ns; output goes to a log file.
        Killed (whole process group) when the lab closes."""
        log = self.tmpfile((name or os.path.basename(argv[0])) + ".log")
        with open(log, "wb") as f:
            popen = subprocess.Popen(["ip", "netns", "exec", ns] + list(argv), stdin=subprocess.DEVNULL,
                                     stdout=f, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        proc = Proc(self, ns, list(argv), popen, log)
        self.procs.append(proc)
        return proc

    def wait_udp(self, ns, port, timeout=5.0):
        """Wait until some process in ns listens on UDP `port` (e.g. the server on 67)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            out = self.run(ns, ["ss", "-Huln", "sport = :%d" % port], timeout=5).stdout
            if out.strip():
                return True
            time.sleep(0.05)
        raise LabError("nothing listens on udp/%d in %s after %ss" % (port, ns, timeout))

    # ------------------------------------------------------------ addresses
    def addrs(self, ns, ifname="eth0"):
        """IPv4 addresses of ifname as 'a.b.c.d/len' strings."""
        out = self._ip(ns, "-4", "-o", "addr", "show", "dev", ifname)
        return re.findall(r"inet (\d+\.\d+\.\d+\.\d+/\d+)", out)

    def addr(self, ns, ifname="eth0"):
        """The (first) IPv4 address of ifname, without prefix, or None."""
        a = self.addrs(ns, ifname)
        return a[0].split("/")[0] if a else None

    def add_addr(self, ns, cidr, ifname="eth0"):
        self._ip(ns, "addr", "add", cidr, "dev", ifname)

    def flush_addr(self, ns, ifname="eth0"):
        self._ip(ns, "-4", "addr", "flush", "dev", ifname)

    def set_mac(self, ns, mac, ifname="eth0"):
        self._ip(ns, "link", "set", "dev", ifname, "address", mac)

    def mac(self, ns, ifname="eth0"):
        return re.search(r"link/ether (\S+)", self._ip(ns, "link", "show", "dev", ifname)).group(1)

    def routes(self, ns):
        return self._ip(ns, "-4", "route", "show")

    # ------------------------------------------------------------ relay
    def start_relay(self, server=SERVER_UP_IP, agent_options=True, extra=()):
        """dhcrelay in the relay ns: clients on eth1 (198.18.2.1), server side eth0.
        With agent_options (-a) it adds option 82 (circuit-id = "eth1")."""
        if not self.relay:
            raise LabError("Lab(relayed=N) needed for a relay")
        argv = ["dhcrelay", "-4", "-d", "-pf", self.tmpfile("dhcrelay.pid"), "-id", "eth1", "-iu", "eth0"]
        argv += (["-a"] if agent_options else []) + list(extra) + [server]
        proc = self.spawn(self.relay, argv, name="dhcrelay")
        self.wait_udp(self.relay, 67)
        return proc

    # ------------------------------------------------------------ packets
    def sniff(self, ns, ifname="eth0", all_udp=False):
        """Sniffer (context manager) capturing DHCP frames on ns/ifname, both directions.
        `with lab.sniff(lab.relay, "eth0") as s: ...; s.packets()` -> [DhcpPacket]."""
        return Sniffer(self, ns, ifname, all_udp)

    def flood(self, ns, mac, count, ifname="eth0", interval=0.0, timeout=30):
        """Send `count` DHCPDISCOVERs from `mac` out of ns/ifname as fast as scapy can
        (or every `interval` s). Returns the number sent."""
        r = self.run(ns, [PYTHON, os.path.join(HERE, "nl_flood.py"), ifname, mac, str(count), str(interval)],
                     timeout=timeout, check=True)
        return int(r.stdout.split()[-1])

    def flood_random_macs(self, ns, seconds, rate, ifname="eth0"):
        """DHCPDISCOVERs from a new random MAC each, about `rate` per second for `seconds`. Returns the number sent."""
        r = self.run(ns, [PYTHON, os.path.join(HERE, "nl_flood.py"), ifname, "random", str(seconds), str(rate)],
                     timeout=seconds + 30, check=True)
        return int(r.stdout.split()[-1])

    def send_frames(self, ns, frames, ifname="eth0", timeout=10):
        """Send raw Ethernet frames (bytes, e.g. from build_dhcp) out of ns/ifname."""
        data = "\n".join(f.hex() for f in frames) + "\n"
        self.run(ns, [PYTHON, os.path.join(HERE, "nl_sniff.py"), "send", ifname],
                 input=data, timeout=timeout, check=True)


class Sniffer:
    """Raw AF_PACKET capture in a helper process (nl_sniff.py) writing a pcap file."""

    def __init__(self, lab, ns, ifname, all_udp=False):
        self.lab, self.ns, self.ifname = lab, ns, ifname
        self.pcap = lab.tmpfile("%s-%s.pcap" % (ns.rsplit("-", 1)[-1], ifname))
        argv = [PYTHON, os.path.join(HERE, "nl_sniff.py"), "capture", ifname, self.pcap]
        if all_udp:
            argv.append("--all-udp")
        self.proc = lab.spawn(ns, argv, name="sniff")
        if not self.proc.wait_output(r"^ready", timeout=5):
            self.proc.stop()
            raise LabError("sniffer did not start on %s/%s:\n%s" % (ns, ifname, self.proc.output()))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def stop(self):
        if self.proc.alive():
            time.sleep(0.1)        # let in-flight frames land
        self.proc.stop()

    def packets(self):
        """Decoded DHCP packets so far (DhcpPacket list; undecodable frames skipped)."""
        out = []
        for ts, frame in read_pcap(self.pcap):
            p = decode_frame(frame, ts)
            if p is not None:
                out.append(p)
        return out

    def wait_for(self, pred, timeout=5.0):
        """Wait until some captured packet satisfies pred; return it (or None)."""
        deadline = time.monotonic() + timeout
        while True:
            for p in self.packets():
                if pred(p):
                    return p
            if time.monotonic() > deadline:
                return None
            time.sleep(0.05)


def cleanup_stale(prefix="qsd"):
    """Delete namespaces left by netlab runs whose owner process is gone (after a SIGKILL)."""
    removed = []
    for d in os.listdir(tempfile.gettempdir()):
        m = re.match(r"netlab-(%s[0-9a-f]{6})-" % re.escape(prefix), d)
        if not m:
            continue
        path = os.path.join(tempfile.gettempdir(), d)
        try:
            with open(os.path.join(path, "owner.pid")) as f:
                owner = int(f.read())
            if os.path.exists("/proc/%d" % owner):
                continue
        except (OSError, ValueError):
            pass
        names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
        for ns in re.findall(r"^(%s-\S+)" % m.group(1), names, re.M):
            lab = Lab.__new__(Lab)
            lab._kill_ns_pids(ns)
            subprocess.run(["ip", "netns", "del", ns], stderr=subprocess.DEVNULL)
            removed.append(ns)
        shutil.rmtree(path, ignore_errors=True)
    return removed


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--cleanup-stale"]:
        print("removed:", " ".join(cleanup_stale()) or "nothing")
    else:
        print("usage: netlab.py --cleanup-stale")
