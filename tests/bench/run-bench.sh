#!/bin/bash
# QStaticDHCP benchmark, run by hand as root: see README.md and `run-bench.sh --help`.
# The work is done by run_bench.py with Debian's Python; it creates and removes its own
# network namespaces, processes and temp files (also on Ctrl-C / SIGTERM).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec /usr/bin/python3 "$here/run_bench.py" "$@"
