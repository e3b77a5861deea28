/// Tagalog cardinal numbers in words, as Philippine news writes them, replacing ICU's Filipino
/// spell-out ("dalawáng pû’t isá" for 21, with stress marks no newspaper prints).
///
/// 1–10 isa … sampu, 11–19 labing-isa … labinsiyam, tens dalawampu … siyamnapu joined to units
/// with 't (dalawampu't isa), hundreds with the linker (dalawang daan, apat na raan), then libo,
/// milyon and bilyon; the groups join with "at" (dalawang libo at dalawampu't lima).
enum TagalogNumbers {
  private static let units = [
    "", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam",
  ]
  private static let teens = [
    "labing-isa", "labindalawa", "labintatlo", "labing-apat", "labinlima", "labing-anim",
    "labimpito", "labingwalo", "labinsiyam",
  ]
  private static let tens = [
    "dalawampu", "tatlumpu", "apatnapu", "limampu", "animnapu", "pitumpu", "walumpu", "siyamnapu",
  ]
  private static let scales = ["", "libo", "milyon", "bilyon"]

  /// The number in words; numbers of a trillion or more stay in digits.
  /// - Parameter n: The number.
  /// - Returns: The Tagalog words (isa, dalawampu't isa, isang daan), or the digits.
  static func cardinal(_ n: Int64) -> String {
    if n == 0 { return "sero" }
    if n < 0 { return "negatibo " + cardinal(n == .min ? .max : -n) }
    guard n < 1_000_000_000_000 else { return String(n) }
    var groups: [String] = []
    var rest = n
    var scale = 0
    while rest > 0 {
      let group = Int(rest % 1000)
      if group > 0 {
        let words = belowThousand(group)
        groups.insert(scale == 0 ? words : linked(words, scales[scale]), at: 0)
      }
      rest /= 1000
      scale += 1
    }
    guard groups.count > 1 else { return groups[0] }
    return groups.dropLast().joined(separator: ", ") + " at " + groups[groups.count - 1]
  }

  private static func belowHundred(_ n: Int) -> String {
    switch n {
    case 0..<10: return units[n]
    case 10: return "sampu"
    case 11..<20: return teens[n - 11]
    default: return tens[n / 10 - 2] + (n % 10 == 0 ? "" : "'t " + units[n % 10])
    }
  }

  private static func belowThousand(_ n: Int) -> String {
    let hundreds = n / 100
    let rest = n % 100
    guard hundreds > 0 else { return belowHundred(rest) }
    // After the separate linker "na", daan is pronounced and written raan: apat na raan.
    let hundred = linked(units[hundreds], "daan").replacing(" na daan", with: " na raan")
    return rest == 0 ? hundred : hundred + " at " + belowHundred(rest)
  }

  /// A multiplier joined to what it counts: isang libo, apat na libo, dalawampung libo.
  private static func linked(_ words: String, _ counted: String) -> String {
    words + TagalogLinker.suffix(after: words) + " " + counted
  }
}
