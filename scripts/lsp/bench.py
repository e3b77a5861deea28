"""`make bench-lsp`: the time from a change to its diagnostics on a 1 MB Markdown file.

Starts `salin lsp` (release), opens the file, then makes edits as an editor sends them (one
incremental change in the middle of the file, the version bumped) and times each from the write
of didChange to the arrival of publishDiagnostics for that version. The server's debounce is set
to 0 here, so the figure is the lint itself plus the protocol; an editor adds the debounce
(150 ms by default) on top. The anchor, in the same run: `salin lint` of the same file from the
command line (a new process each time, loading catalogs and model, as a pre-commit hook does).
Standard library only: the client frames JSON-RPC itself.
"""

import json
import os
import statistics
import subprocess
import sys
import time

SALIN, CORPUS, PATH = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
EDITS = int(sys.argv[4]) if len(sys.argv) > 4 else 15
SIZE = 1_000_000


def write_big_file():
    """Joins bench-lint's generated articles, in order and whole, into one Markdown file of at
    least 1 MB with one front matter (each article's own is dropped)."""
    parts = ["---\nlang: en\ntitle: One megabyte\n---\n\n"]
    size = len(parts[0])
    names = sorted(
        (os.path.join(folder, name) for folder, _, names in os.walk(CORPUS) for name in names if name.endswith(".md")),
        key=lambda path: int(path.rsplit("-", 1)[1][:-3]),
    )
    for name in names:
        with open(name, encoding="utf-8") as handle:
            text = handle.read()
        if text.startswith("---\n"):
            text = text[text.index("\n---\n", 4) + 5 :]
        parts.append(text.lstrip("\n") + "\n")
        size += len(parts[-1].encode())
        if size >= SIZE:
            break
    with open(PATH, "w", encoding="utf-8") as handle:
        handle.write("".join(parts))


class Server:
    def __init__(self):
        self.process = subprocess.Popen([SALIN, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(dict(message, jsonrpc="2.0")).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise EOFError("server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == self.next_id:
                return message

    def diagnostics(self, uri, version):
        while True:
            message = self.read()
            params = message.get("params") or {}
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri:
                if params.get("version") == version:
                    return params["diagnostics"]


def main():
    write_big_file()
    with open(PATH, encoding="utf-8") as handle:
        text = handle.read()
    size = len(text.encode())
    uri = "file://" + PATH
    server = Server()
    server.request("initialize", {"capabilities": {}, "initializationOptions": {"debounceMilliseconds": 0}})
    server.send({"method": "initialized", "params": {}})
    start = time.perf_counter()
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    found = server.diagnostics(uri, 1)
    opened = time.perf_counter() - start
    lines = text.count("\n")
    middle = lines // 2
    times = []
    for version in range(2, EDITS + 2):
        change = {"range": {"start": {"line": middle, "character": 0}, "end": {"line": middle, "character": 0}},
                  "text": "Mga Detalye\n\n" if version % 2 == 0 else ""}
        if version % 2 == 1:  # Undo the previous insertion.
            change["range"]["end"] = {"line": middle + 2, "character": 0}
        start = time.perf_counter()
        server.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        server.diagnostics(uri, version)
        times.append(time.perf_counter() - start)
    server.request("shutdown", None)
    server.send({"method": "exit"})
    server.process.wait(timeout=10)

    cli = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([SALIN, "lint", PATH, "--format", "json"], stdout=subprocess.DEVNULL, check=False)
        cli.append(time.perf_counter() - start)

    change_ms = statistics.median(times) * 1000
    cli_ms = statistics.median(cli) * 1000
    print(f"file: {size / 1e6:.2f} MB Markdown, {lines} lines, {len(found)} diagnostics")
    print(f"open -> diagnostics: {opened * 1000:.0f} ms (first lint loads the catalogs and model)")
    print(f"change -> diagnostics: median {change_ms:.0f} ms, min {min(times) * 1000:.0f}, "
          f"max {max(times) * 1000:.0f} over {len(times)} edits (debounce 0; editors add 150 ms)")
    print(f"anchor: salin lint of the same file, new process: median {cli_ms:.0f} ms over {len(cli)} runs")
    print(f"ratio: change->diagnostics / salin lint = {change_ms / cli_ms:.2f}x")


main()
