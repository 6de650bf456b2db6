"""The Debian package, end to end (CTest `installer_package`; root, like the integration tests).

Builds the .deb and the .tar.gz from the existing build tree with CPack, installs the .deb with dpkg, starts the
service, lets a real dhclient in a network namespace get its address from it, reloads, stops, purges, and checks
that nothing is left: files, directories, the system user and group, systemd state.

Starting the service:
  - systemd is PID 1: `systemctl start` with a runtime drop-in putting the service in the lab's server
    namespace (NetworkNamespacePath=), then `systemctl reload` and `systemctl stop`;
  - otherwise (containers, CI runners, this project's machine): `systemd-analyze verify` checks the installed
    unit, then the test does what the unit says — its ExecStartPre, ExecStart as User/Group with exactly its
    AmbientCapabilities, CapabilityBoundingSet, NoNewPrivileges and UMask (setpriv), its State/Runtime/Logs
    directories, a NOTIFY_SOCKET for Type=notify, ExecReload with $MAINPID — inside the lab's server namespace.
    It says so in its output. Either way nothing listens on port 67 outside the lab's namespaces.

Fails (never skips) when not root, when a tool is missing, or when the machine already has the package, its
user or its directories (the test must leave the machine as it found it, so it starts from a clean one).
Environment: QSD_BUILD_DIR (the CMake build tree), QSD_SOURCE_DIR."""
import grp
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("QSD_SOURCE_DIR", os.path.normpath(os.path.join(HERE, "..", "..")))
BUILD_DIR = os.environ.get("QSD_BUILD_DIR", os.path.join(SOURCE_DIR, "build"))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "integration"))

import clients  # noqa: E402
import netlab  # noqa: E402

PACKAGE = "qstaticdhcp"
USER = "qstaticdhcp"
UNIT = "qstaticdhcpd.service"
UNIT_FILE = "/lib/systemd/system/" + UNIT
CONF = "/etc/qstaticdhcp/qstaticdhcpd.conf"
DATA_DIR = "/var/lib/qstaticdhcp"
SOCKET = "/run/qstaticdhcp/qstaticdhcpd.sock"
CTL = "/usr/bin/qstaticdhcpctl"
DROPIN_DIR = "/run/systemd/system/%s.d" % UNIT
CLIENT_MAC = "02:00:00:00:00:01"      # netlab's first client
CLIENT_IP = "198.18.0.50"
# Left behind by nothing but this package: after the purge none of these may exist.
OWN_PATHS = ["/etc/qstaticdhcp", DATA_DIR, "/var/log/qstaticdhcp", "/run/qstaticdhcp", DROPIN_DIR,
             "/var/lib/systemd/deb-systemd-helper-enabled/" + UNIT + ".dsh-also",
             "/var/lib/systemd/deb-systemd-helper-masked/" + UNIT]
# Capability bits (linux/capability.h) for /proc/PID/status.
CAPS = {"CAP_NET_BIND_SERVICE": 10, "CAP_NET_RAW": 13}


def log(message):
    print("test_package: " + message, flush=True)


def run(argv, check=True, timeout=120, **kw):
    r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kw)
    if check and r.returncode:
        raise AssertionError("%s exited %d:\n%s%s" % (" ".join(argv), r.returncode, r.stdout, r.stderr))
    return r


def systemd_is_pid1():
    return os.path.isdir("/run/systemd/system")


def user_exists(name):
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def group_exists(name):
    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False


def parse_unit(path):
    """{section: {key: [values…]}} of a systemd unit file (no continuation lines in ours)."""
    sections, cur = {}, None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("["):
                cur = sections.setdefault(line.strip("[]"), {})
                continue
            key, _, value = line.partition("=")
            cur.setdefault(key.strip(), []).append(value.strip())
    return sections


def cap_mask(names):
    mask = 0
    for n in names:
        mask |= 1 << CAPS[n]
    return mask


def proc_status(pid):
    with open("/proc/%d/status" % pid) as f:
        return dict(line.rstrip("\n").split(":\t", 1) for line in f if ":\t" in line)


