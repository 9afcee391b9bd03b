#!/usr/bin/env python3
"""The README's reform table from an experiment folder (summary.csv and comparison.csv).

Usage: bench/readme-table.py results/reform-comparison

Each cell is the design point's mean; for the reforms, the paired difference from the baseline follows in
brackets (percentage points for rates, hours, index points, CNY), with "n.s." where Holm's adjusted p-value
is 0.05 or more. A design point flagged unstable gets a dagger.
"""
import csv
import sys
from pathlib import Path

COLUMNS = [
    ("on_time_rate", "on time", "rate"),
    ("mean_hours_to_close", "mean hours to close", "hours"),
    ("residents_resolution_rate", "resolved, by callbacks", "rate"),
    ("share_resolved_by_departments", "resolved by departments", "rate"),
    ("mean_trust_end", "mean trust", "index"),
    ("cost_per_resolution", "CNY per resolution", "cny"),
]


def value(x, kind):
    if kind == "rate":
        return f"{100 * x:.1f}%"
    if kind == "hours":
        return f"{x:.1f} h"
    if kind == "index":
        return f"{x:.3f}"
    return f"{x:,.0f}"


def difference(d, kind):
    if kind == "rate":
        return f"{100 * d:+.1f}"
    if kind == "hours":
        return f"{d:+.1f}"
    if kind == "index":
        return f"{d:+.3f}"
    # A difference of less than one CNY keeps a decimal, so that it does not read "-0".
    return f"{d:+,.1f}" if abs(d) < 0.5 else f"{d:+,.0f}"


def main(folder):
    folder = Path(folder)
    means, unstable, order = {}, {}, []
    with open(folder / "summary.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["scenario"] not in order:
                order.append(row["scenario"])
            means[(row["scenario"], row["metric"])] = float(row["mean"])
            unstable[row["scenario"]] = row.get("unstable") == "1"
    diffs = {}
    with open(folder / "comparison.csv", newline="") as f:
        for row in csv.DictReader(f):
            # No p-value (every paired difference the same, e.g. 0): nothing to show as significant.
            p = float(row["p_adjusted"]) if row["p_adjusted"] else 1.0
            diffs[(row["scenario"], row["metric"])] = (float(row["mean_difference"]), p)
    print("| scenario | " + " | ".join(label for _, label, _ in COLUMNS) + " |")
    print("|---|" + "---:|" * len(COLUMNS))
    for scenario in order:
        cells = []
        for metric, _, kind in COLUMNS:
            cell = value(means[(scenario, metric)], kind)
            if (scenario, metric) in diffs:
                d, p = diffs[(scenario, metric)]
                cell += f" ({difference(d, kind)}{', n.s.' if p >= 0.05 else ''})"
            cells.append(cell)
        name = f"`{scenario}`" + (" †" if unstable[scenario] else "")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
