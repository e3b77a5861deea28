internal import CLibXML2
import SalinCore
import SalinDocuments

/// An XML element as read: its namespace and local name, attributes, children, and where its
/// start tag begins.
struct XMLElement: Sendable {
  /// The namespace URI, empty when the element has none.
  var namespace: String
  /// The local name (`unit`, `trans-unit`).
  var name: String
  /// The attributes in document order.
  var attributes: [XMLAttribute]
  /// The children in document order.
  var children: [XMLNode]
  /// Where the start tag's `<` is.
  var position: SourcePosition

  /// The value of an attribute in no namespace (or in `namespace`).
  /// - Parameters:
  ///   - name: The attribute's local name.
  ///   - namespace: Its namespace URI; empty for an unprefixed attribute.
  /// - Returns: The value, or `nil` if the element lacks it.
  func attribute(_ name: String, namespace: String = "") -> String? {
    attributes.first { $0.name == name && $0.namespace == namespace }?.value
  }

  /// The child elements, in order.
  var elements: [XMLElement] {
    children.compactMap { if case .element(let element) = $0 { element } else { nil } }
  }

  /// The child elements with a local name in this element's namespace.
  /// - Parameter name: The local name.
  /// - Returns: The matching children, in order.
  func elements(_ name: String) -> [XMLElement] {
    elements.filter { $0.name == name && $0.namespace == namespace }
  }

  /// All text inside the element, descendants included.
  var text: String {
    children.map {
      switch $0 {
      case .text(let text): text
      case .element(let element): element.text
      }
    }.joined()
  }
}

/// An attribute of an XML element.
struct XMLAttribute: Sendable {
  /// The namespace URI, empty for an unprefixed attribute.
  var namespace: String
  /// The local name.
  var name: String
  /// The value, with entities and character references resolved.
  var value: String
}

/// A node in an element's content.
enum XMLNode: Sendable {
  /// An element.
  case element(XMLElement)
  /// Character data (text, entities resolved, CDATA included).
  case text(String)
}

/// Problems libxml2 reports while parsing, first one first.
struct XMLSyntaxError: Error, Sendable {
  /// Where.
  var position: SourcePosition
  /// libxml2's message, without its trailing newline.
  var message: String
}

/// Parses an XML document with libxml2's SAX2 parser into `XMLElement`s that know where each
/// start tag begins.
///
/// libxml2's tree keeps lines but no columns, so the reader builds its own tree from SAX events:
/// at each start tag it asks how many bytes the parser consumed (the position just before the
/// tag's `>`) and walks back to the tag's `<`, which no attribute value can contain. A document
/// type declaration is refused (XLIFF has none, and refusing it shuts out entity expansion), and
/// the network is never used.
enum XMLTree {
  /// libxml2 set up once for the process before the first parse (`xmlInitParser`).
  ///
  /// libxml2 2.9 says of `xmlInitParser`: "Call once before processing in case of use in
  /// multithreaded programs". Without it the first parser contexts set up the dictionary lock and
  /// the encoding handlers lazily, unguarded, and two readers (or a test run's parallel tests, or
  /// Foundation's `XMLParser`, which shares the library) may do it at once. A static is
  /// initialised exactly once, whichever thread comes first.
  private static let libxml2Initialized: Void = xmlInitParser()

