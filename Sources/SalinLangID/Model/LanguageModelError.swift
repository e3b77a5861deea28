/// What can go wrong loading or training a language model, described for a user.
public enum LanguageModelError: Error, Equatable, CustomStringConvertible {
  /// A model file, or a training corpus folder or file, could not be read.
  case unreadable(path: String, reason: String)
  /// The bytes do not start with the model magic `SALINLM\0`.
  case notAModel(path: String)
  /// The file is a model of a format version this build cannot read.
  case unsupportedVersion(path: String, found: UInt32, supported: UInt32)
  /// The file ends before a section it declares, or its checksum does not match.
  case corrupt(path: String, reason: String)
  /// The training corpus folder has no language folders with usable text.
  case emptyCorpus(path: String)
  /// A training file is not UTF-8; the position is its first bad byte.
  case invalidUTF8(path: String, line: Int, column: Int)
  /// A `.freq` training file has a line that is not `word<TAB>positive number`.
  case malformedFrequency(path: String, line: Int, column: Int)
  /// A training option outside its range; `name` is the option as `salin train` spells it.
  case invalidOption(name: String, value: String, expected: String)
  /// The model file could not be written.
  case unwritable(path: String, reason: String)

  /// A one-line description for the command line.
  public var description: String {
    switch self {
    // The path says what it is: `salin train` reports its corpus folder or files here too.
    case .unreadable(let path, let reason): "cannot read '\(path)': \(reason)"
    case .notAModel(let path): "'\(path)' is not a Salin language model (bad magic)"
    case .unsupportedVersion(let path, let found, let supported):
      "'\(path)' is a version \(found) language model; this salin reads version \(supported): "
        + "retrain it with 'salin train'"
    case .corrupt(let path, let reason): "language model '\(path)' is corrupt: \(reason)"
    case .invalidUTF8(let path, let line, let column):
      "\(path):\(line):\(column): not valid UTF-8; convert the file to UTF-8 (for example with "
        + "iconv) or move it out of the corpus"
    case .malformedFrequency(let path, let line, let column):
      "\(path):\(line):\(column): expected 'word<TAB>frequency' with a positive number; fix the "
        + "line or move the file out of the corpus"
    case .invalidOption(let name, let value, let expected):
      "--\(name) \(value) is not usable: expected \(expected)"
    case .unwritable(let path, let reason): "cannot write the model to '\(path)': \(reason)"
    case .emptyCorpus(let path):
      "no training text in '\(path)': expected one folder per language tag with .txt, "
        + ".wordlist or .freq files"
    }
  }
}
