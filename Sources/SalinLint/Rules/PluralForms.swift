import Foundation
import SalinCore
import SalinDocuments
import SalinICU

/// SL044 `plural-forms`: a PO file's plural forms that disagree with its header or with CLDR — a
/// header whose `Plural-Forms: nplurals=N` is not the number of CLDR plural categories of the
/// file's language (Filipino and Tagalog: 2, one and other; Korean: 1), entries with plurals and no
/// `Plural-Forms` header, and entries whose `msgstr[…]` forms are not `nplurals`.
///
/// pofilter's nplurals.
public struct PluralForms: LintRule {
  /// SL044 plural-forms.
  public static let description = RuleDescription(
    code: "SL044", name: "plural-forms", defaultSeverity: .error,
    summary: "A PO file's plural forms disagree with its Plural-Forms header or with CLDR.")

  /// Makes the rule.
  public init() {}

  /// The plural-form problems of a PO file.
  /// - Parameter context: The document.
  /// - Returns: The findings.
  public func findings(in context: LintContext) -> [Finding] {
    guard context.document.format == .po, let file = context.poFile() else { return [] }
    var findings: [Finding] = []
    let header = file.headerField("Plural-Forms")
    let declared = header.flatMap(Self.nplurals)
    let language = context.language ?? file.language
    if let declared, let language, let header,
      let rules = try? ICUPluralRules.shared(locale: ICULocale(language.tag), kind: .cardinal),
      rules.keywords.count != declared, let location = file.header?.msgstr.first?.location
    {
      findings.append(
        finding(
          "Plural-Forms says nplurals=\(declared) ('\(header)'), but CLDR gives \(language) "
            + "\(rules.keywords.count) plural categories (\(rules.keywords.sorted().joined(separator: ", ")))",
          in: context, utf8Range: Self.lineRange(of: location, in: context)))
    }
    for entry in file.entries where entry.msgidPlural != nil && !entry.isObsolete {
      guard let location = entry.msgstr.first?.location ?? entry.location else { continue }
      guard let declared else {
        findings.append(
          finding(
            "an entry with plural forms, but the header has no Plural-Forms",
            in: context, utf8Range: Self.lineRange(of: location, in: context)))
        continue
      }
      if entry.msgstr.count != declared, entry.isTranslated || entry.msgstr.count > declared {
        findings.append(
          finding(
            "\(entry.msgstr.count) plural forms, but Plural-Forms says nplurals=\(declared)",
            in: context, utf8Range: Self.lineRange(of: location, in: context)))
      }
    }
    return findings
  }

  /// `nplurals=N` of a Plural-Forms value.
  static func nplurals(_ header: String) -> Int? {
    guard let range = header.range(of: "nplurals=") else { return nil }
    return Int(header[range.upperBound...].prefix { $0.isNumber })
  }

  /// The rest of the line from a string's first character, the quote before it included.
  static func lineRange(of location: SourceLocation, in context: LintContext) -> Range<Int> {
    let offset = location.position.utf8Offset
    let content = context.document.lines.contentRange(ofLine: location.position.line)
    return max(content.lowerBound, offset - 1)..<max(offset, content.upperBound)
  }
}
