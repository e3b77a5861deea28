import SalinCore
import Yams

extension BriefingParser {
  /// A section: `{heading: runs, blocks: [...]}`.
  mutating func section(_ node: Node, _ field: String) throws(BriefingError) -> Section {
    let mapping = try reader.mapping(node, field)
    try reader.checkKeys(mapping, allowed: ["heading", "blocks"], field)
    let heading = try runs(
      try reader.required("heading", in: mapping, of: node, field), "\(field).heading")
    let body = try mapping["blocks"].map { node throws(BriefingError) in
      try blocks(node, "\(field).blocks")
    }
    return Section(heading: heading, blocks: body ?? [])
  }

  /// A list of blocks, each `{paragraph: runs}`, `{list: [runs]}` or `{table: {columns, rows}}`.
  mutating func blocks(_ node: Node, _ field: String) throws(BriefingError) -> [Block] {
    var result: [Block] = []
    for (index, item) in try reader.sequence(node, field).enumerated() {
      let itemField = "\(field)[\(index)]"
      let mapping = try reader.mapping(item, itemField)
      try reader.checkKeys(mapping, allowed: ["paragraph", "list", "table"], itemField)
      guard mapping.count == 1,
        let (kind, value) = mapping.first.map({ ($0.key.scalar?.string ?? "", $0.value) })
      else { throw reader.fail(.missingField("\(itemField).paragraph, .list or .table"), at: item) }
      switch kind {
      case "paragraph":
        result.append(.paragraph(try runs(value, "\(itemField).paragraph")))
      case "list":
        var items: [[Inline]] = []
        for (number, entry) in try reader.sequence(value, "\(itemField).list").enumerated() {
          items.append(try runs(entry, "\(itemField).list[\(number)]"))
        }
        result.append(.bulletList(items))
      default:
        result.append(.table(try table(value, "\(itemField).table")))
      }
    }
    return result
  }

  /// A table: `columns` are label keys (never text), `rows` are lists of cells.
  mutating func table(_ node: Node, _ field: String) throws(BriefingError) -> Table {
    let mapping = try reader.mapping(node, field)
    try reader.checkKeys(mapping, allowed: ["columns", "rows"], field)
    let columnsNode = try reader.required("columns", in: mapping, of: node, field)
    var columns: [LabelKey] = []
    for (index, column) in try reader.sequence(columnsNode, "\(field).columns").enumerated() {
      guard column.scalar != nil else {
        throw reader.fail(
          .wrongType(
            field: "\(field).columns[\(index)]", expected: "a label key (headers are never text)"),
          at: column)
      }
      columns.append(
        LabelKey(
          try reader.string(column, "\(field).columns[\(index)]"), location: reader.location(column)
        ))
    }
    var rows: [[[Inline]]] = []
    let rowsNode = try reader.required("rows", in: mapping, of: node, field)
    for (index, rowNode) in try reader.sequence(rowsNode, "\(field).rows").enumerated() {
      let cells = try reader.sequence(rowNode, "\(field).rows[\(index)]")
      guard cells.count == columns.count else {
        throw reader.fail(
          .invalidValue(
            field: "\(field).rows[\(index)]", value: "\(cells.count) cells",
            expected: "\(columns.count), one per column"),
          at: rowNode)
      }
      var row: [[Inline]] = []
      for (column, cell) in cells.enumerated() {
        row.append(try runs(cell, "\(field).rows[\(index)][\(column)]"))
      }
      rows.append(row)
    }
    return Table(columns: columns, rows: rows)
  }

  /// Runs: one run (a mapping) or a list of runs.
  ///
  /// A run is a text unit, `{label: key}` or `{message: key, with: {...}}`.
  mutating func runs(_ node: Node, _ field: String) throws(BriefingError) -> [Inline] {
    if node.sequence != nil {
      var result: [Inline] = []
      for (index, item) in try reader.sequence(node, field).enumerated() {
        result.append(try run(item, "\(field)[\(index)]"))
      }
      if result.isEmpty {
        throw reader.fail(.wrongType(field: field, expected: "at least one run"), at: node)
      }
      return result
    }
    return [try run(node, field)]
  }

  mutating func run(_ node: Node, _ field: String) throws(BriefingError) -> Inline {
    guard let mapping = node.mapping else {
      throw reader.fail(
        .wrongType(
          field: field,
          expected: "a text unit ({en: …, tl: …, ko: …}), {label: key} or {message: key}"), at: node
      )
    }
    if let key = mapping["label"] {
      try reader.checkKeys(mapping, allowed: ["label"], field)
      return .label(
        LabelKey(try reader.string(key, "\(field).label"), location: reader.location(key)))
    }
    if mapping["message"] != nil { return .message(try message(node, field)) }
    return .text(try textUnit(node, field, defaultID: field))
  }

  /// A text unit: `id` (optional; the field path otherwise), `with` bindings and one variant per language.
  mutating func textUnit(_ node: Node, _ field: String, defaultID: String) throws(BriefingError)
    -> TextUnit
  {
    let mapping = try reader.mapping(node, field)
    var id = defaultID
    var arguments: [String: ArgumentBinding] = [:]
    var variants: [Language: String] = [:]
    var variantNodes: [Language: Node] = [:]
    var madeFrom: [Language: String] = [:]
    for (name, key, value) in try reader.entries(mapping, field) {
      switch name {
      case "id": id = try reader.string(value, "\(field).id")
      case "with": arguments = try bindings(value, "\(field).with")
      case "made-from":
        // Each translation's fingerprint of the source text it was made from (staleness).
        for (tag, languageKey, fingerprint) in try reader.entries(
          try reader.mapping(value, "\(field).made-from"), "\(field).made-from")
        {
          let language = try declaredLanguage(tag, at: languageKey, "\(field).made-from")
          let text = try reader.string(fingerprint, "\(field).made-from.\(tag)")
          guard text.count == 12, text.allSatisfy(\.isHexDigit) else {
            throw reader.fail(
              .invalidValue(
                field: "\(field).made-from.\(tag)", value: text,
                expected: "a 12-digit source fingerprint, as salin merge writes it"),
              at: fingerprint)
          }
          madeFrom[language] = text
        }
      default:
        let language = try declaredLanguage(name, at: key, field)
        guard let scalar = value.scalar else {
          throw reader.fail(.wrongType(field: "\(field).\(name)", expected: "a string"), at: value)
        }
        variants[language] = scalar.string
        variantNodes[language] = value
      }
    }
    if variants.isEmpty { throw reader.fail(.missingField("\(field).<language>"), at: node) }
    guard unitIDs.insert(id).inserted else {
      throw reader.fail(.duplicateID(id), at: mapping["id"] ?? node)
    }
    for (language, text) in variants.sorted(by: { $0.key < $1.key }) {
      for name in TextUnit.placeholders(in: text) where arguments[name] == nil {
        throw reader.fail(
          .unboundPlaceholder(unit: id, placeholder: name), at: variantNodes[language])
      }
    }
    var unit = TextUnit(
      id: id, variants: variants, arguments: arguments, location: reader.location(node))
    unit.madeFrom = madeFrom
    unit.variantLocations = variantNodes.mapValues { reader.location($0) }
    return unit
  }
}
