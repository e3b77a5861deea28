"""lingua 2.1.1's side of `make bench-detect`: what `salin detect - --format json` does, in Python.

Usage: lingua_detect.py < LINES > JSONL
Reads one text a line from standard input and writes one JSON object a line to standard output:
the language (or null), every candidate's confidence, and the top confidence, as
`compute_language_confidence_values` gives them. High accuracy, restricted to English, Tagalog and
Korean, models preloaded (as docs/langid.md compares Salin with lingua everywhere).
"""
import json
import sys

from lingua import Language, LanguageDetectorBuilder

CODES = {Language.ENGLISH: "en", Language.TAGALOG: "tl", Language.KOREAN: "ko"}

detector = (
    LanguageDetectorBuilder.from_languages(*CODES)
    .with_preloaded_language_models()
    .build()
)
write = sys.stdout.write
for line in sys.stdin:
    text = line.rstrip("\n")
    values = detector.compute_language_confidence_values(text)
    scores = {CODES[v.language]: v.value for v in values}
    top = values[0] if values and values[0].value > 0 else None
    write(json.dumps({
        "confidence": top.value if top else 0.0,
        "language": CODES[top.language] if top else None,
        "scores": scores,
    }, sort_keys=True, ensure_ascii=False) + "\n")
