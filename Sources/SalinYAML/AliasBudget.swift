internal import CYaml

/// Adds up, over libyaml's events, how many nodes and bytes of text each alias stands for, and
/// how deep collections nest, throwing at the first alias or collection that passes a limit.
///
/// Yams (6.2) has no event API; its libyaml is the `CYaml` module it is built from, which this
/// file alone imports. The pass is linear: an anchor's expanded size is recorded once, when its
/// node ends, and an alias adds that size without visiting the node. Syntax errors are not
/// reported here: the pass stops and Yams, composing the same text, reports them with its own
/// messages.
struct AliasBudget {
  let limits: YAMLLimits

  /// A node's size once its aliases are expanded.
  private struct Size {
    var nodes = 0
    var bytes = 0
  }

  /// An open collection: what its children add up to so far, and its anchor.
  private struct Frame {
    var size = Size(nodes: 1, bytes: 0)
    var anchor: String?
  }

  func check(_ text: String) throws(YAMLLimitError) {
    var text = text
    let error = text.withUTF8 { buffer -> YAMLLimitError? in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      do throws(YAMLLimitError) {
        try walk(&parser)
        return nil
      } catch {
        return error
      }
    }
    if let error { throw error }
  }

  private func walk(_ parser: inout yaml_parser_t) throws(YAMLLimitError) {
    var frames: [Frame] = []
    var anchors: [String: Size] = [:]
    var aliased = Size()
    func add(_ size: Size, anchor: String?) {
      if let anchor { anchors[anchor] = size }
      guard !frames.isEmpty else { return }
      frames[frames.count - 1].size.nodes += size.nodes
      frames[frames.count - 1].size.bytes += size.bytes
    }
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else { return }
      defer { yaml_event_delete(&event) }
      let mark = event.start_mark
      let at = (line: Int(mark.line) + 1, column: Int(mark.column) + 1)
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return
      case YAML_SCALAR_EVENT:
        add(
          Size(nodes: 1, bytes: Int(event.data.scalar.length)),
          anchor: Self.string(event.data.scalar.anchor))
      case YAML_ALIAS_EVENT:
        // An undefined alias is Yams' error to report.
        guard let name = Self.string(event.data.alias.anchor), let size = anchors[name] else {
          return
        }
        aliased.nodes += size.nodes
        aliased.bytes += size.bytes
        if aliased.nodes > limits.maximumAliasedNodes {
          throw YAMLLimitError(
            .aliasedNodes(limits.maximumAliasedNodes), line: at.line, column: at.column)
        }
        if aliased.bytes > limits.maximumAliasedBytes {
          throw YAMLLimitError(
            .aliasedBytes(limits.maximumAliasedBytes), line: at.line, column: at.column)
        }
        add(size, anchor: nil)
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let anchor =
          event.type == YAML_SEQUENCE_START_EVENT
          ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
        frames.append(Frame(anchor: Self.string(anchor)))
        if frames.count > limits.maximumDepth {
          throw YAMLLimitError(.depth(limits.maximumDepth), line: at.line, column: at.column)
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let frame = frames.popLast() else { return }
        add(frame.size, anchor: frame.anchor)
      default:
        continue
      }
    }
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
