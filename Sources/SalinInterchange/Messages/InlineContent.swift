/// An ICU message cut into the text a translator edits and the codes they must keep: a
/// placeholder (`{name}`, `{n, number}`, `#`) is one code; a plural or select is a code that
/// opens it (`{n, plural,`), one paired code per branch (` one {` … `}`) and a closing code (`}`).
///
/// Joining the pieces' raw text gives back the message exactly, byte for byte: text keeps its ICU
/// quoting as written, and whitespace between branches belongs to the branch's opening code.
enum InlinePiece: Hashable, Sendable {
  /// Text the translator edits, as written in the message.
  case text(String)
  /// A whole placeholder, as written.
  case placeholder(String)
  /// A plural, selectordinal or select.
  case choice(Choice)

  /// A plural, selectordinal or select: its opening, its branches and its closing.
  struct Choice: Hashable, Sendable {
    /// `{n, plural,` up to the first branch's selector (with `offset:1` if any).
    var open: String
    /// The branches.
    var branches: [Branch]
    /// The closing brace, with the whitespace before it.
    var close: String
  }

  /// One branch of a choice.
  struct Branch: Hashable, Sendable {
    /// The whitespace before the selector, the selector and the branch's `{`.
    var open: String
    /// The branch's message.
    var pieces: [InlinePiece]
    /// The branch's `}`.
    var close: String
  }

  /// The raw message text of pieces.
  static func raw(_ pieces: [InlinePiece]) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text), .placeholder(let text): out += text
      case .choice(let choice):
        out += choice.open
        for branch in choice.branches { out += branch.open + raw(branch.pieces) + branch.close }
        out += choice.close
      }
    }
    return out
  }

  /// Cuts a message into pieces.
  ///
  /// The message should already parse (`MessagePattern`); text that does not is returned as one
  /// text piece from the point where the syntax breaks, so nothing is ever lost.
  /// - Parameter message: An ICU message.
  /// - Returns: The pieces; their raw text is `message`.
  static func pieces(of message: String) -> [InlinePiece] {
    var scanner = InlineScanner(Array(message.unicodeScalars))
    var pieces = scanner.pieces(inPlural: false, nested: false)
    if scanner.index < scanner.scalars.count {
      pieces.append(.text(scanner.string(scanner.index..<scanner.scalars.count)))
    }
    return pieces.mergingText()
  }
}

extension [InlinePiece] {
  /// Adjacent text pieces joined.
  func mergingText() -> [InlinePiece] {
    var out: [InlinePiece] = []
    for piece in self {
      if case .text(let text) = piece, case .text(let previous) = out.last {
        out[out.count - 1] = .text(previous + text)
      } else {
        out.append(piece)
      }
    }
    return out
  }
}

/// The scanner behind `InlinePiece.pieces(of:)`, following ICU's apostrophe rules: `''` is an
/// apostrophe, and `'` quotes only right before `{`, `}`, `|` or (in a plural) `#`.
private struct InlineScanner {
  let scalars: [Unicode.Scalar]
  var index = 0

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  func string(_ range: Range<Int>) -> String {
    var out = ""
    out.unicodeScalars.append(contentsOf: scalars[range])
    return out
  }

  /// Pieces up to the end, or (when `nested`) up to the `}` that closes the branch.
  mutating func pieces(inPlural: Bool, nested: Bool) -> [InlinePiece] {
    var pieces: [InlinePiece] = []
    var textStart = index
    func flush(_ end: Int) {
      if end > textStart { pieces.append(.text(string(textStart..<end))) }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "'":
        index = skipQuote(from: index, inPlural: inPlural)
      case "}" where nested:
        flush(index)
        return pieces
      case "#" where inPlural:
        flush(index)
        pieces.append(.placeholder("#"))
        index += 1
        textStart = index
      case "{":
        let start = index
        guard let piece = argument() else {
          index = start
          flush(start)
          textStart = start
          index = scalars.count
          pieces.append(.text(string(start..<scalars.count)))
          return pieces
        }
        flush(start)
        pieces.append(piece)
        textStart = index
      default:
        index += 1
      }
    }
    flush(index)
    return pieces
  }

  /// Skips a quoted run or an apostrophe; returns the index after it.
  func skipQuote(from start: Int, inPlural: Bool) -> Int {
    let next = start + 1
    guard next < scalars.count else { return next }
    if scalars[next] == "'" { return next + 1 }
    let opensQuote = ["{", "}", "|"].contains(scalars[next]) || (inPlural && scalars[next] == "#")
    guard opensQuote else { return next }
    var index = next
    while index < scalars.count {
      if scalars[index] == "'" {
        if index + 1 < scalars.count, scalars[index + 1] == "'" {
          index += 2
          continue
        }
        return index + 1
      }
      index += 1
    }
    return index
  }

  /// Reads `{…}` at `index`: a placeholder, or a choice with its branches.
  mutating func argument() -> InlinePiece? {
    let start = index
    index += 1
    skipSpace()
    let nameStart = index
    while index < scalars.count, !",}".unicodeScalars.contains(scalars[index]),
      !scalars[index].properties.isWhitespace
    {
      index += 1
    }
    guard index > nameStart else { return nil }
    skipSpace()
    guard index < scalars.count else { return nil }
    if scalars[index] == "}" {
      index += 1
      return .placeholder(string(start..<index))
    }
    guard scalars[index] == "," else { return nil }
    index += 1
    skipSpace()
    let typeStart = index
    while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
    let type = string(typeStart..<index)
    guard ["plural", "selectordinal", "select"].contains(type) else {
      // A simple placeholder: its style has no braces, so it ends at the next `}`.
      while index < scalars.count, scalars[index] != "}" { index += 1 }
      guard index < scalars.count else { return nil }
      index += 1
      return .placeholder(string(start..<index))
    }
    skipSpace()
    guard index < scalars.count, scalars[index] == "," else { return nil }
    index += 1
    // The opening code runs to the first selector, `offset:N` included.
    var openEnd = index
    var probe = index
    while probe < scalars.count, scalars[probe].properties.isWhitespace { probe += 1 }
    if string(probe..<min(probe + 7, scalars.count)) == "offset:" {
      probe += 7
      while probe < scalars.count, scalars[probe].properties.isWhitespace { probe += 1 }
      while probe < scalars.count, !scalars[probe].properties.isWhitespace, scalars[probe] != "{" {
        probe += 1
      }
      openEnd = probe
      index = probe
    }
    let open = string(start..<openEnd)
    var branches: [InlinePiece.Branch] = []
    let inPlural = type != "select"
    while true {
      let branchStart = index
      skipSpace()
      guard index < scalars.count else { return nil }
      if scalars[index] == "}" {
        let close = string(branchStart..<index + 1)
        index += 1
        return .choice(InlinePiece.Choice(open: open, branches: branches, close: close))
      }
      while index < scalars.count, scalars[index] != "{", !scalars[index].properties.isWhitespace {
        index += 1
      }
      skipSpace()
      guard index < scalars.count, scalars[index] == "{" else { return nil }
      index += 1
      let branchOpen = string(branchStart..<index)
      let content = pieces(inPlural: inPlural, nested: true)
      guard index < scalars.count, scalars[index] == "}" else { return nil }
      index += 1
      branches.append(
        InlinePiece.Branch(open: branchOpen, pieces: content.mergingText(), close: "}"))
    }
  }

  mutating func skipSpace() {
    while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
  }
}
