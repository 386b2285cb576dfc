#!/usr/bin/env bash
# Benchmark: `ftpdocs check` against compare-locales 9.0.5 on the same files, in one run: the
# structure checks on thunderbird (fr) and on every locale of mozorg, and every check
# (structure, translation and the reference lints) on thunderbird fr. Prints both times and
# the ratio.
#
# Usage: scripts/bench-check.sh [CORPUS_DIR]   (default: ../shared/corpus)
# compare-locales is installed in a venv ($BENCH_VENV, default target/bench-venv) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-../shared/corpus}" && pwd)
venv=${BENCH_VENV:-$PWD/target/bench-venv}
runs=${BENCH_RUNS:-5}

if [[ ! -x "$venv/bin/compare-locales" ]]; then
    echo "installing compare-locales 9.0.5 in $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet compare-locales==9.0.5
fi
cargo build --release --quiet
ftpdocs=${CARGO_TARGET_DIR:-target}/release/ftpdocs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }

# Seconds taken by a command (its output discarded; exit status 1 means "found errors").
time_of() {
    local start end
    start=$(now)
    local status=0
    "$@" >/dev/null 2>&1 || status=$?
    if ((status > 1)); then
        echo "failed ($status): $*" >&2
        exit 1
    fi
    end=$(now)
    echo "$end - $start" | bc -l
}

# Best of $runs for ftpdocs: its runs are short enough for noise to matter.
best_of() {
    local best=""
    for _ in $(seq "$runs"); do
        t=$(time_of "$@")
        if [[ -z $best ]] || (($(echo "$t < $best" | bc -l))); then best=$t; fi
    done
    echo "$best"
}

# compare-locales only checks the locales its configuration lists.
config() {
    local name=$1
    shift
    local list
    list=$(printf '"%s", ' "$@")
    cat >"$work/$name.toml" <<TOML
basepath = "$corpus/$name"
locales = [${list%, }]

[[paths]]
    reference = "en/**/*.ftl"
    l10n = "{l10n_base}/{locale}/**/*.ftl"
TOML
    echo "$work/$name.toml"
}

# bench CHECKS CORPUS LOCALE...: CHECKS is ftpdocs's --checks list.
bench() {
    local checks=$1 name=$2
    shift 2
    local locales=("$@")
    local cl_time ft_time lang_args=()
    if ((${#locales[@]} == 1)); then lang_args=(--lang "${locales[0]}"); fi
    cl_time=$(time_of "$venv/bin/compare-locales" -qqqq "$(config "$name" "${locales[@]}")" "$corpus/$name" "${locales[@]}")
    ft_time=$(best_of "$ftpdocs" check --locales "$corpus/$name" "${lang_args[@]}" --checks "$checks" --format json)
    printf '%-12s %-34s %3d locale(s)  compare-locales %7.3f s  ftpdocs %6.3f s  ratio %6.1fx\n' \
        "$name" "$checks" "${#locales[@]}" "$cl_time" "$ft_time" "$(echo "$cl_time / $ft_time" | bc -l)"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
bench structure thunderbird fr
bench structure,translation,reference thunderbird fr
mapfile -t mozorg < <(find "$corpus/mozorg" -mindepth 1 -maxdepth 1 -type d ! -name en -printf '%f\n' | sort)
bench structure mozorg "${mozorg[@]}"
