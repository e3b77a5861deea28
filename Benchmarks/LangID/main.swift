// bench-langid: Salin's language identifier against lingua 2.1.1 on the same files, in one run.
//
//   bench-langid DATA WORK [--model FILE]   the table (`make bench-langid`; WORK holds lingua.json
//                                            and mixed.jsonl, written by lingua_bench.py)
//   bench-langid --dev DIR [--model FILE]    accuracy on DIR/<lang>/*.txt (tuning on held-out
//                                            training data; never on the eval sets)
//   bench-langid --train CORPUS OUT [name=value ...]   trains with changed options, for the
//                                            tuning loop (same trainer as `salin train`)
import Foundation
import SalinCore
import SalinLangID
import SalinResources

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let modelURL = option("--model").map { URL(fileURLWithPath: $0) } ?? BuiltInLocales.languageModel
let positional = arguments.enumerated().filter { i, a in
  !a.hasPrefix("--") && (i == 0 || !arguments[i - 1].hasPrefix("--"))
}.map(\.element)

func lines(_ url: URL) -> [String] {
  ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n")
    .map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
}
func threadCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
func seconds(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}
func pad(_ s: String, _ n: Int) -> String {
  s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
}
func lpad(_ s: String, _ n: Int) -> String {
  s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
}
func percent(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "–" }

if let corpus = option("--train") {
  var options = ModelTrainer.Options()
  for pair in arguments where pair.contains("=") {
    let parts = pair.split(separator: "=").map(String.init)
    let value = Double(parts[1]) ?? 0
    switch parts[0] {
    case "maxWords": options.maxWordsPerLanguage = Int(value)
    case "maxCharacterTypes": options.maxCharacterTypes = Int(value)
    case "minNgramCount": options.minimumNgramCount = Int(value)
    case "characterWeight": options.characterWeight = Float(value)
    case "sharedWordMargin": options.sharedWordMargin = Float(value)
    case "ownershipMargin": options.ownershipMargin = value
    case "switchPenalty": options.switchPenalty = Float(value)
    case "nameLogProbability": options.nameLogProbability = Float(value)
    case "backoffPenalty": options.backoffPenalty = Float(value)
    case "textWeight": options.textWeight = value
    case "spellingWeight": options.spellingWeight = value
    case "unlistedWordCap": options.unlistedWordCap = Float(value)
    case "learnsBorrowing": options.learnsBorrowing = value != 0
    default:
      print("unknown option \(parts[0])")
      exit(2)
    }
  }
  let model = ModelTrainer(options: options).train(
    try TrainingCorpus(directory: URL(fileURLWithPath: corpus)))
  let bytes = model.serialized()
  guard let at = arguments.firstIndex(of: "--train"), at + 2 < arguments.count else { exit(2) }
  try Data(bytes).write(to: URL(fileURLWithPath: arguments[at + 2]))
  print("\(model.featureCounts) \(bytes.count) bytes\n\(model.summary)")
  exit(0)
}

// Load time: median of 21 loads.
let clock = ContinuousClock()
var loads: [Double] = []
var model: LanguageModel! = nil
for _ in 0..<21 {
  let start = clock.now
  model = try LanguageModel(contentsOf: modelURL)
  loads.append(seconds(clock.now - start))
}
let loadMs = loads.sorted()[loads.count / 2] * 1000
let modelBytes =
  (try? FileManager.default.attributesOfItem(atPath: modelURL.path)[.size] as? Int) ?? 0
// Making an identifier reads the word table once (the switching background that decides
// established loanwords): median of 21.
var makes: [Double] = []
for _ in 0..<21 {
  let start = clock.now
  _ = LanguageIdentifier(model: model)
  makes.append(seconds(clock.now - start))
}
let makeMs = makes.sorted()[makes.count / 2] * 1000
let identifier = LanguageIdentifier(model: model)
let languages = ["en", "tl", "ko"]

func accuracy(_ url: URL, _ language: String) -> Double {
  let texts = lines(url)
  let hits = texts.filter { identifier.identify($0)?.tag == language }.count
  return 100 * Double(hits) / Double(max(1, texts.count))
}
extension LanguageIdentifier {
  func identify(_ text: String) -> Language? { identify(text, candidates: nil, names: []).language }
}

