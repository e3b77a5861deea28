"""lingua's anchor for bench-lint: detect_multiple_languages_of on each paragraph of the corpus.

usage: bench-lint-lingua.py PARAGRAPHS_FILE MAX_SECONDS
Reads paragraphs (one a line) until MAX_SECONDS have passed, prints the bytes checked, the seconds
and the throughput, so the full corpus can be extrapolated.
"""
import sys
import time

from lingua import Language, LanguageDetectorBuilder

path, budget = sys.argv[1], float(sys.argv[2])
detector = LanguageDetectorBuilder.from_languages(
    Language.ENGLISH, Language.TAGALOG, Language.KOREAN).build()
total_bytes = 0
paragraphs = 0
foreign = 0
start = time.perf_counter()
cpu_start = time.process_time()
with open(path, encoding="utf-8") as lines:
    for line in lines:
        text = line.rstrip("\n")
        results = detector.detect_multiple_languages_of(text)
        foreign += sum(1 for r in results if r.language != Language.ENGLISH)
        total_bytes += len(line.encode("utf-8"))
        paragraphs += 1
        if time.perf_counter() - start > budget:
            break
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu_start
print(f"lingua paragraphs={paragraphs} bytes={total_bytes} seconds={elapsed:.2f} "
      f"mb_per_s={total_bytes / 1e6 / elapsed:.3f} cpu_seconds={cpu:.2f} "
      f"mb_per_cpu_s={total_bytes / 1e6 / cpu:.3f} foreign_spans={foreign}")