class NotifySocket:
    """What systemd gives a Type=notify service: a datagram socket in $NOTIFY_SOCKET."""

    def __init__(self, directory):
        self.path = os.path.join(directory, "notify")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        os.chmod(directory, 0o755)
        os.chmod(self.path, 0o777)   # the service runs as its own user, as with systemd's socket

    def wait(self, pattern, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                message = self.sock.recv(4096).decode()
            except socket.timeout:
                break
            if re.search(pattern, message):
                return message
        return None

    def close(self):
        self.sock.close()


class ServiceAsTheUnitSays:
    """Runs ExecStart the way systemd would for this unit, without systemd (see the module docstring)."""

    def __init__(self, lab, unit, tmp):
        self.lab, self.unit, self.tmp = lab, unit, tmp
        self.service = unit["Service"]
        self.proc = None
        self.notify = None
        self.created_dirs = []

    def one(self, key):
        values = self.service.get(key, [])
        if len(values) != 1:
            raise AssertionError("the unit should have one %s=, has %r" % (key, values))
        return values[0]

    def caps(self, key):
        return " ".join(self.service.get(key, [])).split()

    def setpriv(self):
        user, group = self.one("User"), self.one("Group")
        ambient = self.caps("AmbientCapabilities")
        bounding = self.caps("CapabilityBoundingSet")
        names = lambda caps: ",".join("+" + c[4:].lower() for c in caps)  # noqa: E731
        argv = ["setpriv", "--reuid=" + user, "--regid=" + group, "--init-groups",
                "--inh-caps=-all" + ("," + names(ambient) if ambient else ""),
                "--ambient-caps=" + (names(ambient) if ambient else "-all"),
                "--bounding-set=-all" + ("," + names(bounding) if bounding else "")]
        if self.one("NoNewPrivileges") == "yes":
            argv.append("--no-new-privs")
        return argv

    def command(self, line):
        """A unit command line as argv, run as the unit's user with its capabilities and umask."""
        umask = self.service.get("UMask", ["0022"])[0]
        return (["env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8"]
                + (["NOTIFY_SOCKET=" + self.notify.path] if self.notify else [])
                + ["sh", "-c", 'umask %s && exec "$@"' % umask, "sh"] + self.setpriv() + ["--"] + shlex.split(line))

    def make_directories(self):
        """StateDirectory=, RuntimeDirectory=, LogsDirectory=: created and handed to the user, as systemd does."""
        uid, gid = pwd.getpwnam(self.one("User")).pw_uid, grp.getgrnam(self.one("Group")).gr_gid
        for kind, root in (("StateDirectory", "/var/lib"), ("RuntimeDirectory", "/run"), ("LogsDirectory", "/var/log")):
            for name in self.caps(kind):
                path = os.path.join(root, name)
                if not os.path.isdir(path):
                    os.mkdir(path)
                    self.created_dirs.append(path)
                os.chown(path, uid, gid)
                os.chmod(path, int(self.service.get(kind + "Mode", ["0755"])[0], 8))

    def start(self):
        ntype = self.one("Type")
        assert ntype == "notify", "Type=%s: this emulation knows Type=notify" % ntype
        self.make_directories()
        for pre in self.service.get("ExecStartPre", []):
            r = run(self.command(pre), check=False, timeout=30)
            assert r.returncode == 0, "ExecStartPre=%s failed:\n%s%s" % (pre, r.stdout, r.stderr)
            log("ExecStartPre as %s: %s" % (self.one("User"), (r.stdout + r.stderr).strip()))
        notify_dir = tempfile.mkdtemp(prefix="qsd-notify-")   # not in self.tmp: the service's user must reach it
        self.created_dirs.append(notify_dir)
        self.notify = NotifySocket(notify_dir)
        argv = self.command(self.one("ExecStart"))
        log("ExecStart in namespace %s: %s" % (self.lab.server, " ".join(argv)))
        self.proc = self.lab.spawn(self.lab.server, argv, name="qstaticdhcpd")
        ready = self.notify.wait(r"(?m)^READY=1$", timeout=15)
        assert ready, "no READY=1 from the daemon (Type=notify):\n" + self.proc.output()
        mainpid = re.search(r"(?m)^MAINPID=(\d+)$", ready)
        assert mainpid and int(mainpid.group(1)) == self.proc.pid, (ready, self.proc.pid)
        log("READY=1 received (%s)" % ready.replace("\n", " | "))
        return self.proc.pid

    def reload(self):
        line = self.one("ExecReload").replace("$MAINPID", str(self.proc.pid))
        run(self.command(line), timeout=30)   # as systemd: as User=, with the unit's capabilities

    def stop(self):
        """systemd's stop: SIGTERM (KillSignal=), wait, then the runtime directory goes."""
        os.kill(self.proc.pid, signal.SIGTERM)
        stopping = self.notify.wait(r"(?m)^STOPPING=1$", timeout=10)
        try:
            status = self.proc.popen.wait(10)
        except subprocess.TimeoutExpired:
            status = self.proc.stop()
        for name in self.caps("RuntimeDirectory"):
            shutil.rmtree(os.path.join("/run", name), ignore_errors=True)
        return status, stopping

    def output(self):
        return self.proc.output() if self.proc else ""

    def close(self):
        if self.proc and self.proc.alive():
            self.proc.stop()
        if self.notify:
            self.notify.close()
        for path in self.created_dirs:
            shutil.rmtree(path, ignore_errors=True)


class ServiceUnderSystemd:
    """The real thing: systemctl, with the service moved into the lab's server namespace by a runtime drop-in."""

    def __init__(self, lab):
        self.lab = lab

    def start(self):
        os.makedirs(DROPIN_DIR, exist_ok=True)
        with open(os.path.join(DROPIN_DIR, "50-qsd-package-test.conf"), "w") as f:
            f.write("[Service]\nNetworkNamespacePath=/run/netns/%s\n" % self.lab.server)
        run(["systemctl", "daemon-reload"])
        run(["systemctl", "start", UNIT], timeout=60)
        run(["systemctl", "is-active", "--quiet", UNIT])
        return int(run(["systemctl", "show", "-p", "MainPID", "--value", UNIT]).stdout.strip())

    def reload(self):
        run(["systemctl", "reload", UNIT], timeout=30)

    def stop(self):
        run(["systemctl", "stop", UNIT], timeout=60)
        result = run(["systemctl", "show", "-p", "Result", "--value", UNIT]).stdout.strip()
        return (0 if result == "success" else result), "STOPPING (systemd)"

    def output(self):
        return run(["journalctl", "-u", UNIT, "--no-pager", "-n", "200", "-o", "cat"], check=False).stdout

    def close(self):
        run(["systemctl", "stop", UNIT], check=False)
        shutil.rmtree(DROPIN_DIR, ignore_errors=True)
        run(["systemctl", "daemon-reload"], check=False)


class PackageTest(unittest.TestCase):
    def setUp(self):
        self.assertEqual(os.geteuid(), 0, "the package test installs a package: run it as root")
        for tool in ("cpack", "dpkg", "dpkg-deb", "dpkg-shlibdeps", "fakeroot", "setpriv", "ip", "dhclient", "tar",
                     "systemd-analyze", "lintian", "desktop-file-validate"):
            self.assertTrue(shutil.which(tool), "%s is missing (setup.sh test installs it)" % tool)
        self.assertTrue(os.path.isfile(os.path.join(BUILD_DIR, "CPackConfig.cmake")),
                        "no CPack configuration in %s: build first" % BUILD_DIR)
        installed = run(["dpkg-query", "-W", "-f=${Status}", PACKAGE], check=False).stdout
        self.assertNotIn("installed", installed, "%s is already installed here: the test would remove it" % PACKAGE)
        self.assertFalse(user_exists(USER) or group_exists(USER), "a user or group %s already exists" % USER)
        for path in OWN_PATHS:
            self.assertFalse(os.path.exists(path), "%s already exists" % path)
        self.tmp = tempfile.mkdtemp(prefix="qsd-package-")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def build_packages(self):
        started = time.monotonic()
        r = run(["cpack", "-G", "DEB;TGZ", "--config", os.path.join(BUILD_DIR, "CPackConfig.cmake"),
                 "-B", self.tmp], timeout=300)
        debs = [f for f in os.listdir(self.tmp) if f.endswith(".deb")]
        tars = [f for f in os.listdir(self.tmp) if f.endswith(".tar.gz")]
        self.assertEqual(len(debs), 1, r.stdout)
        self.assertEqual(len(tars), 1, r.stdout)
        deb, tar = os.path.join(self.tmp, debs[0]), os.path.join(self.tmp, tars[0])
        log("built %s (%d KiB) and %s (%d KiB) in %.1f s" % (debs[0], os.path.getsize(deb) // 1024, tars[0],
                                                            os.path.getsize(tar) // 1024, time.monotonic() - started))
        return deb, tar

    def check_contents(self, deb, tar):
        info = run(["dpkg-deb", "-f", deb, "Package", "Architecture", "Depends", "Section"]).stdout
        log("control:\n" + info.strip())
        depends = re.search(r"(?m)^Depends: (.*)$", info).group(1)
        for needed in ("adduser", "libqt6core6", "libqt6network6", "libqt6sql6", "libqt6qml6", "libqt6remoteobjects6",
                       "libqt6sql6-sqlite", "libqt6sql6-psql", "libqt6sql6-mysql", "qml6-module-qtquick-controls",
                       "qml6-module-qtcharts", "qml6-module-qtremoteobjects", "qt6-qpa-plugins"):
            self.assertRegex(depends, r"(^|, )%s( |,|$)" % re.escape(needed), "Depends lacks " + needed)
        control = os.path.join(self.tmp, "control")
        run(["dpkg-deb", "-e", deb, control])
        with open(os.path.join(control, "conffiles")) as f:
            self.assertEqual(f.read().split(), [CONF])
        for script in ("postinst", "prerm", "postrm"):
            mode = os.stat(os.path.join(control, script)).st_mode
            self.assertEqual(stat.S_IMODE(mode), 0o755, script)

        listing = run(["dpkg-deb", "-c", deb]).stdout
        files = sorted("/" + line.split()[-1].lstrip("./") for line in listing.splitlines() if line.startswith("-"))
        for expected in ("/usr/sbin/qstaticdhcpd", "/usr/bin/qstaticdhcpctl", CONF, UNIT_FILE,
                         "/usr/share/applications/qstaticdhcp.desktop",
                         "/usr/share/icons/hicolor/scalable/apps/qstaticdhcp.svg",
                         "/usr/share/icons/hicolor/256x256/apps/qstaticdhcp.png",
                         "/usr/share/man/man8/qstaticdhcpd.8.gz", "/usr/share/man/man1/qstaticdhcpctl.1.gz",
                         "/usr/share/man/man1/qstaticdhcp.1.gz", "/usr/share/man/man5/qstaticdhcpd.conf.5.gz",
                         "/usr/share/doc/qstaticdhcp/copyright",
                         "/usr/share/doc/qstaticdhcp/examples/js-hooks/dynamic-pool.mjs"):
            self.assertIn(expected, files)
        copyright_text = run(["sh", "-c", "dpkg-deb --fsys-tarfile '%s' | tar -xOf - ./usr/share/doc/qstaticdhcp/copyright" % deb]).stdout
        self.assertIn("\nLicense: GPL-3+\n", copyright_text, "the copyright file names the licence")
        self.assertNotIn("not-yet-declared", copyright_text)
        console = os.path.isfile(os.path.join(BUILD_DIR, "bin", "qstaticdhcp"))
        self.assertEqual("/usr/bin/qstaticdhcp" in files, console, "the console is packaged when it is built")
        log("%d files in the .deb (console %s)" % (len(files), "included" if console else "not built yet"))

        # Debian's checker: nothing to say, but that the desktop file names the console while it is not built yet.
        r = run(["lintian", "--tag-display-limit", "0", deb], check=False, timeout=120)
        tags = [line for line in r.stdout.splitlines() if re.match(r"^[EWIP]: ", line)]
        allowed = [] if console else ["W: qstaticdhcp: desktop-command-not-in-package qstaticdhcp"]
        self.assertEqual([t for t in tags if not any(t.startswith(a) for a in allowed)], [], "lintian:\n" + r.stdout)
        log("lintian: %s" % ("; ".join(tags) or "no tags"))

        # The .tar.gz holds the same tree under one top directory.
        tar_files = sorted("/" + name.split("/", 1)[1] for name in run(["tar", "-tzf", tar]).stdout.split()
                           if not name.endswith("/") and "/" in name)
        self.assertEqual(tar_files, files)
        return files

    def check_installed(self):
        user = pwd.getpwnam(USER)
        self.assertLess(user.pw_uid, 1000, "a system user")
        self.assertEqual(user.pw_shell, "/usr/sbin/nologin")
        self.assertEqual(grp.getgrgid(user.pw_gid).gr_name, USER)
        st = os.stat(DATA_DIR)
        self.assertEqual((st.st_uid, stat.S_IMODE(st.st_mode)), (user.pw_uid, 0o750), DATA_DIR)
        st = os.stat(CONF)
        self.assertEqual((st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)), (0, user.pw_gid, 0o640), CONF)
        with open(CONF) as f:
            conf = f.read()
        for line in ("authoritative=false", "engine=sqlite", "sqlite_file=/var/lib/qstaticdhcp/qstaticdhcp.sqlite",
                     "listen=local:" + SOCKET, "user=qstaticdhcp"):
            self.assertIn("\n" + line + "\n", conf, "the packaged configuration should say " + line)
        # Not configured yet: the daemon refuses, naming the key.
        r = run(["/usr/sbin/qstaticdhcpd", "--config", CONF, "--check-config"], check=False)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("dhcp_server_ip", r.stdout + r.stderr)
        # Not enabled, not started by the installation.
        self.assertFalse(os.path.exists("/etc/systemd/system/multi-user.target.wants/" + UNIT))
        r = run(["systemd-analyze", "verify", UNIT_FILE], check=False)
        log("systemd-analyze verify %s: exit %d%s" % (UNIT_FILE, r.returncode,
                                                      (":\n" + (r.stdout + r.stderr).strip()) if (r.stdout + r.stderr).strip() else ""))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertNotRegex(r.stdout + r.stderr, r"(?i)unknown|ignoring|invalid", "systemd-analyze complained")
        run(["desktop-file-validate", "/usr/share/applications/qstaticdhcp.desktop"])
        return user

    def check_running(self, pid, user):
        status = proc_status(pid)
        self.assertEqual(status["Uid"].split()[0], str(user.pw_uid), "the daemon runs as " + USER)
        self.assertEqual(status["Gid"].split()[0], str(user.pw_gid))
        unit = parse_unit(UNIT_FILE)["Service"]
        wanted = cap_mask(" ".join(unit["AmbientCapabilities"]).split())
        self.assertEqual(wanted, cap_mask(["CAP_NET_BIND_SERVICE", "CAP_NET_RAW"]))
        self.assertEqual(int(status["CapEff"], 16), wanted, "effective capabilities")
        self.assertEqual(int(status["CapBnd"], 16), wanted, "bounding set")
        self.assertEqual(status["NoNewPrivs"], "1")
        sock = os.stat(SOCKET)
        self.assertTrue(stat.S_ISSOCK(sock.st_mode))
        self.assertEqual(sock.st_uid, user.pw_uid)
        self.assertEqual(stat.S_IMODE(sock.st_mode) & 0o077, 0, "the management socket is owner-only")
        log("the daemon (pid %d) runs as %s with CapEff=%s, NoNewPrivs=1; %s is owner-only"
            % (pid, USER, status["CapEff"], SOCKET))

    def ctl(self, *args):
        return run([CTL, "--connect", "local:" + SOCKET] + list(args), timeout=20)

    def test_package(self):
        deb, tar = self.build_packages()
        files = self.check_contents(deb, tar)

        installed = False
        service = None
        try:
            r = run(["dpkg", "-i", deb], check=False, timeout=120)
            installed = True
            self.assertEqual(r.returncode, 0, "dpkg -i failed:\n" + r.stdout + r.stderr)
            log("dpkg -i: " + " ".join(line for line in r.stdout.splitlines() if "qstaticdhcp:" in line))
            user = self.check_installed()

            # The admin's one step: the serving address (the lab's server side).
            with open(CONF) as f:
                conf = f.read()
            with open(CONF, "w") as f:
                f.write(conf.replace("\ndhcp_server_ip=\n", "\ndhcp_server_ip=%s\n" % netlab.SERVER_IP))

            with netlab.Lab(clients=1) as lab:
                if systemd_is_pid1():
                    log("systemd is PID 1: systemctl start/reload/stop, in namespace %s" % lab.server)
                    service = ServiceUnderSystemd(lab)
                else:
                    log("systemd is NOT PID 1 here: the unit was checked with systemd-analyze verify, and the daemon "
                        "is started exactly as the unit says (User/Group, capabilities, NoNewPrivileges, UMask, "
                        "directories, Type=notify, ExecReload) with setpriv, in namespace %s" % lab.server)
                    service = ServiceAsTheUnitSays(lab, parse_unit(UNIT_FILE), self.tmp)
                pid = service.start()
                self.check_running(pid, user)
                self.assertTrue(os.path.isfile(os.path.join(DATA_DIR, "qstaticdhcp.sqlite")))

                # A definition through the packaged CLI and socket, then a real client asks.
                self.ctl("subnets", "add", "subnet=198.18.0.0/24", "serial=0", "lease_time=600",
                         "gateway=198.18.0.1", "subnet_mask=255.255.255.0", "domain_name_servers=198.18.0.1")
                self.ctl("definitions", "add", "mac=" + CLIENT_MAC, "ip=" + CLIENT_IP, "subnet=198.18.0.0/24",
                         "serial=0", "hostname=pkgtest")
                lease = clients.dhclient(lab, lab.clients[0])
                self.assertTrue(lease.ok, "dhclient got nothing: %s\n%s\n%s" % (lease, lease.output, service.output()))
                self.assertEqual((lease.ip, lease.mask, lease.router, lease.hostname, lease.server_id),
                                 (CLIENT_IP, "255.255.255.0", "198.18.0.1", "pkgtest", netlab.SERVER_IP))
                log("dhclient in %s got %s from the installed service" % (lab.clients[0], lease))

                # Reload = SIGHUP: the server reinitialises and keeps serving.
                service.reload()
                deadline = time.monotonic() + 10
                while "reinitialisation completed" not in service.output() and time.monotonic() < deadline:
                    time.sleep(0.1)
                self.assertIn("reinitialisation completed", service.output())
                self.ctl("status")
                lease = clients.dhclient(lab, lab.clients[0])
                self.assertEqual(lease.ip, CLIENT_IP, "after the reload: %s\n%s" % (lease, service.output()))
                log("reload (SIGHUP) reinitialised the server; the client asked again (INIT-REBOOT) and got %s" % lease.ip)

                status, stopping = service.stop()
                self.assertEqual(status, 0, "the daemon's exit on stop:\n" + service.output())
                self.assertTrue(stopping, "no STOPPING=1 from the daemon")
                log("stopped cleanly (exit 0, STOPPING=1)")
                service.close()
                service = None
        finally:
            if service:
                service.close()
            if installed:
                r = run(["dpkg", "--purge", PACKAGE], check=False, timeout=120)
                log("dpkg --purge: exit %d" % r.returncode)
        self.assertEqual(r.returncode, 0, "dpkg --purge failed:\n" + r.stdout + r.stderr)
        self.check_nothing_left(files)

    def check_nothing_left(self, files):
        left = [f for f in files if os.path.lexists(f)] + [p for p in OWN_PATHS if os.path.lexists(p)]
        self.assertEqual(left, [], "left after the purge")
        self.assertFalse(user_exists(USER), "user %s left after the purge" % USER)
        self.assertFalse(group_exists(USER), "group %s left after the purge" % USER)
        self.assertNotIn("install", run(["dpkg-query", "-W", "-f=${Status}", PACKAGE], check=False).stdout)
        found = run(["find", "/etc", "/var", "/usr", "/lib", "/run", "/opt", "-xdev", "-name", "*qstaticdhcp*",
                     "-not", "-path", "/var/cache/*", "-not", "-path", "/var/tmp/*"], check=False).stdout.split()
        self.assertEqual(found, [], "files named after the package left behind")
        log("purged: no file, directory, user, group or systemd state left")


if __name__ == "__main__":
    netlab.install_signal_handlers()
    unittest.main(verbosity=2)