  /// Parses a document.
  /// - Parameters:
  ///   - bytes: The document, UTF-8.
  ///   - lines: Where lines start in `bytes`, for positions.
  /// - Returns: The root element.
  /// - Throws: `XMLSyntaxError` at the first error libxml2 reports.
  static func parse(_ bytes: [UInt8], lines: LineIndex) throws(XMLSyntaxError)
    -> XMLElement
  {
    _ = libxml2Initialized
    let builder = Builder(bytes: bytes, lines: lines)
    var handler = xmlSAXHandler()
    handler.initialized = XML_SAX2_MAGIC
    handler.startElementNs = { context, localName, _, uri, _, _, count, _, attributes in
      Builder.from(context).start(localName, uri, count, attributes)
    }
    handler.endElementNs = { context, _, _, _ in Builder.from(context).end() }
    handler.characters = { context, characters, length in
      Builder.from(context).text(characters, length)
    }
    handler.cdataBlock = { context, characters, length in
      Builder.from(context).text(characters, length)
    }
    handler.internalSubset = { context, _, _, _ in Builder.from(context).refuseDoctype() }
    handler.serror = { context, error in
      guard let context, let error else { return }
      Builder.from(context).error(error.pointee)
    }
    let unmanaged = Unmanaged.passRetained(builder)
    defer { unmanaged.release() }
    guard
      let context = xmlCreatePushParserCtxt(
        &handler, unmanaged.toOpaque(), nil, 0, nil)
    else {
      throw XMLSyntaxError(position: lines.position(of: 0), message: "cannot start the XML parser")
    }
    defer { xmlFreeParserCtxt(context) }
    builder.context = context
    _ = xmlCtxtUseOptions(
      context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        _ = xmlParseChunk(context, $0, Int32(buffer.count), 1)
      }
    }
    if let error = builder.failure { throw error }
    guard let root = builder.root else {
      throw XMLSyntaxError(position: lines.position(of: 0), message: "no root element")
    }
    return root
  }

  /// Collects SAX events into elements; one per parse.
  private final class Builder {
    let bytes: [UInt8]
    let lines: LineIndex
    var context: xmlParserCtxtPtr?
    var stack: [XMLElement] = []
    var root: XMLElement?
    var failure: XMLSyntaxError?

    init(bytes: [UInt8], lines: LineIndex) {
      self.bytes = bytes
      self.lines = lines
    }

    /// The builder behind a parse's user data (SAX always passes the pointer it was given).
    static func from(_ context: UnsafeMutableRawPointer?) -> Builder {
      guard let context else { preconditionFailure("libxml2 called back without user data") }
      return Unmanaged<Builder>.fromOpaque(context).takeUnretainedValue()
    }

    func start(
      _ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int32,
      _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
      var values: [XMLAttribute] = []
      if let attributes {
        for index in 0..<Int(count) {
          let base = index * 5
          guard let name = attributes[base], let start = attributes[base + 3],
            let end = attributes[base + 4]
          else { continue }
          let value = String(
            decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
          values.append(
            XMLAttribute(
              namespace: attributes[base + 2].map { String(cString: $0) } ?? "",
              name: String(cString: name), value: value))
        }
      }
      var offset = min(Int(context.map { xmlByteConsumed($0) } ?? 0), bytes.count)
      while offset > 0, bytes[offset - 1] != UInt8(ascii: "<") { offset -= 1 }
      stack.append(
        XMLElement(
          namespace: uri.map { String(cString: $0) } ?? "",
          name: localName.map { String(cString: $0) } ?? "", attributes: values, children: [],
          position: lines.position(of: max(offset - 1, 0))))
    }

    func end() {
      guard let element = stack.popLast() else { return }
      if stack.isEmpty {
        root = element
      } else {
        stack[stack.count - 1].children.append(.element(element))
      }
    }

    func text(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
      guard let characters, !stack.isEmpty else { return }
      let text = String(
        decoding: UnsafeBufferPointer(start: characters, count: Int(length)), as: UTF8.self)
      let last = stack.count - 1
      if case .text(let previous) = stack[last].children.last {
        stack[last].children[stack[last].children.count - 1] = .text(previous + text)
      } else {
        stack[last].children.append(.text(text))
      }
    }

    func refuseDoctype() {
      fail(message: "a document type declaration (<!DOCTYPE>) is not allowed here")
    }

    func error(_ error: xmlError) {
      guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
      var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
      while message.last?.isWhitespace == true { message.removeLast() }
      let line = max(Int(error.line), 1)
      let column = max(Int(error.int2), 1)
      if failure == nil {
        failure = XMLSyntaxError(
          position: lines.position(of: lines.offset(line: line, scalarColumn: column)),
          message: message)
      }
    }

    func fail(message: String) {
      if failure == nil {
        let offset = min(Int(context.map { xmlByteConsumed($0) } ?? 0), bytes.count)
        failure = XMLSyntaxError(position: lines.position(of: offset), message: message)
      }
      if let context { xmlStopParser(context) }
    }
  }
}
