#!/usr/bin/env python3
"""Writes the frequency lexicons `make train` adds to the training corpus (never committed).

Usage: export_lexicons.py OUT
- OUT/{en,tl,ko}/wordfreq.freq: wordfreq 3.1.1's word frequencies (`word<TAB>frequency`) for
  English (large list), Filipino (`fil`) and Korean. wordfreq's data: CC BY-SA 4.0.
- OUT/en/scowl.freq: the words of Debian's wamerican and wbritish (SCOWL) that wordfreq's
  English list lacks, each at half wordfreq's smallest English frequency: in the language, rare.
Sorted by frequency then word, so the same inputs always give the same bytes.
"""
import importlib.metadata
import os
import re
import sys

import wordfreq

OUT = sys.argv[1]
LATIN = re.compile("[A-Za-z]")
SCOWL = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]


def write(tag, name, items):
    os.makedirs(os.path.join(OUT, tag), exist_ok=True)
    items = sorted(items, key=lambda kv: (-kv[1], kv[0]))
    with open(os.path.join(OUT, tag, name), "w", encoding="utf-8") as f:
        for word, freq in items:
            if "\t" in word or "\n" in word or not word.strip():
                continue
            f.write(f"{word}\t{freq:.6g}\n")


def main():
    version = importlib.metadata.version("wordfreq")
    assert version == "3.1.1", f"wordfreq {version}; make train needs 3.1.1"
    english = wordfreq.get_frequency_dict("en", wordlist="large")
    write("en", "wordfreq.freq", english.items())
    write("tl", "wordfreq.freq", wordfreq.get_frequency_dict("fil", wordlist="best").items())
    # Korean: Hangul words only. The Latin words Korean text carries (acronyms, brand names) are
    # English's to judge, and would make Latin a Korean script to the model.
    korean = wordfreq.get_frequency_dict("ko", wordlist="best")
    write("ko", "wordfreq.freq", [(w, f) for w, f in korean.items() if not LATIN.search(w)])
    floor = min(english.values()) / 2
    scowl = set()
    for path in SCOWL:
        with open(path, encoding="utf-8") as f:
            scowl.update(line.strip().lower() for line in f if line.strip())
    write("en", "scowl.freq", [(w, floor) for w in scowl if w not in english])


if __name__ == "__main__":
    main()
