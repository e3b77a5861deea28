/// Unit IDs as XML NMTOKENs: XLIFF requires them, and briefing IDs may hold `[`, `]` or spaces.
enum XMLID {
  /// The ID itself when it is an NMTOKEN, else each other scalar written `_xHHHH_`.
  static func encode(_ id: String) -> String {
    guard !id.isEmpty, !id.unicodeScalars.allSatisfy(isNameScalar) else { return id }
    var out = ""
    for scalar in id.unicodeScalars {
      if isNameScalar(scalar), scalar != "_" {
        out.unicodeScalars.append(scalar)
      } else {
        out += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
      }
    }
    return out
  }

  /// Whether a scalar may stand in an NMTOKEN (XML 1.0 NameChar, simplified to letters, digits,
  /// marks and `.-_:·`).
  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || ".-_:".unicodeScalars.contains(scalar)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{B7}"
  }
}
