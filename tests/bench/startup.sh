#!/usr/bin/env bash
# Leda's start time: runs the built leda offscreen N times (default 5) until its window is shown
# and the event loop has turned once, with a fresh database each run; prints each time and the median.
# usage: tests/bench/startup.sh [build-dir] [runs]
set -euo pipefail
build_dir="${1:-build}"
runs="${2:-5}"
leda="$build_dir/app/leda"
[ -x "$leda" ] || { echo "no $leda: build first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LEDA_EXIT_AFTER_SHOW=1 XDG_RUNTIME_DIR="$work" HOME="$work"
times=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    "$leda" --database "$work/run$i.sqlite" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
    echo "run $i: ${times[-1]} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "leda start (offscreen, window shown, median of $runs): $median ms"
