/// The arguments a message reads and what kind each is, from its inline pieces, for formats that
/// declare placeholders (ARB) or map them onto format specifiers (String Catalogs).
struct ArgumentKinds {
  /// An argument's name and the type keyword it is formatted with (`plural`, `number`, `date`,
  /// or empty for `{name}`).
  var name: String
  var type: String

  /// ARB's placeholder type: `num` for an argument counted or formatted as a number, else `Object`.
  var arbType: String {
    ["plural", "selectordinal", "number", "spellout", "ordinal"].contains(type) ? "num" : "Object"
  }

  /// Each argument of a message once, in order of first use.
  static func of(_ message: String) -> [ArgumentKinds] {
    var found: [ArgumentKinds] = []
    func add(_ raw: String) {
      let inner = raw.dropFirst().prefix { $0 != "}" }
      let parts = inner.split(separator: ",", maxSplits: 2).map {
        String(
          $0.drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed()
        )
      }
      guard let name = parts.first, !name.isEmpty, !found.contains(where: { $0.name == name })
      else { return }
      found.append(ArgumentKinds(name: name, type: parts.count > 1 ? parts[1] : ""))
    }
    func walk(_ pieces: [InlinePiece]) {
      for piece in pieces {
        switch piece {
        case .text: break
        case .placeholder(let raw): if raw != "#" { add(raw) }
        case .choice(let choice):
          add(choice.open)
          choice.branches.forEach { walk($0.pieces) }
        }
      }
    }
    walk(InlinePiece.pieces(of: message))
    return found
  }
}
