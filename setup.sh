#!/usr/bin/env bash
# QStaticDHCP set-up on Debian 12: installs what the project needs with apt, builds into build/, then
#   ./setup.sh run [ARGS…]   runs the product: the console on the demo database (--headless: the daemon; see README)
#   ./setup.sh test          runs every test: the CTest suite, then the decoder fuzzer under ASan/UBSan
#   ./setup.sh build         only installs and builds
#   ./setup.sh bench [ARGS…] runs the benchmark by hand (tests/bench/README.md; Kea and perfdhcp are installed)
# Idempotent: packages already installed are not fetched again; apt-get update runs at most once.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

mode=${1:-build}
[ $# -gt 0 ] && shift

SUDO=
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: run as root or install sudo" >&2; exit 1; }
    SUDO=sudo
fi

# Build: compilers, CMake, Qt 6.4 (Debian 12; the hooks' fast natives use QML's private headers), SQL drivers, QML
# modules for the console.
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-private-dev qt6-declarative-dev-tools qt6-charts-dev
    qt6-remoteobjects-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qtcharts qml6-module-qtremoteobjects
    qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtcore sqlite3
    libcap2-bin ieee-data
)
# Tests: real DHCP clients and relay in network namespaces, packet crafting, a headless X server, the
# PostgreSQL and MariaDB servers the SQL store tests start themselves, and for the package tests: dpkg-dev and
# fakeroot (CPack's .deb), lintian, systemd (systemd-analyze verify), util-linux (setpriv), desktop-file-utils,
# nsis and p7zip-full (the Windows installer, built and read back), and g++-mingw-w64-x86-64-posix (MinGW-w64's
# g++: tests/portability compiles every source for Windows against the Qt headers, -fsyntax-only).
TEST_PACKAGES=(
    iproute2 procps isc-dhcp-client udhcpc dhcpcd-base isc-dhcp-relay dhcping python3-scapy xvfb xauth openssl
    postgresql mariadb-server
    dpkg-dev fakeroot lintian systemd util-linux adduser desktop-file-utils nsis p7zip-full
    g++-mingw-w64-x86-64-posix
)
# The benchmark (by hand): the reference server and the load generator.
BENCH_PACKAGES=(kea-dhcp4-server kea-admin)

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup.sh: installing ${missing[*]}"
    if [ -z "${APT_UPDATED:-}" ]; then
        $SUDO apt-get update -qq
        APT_UPDATED=1
    fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build -j"$(nproc)"
}

build_fuzz() {
    cmake -S . -B build-fuzz -G Ninja -DQSD_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DQSD_FUZZ_SECONDS="${QSD_FUZZ_SECONDS:-60}" >/dev/null
    cmake --build build-fuzz -j"$(nproc)"
}

# The demo on build/demo/demo.sqlite, answering on this machine's primary address (the one of the default route;
# loopback when there is none): the console with its embedded server, or with --headless the daemon in the
# foreground. Port 67 needs privileges: as root nothing more is needed. Through sudo the daemon binds as root and
# then runs as the invoking user, and the console, run as you, manages it over the daemon's local socket: nothing
# is given capabilities (a console holding CAP_NET_RAW would lend it to any plugin a user loads into it).
run_demo() {
    local headless="" args=()
    for a in "$@"; do
        if [ "$a" = "--headless" ]; then headless=1; else args+=("$a"); fi
    done
    mkdir -p build/demo
    [ -f build/demo/demo.sqlite ] || sqlite3 build/demo/demo.sqlite < resources/demo/demo.sql
    local ip
    ip=$( (ip -4 route get 198.18.0.1 2>/dev/null || true) | sed -n 's/.* src \([0-9.]*\).*/\1/p' | head -n1)
    [ -n "$ip" ] || ip=127.0.0.1
    sed -e "s/^dhcp_server_ip=.*/dhcp_server_ip=$ip/" resources/demo/qstaticdhcpd.conf > build/demo/qstaticdhcpd.conf
    if [ -n "$headless" ]; then
        [ -n "$SUDO" ] && sed -i "s/^\[server\]/[server]\nuser=$(id -un)/" build/demo/qstaticdhcpd.conf
        echo "setup.sh: serving the demo database on $ip (build/demo/qstaticdhcpd.conf); Ctrl+C stops"
        exec $SUDO build/bin/qstaticdhcpd --config build/demo/qstaticdhcpd.conf --foreground "${args[@]}"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "setup.sh: no display for the console (DISPLAY and WAYLAND_DISPLAY are unset): run it from a desktop" \
             "session, or run the daemon with ./setup.sh run --headless" >&2
        exit 1
    fi
    if [ -n "$SUDO" ]; then
        # Not root: the daemon binds port 67 as root and runs as you; the console connects to its local socket.
        local socket="$PWD/build/demo/management.sock"
        sed -i "s/^\[server\]/[server]\nuser=$(id -un)/" build/demo/qstaticdhcpd.conf
        printf '\n[management]\nlisten=local:%s\n' "$socket" >> build/demo/qstaticdhcpd.conf
        echo "setup.sh: the daemon serves the demo database on $ip (build/demo/qstaticdhcpd.conf); the console manages it"
        $SUDO build/bin/qstaticdhcpd --config build/demo/qstaticdhcpd.conf --foreground &
        local daemon=$!
        trap '$SUDO kill $daemon 2>/dev/null; wait $daemon 2>/dev/null' EXIT
        for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
        build/bin/qstaticdhcp --connect "local:$socket" "${args[@]}"
        exit
    fi
    echo "setup.sh: the console with its server on the demo database, answering on $ip (build/demo/qstaticdhcpd.conf)"
    exec build/bin/qstaticdhcp --config build/demo/qstaticdhcpd.conf "${args[@]}"
}

case "$mode" in
    build)
        install_packages "${BUILD_PACKAGES[@]}"
        build
        ;;
    run)
        install_packages "${BUILD_PACKAGES[@]}"
        build
        run_demo "$@"
        ;;
    test)
        install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        build
        build_fuzz
        # The sanitizer build runs the protocol tests again and the fuzzer; then the whole suite.
        status=0
        ctest --test-dir build-fuzz --output-on-failure || status=1
        cat build-fuzz/tests/bin/fuzz_decoder.summary 2>/dev/null || true
        ctest --test-dir build --output-on-failure -j2 || status=1
        exit $status
        ;;
    bench)
        install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${BENCH_PACKAGES[@]}"
        build
        exec tests/bench/run-bench.sh "$@"
        ;;
    *)
        echo "usage: ./setup.sh run [ARGS…] | test | build | bench [ARGS…]" >&2
        exit 2
        ;;
esac
