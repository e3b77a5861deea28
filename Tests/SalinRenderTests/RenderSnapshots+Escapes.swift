// Literal renderings pinned before the renderer's storage was made flat (commit 966d296's
// renderer): the output must stay byte-identical. Regenerate only for a deliberate change, and
// say why in the commit.

extension RenderSnapshots {
  /// A briefing with markup characters in prose, a table cell and a source; `two` has no tl
  /// variant, and `a*́` is a star followed by a combining accent (one character, not escaped).
  static let escapesBriefing = ##"""
    salin-briefing: 1
    id: escapes
    source-language: en
    languages: [en, tl, ko]
    lead:
      - paragraph: {id: one, en: "Use *stars*, _under_, `ticks`, [links] & <tags> | pipes # hash \\ slash; a*́ mark.", tl: "Kumusta <b>&</b> \"quotes\" 'single'.", ko: "안녕 *하세요* <태그>."}
    sections:
      - heading: {label: label.summary}
        blocks:
          - paragraph: {id: two, en: "Only in English *here*.", ko: 한국어로만.}
          - table:
              columns: [label.details, label.sources]
              rows:
                - [{id: c1, en: "a|b", tl: "a|b", ko: "a|b"}, {id: c2, en: "x<y", tl: "x<y", ko: "x<y"}]
    sources: [Agency & Co <X>]

