"""`make lsp-check`: drives `salin lsp` from a third-party client, pygls' LanguageClient.

Opens the seed article (in a folder whose .salin.yml says `lang: en`), expects its two SL001
diagnostics at 15:25 and 25:1, applies each code action's edit with pygls' own UTF-16 document
model, sends the edits as incremental changes, and expects the diagnostics to clear. Then a line
with an emoji and Hangul before a Tagalog label: pygls must read "Mga Detalye" out of the
diagnostic's range. Then a hover, a briefing that stops parsing, and a clean shutdown.
Prints one line per check and `N passed, N failed`; exits 1 if any failed.
"""

import asyncio
import os
import shutil
import sys
import tempfile

from lsprotocol import types as t
from pygls.lsp.client import LanguageClient
from pygls.workspace import TextDocument

SALIN = os.path.abspath(sys.argv[1])
SEED = os.path.abspath(sys.argv[2])
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else f": {detail}"), flush=True)


class Client(LanguageClient):
    def __init__(self):
        super().__init__("salin-lsp-check", "1")
        self.published = {}
        self.arrived = asyncio.Event()


client = Client()


@client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
def on_diagnostics(params: t.PublishDiagnosticsParams):
    client.published[params.uri] = params
    client.arrived.set()


async def diagnostics_for(uri, version):
    """Waits for the diagnostics of `uri` computed for `version`."""
    deadline = asyncio.get_running_loop().time() + 30
    while True:
        params = client.published.get(uri)
        if params is not None and params.version == version:
            return params.diagnostics
        client.arrived.clear()
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            raise TimeoutError(f"no diagnostics for {uri} version {version}")
        try:
            await asyncio.wait_for(client.arrived.wait(), remaining)
        except asyncio.TimeoutError:
            pass


def human(position):
    return f"{position.line + 1}:{position.character + 1}"


async def main():
    folder = tempfile.mkdtemp(prefix="salin-lsp-check-")
    with open(os.path.join(folder, ".salin.yml"), "w") as config:
        config.write("lang: en\n")
    seed_path = os.path.join(folder, "seed.txt")
    shutil.copy(SEED, seed_path)
    await client.start_io(SALIN, "lsp")
    result = await client.initialize_async(
        t.InitializeParams(
            capabilities=t.ClientCapabilities(),
            root_uri="file://" + folder,
            initialization_options={"debounceMilliseconds": 50},
        )
    )
    check("initialize names the server", result.server_info.name == "salin", result.server_info)
    client.initialized(t.InitializedParams())

    # The seed: two SL001 diagnostics at 15:25 and 25:1.
    uri = "file://" + seed_path
    with open(seed_path, encoding="utf-8") as handle:
        text = handle.read()
    document = TextDocument(uri, text, version=1)
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
        )
    )
    diagnostics = await diagnostics_for(uri, 1)
    found = [(d.code, human(d.range.start)) for d in diagnostics]
    check("seed: two SL001 at 15:25 and 25:1", found == [("SL001", "15:25"), ("SL001", "25:1")], found)
    check(
        "seed: the ranges hold the Tagalog labels",
        [document.text_in_client_range(d.range) for d in diagnostics] == ["Mga Detalye", "Mga pinagmumulan"],
        [document.text_in_client_range(d.range) for d in diagnostics],
    )

    # Hover on the second finding: its language, confidence and evidence.
    hover = await client.text_document_hover_async(
        t.HoverParams(text_document=t.TextDocumentIdentifier(uri=uri), position=t.Position(line=24, character=2))
    )
    value = hover.contents.value if hover else ""
    check("hover shows the finding's language", "SL001" in value and "language: **tl**" in value, value)

    # Apply each code action with pygls' document model, as incremental changes.
    version = 1
    for diagnostic in diagnostics:
        actions = await client.text_document_code_action_async(
            t.CodeActionParams(
                text_document=t.TextDocumentIdentifier(uri=uri),
                range=diagnostic.range,
                context=t.CodeActionContext(diagnostics=[diagnostic], only=[t.CodeActionKind.QuickFix]),
            )
        )
        check(f"one quick fix for {human(diagnostic.range.start)}", actions is not None and len(actions) == 1, actions)
        for edit in actions[0].edit.changes[uri]:
            version += 1
            change = t.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
            document.apply_change(change)
            client.text_document_did_change(
                t.DidChangeTextDocumentParams(
                    text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[change],
                )
            )
    check(
        "the edits replaced the labels",
        "Agreed Areas of Focus | Details |" in document.source
        and document.source.rstrip("\n").endswith("Sources: THX News & US Department of State."),
        document.source[-80:],
    )
    diagnostics = await diagnostics_for(uri, version)
    check("diagnostics clear after the fixes", len(diagnostics) == 0, diagnostics)

    # Emoji and Hangul before a label: pygls' UTF-16 reading of the range must give the label.
    wide_path = os.path.join(folder, "wide.txt")
    wide = "Header 😀 한 | Mga Detalye |\n---|---|\nMissile Defense | Strengthening defenses |\n"
    with open(wide_path, "w", encoding="utf-8") as handle:
        handle.write(wide)
    wide_uri = "file://" + wide_path
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(uri=wide_uri, language_id="plaintext", version=1, text=wide)
        )
    )
    wide_document = TextDocument(wide_uri, wide, version=1)
    labels = [d for d in await diagnostics_for(wide_uri, 1) if d.code == "SL001"]
    check(
        "emoji and Hangul: the range is the label's, in UTF-16",
        len(labels) == 1 and wide_document.text_in_client_range(labels[0].range) == "Mga Detalye",
        [(d.range, wide_document.text_in_client_range(d.range)) for d in labels],
    )

    # A file deleted under the server: the editor's text is still linted.
    os.remove(wide_path)
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=wide_uri, version=2),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text=wide + "Mga Detalye\n")],
        )
    )
    labels = [d for d in await diagnostics_for(wide_uri, 2) if d.code == "SL001"]
    check("a deleted file's buffer is still linted", len(labels) == 2, labels)

    # A briefing that stops parsing mid-edit: a diagnostic at its line, and the server goes on.
    briefing_uri = "file://" + os.path.join(folder, "draft.briefing.yaml")
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(
                uri=briefing_uri, language_id="yaml", version=1, text="salin-briefing: 1\nid: [unclosed\n"
            )
        )
    )
    broken = await diagnostics_for(briefing_uri, 1)
    check("a broken briefing is a diagnostic", len(broken) >= 1 and broken[0].severity == t.DiagnosticSeverity.Error, broken)

    await client.shutdown_async(None)
    client.exit(None)
    # pygls keeps the server process as `_server` (an asyncio subprocess).
    code = await asyncio.wait_for(client._server.wait(), 10)
    check("exit after shutdown ends with status 0", code == 0, code)
    await client.stop()
    shutil.rmtree(folder, ignore_errors=True)


try:
    asyncio.run(asyncio.wait_for(main(), 120))
except Exception as error:  # A hang or a crash is a failed check, not a traceback.
    check("session completed", False, repr(error))
passed = sum(results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if results and all(results) else 1)
