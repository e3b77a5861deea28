#!/usr/bin/env python3
"""Rebuilds the language-mixing development set in ../shared/data/langid/dev (never committed).

Every source is a public git repository at a pinned commit (or a Debian package on this
machine); the README written beside the data names each file's source, version and licence.
Usage: build_dev.py SOURCES OUT, where SOURCES holds the checkouts named in SOURCES below
(scripts/build-langid-dev.sh clones them). Deterministic: fixed seeds, sorted inputs.

Not in this set, by rule: Universal Dependencies treebanks (any language) and the DLSU
"PinoyBot" Taglish datasets. Nothing here is used for training.
"""
import csv
import glob
import io
import os
import random
import re
import subprocess
import sys

SOURCES = {
    "tag-hate-elf": ("https://github.com/NateCross/tag-hate-elf", "fdf7e39b6476dc51b211a7c78f467883a236061a"),
    "KLUE": ("https://github.com/KLUE-benchmark/KLUE", "3efd98708a40ff49251fddde35453f8fbb11f536"),
    "swift-argument-parser": ("https://github.com/apple/swift-argument-parser", "436bde4bb9489201ca6662f5cf94ec45fa8e244e"),
    "Yams": ("https://github.com/jpsim/Yams", "473e618fc72bf29741906dd2873cfd5892039c3e"),
}


def show(repo, path):
    """A file of a checkout at its pinned commit."""
    commit = SOURCES[os.path.basename(repo)][1]
    return subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def taglish(src, out):
    """Reddit r/Philippines comments (Taglish and English), 300 of at most 40 words, seed 11."""
    text = show(os.path.join(src, "tag-hate-elf"), "datasets/annotated-dataset.csv")
    rows = [" ".join(r["text"].split()) for r in csv.DictReader(io.StringIO(text))]
    rows = sorted(set(r for r in rows if 3 <= len(r.split()) <= 40))
    random.Random(11).shuffle(rows)
    with open(os.path.join(out, "taglish", "reddit-ph.txt"), "w") as f:
        f.write("\n".join(rows[:300]) + "\n")


def korean(src, out):
    """KLUE-NER dev sentences from WIKITREE news, named-entity tags removed."""
    text = show(os.path.join(src, "KLUE"), "klue_benchmark/klue-ner-v1.1/klue-ner-v1.1_dev.tsv")
    lines = []
    for line in text.splitlines():
        m = re.match(r"## klue-ner-v1_dev_\d+-(\w+)\t(.*)", line)
        if m and m.group(1) == "wikitree":
            lines.append(re.sub(r"<([^<>:]+):[A-Z]{2}>", r"\1", m.group(2)).strip())
    with open(os.path.join(out, "ko", "klue-ner-wikitree.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def technical(src, out):
    """English technical Markdown: swift-argument-parser and Yams docs, pip's docs (Debian)."""
    target = os.path.join(out, "en-tech")
    for name in ("swift-argument-parser", "Yams"):
        repo = os.path.join(src, name)
        commit = SOURCES[name][1]
        paths = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", commit],
                               check=True, capture_output=True, text=True).stdout.split()
        for path in sorted(p for p in paths if p.endswith(".md")):
            with open(os.path.join(target, name + "--" + path.replace("/", "--")), "w") as f:
                f.write(show(repo, path))
    for path in sorted(glob.glob("/usr/share/doc/python3-pip/html/**/*.md", recursive=True)):
        rel = os.path.relpath(path, "/usr/share/doc/python3-pip/html")
        with open(os.path.join(target, "pip--" + rel.replace("/", "--")), "w") as f:
            f.write(open(path, encoding="utf-8").read())


def main():
    src, out = sys.argv[1], sys.argv[2]
    for sub in ("taglish", "ko", "en-tech"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    taglish(src, out)
    korean(src, out)
    technical(src, out)


if __name__ == "__main__":
    main()
