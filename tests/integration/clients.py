"""Drivers for real DHCP clients inside a netlab.Lab namespace.

Each driver runs the client once with short, bounded timeouts and returns a Lease parsed from
what the client handed to our hook script (nl_hook.sh), i.e. what it really understood.
Clients run with a clean environment and never run the distribution hook scripts, so the
host's /etc/resolv.conf is never touched. Per-(namespace, interface) state (dhclient lease
file, dhcpcd's /var/lib/dhcpcd) lives in the lab's temp dir, so a second call on the same
interface is an INIT-REBOOT (dhclient, dhcpcd)."""
import os
import re
import time
from dataclasses import dataclass, field

import netlab
from dhcpwire import decode_bootp

HOOK = os.path.join(netlab.HERE, "nl_hook.sh")
CLEAN_ENV = ["env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C"]
BOUND_EVENTS = {"BOUND", "REBOOT", "RENEW", "REBIND", "bound", "renew"}


@dataclass
class Lease:
    client: str                 # dhclient | udhcpc | dhcpcd
    ok: bool                    # got (and applied) a lease
    reason: str = None          # hook event that delivered it: BOUND, REBOOT (dhclient/dhcpcd), bound (udhcpc)
    ip: str = None
    mask: str = None            # dotted, e.g. 255.255.255.0
    router: str = None          # first router
    routers: list = field(default_factory=list)
    dns: list = field(default_factory=list)
    domain: str = None
    hostname: str = None
    ntp: list = field(default_factory=list)
    lease_time: int = None
    server_id: str = None
    env: dict = field(default_factory=dict)      # the hook environment of that event
    events: list = field(default_factory=list)   # every hook event, in order
    nak: bool = False           # the client reported a DHCPNAK
    rc: int = None              # client exit code (None: still running / stopped by us)
    output: str = ""            # client's stdout+stderr
    proc: object = None         # netlab.Proc when keep=True (dhclient)

    def __str__(self):
        return "%s ok=%s %s ip=%s/%s router=%s dns=%s domain=%s host=%s ntp=%s lease=%s sid=%s" % (
            self.client, self.ok, self.reason, self.ip, self.mask, self.router, self.dns, self.domain,
            self.hostname, self.ntp, self.lease_time, self.server_id)


def _state_dir(lab, ns, ifname, kind):
    d = os.path.join(lab.tmp, "state-%s-%s-%s" % (ns, ifname, kind))
    os.makedirs(d, exist_ok=True)
    return d


def _hook(lab, kind):
    """A per-run wrapper around nl_hook.sh (clients do not pass our environment on)."""
    out = lab.tmpfile(kind + ".env")
    script = lab.tmpfile(kind + "-hook.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\nexec %s %s %s \"$@\"\n" % (HOOK, out, kind))
    os.chmod(script, 0o755)
    open(out, "w").close()
    return script, out


def parse_hook_file(path):
    """[(event, {VAR: value})] from a hook dump."""
    events, cur, env, last = [], None, None, None
    with open(path, errors="replace") as f:
        for line in f.read().splitlines():
            if line.startswith("### "):
                if line == "### end":
                    if cur is not None:
                        events.append((cur, env))
                    cur = None
                else:
                    cur, env, last = line[4:], {}, None
                continue
            if cur is None:
                continue
            m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)=(.*)", line)
            if m:
                last = m.group(1)
                env[last] = m.group(2)
            elif last:                       # value with a newline in it
                env[last] += "\n" + line
    return events


def _lease_from(kind, events, output, rc):
    lease = Lease(client=kind, ok=False, events=[e for e, _ in events], rc=rc, output=output)
    lease.nak = any(e in ("NAK", "nak") for e, _ in events) or bool(
        re.search(r"DHCPNAK|\bNAK\b", output))
    for ev, env in events:
        if ev not in BOUND_EVENTS:
            continue
        lease.ok, lease.reason, lease.env = True, ev, env
        if kind == "udhcpc":
            get = env.get
            lease.ip, lease.mask = get("ip"), get("subnet")
            lease.routers, lease.dns = get("router", "").split(), get("dns", "").split()
            lease.domain, lease.hostname = get("domain"), get("hostname")
            lease.ntp, lease.server_id = get("ntpsrv", "").split(), get("serverid")
            lease.lease_time = int(get("lease")) if get("lease") else None
        else:                                # dhclient and dhcpcd share the new_* names
            get = lambda k, d=None: env.get("new_" + k, d)  # noqa: E731
            lease.ip, lease.mask = get("ip_address"), get("subnet_mask")
            lease.routers, lease.dns = get("routers", "").split(), get("domain_name_servers", "").split()
            lease.domain, lease.hostname = get("domain_name"), get("host_name")
            lease.ntp, lease.server_id = get("ntp_servers", "").split(), get("dhcp_server_identifier")
            lease.lease_time = int(get("dhcp_lease_time")) if get("dhcp_lease_time") else None
        lease.router = lease.routers[0] if lease.routers else None
    return lease


