#!/usr/bin/env python3
"""Apply French typography to the values of Fluent files, in place.

Writers type ordinary spaces; this turns the space before ; : ! ? into a narrow no-break
space (U+202F), the spaces inside « » into no-break spaces (U+00A0), and ' into ’.
Ids, attribute names, selectors and placeables are left alone: only text after `=` or on
continuation lines is touched, and nothing inside { }.

Usage: scripts/fr-typography.py locales/fr/*.ftl
"""
import re
import sys

NNBSP, NBSP = "\u202f", "\u00a0"


def fix_text(text: str) -> str:
    out, depth = [], 0
    for part in re.split(r"([{}])", text):
        if part == "{":
            depth += 1
        elif part == "}":
            depth -= 1
        elif depth == 0:
            part = re.sub(r"[ \u00a0]+([;:!?])", NNBSP + r"\1", part)
            part = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, part)
            part = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", part)
            part = part.replace("'", "\u2019")
        out.append(part)
    return "".join(out)


def fix_line(line: str) -> str:
    if line.startswith("#") or not line.strip():
        return line
    m = re.match(r"^(\s*\.?[A-Za-z][\w-]*\s*=)(.*)$", line, re.S)
    if m:
        return m.group(1) + fix_text(m.group(2))
    if re.match(r"^\s*\*?\[[^\]]*\]", line):
        m = re.match(r"^(\s*\*?\[[^\]]*\])(.*)$", line, re.S)
        return m.group(1) + fix_text(m.group(2))
    return fix_text(line)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(fix_line(line) for line in lines)
