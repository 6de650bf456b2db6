#!/usr/bin/env python3
"""The Windows build, compiled here (CTest `portability_windows`): every .cpp of server/ and app/ goes through
MinGW-w64's g++ (Debian's g++-mingw-w64-x86-64-posix) in -fsyntax-only mode against Debian's Qt headers, so
Qt's headers and ours take their Q_OS_WIN branches. Any compiler error fails the test; the file and the
compiler's message are printed. repc's header (rep_management_merged.h: the declared types, source and replica,
as qsd_contract compiles it) is generated into the work folder first, with the repc of the build's Qt, so the test needs nothing built.

What this cannot check: linking (a function declared but defined only on Unix), Windows' own Qt headers (the
qconfig.h and feature headers here are Linux's), MSVC, and running anything.

Flags (the minimal set, and why):
  -std=c++17                 the project's CMAKE_CXX_STANDARD, without GNU extensions (CMAKE_CXX_EXTENSIONS OFF)
  -Wall -Wextra              the project's warnings (printed, not fatal, as in the normal build)
  -DUNICODE -D_UNICODE       what Qt's CMake adds for every Windows target (QtFlagHandlingHelpers.cmake: the
                             Win32 A/W macros resolve to the W functions, as in the real build)
  -DWIN32 -DWIN64 -DMINGW_HAS_SECURE_API=1
                             Qt's default platform definitions for a 64-bit MinGW build (QtBuild.cmake); with
                             -std=c++17 g++ predefines only _WIN32 and _WIN64
  the project's definitions  passed by tests/portability/CMakeLists.txt (QSD_VERSION, QT_NO_CAST_FROM_ASCII, …)
Not needed: -D_WIN32_WINNT (qt_windows.h and MinGW-w64 10 both default to 0x0A00, Windows 10, Qt 6's minimum),
-fPIC (qglobal.h's "compile with -fPIC" check applies to ELF targets only), -DQT_NO_VERSION_TAGGING (it changes
only the code emitted, and -fsyntax-only emits none).
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import time

COMPILER = "x86_64-w64-mingw32-g++-posix"
PACKAGE = "g++-mingw-w64-x86-64-posix"
# CI has 2 cores: never more compilers than that. QSD_PORTABILITY_JOBS=1 runs one at a time (a shared machine).
JOBS = max(1, min(2, int(os.environ.get("QSD_PORTABILITY_JOBS", "2"))))
SOURCE_ROOTS = ("server", "app")
# Files left out, with the reason; each is printed. Linux-only files are not skipped: their content sits behind
# #ifdef Q_OS_LINUX (server/net/linuxudpendpoint.cpp, linklayersender.cpp) and they must compile for Windows too.
SKIPPED = {}

WINDOWS_FLAGS = ["-std=c++17", "-fsyntax-only", "-Wall", "-Wextra",
                 "-DUNICODE", "-D_UNICODE", "-DWIN32", "-DWIN64", "-DMINGW_HAS_SECURE_API=1"]


def fail(message):
    print("portability_windows: FAILED: " + message, flush=True)
    sys.exit(1)


# One file takes 1 to 20 s (20 s on a machine loaded six times over); a compiler that hangs is named by the file.
FILE_TIMEOUT_S = 600


def run(argv):
    try:
        return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=FILE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(argv, 1, "no answer from the compiler in %d s" % FILE_TIMEOUT_S)


def sources(source_dir):
    found = []
    for root in SOURCE_ROOTS:
        for folder, dirs, files in os.walk(os.path.join(source_dir, root)):
            dirs.sort()
            found += [os.path.relpath(os.path.join(folder, f), source_dir) for f in sorted(files) if f.endswith(".cpp")]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--work-dir", required=True, help="where repc's headers are generated")
    parser.add_argument("--repc", required=True)
    parser.add_argument("--rep", required=True, help="server/remote/management.rep")
    parser.add_argument("--qt-include", action="append", default=[], help="a Qt include folder (repeatable)")
    parser.add_argument("--define", action="append", default=[], help="a project-wide definition (repeatable)")
    args = parser.parse_args()
    started = time.monotonic()

    compiler = shutil.which(COMPILER)
    if not compiler:
        fail("%s is missing: install the Debian package %s (./setup.sh test installs it)" % (COMPILER, PACKAGE))

    os.makedirs(args.work_dir, exist_ok=True)
    header = os.path.join(args.work_dir, "rep_management_merged.h")
    r = run([args.repc, "-o", "merged", args.rep, header])
    if r.returncode or not os.path.isfile(header):
        fail("repc -o merged %s exited %d:\n%s" % (args.rep, r.returncode, r.stdout))

    # A source that defines a QObject class of its own includes its moc output ("x.moc"): only the code moc
    # generates is in it, which -fsyntax-only does not need, so an empty stand-in will do.
    for path in sources(args.source_dir):
        with open(os.path.join(args.source_dir, path), errors="replace") as f:
            for name in re.findall(r'^#include "([\w.]+\.moc)"', f.read(), re.M):
                open(os.path.join(args.work_dir, name), "w").close()
    includes = ["-I" + args.work_dir] + ["-I" + os.path.join(args.source_dir, d)
                                         for d in ("server", "server/remote/contract", "app/client", "app/console", "app/ctl")]
    for d in dict.fromkeys(args.qt_include):   # in order, once each
        if not os.path.isdir(d):
            fail("Qt include folder %s does not exist" % d)
        includes.append("-isystem" + d)
    base = [compiler] + WINDOWS_FLAGS + ["-D" + d for d in args.define] + includes

    # The compiler really targets Windows and Qt's headers see it.
    probe = os.path.join(args.work_dir, "probe_q_os_win.cpp")
    with open(probe, "w") as f:
        f.write("#include <QtGlobal>\n#if !defined(Q_OS_WIN) || defined(Q_OS_UNIX)\n#error not Q_OS_WIN\n#endif\n")
    r = run(base + [probe])
    if r.returncode:
        fail("%s does not compile for Q_OS_WIN with these flags:\n%s" % (COMPILER, r.stdout))

    files = sources(args.source_dir)
    if not files:
        fail("no .cpp under %s" % ", ".join(SOURCE_ROOTS))
    for path, reason in sorted(SKIPPED.items()):
        if path not in files:
            fail("SKIPPED names %s, which is not a source any more" % path)
        print("SKIP %s: %s" % (path, reason), flush=True)
    todo = [f for f in files if f not in SKIPPED]

    def compile_one(path):
        t = time.monotonic()
        full = os.path.join(args.source_dir, path)
        r = run(base + ["-I" + os.path.dirname(full), full])   # -I: CMAKE_INCLUDE_CURRENT_DIR
        return path, r.returncode, r.stdout, time.monotonic() - t

    passed, failed, warned = [], [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        for path, status, output, seconds in pool.map(compile_one, todo):
            if status:
                failed.append(path)
                print("FAIL %s (%.1f s)\n%s" % (path, seconds, output.rstrip()), flush=True)
            else:
                passed.append(path)
                if output.strip():
                    warned.append(path)
                    print("PASS %s (%.1f s), with warnings:\n%s" % (path, seconds, output.rstrip()), flush=True)
                else:
                    print("PASS %s (%.1f s)" % (path, seconds), flush=True)

    print("%s with %s, %d job(s), %.0f s" % (", ".join(SOURCE_ROOTS), COMPILER, JOBS, time.monotonic() - started))
    if warned:
        print("with warnings: " + " ".join(warned))
    if failed:
        print("failed: " + " ".join(failed))
    if SKIPPED:
        print("skipped: " + " ".join(sorted(SKIPPED)))
    print("%d passed, %d failed" % (len(passed), len(failed)), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