# ---------------------------------------------------------------- ISC dhclient
DHCLIENT_REQUEST = ("subnet-mask, broadcast-address, time-offset, routers, domain-name, "
                    "domain-name-servers, host-name, ntp-servers, interface-mtu")


def _dhclient_files(lab, ns, ifname):
    d = _state_dir(lab, ns, ifname, "dhclient")
    lf, pf, cf = (os.path.join(d, n) for n in ("dhclient.leases", "dhclient.pid", "dhclient.conf"))
    if not os.path.exists(lf):
        open(lf, "w").close()                # dhclient refuses a lease file that does not exist
    return lf, pf, cf


def dhclient(lab, ns, ifname="eth0", timeout=8, hostname=None, request=DHCLIENT_REQUEST,
             extra_conf="", args=(), keep=False):
    """ISC dhclient -1 -d: a first call does DISCOVER (reason BOUND); a second call on the same
    interface reuses the lease file and so does INIT-REBOOT (reason REBOOT).
    keep=True leaves it running (lease.proc) so it will RENEW/REBIND by itself."""
    lf, pf, cf = _dhclient_files(lab, ns, ifname)
    with open(cf, "w") as f:
        f.write("timeout %d;\nretry 1;\ninitial-interval 1;\nbackoff-cutoff 2;\nreboot %d;\n"
                "select-timeout 0;\nrequest %s;\n" % (timeout, min(3, timeout), request))
        if hostname:
            f.write('send host-name "%s";\n' % hostname)
        f.write(extra_conf)
    script, out = _hook(lab, "dhclient")
    argv = CLEAN_ENV + ["dhclient", "-4", "-1", "-d", "-v", "-cf", cf, "-lf", lf, "-pf", pf,
                        "-sf", script] + list(args) + [ifname]
    proc = lab.spawn(ns, argv, name="dhclient")
    deadline = time.monotonic() + timeout + 5
    events = []
    while time.monotonic() < deadline and proc.alive():
        events = parse_hook_file(out)
        if any(e in BOUND_EVENTS for e, _ in events):
            break
        time.sleep(0.05)
    events = parse_hook_file(out)
    lease = _lease_from("dhclient", events, proc.output(), proc.popen.poll())
    if lease.ok:                             # the lease file is written right after the hook
        end = time.monotonic() + 2
        while time.monotonic() < end and ("fixed-address %s;" % lease.ip) not in _read(lf):
            time.sleep(0.05)
    if keep and lease.ok:
        lease.proc = proc
    else:
        proc.stop()
        lease.rc = proc.popen.returncode
        lease.output = proc.output()
        _unlink(pf)                          # a stale pid file would let `dhclient -r` kill a stranger
    return lease


def dhclient_release(lab, ns, ifname="eth0", timeout=5):
    """`dhclient -r` with the same lease file: sends DHCPRELEASE and removes the address.
    Stops a kept dhclient on that interface too. Returns CompletedProcess."""
    lf, pf, cf = _dhclient_files(lab, ns, ifname)
    script, _ = _hook(lab, "dhclient")
    r = lab.run(ns, CLEAN_ENV + ["dhclient", "-4", "-r", "-v", "-cf", cf, "-lf", lf, "-pf", pf,
                                 "-sf", script, ifname], timeout=timeout)
    _unlink(pf)
    return r


def _read(path):
    with open(path, errors="replace") as f:
        return f.read()


def _unlink(path):
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


# ---------------------------------------------------------------- busybox udhcpc
def udhcpc(lab, ns, ifname="eth0", timeout=4, request=("ntpsrv", "lease"), hostname=None,
           requested_ip=None, args=()):
    """busybox udhcpc -f -q -n: DISCOVER/REQUEST, exits once bound (nothing is released).
    request: extra option names for -O (udhcpc always asks for subnet, router, dns, hostname,
    domain, broadcast); args: e.g. ("-x", "0x3d:01020000000001") or ("-B",) for broadcast replies."""
    script, out = _hook(lab, "udhcpc")
    argv = CLEAN_ENV + ["udhcpc", "-f", "-q", "-n", "-i", ifname, "-s", script,
                        "-t", str(max(1, timeout)), "-T", "1", "-A", "1"]
    for o in request:
        argv += ["-O", o]
    if hostname:
        argv += ["-x", "hostname:" + hostname]
    if requested_ip:
        argv += ["-r", requested_ip]
    r = lab.run(ns, argv + list(args), timeout=timeout + 5)
    return _lease_from("udhcpc", parse_hook_file(out), r.stdout + r.stderr, r.returncode)


