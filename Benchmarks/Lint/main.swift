// bench-lint: `salin lint`'s engine on a generated corpus of Markdown articles.
//
//   bench-lint generate DIR MEGABYTES   writes a deterministic corpus (same bytes every run): English
//                                       articles with planted Tagalog labels, Tagalog sentences and
//                                       Hangul, one file per article, plus paragraphs.txt (one
//                                       paragraph a line, for lingua)
//   bench-lint lint DIR JOBS            lints every .md file under DIR with JOBS workers and prints
//                                       one line: files, bytes, seconds, MB/s, findings by rule,
//                                       peak RSS (getrusage)
import Foundation
import SalinCore
import SalinLint
import Synchronization

let arguments = Array(CommandLine.arguments.dropFirst())
/// `BENCH_NO_LANGID=1` lints without the language identifier, to see what it costs.
let withoutIdentifier = ProcessInfo.processInfo.environment["BENCH_NO_LANGID"] == "1"

/// A small deterministic generator (SplitMix64), so the corpus is the same on every machine.
struct Random {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

let englishSentences = [
  "The U.S. and South Korea have deepened their defense alliance in a meeting in Washington today.",
  "Senior officials from both nations convened for the fifth Extended Deterrence Strategy and Consultation Group meeting.",
  "Both sides reaffirmed their ironclad commitment to extended deterrence.",
  "With North Korea continuing to violate United Nations Security Council resolutions, this alliance remains a key pillar.",
  "The meeting expanded on the progress made since the April 2023 Washington Declaration.",
  "The recent incidents along the Demilitarized Zone have also heightened tensions, raising fears of accidental escalation.",
  "In addition to addressing these destabilizing actions, the meeting highlighted the interconnectedness of security.",
  "With new security threats emerging globally, the two countries recognized the importance of incorporating new technology.",
  "This includes leveraging artificial intelligence, cyber defense, and missile detection systems to maintain a strategic edge.",
  "As both nations pledge to work closely with allies to counter misinformation, they solidify their standing.",
  "The next high-level meeting in 2025 will further build on these critical discussions, ensuring continued collaboration.",
  "Local officials said the new budget would fund schools, roads and clinics across the region.",
  "Farmers in the province reported a strong harvest despite the late rains this season.",
  "The committee will publish its findings after a public consultation that runs until March.",
  "Researchers at the university found that the new method reduced energy use by a third.",
]
let tagalogSentences = [
  "Ayon sa mga opisyal, magpapatuloy ang pagtutulungan ng dalawang bansa sa susunod na taon.",
  "Nagkasundo ang mga kinatawan na palakasin ang depensa laban sa mga banta sa rehiyon.",
  "Sinabi ng tagapagsalita na handa ang pamahalaan na tumulong sa mga apektadong pamilya.",
]
let koreanSentences = [
  "한미 양국은 확장억제 전략협의체 회의에서 동맹을 강화하기로 합의했다.",
  "정부 관계자는 다음 회의가 내년에 열릴 것이라고 밝혔다.",
]
let headings = [
  "Advancing Security Through Deterrence", "Responding to New Provocations", "Broader Implications",
  "Strong Alliances in an Unstable World", "What Comes Next", "Regional Reactions",
]
let tagalogLabels = ["Mga Detalye", "Mga pinagmumulan"]

func article(_ random: inout Random, index: Int) -> (markdown: String, paragraphs: [String]) {
  var parts = [
    "---", "lang: en", "title: Briefing \(index)", "---", "", "# \(random.pick(headings))", "",
  ]
  var paragraphs: [String] = []
  for section in 0..<(3 + random.below(3)) {
    if section > 0 { parts += ["## \(random.pick(headings))", ""] }
    for _ in 0..<(2 + random.below(3)) {
      var sentences = (0..<(3 + random.below(4))).map { _ in random.pick(englishSentences) }
      // Planted: a Tagalog sentence in one paragraph in eight, Hangul in one in twenty.
      if random.below(8) == 0 {
        sentences.insert(random.pick(tagalogSentences), at: random.below(sentences.count))
      }
      if random.below(20) == 0 { sentences.append(random.pick(koreanSentences)) }
      let paragraph = sentences.joined(separator: " ")
      parts += [paragraph, ""]
      paragraphs.append(paragraph)
    }
  }
  // Planted: a Tagalog table header in one article in four.
  let header = random.below(4) == 0 ? tagalogLabels[0] : "Details"
  parts += ["| Area | \(header) |", "|---|---|", "| Missile Defense | Strengthening systems |", ""]
  let sources = random.below(4) == 0 ? tagalogLabels[1] : "Sources"
  parts += ["\(sources): THX News & US Department of State.", ""]
  paragraphs.append("\(sources): THX News & US Department of State.")
  return (parts.joined(separator: "\n"), paragraphs)
}

func generate(directory: String, megabytes: Int) throws {
  var random = Random(state: 2024)
  let target = megabytes * 1_000_000
  var written = 0
  var index = 0
  var paragraphs = Data()
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  while written < target {
    let folder = "\(directory)/\(index / 500)"
    if index % 500 == 0 {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    let (markdown, articleParagraphs) = article(&random, index: index)
    let bytes = Data(markdown.utf8)
    try bytes.write(to: URL(fileURLWithPath: "\(folder)/article-\(index).md"))
    for paragraph in articleParagraphs { paragraphs.append(Data((paragraph + "\n").utf8)) }
    written += bytes.count
    index += 1
  }
  try paragraphs.write(to: URL(fileURLWithPath: "\(directory)/paragraphs.txt"))
  print("generated \(index) articles, \(written) bytes in \(directory)")
}

func lint(directory: String, jobs: Int) throws {
  var configuration = LintConfiguration()
  configuration.candidates = [.english, .tagalog, .korean]
  let files = FileCollector.collect([directory]).files.filter { $0.hasSuffix(".md") }
  let bytes = files.reduce(0) {
    $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
  }
  let runner = LintRunner(
    linters: LinterFactory(model: withoutIdentifier ? .none : .builtIn),
    configuration: configuration, jobs: jobs)
  let clock = ContinuousClock()
  let start = clock.now
  // Streamed, as `salin lint` does: only counts are kept.
  let counts = Mutex<[String: Int]>([:])
  let run = runner.lint(.paths(files)) { file in
    counts.withLock { counts in
      for finding in file.findings { counts[finding.rule.code, default: 0] += 1 }
    }
  }
  let byRule = counts.withLock { $0 }
  let errorCount = run.errors.count
  let model = withoutIdentifier || !run.warnings.isEmpty ? nil : "loaded"
  let elapsed = start.duration(to: clock.now)
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let cpu =
    Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  let rules = byRule.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
    separator: " ")
  print(
    String(
      format:
        "jobs=%d files=%d bytes=%d seconds=%.2f mb_per_s=%.2f cpu_seconds=%.2f mb_per_cpu_s=%.2f peak_rss_mb=%.1f errors=%d model=%@ findings: %@",
      jobs, files.count, bytes, seconds, Double(bytes) / 1e6 / seconds, cpu,
      Double(bytes) / 1e6 / cpu,
      Double(usage.ru_maxrss) / 1024,
      errorCount, model == nil ? "missing" : "loaded", rules))
}

switch arguments.first {
case "generate" where arguments.count == 3:
  try generate(directory: arguments[1], megabytes: Int(arguments[2]) ?? 50)
case "lint" where arguments.count == 3:
  try lint(directory: arguments[1], jobs: Int(arguments[2]) ?? 1)
default:
  FileHandle.standardError.write(
    Data("usage: bench-lint generate DIR MB | bench-lint lint DIR JOBS\n".utf8))
  exit(2)
}
