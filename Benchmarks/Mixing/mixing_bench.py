#!/usr/bin/env python3
"""`make bench-mixing`: Salin's linter and lingua 2.1.1 (en/tl/ko) on the real-text development
set (text from scripts/build-langid-dev.sh, labels in labels/), in one run, printed as tables.

Usage: mixing_bench.py SALIN DEV WORK [EVAL]

DEV is the text built by scripts/build-langid-dev.sh; the hand labels are committed beside this
script (labels/NAME.tsv, see labels/README.md); EVAL is ../shared/data/langid/eval (measured only).

- Taglish (dev/taglish/NAME.txt, hand labels in labels/NAME.tsv: line number, English
  spans in order separated by `|`, Tagalog-affixed English words likewise): Reddit comments,
  election tweets and Tagalog news sentences. Odd line numbers are the `tune` half (look at its
  misses, choose constants on it), even ones the `check` half (only ever measured). A span is
  found when a finding (Salin: SL002/SL006/SL007…; lingua: an English stretch from
  detect_multiple_languages_of) overlaps it. Precision: findings that overlap an English span or a
  mixed word. Clean lines: lines with neither, and any finding on them. Salin runs twice: the
  default setting and `mixing: {tl: strict}`.
- Clean English: web text (dev/en-web: review sentences, e-mail), technical Markdown
  (dev/en-tech) and, measured only, the eval's English sentences; every finding is false, per
  10,000 words (whitespace-separated). Korean (dev/ko, news and encyclopedia): likewise, SL004
  included.
"""
import json
import os
import re
import subprocess
import sys
import glob

SALIN, DEV, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
EVAL = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(DEV.rstrip("/")), "eval")
LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels")
RULES = {"SL002", "SL006", "SL007", "SL008", "SL009"}


def load_taglish():
    """Every labelled Taglish file: taglish/NAME.txt with its labels in labels/NAME.tsv.

    Returns items (source, line number, text, English spans, mixed words); a line with no label
    row, or an empty one, has no English."""
    items = []
    for path in sorted(glob.glob(os.path.join(LABELS, "*.tsv"))):
        source = os.path.splitext(os.path.basename(path))[0]
        lines = open(os.path.join(DEV, "taglish", source + ".txt"), encoding="utf-8").read().splitlines()
        for row in open(path, encoding="utf-8").read().splitlines():
            if not row.strip():
                continue
            parts = row.split("\t") + ["", ""]
            n = int(parts[0])
            text = lines[n - 1]
            spans, mixed = [], []
            for kind, field in (("en", parts[1]), ("mixed", parts[2])):
                at = 0
                for s in filter(None, field.split("|")):
                    i = find_label(text, s, at)
                    if i < 0:
                        sys.exit(f"label '{s}' not in {source} line {n}: {text}")
                    (spans if kind == "en" else mixed).append((i, i + len(s), s))
                    at = i + len(s)
            items.append((source, n, text, spans, mixed))
    return items


def find_label(text, label, at):
    """Where a label sits in its line: the first occurrence from `at` that is not part of a
    longer word (`and` is not in `gaganda`), else anywhere as a whole word, else (a label inside
    a glued hashtag word, `Proud of you` in `trollsProud of you`) the first occurrence at all."""
    pattern = re.compile(r"(?<![^\W\d_])" + re.escape(label) + r"(?![^\W\d_])")
    for start in (at, 0):
        m = pattern.search(text, start)
        if m:
            return m.start()
    i = text.find(label, at)
    return i if i >= 0 else text.find(label)


def half(item):
    """The development half a line belongs to: odd line numbers tune, even ones check."""
    return "tune" if item[1] % 2 else "check"


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


def score_taglish(pairs):
    """pairs: (item, found spans). Returns the table's cells."""
    buckets = {1: [0, 0], 2: [0, 0], 3: [0, 0], 4: [0, 0]}
    mixed = [0, 0]
    correct = total = 0
    clean = flagged = 0
    for (source, n, text, spans, mix), fs in pairs:
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
        "clean_flagged": pct(flagged, clean), "clean": clean, "lines": len(pairs),
    }


def print_table(title, rows):
    first = next(iter(rows.values()))
    print("%s (%d lines; English spans of 1/2/3/4+ words: %s; %d mixed words; %d lines without English)"
          % (title, first["lines"], "/".join(str(c) for c in first["counts"]), first["mixed_n"], first["clean"]))
    print("| | English spans found 1 / 2 / 3 / 4+ words | mixed words found | precision | clean lines flagged |")
    print("|---|---|---|---|---|")
    for name, r in rows.items():
        print("| %s | %s | %.1f | %.1f (%d findings) | %.1f |" % (
            name, " / ".join("%.1f" % x for x in r["recall"]), r["mixed"], r["precision"], r["findings"], r["clean_flagged"]))
    print()


