/// The facts a briefing states, kept as data so that each locale formats them with ICU.
public struct BriefingFacts: Hashable, Sendable {
  /// The meeting the briefing reports, if any.
  public var meeting: Meeting?
  /// Declarations the briefing refers to, by ID.
  public var declarations: [String: Declaration]
  /// The next meeting, when the briefing announces one.
  public var nextMeeting: NextMeeting?

  /// Makes a set of facts.
  /// - Parameters:
  ///   - meeting: The meeting reported.
  ///   - declarations: Declarations by ID.
  ///   - nextMeeting: The next meeting.
  public init(
    meeting: Meeting? = nil, declarations: [String: Declaration] = [:],
    nextMeeting: NextMeeting? = nil
  ) {
    self.meeting = meeting
    self.declarations = declarations
    self.nextMeeting = nextMeeting
  }

  /// A session of a meeting series.
  public struct Meeting: Hashable, Sendable {
    /// The organisation entity whose meeting this is.
    public var series: EntityReference
    /// The session number (5 for the fifth meeting).
    public var session: Int
    /// Where it took place.
    public var place: Place?
    /// When it took place, as precisely as the source says; `nil` when it does not.
    public var date: PartialDate?

    /// Makes a meeting.
    /// - Parameters:
    ///   - series: The organisation entity.
    ///   - session: The session number.
    ///   - place: Where.
    ///   - date: When, if stated.
    public init(
      series: EntityReference, session: Int, place: Place? = nil, date: PartialDate? = nil
    ) {
      self.series = series
      self.session = session
      self.place = place
      self.date = date
    }
  }

  /// A place: an entity (a country) or a named city or region written per locale.
  public enum Place: Hashable, Sendable {
    /// An entity of the briefing.
    case entity(EntityReference)
    /// A place name per locale.
    case text(TextUnit)
  }

  /// A declaration, with its name per locale and its date.
  public struct Declaration: Hashable, Sendable {
    /// The declaration's name (Washington Declaration).
    public var name: TextUnit
    /// When it was adopted.
    public var date: PartialDate

    /// Makes a declaration.
    /// - Parameters:
    ///   - name: Its name per locale.
    ///   - date: Its date.
    public init(name: TextUnit, date: PartialDate) {
      self.name = name
      self.date = date
    }
  }

  /// The next meeting of the series.
  public struct NextMeeting: Hashable, Sendable {
    /// The year it is planned for.
    public var year: Int

    /// Makes the next meeting.
    /// - Parameter year: The year it is planned for.
    public init(year: Int) { self.year = year }
  }
}
