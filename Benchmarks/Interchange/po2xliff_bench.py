"""translate-toolkit's po2xliff on the PO files bench-interchange wrote, in process (its module
loaded once, as Salin's code is), median of 7 runs. Usage: po2xliff_bench.py PO..."""
import io
import statistics
import sys
import time

from translate.convert import po2xliff

samples = []
for _ in range(7):
    start = time.perf_counter()
    for path in sys.argv[1:]:
        with open(path, "rb") as source:
            output = io.BytesIO()
            po2xliff.convertpo(source, output, None)
    samples.append((time.perf_counter() - start) * 1000)
print(f"translate-toolkit po2xliff (tl+ko): {statistics.median(samples):.1f} ms")
print(f"TTK_PO2XLIFF_MS={statistics.median(samples):.3f}")
