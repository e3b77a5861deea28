import Foundation
import SalinPreview
import SalinTestSupport
import Testing

@Suite("ChangeWatcher")
struct ChangeWatcherTests {
  @Test func seesEditsAndDeletionsOfTheBriefingAndCatalogs() throws {
    let directory = try TestSupport.temporaryDirectory()
    let briefing = directory.appendingPathComponent("b.briefing.yaml")
    let catalogs = directory.appendingPathComponent("locales")
    try FileManager.default.createDirectory(at: catalogs, withIntermediateDirectories: true)
    try Data("salin-briefing: 1\n".utf8).write(to: briefing)
    var watcher = ChangeWatcher(briefingPath: briefing.path, catalogDirectories: [catalogs])
    var seen = [watcher.poll(), watcher.poll()]  // The first look is a change: build once.
    try Data("salin-briefing: 1\nid: longer\n".utf8).write(to: briefing)
    seen.append(watcher.poll())
    try Data("locale: tl\n".utf8).write(to: catalogs.appendingPathComponent("tl.yaml"))
    seen += [watcher.poll(), watcher.poll()]
    try FileManager.default.removeItem(at: briefing)
    seen += [watcher.poll(), watcher.poll()]
    #expect(seen == [true, false, true, true, false, true, false])
  }
}
