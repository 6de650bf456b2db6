"""The Windows installer recipe, checked on Linux (CTest `installer_nsis`): CPack generates the NSIS script from
installer/windows/nsis.cmake around placeholder binaries (tests/installer/nsis/), makensis (Debian's `nsis`)
compiles it into the installer .exe, and 7-Zip (which reads NSIS installers) lists what it would install.
What this cannot check: running the installer (service registration, firewall rule, shortcuts happen on
Windows) and windeployqt. Environment: QSD_SOURCE_DIR, QSD_VERSION."""
import glob
import os
import re
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("QSD_SOURCE_DIR", os.path.normpath(os.path.join(HERE, "..", "..")))
VERSION = os.environ.get("QSD_VERSION", "0.1.0")


def run(argv, timeout=240):
    r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    if r.returncode:
        raise AssertionError("%s exited %d:\n%s%s" % (" ".join(argv), r.returncode, r.stdout, r.stderr))
    return r


class NsisTest(unittest.TestCase):
    def test_installer_builds(self):
        for tool in ("cmake", "cpack", "makensis", "7z"):
            self.assertTrue(shutil.which(tool), "%s is missing (setup.sh test installs nsis and p7zip-full)" % tool)
        tmp = tempfile.mkdtemp(prefix="qsd-nsis-")
        self.addCleanup(shutil.rmtree, tmp, True)
        build, out = os.path.join(tmp, "build"), os.path.join(tmp, "out")
        run(["cmake", "-S", os.path.join(HERE, "nsis"), "-B", build, "-DQSD_SOURCE_DIR=" + SOURCE_DIR,
             "-DQSD_VERSION=" + VERSION])
        run(["cpack", "-G", "NSIS64", "--config", os.path.join(build, "CPackConfig.cmake"), "-B", out])

        exe = os.path.join(out, "qstaticdhcp-%s-windows-x64.exe" % VERSION)
        self.assertTrue(os.path.isfile(exe), os.listdir(out))
        with open(exe, "rb") as f:
            self.assertEqual(f.read(2), b"MZ", "a Windows executable")
        nsis_dir = glob.glob(os.path.join(out, "_CPack_Packages", "*", "NSIS64"))[0]   # win64, or Linux here
        # makensis again on the script CPack made, to see its report: every warning must be one of CPack's own
        # template (functions and variables it defines for options this recipe does not use).
        r = run(["makensis", "-V2", os.path.join(nsis_dir, "project.nsi")])
        print("makensis %s:\n%s" % (run(["makensis", "-VERSION"]).stdout.strip(),
                                     r.stdout[r.stdout.find("Install: "):].rstrip()), flush=True)
        warnings = re.findall(r"(?m)^  (\d{4}: .*)$", r.stdout)
        template = re.compile(r'(function "(un\.)?select_NT_profile" not referenced|Variable "AR_(Sec|Reg)Flags" not referenced)')
        self.assertEqual([w for w in warnings if not template.search(w)], [], "makensis warned about the recipe")
        print("installer: %s (%d KiB)" % (os.path.basename(exe), os.path.getsize(exe) // 1024), flush=True)

        # The script CPack generated holds the service, the firewall rule and the Start-menu entries.
        with open(os.path.join(nsis_dir, "project.nsi"), errors="replace") as f:
            script = f.read()
        expected = [
            r'InstallDir "\$PROGRAMFILES64\\QStaticDHCP"',
            r"sc\.exe create qstaticdhcpd binPath= \"\\\"\$INSTDIR\\bin\\qstaticdhcpd\.exe\\\" --service --config "
            r"\\\"\$0\\qstaticdhcpd\.conf\\\"\" start= demand obj= \"NT AUTHORITY\\LocalService\"",
            r"netsh\.exe advfirewall firewall add rule name=\"QStaticDHCP server \(DHCP, UDP 67\)\" dir=in "
            r"action=allow protocol=UDP localport=67 program=\"\$INSTDIR\\bin\\qstaticdhcpd\.exe\"",
            r"sc\.exe stop qstaticdhcpd", r"sc\.exe delete qstaticdhcpd",
            r"netsh\.exe advfirewall firewall delete rule name=\"QStaticDHCP server \(DHCP, UDP 67\)\"",
            r'CreateShortCut "\$SMPROGRAMS\\\$STARTMENU_FOLDER\\QStaticDHCP console\.lnk" "\$INSTDIR\\bin\\qstaticdhcp\.exe"',
            r'CreateShortCut "\$SMPROGRAMS\\\$STARTMENU_FOLDER\\QStaticDHCP console \(local service\)\.lnk" '
            r'"\$INSTDIR\\bin\\qstaticdhcp\.exe" "--connect local:qstaticdhcpd"',
            r'IfFileExists "\$0\\qstaticdhcpd\.conf" \+2 0',
            r'!insertmacro MUI_PAGE_LICENSE ".*LICENSE"',   # GPL-3.0-or-later, shown before installing
        ]
        for pattern in expected:
            self.assertRegex(script, pattern)

        # What the installer carries, read back from the .exe.
        listing = run(["7z", "l", "-ba", exe]).stdout
        names = sorted(re.sub(r"^\$INSTDIR[\\/]", "", line.split(None, 5)[-1]).replace("\\", "/")
                       for line in listing.splitlines() if line.strip())
        for wanted in ("bin/qstaticdhcpd.exe", "bin/qstaticdhcpctl.exe", "bin/qstaticdhcp.exe", "bin/Qt6Core.dll",
                       "bin/sqldrivers/qsqlite.dll", "share/qstaticdhcpd.conf", "share/qstaticdhcp.ico",
                       "doc/examples/js-hooks/dynamic-pool.mjs", "doc/LICENSE"):
            self.assertIn(wanted, names, listing)
        print("the installer carries %d files, among them %s" % (len(names), ", ".join(
            n for n in names if n.startswith(("bin/q", "share/")))), flush=True)

        # The Windows configuration: CRLF, forward slashes (QSettings reads backslashes as escapes), no user.
        conf_path = os.path.join(build, "qstaticdhcpd.conf")
        with open(conf_path, "rb") as f:
            conf = f.read().decode()
        self.assertIn("\r\nsqlite_file=C:/ProgramData/QStaticDHCP/qstaticdhcp.sqlite\r\n", conf)
        self.assertIn("\r\nfile=C:/ProgramData/QStaticDHCP/qstaticdhcpd.log\r\n", conf)
        self.assertNotIn("\nuser=", conf)


if __name__ == "__main__":
    unittest.main(verbosity=2)
