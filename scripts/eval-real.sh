#!/usr/bin/env bash
# Precision of `ftpdocs check` on four public Fluent projects it was not tuned on, against the
# verdicts readers of each language gave its findings (tests/data/check/judged/*.tsv: one line
# per finding, project, locale, path, line, column, TP or FP, reason; docs/checker.md, "Two
# more projects").
#
# Usage: scripts/eval-real.sh ANKI_CORE_I18N PROFILER [MONITOR RELAY]
#   ANKI_CORE_I18N  a checkout of ankitects/anki-core-i18n at 571f3f13
#   PROFILER        a checkout of firefox-devtools/profiler at df31314e1
#   MONITOR         a checkout of mozilla/blurts-server (Mozilla Monitor) at 3b6c89004
#   RELAY           a checkout of mozilla-l10n/fx-private-relay-l10n at 54e03dfa
# Prints, per check, the findings now reported that were judged right (TP) or wrong (FP),
# and those no verdict covers (new: read them before trusting the figure). On Anki and the
# Profiler, `typography` (with `spacing`, `quotes` and `punctuation`, split from it since) was
# judged on a sample of 120: its other findings there count as not judged.
set -euo pipefail
cd "$(dirname "$0")/.."
anki=${1:?a checkout of ankitects/anki-core-i18n}
profiler=${2:?a checkout of firefox-devtools/profiler}
monitor=${3:-}
relay=${4:-}
cargo build --release --locked --quiet
bin=${CARGO_TARGET_DIR:-target}/release/ftpdocs
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" check --locales "$anki/core" --reference templates --format json >"$out/anki.json" || true
"$bin" check --locales "$profiler/locales" --format json >"$out/profiler.json" || true
projects="anki profiler"
if [[ -n $monitor && -n $relay ]]; then
    "$bin" check --locales "$monitor/locales" --format json >"$out/monitor.json" || true
    "$bin" check --locales "$relay" --format json >"$out/relay.json" || true
    projects+=" monitor relay"
fi
python3 - "$out" $projects <<'PY'
import csv, glob, json, sys
from collections import Counter, defaultdict
verdicts = {}
for path in glob.glob("tests/data/check/judged/*.tsv"):
    check = path.rsplit("/", 1)[1][:-4]
    for row in csv.reader(open(path, encoding="utf-8"), delimiter="\t"):
        if len(row) >= 6:
            # typography was judged finding by finding, the others message by message.
            column = int(row[4]) if check == "typography" else 0
            verdicts[(check, row[0], row[2], int(row[3]), column)] = row[5]
structure_only = {"missing-message", "missing-file", "obsolete-message", "obsolete-file",
                  "missing-attribute", "obsolete-attribute"}
tally = defaultdict(Counter)
for project in sys.argv[2:]:
    for f in json.load(open(f"{sys.argv[1]}/{project}.json"))["findings"]:
        if f["check"] in structure_only:
            continue
        # spacing, quotes and punctuation were judged when they were all `typography`.
        judged_as = "typography" if f["check"] in ("spacing", "quotes", "punctuation") else f["check"]
        column = f.get("column", 0) if judged_as == "typography" else 0
        verdict = verdicts.get((judged_as, project, f["path"], f.get("line", 0), column))
        sampled = judged_as == "typography" and project in ("anki", "profiler")
        key = verdict or ("not judged" if sampled else "new")
        tally[judged_as][key] += 1
print(f"{'check':18} {'TP':>5} {'FP':>5} {'new':>5} {'precision':>10}")
for check, n in sorted(tally.items()):
    judged = n["TP"] + n["FP"]
    share = f"{100 * n['TP'] / judged:.1f} %" if judged else "–"
    print(f"{check:18} {n['TP']:5} {n['FP']:5} {n['new']:5} {share:>10}")
PY