def clean_run(name, paths, lang, lingua_lines, have_lingua, out_name):
    """False findings per 10k words on clean files (every finding is false)."""
    words = sum(len(open(p, encoding="utf-8").read().split()) for p in paths)
    out = subprocess.run([SALIN, "lint", *paths, "--lang", lang, "--format", "json"], capture_output=True, text=True)
    rules = RULES | ({"SL004"} if lang == "ko" else set())
    found = [f for f in json.loads(out.stdout)["findings"] if f["rule"] in rules]
    with open(os.path.join(WORK, out_name), "w", encoding="utf-8") as f:
        f.write("\n".join(f"{x['rule']} {os.path.basename(x['file'] if 'file' in x else '')} {x['text']}" for x in found) + "\n")
    lingua_count = None
    if have_lingua and lingua_lines is not None:
        lingua_count = sum(len(s) for s in lingua_spans(lingua_lines, lang))
    print("%s (%d words): Salin %d findings, %.2f per 10k words%s" % (
        name, words, len(found), 1e4 * len(found) / words,
        "" if lingua_count is None else "; lingua %d foreign spans, %.1f per 10k" % (lingua_count, 1e4 * lingua_count / words)))


def paragraphs_file(lines, name):
    """One line a paragraph (blank lines between), so each is its own block."""
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(lines) + "\n")
    return path


def main():
    os.makedirs(WORK, exist_ok=True)
    items = load_taglish()
    tl_path = paragraphs_file([it[2] for it in items], "taglish.txt")
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
    found_by = {}
    for name, config in runs:
        per_line = salin_findings(tl_path, "tl", config)
        if per_line is None:
            continue
        found_by[name] = [[(a, b) for a, b, _, _ in per_line.get(line_of[i], [])] for i in range(len(items))]
    try:
        found_by["lingua 2.1.1"] = lingua_spans([it[2] for it in items], "tl")
        have_lingua = True
    except ImportError:
        have_lingua = False

    # Misses and false findings of each run, by half (look only at tune's when choosing anything).
    for name, found in found_by.items():
        tag = name.replace(" ", "-").replace(".", "")
        with open(os.path.join(WORK, f"misses-{tag}.tsv"), "w", encoding="utf-8") as m, \
             open(os.path.join(WORK, f"false-{tag}.tsv"), "w", encoding="utf-8") as fl:
            for it, fs in zip(items, found):
                source, n, text, spans, mix = it
                for s in spans:
                    if not any(overlaps(f, s) for f in fs):
                        m.write(f"{half(it)}\t{source}:{n}\t{s[2]}\t{text}\n")
                for s in mix:
                    if not any(overlaps(f, s) for f in fs):
                        m.write(f"{half(it)}\t{source}:{n}\tMIXED {s[2]}\t{text}\n")
                for f in fs:
                    if not any(overlaps(f, s) for s in spans + mix):
                        fl.write(f"{half(it)}\t{source}:{n}\t{text[f[0]:f[1]]}\t{text}\n")

    for part in ("tune", "check", None):
        rows = {name: score_taglish([(it, fs) for it, fs in zip(items, found) if part is None or half(it) == part])
                for name, found in found_by.items()}
        print_table("Taglish, %s" % (part + " half" if part else "both halves"), rows)
    sources = sorted(set(it[0] for it in items))
    print("By source, both halves (Salin default / strict / lingua: spans found 1/2/3/4+, precision, clean flagged):")
    for source in sources:
        cells = []
        for name, found in found_by.items():
            r = score_taglish([(it, fs) for it, fs in zip(items, found) if it[0] == source])
            cells.append("%s %s, %.1f, %.1f" % (name, "/".join("%.0f" % x for x in r["recall"]), r["precision"], r["clean_flagged"]))
        print("- %s: %s" % (source, "; ".join(cells)))
    print()

    # Clean English web text, technical Markdown; the eval's English sentences (measured only).
    for path in sorted(glob.glob(os.path.join(DEV, "en-web", "*.txt"))):
        lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
        work_path = paragraphs_file(lines, "en-web-" + os.path.basename(path))
        clean_run("Clean English web text, en-web/" + os.path.basename(path), [work_path], "en", lines, have_lingua,
                  "false-en-web-" + os.path.basename(path))
    eval_dir = EVAL
    for name, rel in (("eval/lingua en sentences (Leipzig web/news; measured only)", "lingua/en/sentences.txt"),
                      ("eval/tatoeba en (measured only)", "tatoeba/en.txt")):
        path = os.path.join(eval_dir, rel)
        if os.path.exists(path):
            lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
            clean_run("Clean English, " + name, [paragraphs_file(lines, "eval-" + rel.replace("/", "-"))], "en",
                      lines, have_lingua, "false-eval-" + rel.replace("/", "-"))
    tech_files = sorted(glob.glob(os.path.join(DEV, "en-tech", "*.md")))
    clean_run("Clean English technical Markdown (%d files)" % len(tech_files), tech_files, "en", None, False, "false-en-tech.txt")
    for path in sorted(glob.glob(os.path.join(DEV, "ko", "*.txt"))):
        lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
        clean_run("Korean, ko/" + os.path.basename(path), [paragraphs_file(lines, "ko-" + os.path.basename(path))], "ko",
                  lines, have_lingua, "false-ko-" + os.path.basename(path))


if __name__ == "__main__":
    main()
