#!/usr/bin/env python3
"""pofilter and salin lint on the same PO files: findings per shared check, then speed.

Each pofilter check runs on its own (so every failing unit counts once per check); Salin runs
once with only its PO and translation rules on, in JSON. Timing runs pofilter with all the shared
checks at once and salin once, five times each, and compares the medians.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

# pofilter check -> Salin rule.
SHARED = [
    ("untranslated", "SL040"),
    ("isfuzzy", "SL041"),
    ("unchanged", "SL036"),
    ("printf", "SL030"),
    ("pythonbraceformat", "SL030"),
    ("brackets", "SL034"),
    ("numbers", "SL031"),
    ("urls", "SL032"),
    ("emails", "SL032"),
    ("acronyms", "SL033"),
    ("endpunc", "SL035"),
    ("doublespacing", "SL042"),
    ("purepunc", "SL043"),
    ("nplurals", "SL044"),
    ("long", "SL037"),
    ("short", "SL037"),
]
RULES = sorted({rule for _, rule in SHARED})


def pofilter_count(pofilter, check, path):
    out = subprocess.run(
        [pofilter, "-t", check, path], capture_output=True, text=True, check=False
    ).stdout
    # One unit a block; a unit can carry the same check's note more than once (plural forms).
    return sum(1 for block in out.split("\n\n") if f"# (pofilter) {check}:" in block)


def salin_counts(salin, config, path):
    out = subprocess.run(
        [salin, "lint", "--config", config, "--format", "json", path],
        capture_output=True, text=True, check=False,
    ).stdout
    counts = {}
    for finding in json.loads(out)["findings"]:
        counts[finding["rule"]] = counts.get(finding["rule"], 0) + 1
    return counts


def median_seconds(command, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pofilter", required=True)
    parser.add_argument("--salin", required=True)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        config = os.path.join(work, "salin.yml")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write("rules:\n")
            for code in ["SL001", "SL002", "SL003", "SL004", "SL005"]:
                handle.write(f"  {code}: off\n")
        for path in args.files:
            print(f"\n{os.path.basename(path)}")
            salin = salin_counts(args.salin, config, path)
            print(f"{'pofilter check':<20}{'pofilter':>9}  {'Salin rule':<10}{'Salin':>7}")
            shown = set()
            for check, rule in SHARED:
                count = pofilter_count(args.pofilter, check, path)
                pair = rule if rule not in shown else f"({rule})"
                shown.add(rule)
                print(f"{check:<20}{count:>9}  {pair:<10}{salin.get(rule, 0):>7}")
            checks = [argument for check, _ in SHARED for argument in ("-t", check)]
            pofilter_time = median_seconds([args.pofilter, *checks, path, os.devnull])
            salin_time = median_seconds(
                [args.salin, "lint", "--config", config, "--format", "json", path])
            print(
                f"time (median of 5): pofilter {pofilter_time * 1000:.0f} ms, "
                f"Salin {salin_time * 1000:.0f} ms: Salin {pofilter_time / salin_time:.1f}x faster"
            )


if __name__ == "__main__":
    main()
