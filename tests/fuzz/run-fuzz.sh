#!/usr/bin/env bash
# run-fuzz.sh FUZZER SEED_DIR SECONDS: runs the libFuzzer target for a bounded time on a copy of the seed
# corpus and fails on any crash, leak or sanitizer report. Prints libFuzzer's own totals (executions) and
# leaves them in fuzz_decoder.summary beside the fuzzer, for setup.sh to show after CTest.
set -euo pipefail
fuzzer=$1 seeds=$2 seconds=$3
rm -f "$(dirname "$fuzzer")/fuzz_decoder.summary"   # never show an earlier run's figures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp "$seeds"/*.bin "$work/corpus/"
status=0
"$fuzzer" -max_total_time="$seconds" -max_len=1500 -print_final_stats=1 -artifact_prefix="$work/" \
    "$work/corpus" > "$work/log" 2>&1 || status=$?
grep -E "^(#[0-9]+ *DONE|Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY" "$work/log" || true
if [ "$status" -ne 0 ] || ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* >/dev/null 2>&1; then
    echo "fuzz_decoder FAILED (exit $status); log tail:"; tail -40 "$work/log"; exit 1
fi
summary="$(dirname "$fuzzer")/fuzz_decoder.summary"
{ grep -E "^Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb" "$work/log" || true
  echo "fuzz_decoder: no crashes in ${seconds}s"; } | tee "$summary"
