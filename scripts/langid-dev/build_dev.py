#!/usr/bin/env python3
"""Rebuilds the language-mixing development text in .langid-dev/ (never committed).

Every source is a public git repository at a pinned commit (or a Debian package on this
machine); the README written beside the data names each file's source, version and licence.
Usage: build_dev.py SOURCES OUT, where SOURCES holds the checkouts named in SOURCES below, as
SOURCES/NAME or as SOURCES/OWNER+NAME/repo (a mirror's layout; bare repositories are fine:
files are read with `git show COMMIT:PATH`). Deterministic: fixed seeds, sorted inputs.

The hand labels are committed in Benchmarks/Mixing/labels/*.tsv: the text files they point into
are rebuilt byte for byte, so their line numbers stay right.

Not in this set, by rule: Universal Dependencies treebanks (any language) and the DLSU
"PinoyBot" Taglish datasets. Nothing here is used for training.
"""
import csv
import email
import email.policy
import glob
import io
import json
import os
import random
import re
import subprocess
import sys

SOURCES = {
    "tag-hate-elf": ("https://github.com/NateCross/tag-hate-elf", "fdf7e39b6476dc51b211a7c78f467883a236061a"),
    "SyndromeScrape": ("https://github.com/raileymontalan/SyndromeScrape", "277efbaa128fcdd4d62360fc14457a3ba9966f8f"),
    "KLUE": ("https://github.com/KLUE-benchmark/KLUE", "3efd98708a40ff49251fddde35453f8fbb11f536"),
    "swift-argument-parser": ("https://github.com/apple/swift-argument-parser", "436bde4bb9489201ca6662f5cf94ec45fa8e244e"),
    "Yams": ("https://github.com/jpsim/Yams", "473e618fc72bf29741906dd2873cfd5892039c3e"),
    "datasets-spam-assassin": ("https://github.com/stdlib-js/datasets-spam-assassin", "1b84d49ab4b28092ead009b3ceeb67ae525289d1"),
    "DM2023-Lab1-Master": ("https://github.com/nthuandrew/DM2023-Lab1-Master", "f4e4fcd1004a3f388536741a3c5c6f8c6969711c"),
}

# Tagalog function words: a line is Tagalog-matrix text when it holds two of them. Used only to
# pick tweets and news sentences written in Tagalog (the set is about English inside Tagalog),
# never to label anything.
TAGALOG_FUNCTION_WORDS = set(
    "ang ng mga sa na si ni nang ay hindi kay ito iyan yan yung siya sila kami tayo kayo ako ko mo "
    "niya nila namin natin ninyo kanila kanyang kaniyang naman pa po raw daw din rin lamang lang "
    "para mula dahil ayon kasi talaga ba pero at".split())


def repo_dir(src, name):
    """The checkout of source NAME under SRC: SRC/NAME, or a mirror's SRC/OWNER+NAME/repo."""
    plain = os.path.join(src, name)
    if os.path.isdir(plain):
        return plain
    owner = SOURCES[name][0].rstrip("/").split("/")[-2]
    mirror = os.path.join(src, f"{owner}+{name}", "repo")
    if os.path.isdir(mirror):
        return mirror
    sys.exit(f"build_dev.py: no checkout of {name} in {src} (looked for {plain} and {mirror})")


def require_commit(src, name):
    """Stops with one line when a checkout lacks its source's pinned commit (a mirror snapshot
    taken later than the pin), rather than a traceback, so the other sections are kept."""
    commit = SOURCES[name][1]
    found = subprocess.run(["git", "-C", repo_dir(src, name), "cat-file", "-e", f"{commit}^{{commit}}"],
                           capture_output=True).returncode == 0
    if not found:
        raise MissingCommit(f"{repo_dir(src, name)} has no commit {commit} of {name}: fetch it "
                            f"(git -C {repo_dir(src, name)} fetch origin {commit}) and run again")


class MissingCommit(Exception):
    """A source's checkout lacks the pinned commit."""


def show(src, name, path):
    """A file of a source at its pinned commit, as bytes."""
    require_commit(src, name)
    return subprocess.run(["git", "-C", repo_dir(src, name), "show", f"{SOURCES[name][1]}:{path}"],
                          check=True, capture_output=True).stdout