if let dev = option("--dev") {
  let root = URL(fileURLWithPath: dev)
  for language in languages {
    let folder = root.appendingPathComponent(language)
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    let cells = files.map {
      "\($0.replacingOccurrences(of: ".txt", with: "")) \(percent(accuracy(folder.appendingPathComponent($0), language)))"
    }
    if !cells.isEmpty { print("\(language): \(cells.joined(separator: "  "))") }
  }
  exit(0)
}

if let file = option("--llr") {
  // Tagalog-over-English log-likelihood ratio of each line, for choosing the switch penalty.
  for text in lines(URL(fileURLWithPath: file)) {
    let answer = identifier.identify(text, candidates: [.english, .tagalog], names: [])
    let signed = answer.language == .tagalog ? answer.evidence.margin : -answer.evidence.margin
    print(String(format: "%.2f", answer.language == nil ? 0 : signed))
  }
  exit(0)
}
let mixedOnly = option("--mixed-only")
guard positional.count >= 2 || mixedOnly != nil else {
  print("usage: bench-langid DATA WORK [--model FILE] | --dev DIR [--model FILE]")
  exit(2)
}
let data = URL(fileURLWithPath: positional.first ?? "/nonexistent")
let work = URL(fileURLWithPath: mixedOnly ?? positional[1])
let lingua = (try? Data(contentsOf: work.appendingPathComponent("lingua.json")))
  .flatMap { try? JSONDecoder().decode(Lingua.self, from: $0) }

var salinRate = 0.0
if mixedOnly == nil {
  // Throughput: every eval sentence, repeated for at least two seconds, one thread.
  var sentences: [String] = []
  for language in languages {
    sentences += lines(data.appendingPathComponent("lingua/\(language)/sentences.txt"))
  }
  // Timed in thread CPU time, as lingua is, so that other processes on a shared machine do not
  // skew the ratio.
  var done = 0
  let start = threadCPUSeconds()
  repeat {
    for sentence in sentences { blackHole(identifier.identify(sentence)) }
    done += sentences.count
  } while threadCPUSeconds() - start < 2
  salinRate = Double(done) / (threadCPUSeconds() - start)
}

// Mixed text.
struct MixedCase: Decodable {
  var text: String
  var language: String?
  var length: Int
  var start: Int
  var end: Int
  /// Whether every word of the phrase is among the English training list's 100,000 most frequent
  /// (`nil` for clean paragraphs, or without the list): such a phrase reads as English to anyone.
  var englishListed: Bool?

  enum CodingKeys: String, CodingKey {
    case text, language, length, start, end
    case englishListed = "english_listed"
  }
}
struct Lingua: Decodable {
  var accuracy: [String: Double]
  var mixed: [String: Double]
  var mixed_counts: [String: Int]?
  var sentences_per_second: Double
}
let cases = lines(work.appendingPathComponent("mixed.jsonl")).compactMap {
  try? JSONDecoder().decode(MixedCase.self, from: Data($0.utf8))
}
var found: [String: Int] = [:]
var total: [String: Int] = [:]
var falseSpans = 0
var clean = 0
var falseExamples: [String] = []
for c in cases {
  let spans = identifier.foreignSpans(in: c.text, mainLanguage: .english)
  guard let language = c.language else {
    clean += 1
    if !spans.isEmpty {
      falseSpans += 1
      if falseExamples.count < 8 {
        falseExamples.append(spans.map { "\($0.language):\($0.text)" }.joined(separator: ", "))
      }
    }
    continue
  }
  var keys = ["\(language)\(c.length)"]
  if c.englishListed == false { keys.append(keys[0] + "-not-english") }
  for key in keys { total[key, default: 0] += 1 }
  if spans.contains(where: {
    $0.language.tag == language && $0.scalarRange.lowerBound < c.end
      && $0.scalarRange.upperBound > c.start
  }) {
    for key in keys { found[key, default: 0] += 1 }
  } else if arguments.contains("--explain") && c.length <= 2 {
    let phrase = String(c.text.unicodeScalars.dropFirst(c.start).prefix(c.end - c.start))
    let alone = identifier.identify(phrase, candidates: nil, names: [])
    print(
      "missed \(language): \(phrase)  [alone: \(alone.language?.tag ?? "und") \(alone.evidence)]")
  }
}

