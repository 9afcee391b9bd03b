#!/usr/bin/env python3
"""Rewrites the run figures of docs/ODD.md section 10 from OddSyncTest's report of what changed.

After a change meant to change behaviour, run from the project folder:
    mvn -B -o test -Dtest=OddSyncTest > /tmp/odd.txt; python3 bench/odd-refresh.py /tmp/odd.txt
Each figure is rewritten with the decimals, unit and separators it had; rerun the test to confirm, and
reread the comments next to the figures, which this script does not touch.
"""
import re
import sys

PROBLEM = re.compile(r"^\s+(?:(?P<file>[\w.-]+\.yaml) )?(?P<name>[\w:]+): the document shows (?P<shown>.+?), "
                     r"(?:the baseline run|its run) gives (?P<actual>[-\d.E]+)$")


def formatted(shown, actual):
    number = re.search(r"-?[\d,]*\.?\d+", shown)
    text = number.group(0)
    decimals = len(text.split(".")[1]) if "." in text else 0
    value = f"{actual:,.{decimals}f}" if "," in text else f"{actual:.{decimals}f}"
    return shown[:number.start()] + value + shown[number.end():]


def main(report, odd="docs/ODD.md"):
    lines = open(odd, encoding="utf-8").read().split("\n")
    section = next(i for i, l in enumerate(lines) if l.startswith("## 10."))
    changed = 0
    for line in open(report, encoding="utf-8"):
        m = PROBLEM.match(line.rstrip("\n"))
        if not m:
            continue
        new = formatted(m["shown"], float(m["actual"]))
        key = f"`{m['file']}`" if m["file"] else f"`{m['name']}`"
        for i in range(section, len(lines)):
            cells = lines[i].split(" | ")
            if not lines[i].startswith("|") or not any(c.strip("| ") == key for c in cells):
                continue
            if m["file"]:
                header = next(lines[j] for j in range(i, section, -1) if lines[j].startswith("| Scenario file"))
                column = [c.strip("| ") for c in header.split(" | ")].index(f"`{m['name']}`")
            else:
                column = [c.strip("| ") for c in cells].index(key) + 1
            if cells[column].strip("| ") == m["shown"]:
                cells[column] = cells[column].replace(m["shown"], new)
                lines[i] = " | ".join(cells)
                changed += 1
            break
    open(odd, "w", encoding="utf-8").write("\n".join(lines))
    print(f"{changed} figure(s) rewritten in {odd}")


if __name__ == "__main__":
    main(*sys.argv[1:])