# ---------------------------------------------------------------- dhcpcd
DHCPCD_OPTIONS = ("domain_name_servers", "domain_name", "host_name", "ntp_servers", "interface_mtu")


def dhcpcd(lab, ns, ifname="eth0", timeout=6, hostname=None, options=DHCPCD_OPTIONS,
           extra_conf="", args=()):
    """dhcpcd -1 -4 -B (oneshot, foreground, no ARP probe, no IPv4LL, no start delay).
    It runs in a private mount namespace where /var/lib/dhcpcd is our per-interface state dir
    and /run is a tmpfs, so nothing lands in the host's /var/lib/dhcpcd or /run/dhcpcd.
    A second call on the same interface starts with INIT-REBOOT (reason REBOOT).
    Note: dhcpcd sends a DUID-based client-id (option 61) unless extra_conf says 'clientid'."""
    state = _state_dir(lab, ns, ifname, "dhcpcd")
    conf = lab.tmpfile("dhcpcd.conf")
    with open(conf, "w") as f:
        f.write("nodelay\nnoarp\nnoipv4ll\nreboot %d\n" % min(3, timeout))
        for o in options:
            f.write("option %s\n" % o)
        f.write(extra_conf)
    script, out = _hook(lab, "dhcpcd")
    argv = ["dhcpcd", "-1", "-4", "-B", "-d", "-t", str(timeout), "-f", conf, "-c", script]
    argv += (["-h", hostname] if hostname else []) + list(args) + [ifname]
    wrapper = ('mount --bind "$0" /var/lib/dhcpcd && mount -t tmpfs -o size=4m,mode=755 netlab /run'
               ' && exec "$@"')
    r = lab.run(ns, CLEAN_ENV + ["sh", "-c", wrapper, state] + argv, timeout=timeout + 5)
    return _lease_from("dhcpcd", parse_hook_file(out), r.stdout + r.stderr, r.returncode)


# ---------------------------------------------------------------- dhcping
@dataclass
class DhcpingResult:
    ok: bool                    # "Got answer from" and exit 0
    server: str = None          # who answered
    reply: object = None        # dhcpwire.DhcpPacket decoded from dhcping -V's dump
    rc: int = None
    output: str = ""


def _hexdump_packets(text):
    """The 'packet N bytes' hex dumps of dhcping -V, in order, as bytes."""
    pkts = []
    for m in re.finditer(r"packet (\d+) bytes\n((?:(?:[0-9a-f]{2} )+\n)+)", text):
        pkts.append(bytes.fromhex(m.group(2).replace("\n", " "))[:int(m.group(1))])
    return pkts


def dhcping(lab, ns, client_ip, mac, server=netlab.SERVER_IP, inform=True, timeout=2, ifname="eth0"):
    """dhcping -V: INFORM (inform=True) or REQUEST for client_ip/mac sent by unicast to server.
    The reply comes back to client_ip:68, so client_ip is added to ifname for the run if missing.
    Beware: in REQUEST mode dhcping sends a DHCPRELEASE after the ACK."""
    added = client_ip not in [a.split("/")[0] for a in lab.addrs(ns, ifname)]
    if added:
        lab.add_addr(ns, client_ip + "/24", ifname)
    try:
        argv = ["dhcping", "-V", "-i" if inform else "-r", "-s", server, "-c", client_ip, "-h", mac,
                "-t", str(timeout)]
        r = lab.run(ns, argv, timeout=timeout + 5)
    finally:
        if added:
            lab.run(ns, ["ip", "addr", "del", client_ip + "/24", "dev", ifname])
    text = r.stdout + r.stderr
    m = re.search(r"Got answer from: (\S+)", text)
    res = DhcpingResult(ok=bool(m) and r.returncode == 0, server=m.group(1) if m else None,
                        rc=r.returncode, output=text)
    if m:
        pkts = _hexdump_packets(text[m.end():])
        res.reply = decode_bootp(pkts[0]) if pkts else None
    return res
