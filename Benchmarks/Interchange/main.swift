// bench-interchange: export and import of a 10,000-message catalog in three locales (en, tl, ko),
// and the PO → XLIFF 1.2 conversion that translate-toolkit's po2xliff does, on the same PO files.
// Run through `make bench-interchange`, which times po2xliff on the files this writes and prints
// the ratio. Usage: bench-interchange WORKDIR [COUNT]
import Foundation
import SalinCatalog
import SalinCore
import SalinInterchange

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  print("usage: bench-interchange WORKDIR [COUNT]")
  exit(2)
}
let work = URL(fileURLWithPath: arguments[1])
let count = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
let rounds = 7

/// A deterministic catalog: labels, messages with placeholders, plurals, descriptions, variants.
func catalog(_ language: String) -> String {
  var out = "locale: \(language)\n\n"
  for index in 0..<count {
    let key = "section\(index / 100).entry\(index)"
    switch (language, index % 4) {
    case ("en", 0):
      out +=
        "\(key):\n  message: Details of item \(index)\n  description: Column header \(index).\n"
    case ("en", 1): out += "\(key): 'The {org} delegation met in {place} on item \(index).'\n"
    case ("en", 2):
      out += "\(key): '{n, plural, one {# participant} other {# participants}} in \(index)'\n"
    case ("en", _): out += "\(key): Sources for item \(index)\n"
    case ("tl", 0):
      out += "\(key):\n  message: Mga Detalye ng \(index)\n  variants: [Detalye \(index)]\n"
    case ("tl", 1): out += "\(key): 'Nagpulong ang delegasyon ng {org} sa {place} (\(index)).'\n"
    case ("tl", 2):
      out += "\(key): '{n, plural, one {# kalahok} other {# na kalahok}} sa \(index)'\n"
    case ("tl", _): out += "\(key):\n  message: Mga Pinagkunan \(index)\n  state: needs-review\n"
    case (_, 0): out += "\(key): 세부 사항 \(index)\n"
    case (_, 1): out += "\(key): '{org} 대표단이 {place}에서 만났다 (\(index)).'\n"
    case (_, 2): out += "\(key): '참석자 {n, plural, other {#명}} (\(index))'\n"
    default: out += "\(key): 출처 \(index)\n"
    }
  }
  return out
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func time(_ body: () throws -> Void) rethrows -> Double {
  var samples: [Double] = []
  for _ in 0..<rounds {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    samples.append(
      Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
  }
  return median(samples)
}

try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
let catalogs = work.appendingPathComponent("catalogs")
try FileManager.default.createDirectory(at: catalogs, withIntermediateDirectories: true)
for language in ["en", "tl", "ko"] {
  try Data(catalog(language).utf8).write(to: catalogs.appendingPathComponent("\(language).yaml"))
}
let files = try CatalogConversion.load(try CatalogConversion.files(in: catalogs))
print("bench-interchange: \(count) messages × 3 locales (en, tl, ko), median of \(rounds) runs")
for format in [InterchangeFormat.xliff, .po] {
  let ext = format == .po ? "po" : "xlf"
  var exported: [String: String] = [:]
  let exportMS = try time {
    for target in [Language.tagalog, .korean] {
      exported[target.tag] =
        try CatalogConversion.export(files, source: .english, targets: [target], format: format)
        .text
    }
  }
  for (tag, text) in exported {
    try Data(text.utf8).write(to: work.appendingPathComponent("catalog.\(tag).\(ext)"))
  }
  var changed = 0
  let importMS = try time {
    changed = 0
    for tag in ["tl", "ko"] {
      let prepared = try CatalogConversion.prepareImport(
        work.appendingPathComponent("catalog.\(tag).\(ext)").path, into: catalogs,
        source: .english, language: nil)
      changed += prepared.reduce(0) { $0 + $1.result.changed.count }
    }
  }
  print(
    String(
      format: "salin %@: export tl+ko %.1f ms, import tl+ko %.1f ms (%d entries changed)",
      format.displayName, exportMS, importMS, changed))
}
// PO → XLIFF 1.2, as po2xliff does, on the PO files just written.
let poFiles = ["tl", "ko"].map { work.appendingPathComponent("catalog.\($0).po") }
let convertMS = try time {
  for url in poFiles {
    let bytes = Array(try Data(contentsOf: url))
    let read = try InterchangeReader.read(bytes: bytes, path: url.path)
    let xliff = XLIFF12.write(read)
    try Data(xliff.utf8).write(to: url.deletingPathExtension().appendingPathExtension("salin.xlf"))
  }
}
print(String(format: "salin PO -> XLIFF 1.2 (tl+ko): %.1f ms", convertMS))
print(String(format: "SALIN_PO2XLIFF_MS=%.3f", convertMS))
