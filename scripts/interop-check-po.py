#!/usr/bin/env python3
"""pofilter and salin lint on the same PO files: findings per shared check, unit by unit, then
speed.

Run with the Python of the virtual environment that holds translate-toolkit (its PO parser
names each unit pofilter reports). Each pofilter check runs on its own, so every unit it fails
counts once for that check; Salin runs once with every rule that shares a check turned on (the
ones off by default too), in JSON, and each finding is mapped to the unit it is in. The table
counts units: pofilter's, Salin's, both, and each tool's alone (`--details` lists the units
pofilter alone reports). Timing runs pofilter with every shared check at once and salin once,
alternately, five times each, and compares the medians; the start-up line times both on a
one-entry file.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

from translate.storage import factory, pypo

# pofilter check -> Salin rule; `None` where pofilter's check needs a project option.
SHARED = [
    ("untranslated", "SL040"),
    ("blank", "SL040"),
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
    ("long", "SL037"),
    ("short", "SL037"),
    ("escapes", "SL038"),
    ("newlines", "SL039"),
    ("doublespacing", "SL042"),
    ("purepunc", "SL043"),
    ("nplurals", "SL044"),
    ("tabs", "SL045"),
    ("startwhitespace", "SL046"),
    ("endwhitespace", "SL047"),
    ("xmltags", "SL048"),
    ("doublequoting", "SL049"),
    ("singlequoting", "SL050"),
    ("doublewords", "SL051"),
    ("startcaps", "SL052"),
    ("simplecaps", "SL053"),
    ("startpunc", "SL054"),
    ("puncspacing", "SL055"),
    ("sentencecount", "SL056"),
    ("filepaths", "SL057"),
    ("functions", "SL058"),
    ("options", "SL059"),
    ("accelerators", "SL026"),
    ("compendiumconflicts", "SL027"),
]
RULES = sorted({rule for _, rule in SHARED})
# Rules off by default that the comparison turns on.
OFF_BY_DEFAULT = ["SL053", "SL056"]
# Salin's language rules, which pofilter has no equivalent of.
NOT_SHARED = ["SL001", "SL002", "SL003", "SL004", "SL005", "SL006", "SL007"]


def unit_id(unit):
    return unit.getid()


def pofilter_units(pofilter, check, path):
    """The IDs of the units pofilter's check fails, by reading pofilter's output as PO."""
    out = subprocess.run(
        [pofilter, "-t", check, path], capture_output=True, check=False
    ).stdout
    store = pypo.pofile.parsestring(out)
    marker = f"(pofilter) {check}:"
    return {unit_id(unit) for unit in store.units if marker in unit.getnotes()}


class Blocks:
    """The file's entries by line: the blank-line separated block a line is in, parsed once."""

    def __init__(self, path):
        with open(path, "rb") as handle:
            self.lines = handle.read().split(b"\n")
        self.starts = []
        start = None
        for number, line in enumerate(self.lines, 1):
            if line.strip() == b"":
                start = None
            elif start is None:
                start = number
                self.starts.append(start)
        self.cache = {}

    def unit_at(self, line):
        import bisect

        index = bisect.bisect_right(self.starts, line) - 1
        start = self.starts[index]
        if start not in self.cache:
            end = start
            while end <= len(self.lines) and self.lines[end - 1].strip() != b"":
                end += 1
            block = b"\n".join(self.lines[start - 1 : end - 1]) + b"\n"
            units = pypo.pofile.parsestring(block).units
            self.cache[start] = unit_id(units[-1]) if units else None
        return self.cache[start]


def salin_units(salin, config, path):
    out = subprocess.run(
        [salin, "lint", "--config", config, "--format", "json", path],
        capture_output=True, text=True, check=False,
    ).stdout
    blocks = Blocks(path)
    units = {}
    for finding in json.loads(out)["findings"]:
        unit = blocks.unit_at(finding["range"]["start"]["line"])
        units.setdefault(finding["rule"], set()).add(unit)
    return units


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def medians(commands, runs=5):
    """Runs the commands alternately, `runs` times each, and gives each one's median."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(timed(command))
    return [statistics.median(each) for each in times]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pofilter", required=True)
    parser.add_argument("--salin", required=True)
    parser.add_argument("--details", action="store_true", help="list pofilter-only units")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        config = os.path.join(work, "salin.yml")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write("rules:\n")
            for code in NOT_SHARED:
                handle.write(f"  {code}: off\n")
            for code in OFF_BY_DEFAULT:
                handle.write(f"  {code}: info\n")
        tiny = os.path.join(work, "tiny.po")
        with open(tiny, "w", encoding="utf-8") as handle:
            handle.write('msgid ""\nmsgstr ""\n"Language: tl\\n"\n\nmsgid "File"\nmsgstr "Talaksan"\n')
        for path in args.files:
            units = len(factory.getobject(path).units)
            print(f"\n{os.path.basename(path)} ({units} units)")
            salin = salin_units(args.salin, config, path)
            print(
                f"{'pofilter check':<20}{'pofilter':>9}  {'Salin rule':<10}{'Salin':>6}"
                f"{'both':>6}{'pofilter only':>15}{'Salin only':>12}"
            )
            details = []
            for check, rule in SHARED:
                theirs = pofilter_units(args.pofilter, check, path)
                ours = salin.get(rule, set())
                # A rule that answers two checks (SL040: untranslated and blank) has no
                # "Salin only" of its own per check.
                single = sum(1 for _, r in SHARED if r == rule) == 1
                only_theirs = theirs - ours
                only_ours = len(ours - theirs) if single else "-"
                print(
                    f"{check:<20}{len(theirs):>9}  {rule:<10}{len(ours):>6}"
                    f"{len(ours & theirs):>6}{len(only_theirs):>15}{only_ours:>12}"
                )
                if only_theirs:
                    details.append((check, rule, sorted(only_theirs)))
            if args.details:
                for check, rule, ids in details:
                    print(f"\npofilter {check} alone ({rule} silent):")
                    for unit in ids:
                        print("  " + repr(unit[:90]))
            checks = [argument for check, _ in SHARED for argument in ("-t", check)]
            salin_command = [args.salin, "lint", "--config", config, "--format", "json"]
            pofilter_time, salin_time = medians(
                [[args.pofilter, *checks, path, os.devnull], salin_command + [path]]
            )
            print(
                f"\ntime (median of 5, alternating): pofilter {pofilter_time * 1000:.0f} ms, "
                f"Salin {salin_time * 1000:.0f} ms: Salin {pofilter_time / salin_time:.1f}x faster"
            )
        pofilter_start, salin_start = medians(
            [[args.pofilter, *checks, tiny, os.devnull], salin_command + [tiny]]
        )
        print(
            f"start-up, one entry (median of 5): pofilter {pofilter_start * 1000:.0f} ms, "
            f"Salin {salin_start * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
