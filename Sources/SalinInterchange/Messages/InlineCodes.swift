/// Numbers the inline codes of one unit and collects their original data, so that a code the
/// source and the target share has one ID, and each distinct piece of data is stored once.
struct InlineCodes {
  /// The original data in the order first used: (data ID, raw text).
  private(set) var data: [(id: String, text: String)] = []
  private var dataIDs: [String: String] = [:]
  /// Code IDs the source used, by their data, in order, for the target to reuse.
  private var sourceCodes: [String: [String]] = [:]
  private var usedInTarget: [String: Int] = [:]
  private var nextCode = 1

  /// The data ID for a raw code text, adding it when new.
  mutating func dataID(_ text: String) -> String {
    if let id = dataIDs[text] { return id }
    let id = "d\(data.count + 1)"
    data.append((id, text))
    dataIDs[text] = id
    return id
  }

  /// A code ID: a fresh one for the source; for the target, the source's code with the same
  /// data if one is left, so that a translator's tool pairs them.
  mutating func codeID(for key: String, inTarget: Bool) -> String {
    if inTarget {
      let used = usedInTarget[key, default: 0]
      if let ids = sourceCodes[key], used < ids.count {
        usedInTarget[key] = used + 1
        return ids[used]
      }
    }
    let id = "\(nextCode)"
    nextCode += 1
    if !inTarget { sourceCodes[key, default: []].append(id) }
    return id
  }
}
