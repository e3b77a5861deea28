import SalinCore

/// Writes a termbase as TBX-Basic (ISO 30042:2019, TBX v3, DCA style), which other
/// terminology tools import: one `conceptEntry` per concept, a `langSec` per language, a
/// `termSec` per term with its `administrativeStatus`.
public enum TBXWriter {
  /// The TBX text of a termbase.
  /// - Parameters:
  ///   - termbase: The termbase.
  ///   - sourceLanguage: The document's main language (`xml:lang` of the root).
  /// - Returns: The XML.
  public static func write(_ termbase: Termbase, sourceLanguage: String = "en") -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
      <tbx style="dca" type="TBX-Basic" xml:lang="\(escaped(sourceLanguage))" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader>
          <fileDesc>
            <sourceDesc>
              <p>Written by salin</p>
            </sourceDesc>
          </fileDesc>
        </tbxHeader>
        <text>
          <body>

      """
    for concept in termbase.concepts {
      out += "      <conceptEntry id=\"\(escaped(concept.id))\">\n"
      if let note = concept.note {
        out += "        <descrip type=\"definition\">\(escaped(note))</descrip>\n"
      }
      if let source = concept.source {
        out += "        <admin type=\"source\">\(escaped(source))</admin>\n"
      }
      for language in concept.terms.keys.sorted(by: { $0.tag < $1.tag }) {
        out += "        <langSec xml:lang=\"\(escaped(language.tag))\">\n"
        for term in concept.terms[language] ?? [] {
          out += "          <termSec>\n"
          out += "            <term>\(escaped(term.text))</term>\n"
          out +=
            "            <termNote type=\"administrativeStatus\">\(status(term.status))</termNote>\n"
          if term.isShortForm {
            out += "            <termNote type=\"termType\">shortForm</termNote>\n"
          }
          out += "          </termSec>\n"
        }
        out += "        </langSec>\n"
      }
      out += "      </conceptEntry>\n"
    }
    out += "    </body>\n  </text>\n</tbx>\n"
    return out
  }

  private static func status(_ status: TermStatus) -> String {
    switch status {
    case .preferred: "preferredTerm-admn-sts"
    case .admitted: "admittedTerm-admn-sts"
    case .forbidden: "deprecatedTerm-admn-sts"
    }
  }

  private static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
