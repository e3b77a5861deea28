import SalinCore
import Yams

extension BriefingNodes {
  /// `{heading: runs, blocks: [...]}`.
  func section(_ section: Section) -> Node {
    var pairs: [(String, Node)] = [("heading", runs(section.heading))]
    if !section.blocks.isEmpty { pairs.append(("blocks", sequence(section.blocks.map(block)))) }
    return mapping(pairs)
  }

  /// `{paragraph: runs}`, `{list: [runs]}` or `{table: {columns, rows}}`.
  func block(_ block: Block) -> Node {
    switch block {
    case .paragraph(let inlines):
      return mapping([("paragraph", runs(inlines))])
    case .bulletList(let items):
      return mapping([("list", sequence(items.map(runs)))])
    case .table(let table):
      let columns = sequence(table.columns.map { string($0.key) }, flow: true)
      let rows = sequence(table.rows.map { row in sequence(row.map(runs)) })
      return mapping([("table", mapping([("columns", columns), ("rows", rows)]))])
    }
  }

  /// One run as a mapping, several as a list of mappings (the loader reads both).
  func runs(_ inlines: [Inline]) -> Node {
    inlines.count == 1 ? run(inlines[0]) : sequence(inlines.map(run))
  }

  func run(_ inline: Inline) -> Node {
    switch inline {
    case .label(let key): mapping([("label", string(key.key))], flow: true)
    case .message(let message): self.message(message)
    case .text(let unit): textUnit(unit)
    }
  }

  /// `{id, with, <language>: text …}`, variants in the briefing's language order.
  func textUnit(_ unit: TextUnit) -> Node {
    var pairs: [(String, Node)] = [("id", string(unit.id))]
    if !unit.arguments.isEmpty { pairs.append(("with", bindings(unit.arguments))) }
    for language in ordered(Array(unit.variants.keys)) {
      pairs.append((language.tag, string(unit.variants[language] ?? "")))
    }
    if !unit.madeFrom.isEmpty {
      pairs.append(
        (
          "made-from",
          mapping(
            ordered(Array(unit.madeFrom.keys)).map { ($0.tag, string(unit.madeFrom[$0] ?? "")) },
            flow: true)
        ))
    }
    return mapping(pairs)
  }

  /// `{message: key, with: {...}}`.
  func message(_ message: MessageReference) -> Node {
    var pairs: [(String, Node)] = [("message", string(message.key.key))]
    if !message.arguments.isEmpty { pairs.append(("with", bindings(message.arguments))) }
    return mapping(pairs)
  }

  /// Argument name to binding, sorted by name.
  func bindings(_ arguments: [String: ArgumentBinding]) -> Node {
    mapping(arguments.sorted { $0.key < $1.key }.map { ($0.key, binding($0.value)) })
  }

  func binding(_ binding: ArgumentBinding) -> Node {
    switch binding {
    case .fact(let path):
      return mapping([("fact", string(path.path))], flow: true)
    case .entity(let reference):
      return mapping([("entity", string(reference.id))] + form(reference.form), flow: true)
    case .entities(let references):
      let ids = sequence(references.map { string($0.id) }, flow: true)
      return mapping([("entities", ids)] + form(references.first?.form ?? .name), flow: true)
    case .message(let reference):
      return message(reference)
    case .number(let value):
      let integral = value.rounded() == value && abs(value) < 1e15
      return Node(integral ? String(Int(value)) : String(value), tag())
    }
  }

  private func form(_ form: EntityNameForm) -> [(String, Node)] {
    form == .name ? [] : [("form", string(form.rawValue))]
  }
}
