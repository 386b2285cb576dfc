#!/usr/bin/env bash
# Benchmark: render the whole site (every locale, every code page and all 1,770 comparisons,
# html) and compare with a plain copy of the finished site. Prints the time per page, the
# peak memory and the render/copy ratio (target: at most 3).
#
# Usage: scripts/bench-site.sh [RUNS]   (default 5; the best run of each is kept, since the
# machine is shared and the slow runs measure the neighbours)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

cargo build --release --locked --quiet
bin=${CARGO_TARGET_DIR:-target}/release/ftpdocs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
less() { awk "BEGIN { exit !($1 < $2) }"; }
best_render=""; best_copy=""; peak_kb=0; pages=0
for run in $(seq "$runs"); do
    rm -rf "$work/public" "$work/copy"
    /usr/bin/time -v -o "$work/time.txt" \
        "$bin" --root . render --lang all --all-pairs --out "$work/public" >"$work/summary.txt"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" |
        awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    pages=$(awk '{print $2}' "$work/summary.txt")
    # Both timings end when the files are in the page cache: neither waits for the disk.
    sync
    start=$(now); cp -r "$work/public" "$work/copy"; end=$(now)
    copy=$(calc "$end - $start")
    printf 'run %d: render %.3f s, copy %.3f s, peak %d KiB\n' "$run" "$wall" "$copy" "$kb"
    if [ -z "$best_render" ] || less "$wall" "$best_render"; then best_render=$wall; fi
    if [ -z "$best_copy" ] || less "$copy" "$best_copy"; then best_copy=$copy; fi
    if (( kb > peak_kb )); then peak_kb=$kb; fi
done

files=$(find "$work/public" -type f | wc -l)
size=$(du -sh "$work/public" | cut -f1)
ratio=$(calc "$best_render / $best_copy")
echo
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sm)"
echo "site:      $pages pages, $files files, $size"
printf 'render:    %.3f s (best of %d), %.1f µs per page\n' "$best_render" "$runs" \
    "$(calc "$best_render * 1000000 / $pages")"
printf 'peak RSS:  %.1f MiB\n' "$(calc "$peak_kb / 1024")"
printf 'cp -r:     %.3f s (best of %d)\n' "$best_copy" "$runs"
printf 'ratio:     %.2f× the copy (target ≤ 3×): %s\n' "$ratio" \
    "$(if less "$ratio" 3.0000001; then echo ok; else echo OVER; fi)"
