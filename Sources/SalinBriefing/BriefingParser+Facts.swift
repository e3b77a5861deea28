import SalinCore
import Yams

extension BriefingParser {
  /// `facts:` — `meeting`, `declarations` and `next-meeting`.
  mutating func parseFacts(_ node: Node) throws(BriefingError) -> BriefingFacts {
    let mapping = try reader.mapping(node, "facts")
    try reader.checkKeys(mapping, allowed: ["meeting", "declarations", "next-meeting"], "facts")
    var facts = BriefingFacts()
    if let meetingNode = mapping["meeting"] {
      let field = "facts.meeting"
      let meeting = try reader.mapping(meetingNode, field)
      try reader.checkKeys(meeting, allowed: ["series", "session", "place", "date"], field)
      let seriesNode = try reader.required("series", in: meeting, of: meetingNode, field)
      let series = try entity(
        try reader.string(seriesNode, "\(field).series"), kind: "organisation", at: seriesNode)
      let session = try reader.int(
        try reader.required("session", in: meeting, of: meetingNode, field), "\(field).session")
      var place: BriefingFacts.Place?
      if let placeNode = meeting["place"] {
        if placeNode.scalar != nil {
          place = .entity(
            try entity(try reader.string(placeNode, "\(field).place"), kind: nil, at: placeNode))
        } else {
          place = .text(try textUnit(placeNode, "\(field).place", defaultID: "facts.meeting.place"))
        }
      }
      let date = try meeting["date"].map { node throws(BriefingError) in
        try reader.date(node, "\(field).date")
      }
      facts.meeting = .init(series: series, session: session, place: place, date: date)
    }
    if let node = mapping["declarations"] {
      for (id, _, value) in try reader.entries(
        try reader.mapping(node, "facts.declarations"), "facts.declarations")
      {
        let field = "facts.declarations.\(id)"
        let declaration = try reader.mapping(value, field)
        try reader.checkKeys(declaration, allowed: ["name", "date"], field)
        let name = try textUnit(
          try reader.required("name", in: declaration, of: value, field), "\(field).name",
          defaultID: "\(field).name")
        let date = try reader.date(
          try reader.required("date", in: declaration, of: value, field), "\(field).date")
        facts.declarations[id] = .init(name: name, date: date)
      }
    }
    if let node = mapping["next-meeting"] {
      let next = try reader.mapping(node, "facts.next-meeting")
      try reader.checkKeys(next, allowed: ["year"], "facts.next-meeting")
      let year = try reader.int(
        try reader.required("year", in: next, of: node, "facts.next-meeting"),
        "facts.next-meeting.year")
      facts.nextMeeting = .init(year: year)
    }
    return facts
  }

  /// Checks that a fact path names a fact this briefing states.
  func factPath(_ node: Node, _ field: String) throws(BriefingError) -> FactPath {
    let text = try reader.string(node, field)
    let path = FactPath(text, location: reader.location(node))
    let parts = path.components
    let known: Bool
    switch parts.first {
    case "meeting":
      let meeting = facts.meeting
      known =
        parts.count == 2 && meeting != nil
        && (["series", "session"].contains(parts[1])
          || (parts[1] == "place" && meeting?.place != nil)
          || (parts[1] == "date" && meeting?.date != nil))
    case "declarations":
      known =
        parts.count == 3 && facts.declarations[parts[1]] != nil
        && ["name", "date"].contains(parts[2])
    case "next-meeting":
      known = parts == ["next-meeting", "year"] && facts.nextMeeting != nil
    default:
      known = false
    }
    guard known else { throw reader.fail(.unknownFact(text), at: node) }
    return path
  }
}
