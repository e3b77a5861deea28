extension Unicode.Scalar {
  // Unicode properties with an ASCII fast path: grammar reads them for every value it resolves,
  // most values are ASCII, and a property lookup costs about a hundred instructions. For ASCII
  // each answer is the property's own (letters are A–Z and a–z, digits the only numerics).

  /// `properties.isAlphabetic`.
  var isLetter: Bool {
    isASCII
      ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
  }

  /// `properties.isUppercase`.
  var isUppercaseLetter: Bool { isASCII ? (0x41...0x5A).contains(value) : properties.isUppercase }

  /// `properties.isLowercase`.
  var isLowercaseLetter: Bool { isASCII ? (0x61...0x7A).contains(value) : properties.isLowercase }

  /// `properties.numericType != nil`.
  var isNumeric: Bool { isASCII ? (0x30...0x39).contains(value) : properties.numericType != nil }
}
