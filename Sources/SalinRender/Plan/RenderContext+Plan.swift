import SalinCore

extension RenderContext {
  /// Runs a plan's steps: spans appended into `output` in order.
  mutating func run(_ plan: RenderPlan) throws(RenderError) {
    // Where each of the plan's languages sits in this locale's chain: picking a variant
    // compares small numbers, not tags.
    let positions = plan.chainPositions(chain)
    for step in plan.steps {
      switch step {
      case .text(let index): try appendText(plan, unit: Int(index), positions: positions)
      case .message(let index):
        try appendMessage(plan.messages[Int(index)], in: locale)
      case .endCell: output.endCell()
      case .endRow: output.endRow()
      case .endSingleCellBlock(let kind): output.endSingleCellBlock(kind)
      case .endBlock(let kind): output.endBlock(kind)
      case .sourcesLine: try appendSourcesLine()
      }
    }
  }

  /// Appends a text unit in the first language of the chain that has it; placeholders are
  /// filled in that same language, so a fallback span is in one language throughout.
  mutating func appendText(_ plan: RenderPlan, unit index: Int, positions: [Int32])
    throws(RenderError)
  {
    var best = -1
    var used = Int.max
    let count = plan.units[index].variants.count
    if let packed = plan.units[index].packedLanguages {
      for variant in 0..<count {
        let position = Int(positions[Int((packed >> (4 * UInt64(variant))) & 0xF)])
        if position >= 0 && position < used {
          best = variant
          used = position
        }
      }
    } else {
      for variant in 0..<count {
        let tag = plan.units[index].variants[variant].language.tag
        if let position = chain.firstIndex(where: { $0.tag == tag }), position < used {
          best = variant
          used = position
        }
      }
    }
    guard best >= 0 else {
      throw .noVariant(
        plan.units[index].origin, chain: chain, location: plan.units[index].location)
    }
    if used > 0 {
      noteFallback(
        plan.units[index].origin, used: chain[used], location: plan.units[index].location)
    }
    var provenance: Int32 = -1
    for segment in plan.units[index].variants[best].segments {
      switch segment {
      case .literal(let literal):
        if provenance < 0 {
          provenance = output.addProvenance(
            plan.units[index].origin, locale: used, fallbackStep: used,
            file: plan.units[index].file, position: plan.units[index].position)
        }
        output.append(literal, provenance: provenance)
      case .placeholder(let name):
        guard let binding = plan.units[index].arguments[name] else {
          throw .unresolved(
            "{\(name)} in text unit '\(plan.units[index].id)'",
            location: plan.units[index].location)
        }
        try appendPlaceholder(
          binding, placeholder: name, unitID: plan.units[index].id,
          unitLocation: plan.units[index].location, in: chain[used])
      }
    }
  }
}
