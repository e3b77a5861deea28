"""Runs lingua 2.1.1 on the language-identification eval sets, for `make bench-langid`.

Usage: lingua_bench.py DATA_DIR WORK_DIR
  Writes WORK_DIR/mixed.jsonl (the mixed-text paragraphs, also read by Salin's side) and
  WORK_DIR/lingua.json (accuracy per file, sentences/s, mixed-text results).
Lingua runs with high accuracy, restricted to English, Tagalog and Korean, models preloaded.
"""
import json
import os
import random
import sys
import time

from lingua import Language, LanguageDetectorBuilder

CODES = {Language.ENGLISH: "en", Language.TAGALOG: "tl", Language.KOREAN: "ko"}


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def english_vocabulary(data):
    """The 100,000 most frequent words of the English *training* word list, lower-cased, or None
    where it is absent. The eval's Tagalog word lists are about 13% English words ("group",
    "assets") and names; a phrase made only of such words cannot be told from the English around
    it, so the table also reports recall on the phrases with at least one word outside it."""
    path = os.path.join(data, "..", "train", "en", "tesseract.wordlist")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {line.strip().lower() for _, line in zip(range(100000), f)}


def make_mixed(data):
    """English paragraphs of three sentences; each gets one Tagalog or Korean phrase of 1, 2 or 3
    words (from the eval word lists) spliced in at a word boundary, and is kept clean as a control.
    Deterministic: seed 20240101. Each case says whether every word of its phrase is in the
    English vocabulary (`english_listed`, None without the training list)."""
    english = english_vocabulary(data)
    rng = random.Random(20240101)
    sentences = read_lines(os.path.join(data, "lingua/en/sentences.txt"))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, 600, 3)]
    words = {l: read_lines(os.path.join(data, f"lingua/{l}/single-words.txt")) for l in ("tl", "ko")}
    pairs = {l: read_lines(os.path.join(data, f"lingua/{l}/word-pairs.txt")) for l in ("tl", "ko")}
    cases = []
    for p in paragraphs:
        cases.append({"text": p, "language": None, "length": 0, "start": 0, "end": 0})
        for lang in ("tl", "ko"):
            for length in (1, 2, 3):
                if length == 1:
                    phrase = rng.choice(words[lang])
                elif length == 2:
                    phrase = rng.choice(pairs[lang])
                else:
                    phrase = rng.choice(pairs[lang]) + " " + rng.choice(words[lang])
                gaps = [i for i, c in enumerate(p) if c == " "]
                at = rng.choice(gaps)
                text = p[:at] + " " + phrase + p[at:]
                listed = None if english is None else all(
                    w.lower() in english for w in phrase.split())
                cases.append({"text": text, "language": lang, "length": length,
                              "start": at + 1, "end": at + 1 + len(phrase),
                              "english_listed": listed})
    return cases


def main():
    data, work = sys.argv[1], sys.argv[2]
    detector = (LanguageDetectorBuilder
                .from_languages(Language.ENGLISH, Language.TAGALOG, Language.KOREAN)
                .with_preloaded_language_models().build())
    result = {"accuracy": {}, "mixed": {}}
    for lang in ("en", "tl", "ko"):
        files = [f"lingua/{lang}/{k}.txt" for k in ("single-words", "word-pairs", "sentences")]
        files.append(f"tatoeba/{lang}.txt")
        for name in files:
            lines = read_lines(os.path.join(data, name))
            hits = sum(1 for t in lines if CODES.get(detector.detect_language_of(t)) == lang)
            result["accuracy"][name] = 100.0 * hits / len(lines)

    # The Tagalog word and pair cells again, without the lines made only of common English words,
    # written to WORK for Salin's side to read the very same lines.
    english = english_vocabulary(data)
    if english is not None:
        os.makedirs(os.path.join(work, "not-english", "tl"), exist_ok=True)
        for kind in ("single-words", "word-pairs"):
            lines = [t for t in read_lines(os.path.join(data, f"lingua/tl/{kind}.txt"))
                     if not all(w.lower() in english for w in t.split())]
            name = f"not-english/tl/{kind}.txt"
            with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            hits = sum(1 for t in lines if CODES.get(detector.detect_language_of(t)) == "tl")
            result["accuracy"][name] = 100.0 * hits / len(lines)
            result["accuracy"][name + ":count"] = len(lines)

    sentences = []
    for lang in ("en", "tl", "ko"):
        sentences += read_lines(os.path.join(data, f"lingua/{lang}/sentences.txt"))
    # Thread CPU time, as Salin's side measures, so that other processes on a shared machine do
    # not skew the ratio; the median of three passes.
    runs = []
    for _ in range(3):
        start = time.thread_time()
        for t in sentences:
            detector.detect_language_of(t)
        runs.append(len(sentences) / (time.thread_time() - start))
    result["sentences_per_second"] = sorted(runs)[1]
    result["sentence_count"] = len(sentences)

    cases = make_mixed(data)
    with open(os.path.join(work, "mixed.jsonl"), "w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    found, total, false_spans, clean = {}, {}, 0, 0
    for case in cases:
        sections = detector.detect_multiple_languages_of(case["text"])
        if case["language"] is None:
            clean += 1
            if any(CODES.get(s.language) != "en" for s in sections):
                false_spans += 1
            continue
        keys = [f'{case["language"]}{case["length"]}']
        if case["english_listed"] is False:
            keys.append(keys[0] + "-not-english")
        hit = any(CODES.get(s.language) == case["language"]
                  and s.start_index < case["end"] and s.end_index > case["start"]
                  for s in sections)
        for key in keys:
            total[key] = total.get(key, 0) + 1
            if hit:
                found[key] = found.get(key, 0) + 1
    result["mixed"] = {k: 100.0 * found.get(k, 0) / n for k, n in total.items()}
    result["mixed_counts"] = total
    result["mixed"]["false"] = 100.0 * false_spans / clean
    with open(os.path.join(work, "lingua.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
