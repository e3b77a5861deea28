#!/usr/bin/env python3
"""`make bench-mixing`: Salin's linter and lingua 2.1.1 (en/tl/ko) on the real-text development
set in ../shared/data/langid/dev, in one run, printed as one table.

Usage: mixing_bench.py SALIN DEV WORK

- Taglish (dev/taglish): Reddit comments with hand-labelled English spans (labels-*.tsv: line
  number, English spans in order separated by `|`, Tagalog-affixed English words likewise).
  A span is found when a finding (Salin: any SL002/SL006/SL008 finding; lingua: an English
  stretch from detect_multiple_languages_of) overlaps it. Precision: findings that overlap an
  English span or a mixed word. Clean lines: lines with neither, and any finding on them.
  Salin runs twice: the default setting and `mixing: {tl: strict}`.
- Clean English (dev/en-tech Markdown; the Taglish lines labelled all English) and Korean
  (dev/ko): every finding is false; per 10,000 words (whitespace-separated).
"""
import json
import os
import re
import subprocess
import sys
import glob

SALIN, DEV, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
RULES = {"SL002", "SL006", "SL007", "SL008", "SL009"}


def load_taglish():
    lines = open(os.path.join(DEV, "taglish", "reddit-ph.txt"), encoding="utf-8").read().splitlines()
    items = []
    for path in sorted(glob.glob(os.path.join(DEV, "taglish", "labels-*.tsv"))):
        for row in open(path, encoding="utf-8").read().splitlines():
            if not row.strip():
                continue
            parts = row.split("\t") + ["", ""]
            n = int(parts[0])
            text = lines[n - 1]
            spans, mixed, at = [], [], 0
            for kind, field in (("en", parts[1]), ("mixed", parts[2])):
                at = 0
                for s in filter(None, field.split("|")):
                    i = text.find(s, at)
                    if i < 0:
                        i = text.find(s)
                    if i < 0:
                        sys.exit(f"label '{s}' not in line {n}: {text}")
                    (spans if kind == "en" else mixed).append((i, i + len(s), s))
                    at = i + len(s)
            items.append((n, text, spans, mixed))
    return items


def salin_findings(path, lang, config=None):
    """Findings per line: (line, start column, end column) in scalars, 0-based columns."""
    args = [SALIN, "lint", path, "--lang", lang, "--format", "json"]
    if config:
        args += ["--config", config]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        print(f"salin lint failed ({' '.join(args[3:])}): {out.stderr.strip()}", file=sys.stderr)
        return None
    result = {}
    for f in json.loads(out.stdout)["findings"]:
        if f["rule"] not in RULES:
            continue
        r = f["range"]
        if r["start"]["line"] != r["end"]["line"]:
            continue
        result.setdefault(r["start"]["line"], []).append(
            (r["start"]["column"] - 1, r["end"]["column"] - 1, f["rule"], f["text"]))
    return result


def lingua_spans(texts, main):
    """lingua's foreign stretches per text: (start, end) in characters."""
    from lingua import Language, LanguageDetectorBuilder
    detector = LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.TAGALOG, Language.KOREAN).with_preloaded_language_models().build()
    want = {"tl": Language.TAGALOG, "en": Language.ENGLISH, "ko": Language.KOREAN}[main]
    result = []
    for t in texts:
        spans = []
        for r in detector.detect_multiple_languages_of(t):
            if r.language != want:
                spans.append((r.start_index, r.end_index))
        result.append(spans)
    return result


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score_taglish(items, found):
    """found: per item, list of (start, end). Returns the table's cells."""
    buckets = {1: [0, 0], 2: [0, 0], 3: [0, 0], 4: [0, 0]}
    mixed = [0, 0]
    correct = total = 0
    clean = flagged = 0
    for (n, text, spans, mix), fs in zip(items, found):
        for s in spans:
            k = min(4, len(s[2].split()))
            buckets[k][1] += 1
            if any(overlaps(f, s) for f in fs):
                buckets[k][0] += 1
        for m in mix:
            mixed[1] += 1
            if any(overlaps(f, m) for f in fs):
                mixed[0] += 1
        for f in fs:
            total += 1
            if any(overlaps(f, s) for s in spans + mix):
                correct += 1
        if not spans and not mix:
            clean += 1
            if fs:
                flagged += 1
    pct = lambda a, b: 100.0 * a / b if b else float("nan")
    return {
        "recall": [pct(*buckets[k]) for k in (1, 2, 3, 4)],
        "counts": [buckets[k][1] for k in (1, 2, 3, 4)],
        "mixed": pct(*mixed), "mixed_n": mixed[1],
        "precision": pct(correct, total), "findings": total,
        "clean_flagged": pct(flagged, clean), "clean": clean,
    }