def files(src, name, prefix=""):
    """The paths of a source's files at its pinned commit, sorted."""
    require_commit(src, name)
    out = subprocess.run(["git", "-C", repo_dir(src, name), "ls-tree", "-r", "--name-only",
                          SOURCES[name][1], "--", prefix] if prefix else
                         ["git", "-C", repo_dir(src, name), "ls-tree", "-r", "--name-only", SOURCES[name][1]],
                         check=True, capture_output=True, text=True).stdout
    return sorted(out.splitlines())


def tagalog_matrix(text):
    words = re.findall(r"[a-z]+", text.lower())
    return sum(1 for w in words if w in TAGALOG_FUNCTION_WORDS) >= 2


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def reddit(src, out):
    """Reddit r/Philippines comments (Taglish and English), 400 of 3–40 words, seed 11 (the first
    300 are the first development set's, so its hand labels keep their line numbers)."""
    text = show(src, "tag-hate-elf", "datasets/annotated-dataset.csv").decode("utf-8")
    rows = [" ".join(r["text"].split()) for r in csv.DictReader(io.StringIO(text))]
    rows = sorted(set(r for r in rows if 3 <= len(r.split()) <= 40))
    random.Random(11).shuffle(rows)
    write_lines(os.path.join(out, "taglish", "reddit-ph.txt"), rows[:400])


def tweets(src, out):
    """Philippine election tweets (2016 and 2022), Tagalog-matrix, 3–60 words, 450, seed 11."""
    text = show(src, "tag-hate-elf", "datasets/2016_2022_hate_speech_filipino.csv").decode("utf-8")
    rows = [" ".join(r[0].split()) for r in list(csv.reader(io.StringIO(text)))[1:] if r]
    rows = sorted(set(r for r in rows if 3 <= len(r.split()) <= 60 and tagalog_matrix(r)))
    random.Random(11).shuffle(rows)
    write_lines(os.path.join(out, "taglish", "tweets-ph.txt"), rows[:450])


def news(src, out):
    """ABS-CBN News articles in Tagalog (2017), sentences of 4–60 words, 700, seed 11.

    The scraped articles sit in several JSON files across the repository's history; each article
    is taken once (by title and opening), and an article counts as Tagalog when its text holds
    more than 15 of the commonest Tagalog function words."""
    repo = repo_dir(src, "SyndromeScrape")
    log = subprocess.run(["git", "-C", repo, "log", "--no-renames", SOURCES["SyndromeScrape"][1], "--format=%H",
                          "--name-only", "--", "*.json"], check=True, capture_output=True,
                         text=True).stdout
    pairs, commit = [], None
    for line in log.splitlines():
        if re.fullmatch(r"[0-9a-f]{40}", line):
            commit = line
        elif line.strip() and not re.search(r"geojson|tempdata|strings|plugins", line):
            pairs.append((commit, line))
    seen, articles = set(), []
    for commit, path in pairs:
        raw = subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], capture_output=True).stdout
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        items = [a for v in data.values() if isinstance(v, list) for a in v] if isinstance(data, dict) else data
        for a in items if isinstance(items, list) else []:
            if not isinstance(a, dict):
                continue
            body = a.get("content") or a.get("text")
            body = "\n".join(body) if isinstance(body, list) else body
            if not isinstance(body, str) or not body or a.get("title") in seen:
                continue
            if len(re.findall(r"\b(ang|ng|sa|mga|na|si)\b", body)) <= 15:
                continue
            seen.add(a.get("title"))
            articles.append(body)
    sentences = []
    for body in articles:
        for para in body.split("\n"):
            para = " ".join(para.split())
            for s in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", para):
                if 4 <= len(s.split()) <= 60 and tagalog_matrix(s):
                    sentences.append(s)
    sentences = sorted(set(sentences))
    random.Random(11).shuffle(sentences)
    write_lines(os.path.join(out, "taglish", "news-abscbn.txt"), sentences[:700])


