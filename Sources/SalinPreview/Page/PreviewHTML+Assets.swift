extension PreviewHTML {
  /// Columns side by side; each column's blocks sit on the rows of the page's grid (subgrid), so
  /// a paragraph lines up with the same paragraph in every locale, however long each is.
  static let style = """
    body { margin: 0; color: #1b1b1b; line-height: 1.55;
      font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans KR", "Segoe UI", Roboto, sans-serif; }
    .bar { position: sticky; top: 0; background: #1f3b57; color: #fff; padding: .5rem 1rem; z-index: 2; }
    .status { float: right; font-size: .85em; opacity: .85; }
    .status.off { color: #ffb3b3; }
    :lang(ko) { word-break: keep-all; }
    .problems { margin: 1rem; padding: .5rem 1rem; border: 2px solid #b00020; background: #fdecef; }
    .problems h2 { margin: .2rem 0; font-size: 1.05rem; color: #b00020; }
    .preview { display: grid; grid-template-columns: repeat(var(--columns), minmax(0, 1fr));
      grid-template-rows: repeat(var(--rows), auto); column-gap: 1.5rem; padding: 0 1rem 2rem; }
    .preview.stale { opacity: .55; }
    .column { display: grid; grid-row: 1 / span var(--rows); grid-template-rows: subgrid;
      border-top: 3px solid #1f3b57; }
    .locale { margin: .5rem 0; font-size: 1rem; text-transform: uppercase; letter-spacing: .05em; }
    .count { text-transform: none; font-weight: normal; color: #b00020; font-size: .85em; }
    .block { border-bottom: 1px dashed #e3e3e3; padding: .2rem 0; }
    h1 { font-size: 1.4rem; margin: .3rem 0; } h3 { margin: .3rem 0; }
    table { border-collapse: collapse; width: 100%; font-size: .92em; }
    th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    .sources { color: #555; font-size: .95em; }
    .fallback { background: #fff3c4; outline: 1px dotted #b08900; }
    .fallback::before { content: attr(lang) " "; font-size: .7em; color: #8a6d00; vertical-align: super; }
    .s.stale { background: #ffe0e0; outline: 1px dashed #b00020; }
    .s.stale::before { content: "stale "; font-size: .7em; color: #b00020; vertical-align: super; }
    mark.finding { background: #ffd6dc; border-bottom: 2px solid #b00020; position: relative; cursor: help; }
    mark.finding.warning { background: #ffe7c2; border-bottom-color: #c26a00; }
    mark.finding.info { background: #dcecff; border-bottom-color: #1f5fbf; }
    mark.finding::after { content: attr(data-rule); font-size: .65em; color: #b00020; vertical-align: super; }
    mark.finding:hover::before { content: attr(data-evidence); white-space: pre-wrap; position: absolute;
      left: 0; top: 1.6em; z-index: 3; width: 22rem; background: #222; color: #fff; padding: .4rem .6rem;
      font-size: .8rem; border-radius: 4px; }
    """

  /// Listens to the server's change events and swaps in the new page's content.
  ///
  /// No reload, no lost scroll position; the bar says so when the server is unreachable.
  static let script = """
    (function () {
      const status = document.getElementById("status");
      function swap(text) {
        const next = new DOMParser().parseFromString(text, "text/html");
        for (const id of ["problems", "content", "title"]) {
          document.getElementById(id).innerHTML = next.getElementById(id).innerHTML;
        }
        document.body.dataset.version = next.body.dataset.version;
      }
      const events = new EventSource("/events");
      events.addEventListener("change", function (event) {
        if (event.data === document.body.dataset.version) return;
        fetch("/", {cache: "no-store"}).then(r => r.text()).then(swap)
          .catch(() => { status.textContent = "reload failed"; status.classList.add("off"); });
      });
      events.onopen = function () { status.textContent = "live"; status.classList.remove("off"); };
      events.onerror = function () { status.textContent = "server unreachable — retrying"; status.classList.add("off"); };
    })();
    """
}
