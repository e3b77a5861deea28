"""Real text for `make bench-detect` and `make bench-lint`, read in place from ../shared/data/langid.

usage: bench-real-text.py LANGID_DIR lines OUT_FILE MIN_LINES
         one text a line (every real line once, then again in the same order until MIN_LINES)
       bench-real-text.py LANGID_DIR markdown OUT_DIR
         Markdown documents (front matter `lang:`, one paragraph a line, 100 paragraphs a file,
         every real line once) and OUT_DIR/paragraphs.txt with the same paragraphs, for lingua

Sources, in this order (what is missing is skipped): the dev set (dev/taglish, dev/ko, dev/en-tech,
written by scripts/build-langid-dev.sh), the eval sentences (eval/lingua/*/sentences.txt,
eval/tatoeba) and the running text of train/ (UDHR, Firefox strings). Word lists, CLDR labels and
the single-word and word-pair files are left out: they are not text people write. Nothing here
trains anything; the text is only timed. Prints one line describing what it wrote.
"""
import glob
import os
import sys

LANGUAGES = ("en", "tl", "ko")


def sources(root):
    """(language, path, is_markdown) for every real-text file found."""
    found = []
    for path in sorted(glob.glob(os.path.join(root, "dev", "taglish", "*.txt"))):
        found.append(("tl", path, False))
    for path in sorted(glob.glob(os.path.join(root, "dev", "ko", "*.txt"))):
        found.append(("ko", path, False))
    for path in sorted(glob.glob(os.path.join(root, "dev", "en-tech", "*.md"))):
        found.append(("en", path, True))
    for language in LANGUAGES:
        for path in (
            os.path.join(root, "eval", "lingua", language, "sentences.txt"),
            os.path.join(root, "eval", "tatoeba", f"{language}.txt"),
            os.path.join(root, "train", language, "udhr.txt"),
            os.path.join(root, "train", language, "firefox.txt"),
        ):
            if os.path.isfile(path):
                found.append((language, path, False))
    return found


def paragraphs(path, is_markdown):
    """The non-empty lines of a file; for Markdown, its paragraphs joined to one line each."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if not is_markdown:
        return [line.strip() for line in text.splitlines() if line.strip()]
    blocks = []
    in_code = False
    current = []
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def main():
    root, mode, out = sys.argv[1], sys.argv[2], sys.argv[3]
    found = sources(root)
    if not found:
        sys.exit(f"bench-real-text: no real text under {root}")
    per_language = {language: [] for language in LANGUAGES}
    for language, path, is_markdown in found:
        per_language[language] += paragraphs(path, is_markdown)
    names = ", ".join(os.path.relpath(path, root) for _, path, _ in found)
    if mode == "lines":
        minimum = int(sys.argv[4])
        lines = [line for language in LANGUAGES for line in per_language[language]]
        unique = len(lines)
        unique_bytes = sum(len(line.encode("utf-8")) + 1 for line in lines)
        with open(out, "w", encoding="utf-8") as f:
            written = 0
            while written < minimum:
                for line in lines:
                    f.write(line + "\n")
                written += unique
        print(f"real text: {written} lines ({unique} distinct, {unique_bytes / 1e6:.2f} MB, "
              f"repeated to reach {minimum}) from {names}")
    elif mode == "markdown":
        os.makedirs(out, exist_ok=True)
        total = 0
        files = 0
        with open(os.path.join(out, "paragraphs.txt"), "w", encoding="utf-8") as para:
            for language in LANGUAGES:
                items = per_language[language]
                for start in range(0, len(items), 100):
                    chunk = items[start:start + 100]
                    body = f"---\nlang: {language}\n---\n\n" + "\n\n".join(chunk) + "\n"
                    name = os.path.join(out, f"{language}-{start // 100:04d}.md")
                    with open(name, "w", encoding="utf-8") as f:
                        f.write(body)
                    total += len(body.encode("utf-8"))
                    files += 1
                    for paragraph in chunk:
                        para.write(paragraph + "\n")
        counts = ", ".join(f"{language} {len(per_language[language])}" for language in LANGUAGES)
        print(f"real text: {files} Markdown files, {total / 1e6:.2f} MB, paragraphs {counts}, "
              f"from {names}")
    else:
        sys.exit(f"bench-real-text: unknown mode {mode}")


if __name__ == "__main__":
    main()
