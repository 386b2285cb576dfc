#!/usr/bin/env bash
# Benchmark: peak memory (maximum resident set size, /usr/bin/time -v) of `check` and
# `render` on a copy of the project where en and fr each gain one very large generated .ftl
# file (SIZE MB, default 50) of ordinary messages: a value with a variable, an attribute, a
# select expression every tenth message. Prints the input size and each command's peak RSS
# and its ratio to the input; render runs twice, with rayon's default threads and with 8, to
# show that its memory does not grow with threads (the parsed files and bundles are shared).
#
# Usage: scripts/bench-memory.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-50}

cargo build --release --locked --quiet
bin=$(pwd)/${CARGO_TARGET_DIR:-target}/release/ftpdocs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r content locales site.toml "$work/"

# One message per ~110 bytes; the same ids in both locales so that check compares them.
generate() {
    local words=$1
    awk -v limit=$((size_mb * 1024 * 1024)) -v words="$words" 'BEGIN {
        for (i = 0; bytes < limit; i++) {
            if (i % 10 == 0) {
                line = sprintf("bench-%d = { $count ->\n    [one] %s %d\n   *[other] %s { $count }\n}\n", i, words, i, words)
            } else {
                line = sprintf("bench-%d = %s { $code } %d\n    .title = %s\n", i, words, i, words)
            }
            printf "%s", line
            bytes += length(line)
        }
    }'
}
generate "The server accepted the command and waits" >"$work/locales/en/bench.ftl"
generate "Le serveur a accepté la commande et attend" >"$work/locales/fr/bench.ftl"
input=$(du -cb "$work/locales/en/bench.ftl" "$work/locales/fr/bench.ftl" | awk 'END {print $1}')

peak() {
    /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt"
}
report() {
    awk -v name="$1" -v kb="$2" -v input="$input" 'BEGIN {
        printf "%-8s peak RSS %7.1f MiB, %.1f× the input\n", name, kb / 1024, kb * 1024 / input
    }'
}
echo "input:   2 files, $(awk -v b="$input" 'BEGIN { printf "%.1f MiB", b / 1048576 }') (en and fr, ${size_mb} MB each)"
report check "$(peak "$bin" --root "$work" check --lang fr)"
report render "$(peak "$bin" --root "$work" render --lang fr --format txt --out "$work/public")"
report "render×8" "$(RAYON_NUM_THREADS=8 peak "$bin" --root "$work" render --lang fr --format txt --out "$work/public")"
