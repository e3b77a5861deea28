public import Foundation

/// Where the catalogs and the language model that ship with Salin live once it is built.
///
/// SwiftPM copies the files of `locales/` into a resource bundle beside the `salin` binary,
/// so an installed `salin` finds them from any working directory.
public enum BuiltInLocales {
  /// The folder that holds `en.yaml`, `tl.yaml`, `ko.yaml` and `langid.salinlm`.
  public static var directory: URL {
    // `Bundle.module` traps when the bundle is missing; every file is declared in Package.swift,
    // so a missing bundle is a packaging mistake, not user input.
    Bundle.module.resourceURL ?? Bundle.module.bundleURL
  }

  /// The built-in catalog files, one per locale, sorted by locale tag.
  public static var catalogFiles: [URL] {
    ["en", "ko", "tl"].map { directory.appendingPathComponent("\($0).yaml") }
  }

  /// What each locale's news writes where ICU's data says otherwise (region names, demonyms,
  /// Korean acronym readings, list separators): read by SalinCatalog's `LocaleWords`.
  public static var wordsFile: URL {
    // In a folder of its own: `salin catalog check locales/` reads every YAML file beside the
    // catalogs as one.
    directory.appendingPathComponent("data/words.yaml")
  }

  /// The language model trained from `../shared/data/langid/train` (see README, "Training").
  public static var languageModel: URL {
    directory.appendingPathComponent("langid.salinlm")
  }
}