    """##

  /// The escapes briefing in en, as markdown.
  static let escapesMarkdown_en = ##"""
    Use \*stars\*, \_under\_, \`ticks\`, \[links\] & \<tags\> \| pipes \# hash \\ slash; a*́ mark.

    ## Summary

    Only in English \*here\*.

    | Details | Sources |
    | --- | --- |
    | a\|b | x\<y |

    Sources: Agency & Co \<X\>.

    """##

  /// The escapes briefing in en, as text.
  static let escapesText_en = ##"""
    Use *stars*, _under_, `ticks`, [links] & <tags> | pipes # hash \ slash; a*́ mark.
    Summary
    Only in English *here*.
    Details | Sources |
    ---|---|
    a|b | x<y |
    Sources: Agency & Co <X>.

    """##

  /// The escapes briefing in tl, as markdown.
  static let escapesMarkdown_tl = ##"""
    Kumusta \<b\>&\</b\> "quotes" 'single'.

    ## Buod

    [en: Only in English \*here\*.]

    | Mga Detalye | Mga Pinagkunan |
    | --- | --- |
    | a\|b | x\<y |

    Mga Pinagkunan: Agency & Co \<X\>.

    """##

  /// The escapes briefing in tl, as text.
  static let escapesText_tl = ##"""
    Kumusta <b>&</b> "quotes" 'single'.
    Buod
    [en: Only in English *here*.]
    Mga Detalye | Mga Pinagkunan |
    ---|---|
    a|b | x<y |
    Mga Pinagkunan: Agency & Co <X>.

    """##

  /// The escapes briefing in ko, as markdown.
  static let escapesMarkdown_ko = ##"""
    안녕 \*하세요\* \<태그\>.

    ## 요약

    한국어로만.

    | 세부 내용 | 출처 |
    | --- | --- |
    | a\|b | x\<y |

    출처: Agency & Co \<X\>.

    """##

  /// The escapes briefing in ko, as text.
  static let escapesText_ko = ##"""
    안녕 *하세요* <태그>.
    요약
    한국어로만.
    세부 내용 | 출처 |
    ---|---|
    a|b | x<y |
    출처: Agency & Co <X>.

    """##

  /// The escapes briefing in tl, as HTML.
  static let escapesHTML_tl = ##"""
    <!DOCTYPE html>
    <html lang="tl">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="salin">
    <title>escapes</title>
    <style>
    body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; line-height: 1.6; color: #1b1b1b;
      font-family: "Noto Sans", "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo",
        "Malgun Gothic", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    :lang(ko) { word-break: keep-all; }
    h1, h2 { line-height: 1.3; }
    table { border-collapse: collapse; margin: 1rem 0; }
    th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    .sources { color: #555; font-size: 0.95em; }
    .fallback { background: #fff3c4; }
    .stale { background: #ffe0e0; }
    </style>
    </head>
    <body>
    <article>
    <p>Kumusta &lt;b&gt;&amp;&lt;/b&gt; &quot;quotes&quot; &#39;single&#39;.</p>
    <h2>Buod</h2>
    <p><span lang="en" class="fallback" data-provenance="text:two">Only in English *here*.</span></p>
    <table>
    <thead>
    <tr><th>Mga Detalye</th><th>Mga Pinagkunan</th></tr>
    </thead>
    <tbody>
    <tr><td>a|b</td><td>x&lt;y</td></tr>
    </tbody>
    </table>
    <p class="sources">Mga Pinagkunan: Agency &amp; Co &lt;X&gt;.</p>
    </article>
    </body>
    </html>

    """##

  /// The escapes briefing in tl, as JSON.
  static let escapesJSON_tl = ##"""
    {
      "blocks" : [
        {
          "spans" : [
            {
              "fallbackStep" : 0,
              "locale" : "tl",
              "location" : "fixture.yaml:6:16",
              "origin" : "text:one",
              "requestedLocale" : "tl",
              "text" : "Kumusta <b>&</b> \"quotes\" 'single'."
            }
          ],
          "type" : "paragraph"
        },
        {
          "spans" : [
            {
              "fallbackStep" : 0,
              "locale" : "tl",
              "location" : "fixture.yaml:8:22",
              "origin" : "catalog:label.summary",
              "requestedLocale" : "tl",
              "text" : "Buod"
            }
          ],
          "type" : "heading"
        },
        {
          "spans" : [
            {
              "fallbackStep" : 1,
              "locale" : "en",
              "location" : "fixture.yaml:10:20",
              "origin" : "text:two",
              "requestedLocale" : "tl",
              "text" : "Only in English *here*."
            }
          ],
          "type" : "paragraph"
        },
        {
          "header" : [
            [
              {
                "fallbackStep" : 0,
                "locale" : "tl",
                "location" : "fixture.yaml:12:21",
                "origin" : "catalog:label.details",
                "requestedLocale" : "tl",
                "text" : "Mga Detalye"
              }
            ],
            [
              {
                "fallbackStep" : 0,
                "locale" : "tl",
                "location" : "fixture.yaml:12:36",
                "origin" : "catalog:label.sources",
                "requestedLocale" : "tl",
                "text" : "Mga Pinagkunan"
              }
            ]
          ],
          "rows" : [
            [
              [
                {
                  "fallbackStep" : 0,
                  "locale" : "tl",
                  "location" : "fixture.yaml:14:16",
                  "origin" : "text:c1",
                  "requestedLocale" : "tl",
                  "text" : "a|b"
                }
              ],
              [
                {
                  "fallbackStep" : 0,
                  "locale" : "tl",
                  "location" : "fixture.yaml:14:59",
                  "origin" : "text:c2",
                  "requestedLocale" : "tl",
                  "text" : "x<y"
                }
              ]
            ]
          ],
          "type" : "table"
        },
        {
          "spans" : [
            {
              "fallbackStep" : 0,
              "locale" : "tl",
              "origin" : "catalog:sources.line",
              "requestedLocale" : "tl",
              "text" : "Mga Pinagkunan: Agency & Co <X>"
            },
            {
              "fallbackStep" : 0,
              "locale" : "tl",
              "origin" : "layout",
              "requestedLocale" : "tl",
              "text" : "."
            }
          ],
          "type" : "sources"
        }
      ],
      "fallbacks" : [
        {
          "location" : "fixture.yaml:10:20",
          "origin" : "text:two",
          "requestedLocale" : "tl",
          "step" : 1,
          "usedLocale" : "en"
        }
      ],
      "id" : "escapes",
      "locale" : "tl"
    }

    """##
}