def korean(src, out):
    """KLUE-NER dev sentences from WIKITREE news, named-entity tags removed; KLUE-NLI dev premises
    from Wikipedia, Wikinews and policy briefings (encyclopedia and news register)."""
    text = show(src, "KLUE", "klue_benchmark/klue-ner-v1.1/klue-ner-v1.1_dev.tsv").decode("utf-8")
    lines = []
    for line in text.splitlines():
        m = re.match(r"## klue-ner-v1_dev_\d+-(\w+)\t(.*)", line)
        if m and m.group(1) == "wikitree":
            lines.append(re.sub(r"<([^<>:]+):[A-Z]{2}>", r"\1", m.group(2)).strip())
    write_lines(os.path.join(out, "ko", "klue-ner-wikitree.txt"), lines)
    nli = json.loads(show(src, "KLUE", "klue_benchmark/klue-nli-v1.1/klue-nli-v1.1_dev.json"))
    premises = sorted(set(x["premise"].strip() for x in nli if x["source"] in ("wikipedia", "wikinews", "policy")))
    write_lines(os.path.join(out, "ko", "klue-nli-wiki-news.txt"), premises)


def technical(src, out):
    """English technical Markdown: swift-argument-parser and Yams docs, pip's docs (Debian)."""
    target = os.path.join(out, "en-tech")
    for name in ("swift-argument-parser", "Yams"):
        for path in (p for p in files(src, name) if p.endswith(".md")):
            with open(os.path.join(target, name + "--" + path.replace("/", "--")), "wb") as f:
                f.write(show(src, name, path))
    for path in sorted(glob.glob("/usr/share/doc/python3-pip/html/**/*.md", recursive=True)):
        rel = os.path.relpath(path, "/usr/share/doc/python3-pip/html")
        with open(os.path.join(target, "pip--" + rel.replace("/", "--")), "w") as f:
            f.write(open(path, encoding="utf-8").read())


def reviews(src, out):
    """UCI Sentiment Labelled Sentences (Kotzias et al. 2015): Amazon, IMDb and Yelp review
    sentences, the sentiment label dropped, one sentence a line, in the files' order."""
    lines = []
    for name in ("amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt"):
        text = show(src, "DM2023-Lab1-Master", f"sentiment labelled sentences/{name}").decode("utf-8", "replace")
        for row in text.splitlines():
            sentence = " ".join(row.rsplit("\t", 1)[0].split())
            if sentence:
                lines.append(sentence)
    write_lines(os.path.join(out, "en-web", "uci-reviews.txt"), lines)


def mail_body(raw):
    """The message's own words: the text/plain part without quoted lines, signatures, mailing-list
    footers, PGP armour or forwarded headers; paragraphs joined into one line each."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        return []
    try:
        text = part.get_content()
    except (LookupError, ValueError):
        return []
    kept = []
    for line in text.splitlines():
        s = line.strip()
        if s in ("--", "-- ") or s.startswith("_____") or s.startswith("-----") or s.startswith("====="):
            break
        if s.startswith((">", "|", ":")) or re.match(r"^(On .* wrote:|.* writes:|.* wrote:)$", s):
            continue
        kept.append(s)
    paragraphs, cur = [], []
    for s in kept + [""]:
        if s:
            cur.append(s)
        elif cur:
            paragraphs.append(" ".join(cur))
            cur = []
    return [p for p in paragraphs if len(p.split()) >= 4]


def mail(src, out):
    """Apache SpamAssassin public corpus, easy_ham (2002 mailing lists, personal mail and news
    feeds): message bodies of shuffled messages (seed 11) until 15,000 words."""
    names = [p for p in files(src, "datasets-spam-assassin", "data") if re.match(r"data/easy-ham-[12]/.*\.txt$", p)]
    random.Random(11).shuffle(names)
    paragraphs, words = [], 0
    for path in names:
        for p in mail_body(show(src, "datasets-spam-assassin", path)):
            paragraphs.append(p)
            words += len(p.split())
        if words >= 15000:
            break
    write_lines(os.path.join(out, "en-web", "spamassassin-ham.txt"), paragraphs)


def main():
    src, out = sys.argv[1], sys.argv[2]
    for sub in ("taglish", "ko", "en-tech", "en-web"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    missing = []
    for section in (reddit, tweets, news, korean, technical, reviews, mail):
        try:
            section(src, out)
        except MissingCommit as error:
            missing.append(f"build_dev.py: {section.__name__} not built: {error}")
    for line in missing:
        print(line, file=sys.stderr)
    if missing:
        sys.exit(2)


if __name__ == "__main__":
    main()