def main():
    os.makedirs(WORK, exist_ok=True)
    items = load_taglish()
    tl_path = os.path.join(WORK, "taglish.txt")
    # One sentence a line, blank lines between, so each is its own block.
    with open(tl_path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(t for _, t, _, _ in items) + "\n")
    line_of = [1 + 2 * i for i in range(len(items))]
    strict = os.path.join(WORK, "strict.salin.yml")
    with open(strict, "w") as f:
        f.write("mixing:\n  tl: strict\n")
    runs = [("Salin", None), ("Salin strict", strict)]
    # EXTRA_CONFIG="min-confidence: 0.8" adds a run with that config (for trying settings).
    if os.environ.get("EXTRA_CONFIG"):
        extra = os.path.join(WORK, "extra.salin.yml")
        with open(extra, "w") as f:
            f.write(os.environ["EXTRA_CONFIG"].replace("\\n", "\n") + "\n")
        runs.append(("Salin " + os.environ["EXTRA_CONFIG"], extra))
    rows = {}
    for name, config in runs:
        per_line = salin_findings(tl_path, "tl", config)
        if per_line is None:
            continue
        found = [[(a, b) for a, b, _, _ in per_line.get(line_of[i], [])] for i in range(len(items))]
        rows[name] = score_taglish(items, found)
        if name == "Salin":
            misses = []
            for (n, text, spans, mix), fs in zip(items, found):
                for s in spans:
                    if not any(overlaps(f, s) for f in fs):
                        misses.append(s[2])
            false = []
            for (n, text, spans, mix), (i, fs) in zip(items, enumerate(found)):
                for f in fs:
                    if not any(overlaps(f, s) for s in spans + mix):
                        false.append(text[f[0]:f[1]])
            open(os.path.join(WORK, "misses.txt"), "w").write("\n".join(misses) + "\n")
            open(os.path.join(WORK, "false.txt"), "w").write("\n".join(false) + "\n")
    try:
        rows["lingua 2.1.1"] = score_taglish(items, lingua_spans([t for _, t, _, _ in items], "tl"))
        have_lingua = True
    except ImportError:
        have_lingua = False

    # Clean English web and news text: eval/lingua's English sentences (Leipzig corpora) and
    # eval/tatoeba's, measured only (never tuned on), one sentence a paragraph.
    eval_dir = os.path.join(os.path.dirname(DEV.rstrip("/")), "eval")
    web_sets = []
    for name, rel in (("eval/lingua en sentences (Leipzig web/news)", "lingua/en/sentences.txt"),
                      ("eval/tatoeba en", "tatoeba/en.txt")):
        path = os.path.join(eval_dir, rel)
        if not os.path.exists(path):
            continue
        lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
        work_path = os.path.join(WORK, os.path.basename(os.path.dirname(rel)) + "-en.txt")
        with open(work_path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(lines) + "\n")
        found = [x for xs in (salin_findings(work_path, "en") or {}).values() for x in xs]
        with open(os.path.join(WORK, "web-false.txt"), "a", encoding="utf-8") as f:
            f.write("\n".join(x[3] for x in found) + "\n")
        lingua_count = sum(len(s) for s in lingua_spans(lines, "en")) if have_lingua else None
        web_sets.append((name, len(lines), sum(len(l.split()) for l in lines), len(found), lingua_count))

    # Clean English: technical Markdown.
    tech_files = sorted(glob.glob(os.path.join(DEV, "en-tech", "*.md")))
    tech_words = sum(len(open(p, encoding="utf-8").read().split()) for p in tech_files)
    out = subprocess.run([SALIN, "lint", *tech_files, "--lang", "en", "--format", "json"],
                         capture_output=True, text=True)
    tech = [f for f in json.loads(out.stdout)["findings"] if f["rule"] in RULES]
    with open(os.path.join(WORK, "tech-false.txt"), "w") as f:
        f.write("\n".join(f"{x['rule']} {x['text']}" for x in tech) + "\n")
    ko_path = os.path.join(DEV, "ko", "klue-ner-wikitree.txt")
    ko_lines = open(ko_path, encoding="utf-8").read().splitlines()
    ko_words = sum(len(l.split()) for l in ko_lines)
    ko_file = os.path.join(WORK, "ko.txt")
    with open(ko_file, "w", encoding="utf-8") as f:
        f.write("\n\n".join(ko_lines) + "\n")
    out = subprocess.run([SALIN, "lint", ko_file, "--lang", "ko", "--format", "json"],
                         capture_output=True, text=True)
    ko = [f for f in json.loads(out.stdout)["findings"] if f["rule"] in RULES | {"SL004"}]
    with open(os.path.join(WORK, "ko-false.txt"), "w") as f:
        f.write("\n".join(f"{x['rule']} {x['text']}" for x in ko) + "\n")
    ko_lingua = None
    if have_lingua:
        ko_lingua = sum(len(s) for s in lingua_spans(ko_lines, "ko"))

    print("Taglish (dev/taglish: %d lines, English spans of 1/2/3/4+ words: %s; %d mixed words; %d lines without English)"
          % (len(items), "/".join(str(c) for c in rows["Salin"]["counts"]), rows["Salin"]["mixed_n"], rows["Salin"]["clean"]))
    print("| | English spans found 1 / 2 / 3 / 4+ words | mixed words found | precision | clean lines flagged |")
    print("|---|---|---|---|---|")
    for name, r in rows.items():
        print("| %s | %s | %.1f | %.1f (%d findings) | %.1f |" % (
            name, " / ".join("%.1f" % x for x in r["recall"]), r["mixed"], r["precision"], r["findings"], r["clean_flagged"]))
    print()
    for name, count, words, found, lingua_count in web_sets:
        print("Clean English, %s (%d sentences, %d words): Salin %d findings (%.1f per 10k words)%s"
              % (name, count, words, found, 1e4 * found / words,
                 "" if lingua_count is None else "; lingua %d non-English spans (%.1f per 10k)"
                 % (lingua_count, 1e4 * lingua_count / words)))
    print("Clean English technical Markdown (%d files, %d words): Salin %d findings, %.2f per 10k words"
          % (len(tech_files), tech_words, len(tech), 1e4 * len(tech) / tech_words))
    print("Korean news (KLUE-NER dev, WIKITREE; %d words): Salin %d findings (%.2f per 10k words)%s"
          % (ko_words, len(ko), 1e4 * len(ko) / ko_words,
             "" if ko_lingua is None else "; lingua %d non-Korean spans (%.2f per 10k)" % (ko_lingua, 1e4 * ko_lingua / ko_words)))


if __name__ == "__main__":
    main()