var rows: [(String, String, String)] = []
if mixedOnly == nil {
  let kinds = [("single-words", "words"), ("word-pairs", "pairs"), ("sentences", "sentences")]
  for language in languages {
    for (file, label) in kinds {
      let name = "lingua/\(language)/\(file).txt"
      rows.append(
        (
          "\(language) \(label) (eval/lingua)",
          percent(accuracy(data.appendingPathComponent(name), language)),
          percent(lingua?.accuracy[name])
        ))
    }
    // The Tagalog word and pair cells without the lines made only of common English words
    // (written by lingua_bench.py from the English training list): the label noise removed.
    for (file, label) in kinds.prefix(2) where language == "tl" {
      let name = "not-english/tl/\(file).txt"
      let subset = work.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: subset.path) else { continue }
      rows.append(
        (
          "  tl \(label), not all English (\(lines(subset).count) of "
            + "\(lines(data.appendingPathComponent("lingua/tl/\(file).txt")).count))",
          percent(accuracy(subset, "tl")), percent(lingua?.accuracy[name])
        ))
    }
  }
  for language in languages {
    let name = "tatoeba/\(language).txt"
    rows.append(
      (
        "\(language) sentences (eval/tatoeba)",
        percent(accuracy(data.appendingPathComponent(name), language)),
        percent(lingua?.accuracy[name])
      ))
  }
  rows.append(
    (
      "sentences/s, one thread (CPU time)", String(format: "%.0f", salinRate),
      lingua.map { String(format: "%.0f", $0.sentences_per_second) } ?? "–"
    ))
  rows.append(
    (
      "  ratio Salin / lingua",
      lingua.map { String(format: "%.1f×", salinRate / $0.sentences_per_second) } ?? "–", ""
    ))
}
for language in ["tl", "ko"] {
  for length in 1...3 {
    let key = "\(language)\(length)"
    let recall = total[key].map { 100 * Double(found[key, default: 0]) / Double($0) }
    rows.append(
      (
        "mixed: \(language) \(length)-word phrase found %", percent(recall),
        percent(lingua?.mixed[key])
      ))
  }
  // The same phrases without those made only of common English words ("assets", "weekly
  // singles"): what a detector can find at all, since the eval lists carry that label noise.
  for length in 1...3 where language == "tl" {
    let key = "tl\(length)-not-english"
    guard let n = total[key] else { continue }
    rows.append(
      (
        "  tl \(length)-word, not all English (\(n) of \(total["tl\(length)", default: 0])) %",
        percent(100 * Double(found[key, default: 0]) / Double(n)), percent(lingua?.mixed[key])
      ))
  }
}
rows.append(
  (
    "mixed: clean paragraphs with a false span %",
    percent(clean > 0 ? 100 * Double(falseSpans) / Double(clean) : nil),
    percent(lingua?.mixed["false"])
  ))

print(
  "Language identification, en/tl/ko (accuracy %): Salin vs lingua 2.1.1 high accuracy, preloaded")
print(pad("", 44) + lpad("Salin", 10) + lpad("lingua", 10))
for (label, salin, other) in rows { print(pad(label, 44) + lpad(salin, 10) + lpad(other, 10)) }
print(
  "\(cases.count - clean) mixed and \(clean) clean paragraphs; model \(modelURL.lastPathComponent): \(modelBytes) bytes, loads in \(String(format: "%.2f", loadMs)) ms, an identifier is made in \(String(format: "%.2f", makeMs)) ms (medians of 21)"
)
if lingua == nil { print("(lingua results missing: run through scripts/bench-langid.sh)") }
if !falseExamples.isEmpty { print("false spans, e.g.: " + falseExamples.joined(separator: " | ")) }

/// Keeps the optimiser from dropping a result it sees unused.
@inline(never) func blackHole(_ value: Language?) { if value?.tag == "\u{0}" { print("") } }
