#!/usr/bin/env bash
# Precision of `ftpdocs check` on two public Fluent projects it was not tuned on, against the
# verdicts readers of each language gave its findings (tests/data/check/judged/*.tsv: one line
# per finding, project, locale, path, line, column, TP or FP, reason; docs/checker.md, "Two
# more projects").
#
# Usage: scripts/eval-real.sh ANKI_CORE_I18N PROFILER
#   ANKI_CORE_I18N  a checkout of ankitects/anki-core-i18n at 571f3f13
#   PROFILER        a checkout of firefox-devtools/profiler at df31314e1
# Prints, per check, the findings now reported that were judged right (TP) or wrong (FP),
# and those no verdict covers (new: read them before trusting the figure). `typography` (with
# `spacing`, `quotes` and `punctuation`, split from it since) was judged on a sample of 120:
# its other findings count as not judged.
set -euo pipefail
cd "$(dirname "$0")/.."
anki=${1:?a checkout of ankitects/anki-core-i18n}
profiler=${2:?a checkout of firefox-devtools/profiler}
cargo build --release --locked --quiet
bin=${CARGO_TARGET_DIR:-target}/release/ftpdocs
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" check --locales "$anki/core" --reference templates --format json >"$out/anki.json" || true
"$bin" check --locales "$profiler/locales" --format json >"$out/profiler.json" || true
python3 - "$out" <<'PY'
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
for project in ("anki", "profiler"):
    for f in json.load(open(f"{sys.argv[1]}/{project}.json"))["findings"]:
        if f["check"] in structure_only:
            continue
        # spacing, quotes and punctuation were judged when they were all `typography`.
        judged_as = "typography" if f["check"] in ("spacing", "quotes", "punctuation") else f["check"]
        column = f.get("column", 0) if judged_as == "typography" else 0
        verdict = verdicts.get((judged_as, project, f["path"], f.get("line", 0), column))
        key = verdict or ("not judged" if judged_as == "typography" else "new")
        tally[judged_as][key] += 1
print(f"{'check':18} {'TP':>5} {'FP':>5} {'new':>5} {'precision':>10}")
for check, n in sorted(tally.items()):
    judged = n["TP"] + n["FP"]
    share = f"{100 * n['TP'] / judged:.1f} %" if judged else "–"
    print(f"{check:18} {n['TP']:5} {n['FP']:5} {n['new']:5} {share:>10}")
PY
