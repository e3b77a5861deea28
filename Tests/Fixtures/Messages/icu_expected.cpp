// What ICU4C's own icu::MessageFormat (the system libicu, ICU 72 on Debian 12) makes of every
// ported test case in cases.tsv: the expectations Salin's formatter is tested against.
//
//   make fixtures-messages    (compiles this with g++ and rewrites icu72.tsv)
//
// cases.tsv, one case a line, tab-separated: id, origin, locale (BCP 47), time zone, pattern,
// then one column per argument, `name=type:value`. Text fields use backslash escapes (\\ \t \n
// \r \uXXXX \UXXXXXXXX). Argument types, and the Formattable each becomes:
//   s:text            a string
//   n:1.5             a double (also milliseconds since 1970 where a date is formatted)
//   ms:871068000000   milliseconds since 1970 as a date (kDate), as ICU's own tests pass dates
//   x:1.50            a decimal number given by its digits (Formattable::setDecimalNumber)
//   d:2023-04-26      a civil date, midnight in the case's time zone (kDate); d:2023-04 the 1st
//   t:14:30[:05[.250]]  a time of day on 1970-01-01 in the case's time zone (kDate)
//   dt:2023-04-26T14:30[:05[.250]][Z|+09:00]  a date and time, civil in the case's zone unless
//                     it carries an offset (kDate)
//   c:5.50 EUR        a currency amount (CurrencyAmount)
// icu72.tsv, one line per case in the same order: id, then `ok` and the formatted text, or
// `syntax` and ICU's error name when the pattern does not parse, or `error` and the error name
// when formatting fails. A placeholder whose argument is missing is written `{name}` by ICU.
#include <unicode/calendar.h>
#include <unicode/curramt.h>
#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

using icu::UnicodeString;

static std::vector<std::string> split(const std::string &line, char separator) {
  std::vector<std::string> fields;
  size_t start = 0, at;
  while ((at = line.find(separator, start)) != std::string::npos) {
    fields.push_back(line.substr(start, at - start));
    start = at + 1;
  }
  fields.push_back(line.substr(start));
  return fields;
}

static void appendUTF8(std::string &out, uint32_t c) {
  UnicodeString s;
  s.append((UChar32)c);
  s.toUTF8String(out);
}

static std::string unescape(const std::string &text) {
  std::string out;
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] != '\\' || i + 1 == text.size()) { out += text[i]; continue; }
    char c = text[++i];
    switch (c) {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'u': appendUTF8(out, std::stoul(text.substr(i + 1, 4), nullptr, 16)); i += 4; break;
      case 'U': appendUTF8(out, std::stoul(text.substr(i + 1, 8), nullptr, 16)); i += 8; break;
      default: out += c;
    }
  }
  return out;
}

static std::string escape(const UnicodeString &text) {
  std::string out;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    char buffer[16];
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7f) { snprintf(buffer, sizeof buffer, "\\u%04X", c); out += buffer; }
    else appendUTF8(out, c);
  }
  return out;
}

// Milliseconds since 1970 of a civil date and time in `zone`; `offsetMinutes` (when `zoned`)
// makes it an instant instead.
static UDate instant(const icu::TimeZone &zone, int y, int mo, int d, int h, int mi, int s, int ms,
                     bool zoned, int offsetMinutes, UErrorCode &status) {
  std::unique_ptr<icu::Calendar> calendar(
      icu::Calendar::createInstance(zoned ? icu::TimeZone::getGMT()->clone() : zone.clone(),
                                    icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return 0;
  calendar->setLenient(false);
  calendar->clear();
  calendar->set(y, mo - 1, d, h, mi, s);
  calendar->set(UCAL_MILLISECOND, ms);
  UDate date = calendar->getTime(status);
  return zoned ? date - offsetMinutes * 60000.0 : date;
}

// Reads "HH:mm[:ss[.SSS]]" into the fields; returns where it stopped.
static size_t readTime(const std::string &v, size_t at, int &h, int &mi, int &s, int &ms) {
  h = std::stoi(v.substr(at, 2));
  mi = std::stoi(v.substr(at + 3, 2));
  at += 5;
  s = ms = 0;
  if (at < v.size() && v[at] == ':') { s = std::stoi(v.substr(at + 1, 2)); at += 3; }
  if (at < v.size() && v[at] == '.') { ms = std::stoi(v.substr(at + 1, 3)); at += 4; }
  return at;
}

static bool argument(const std::string &spec, const icu::TimeZone &zone, UnicodeString &name,
                     icu::Formattable &value) {
  size_t equals = spec.find('=');
  if (equals == std::string::npos) return false;
  name = UnicodeString::fromUTF8(unescape(spec.substr(0, equals)));
  size_t colon = spec.find(':', equals);
  std::string type = spec.substr(equals + 1, colon - equals - 1);
  std::string v = unescape(spec.substr(colon + 1));
  UErrorCode status = U_ZERO_ERROR;
  if (type == "s") {
    value.setString(UnicodeString::fromUTF8(v));
  } else if (type == "n") {
    value.setDouble(std::strtod(v.c_str(), nullptr));
  } else if (type == "ms") {
    value.setDate(std::strtod(v.c_str(), nullptr));
  } else if (type == "x") {
    value.setDecimalNumber(v.c_str(), status);
  } else if (type == "d") {
    int day = v.size() > 7 ? std::stoi(v.substr(8, 2)) : 1;
    value.setDate(instant(zone, std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)), day, 0, 0,
                          0, 0, false, 0, status));
  } else if (type == "t") {
    int h, mi, s, ms;
    readTime(v, 0, h, mi, s, ms);
    value.setDate(instant(zone, 1970, 1, 1, h, mi, s, ms, false, 0, status));
  } else if (type == "dt") {
    int h, mi, s, ms;
    size_t at = readTime(v, 11, h, mi, s, ms);
    bool zoned = at < v.size();
    int offset = 0;
    if (zoned && v[at] != 'Z') {
      offset = std::stoi(v.substr(at + 1, 2)) * 60 + std::stoi(v.substr(at + 4, 2));
      if (v[at] == '-') offset = -offset;
    }
    value.setDate(instant(zone, std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)),
                          std::stoi(v.substr(8, 2)), h, mi, s, ms, zoned, offset, status));
  } else if (type == "c") {
    size_t space = v.find(' ');
    UnicodeString code = UnicodeString::fromUTF8(v.substr(space + 1));
    value.adoptObject(new icu::CurrencyAmount(std::strtod(v.substr(0, space).c_str(), nullptr),
                                              code.getTerminatedBuffer(), status));
  } else {
    return false;
  }
  return U_SUCCESS(status);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: icu_expected CASES.tsv OUT.tsv\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  std::ofstream out(argv[2]);
  std::string line;
  int count = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto fields = split(line, '\t');
    if (fields.size() < 5) {
      std::fprintf(stderr, "bad case line: %s\n", line.c_str());
      return 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    // Salin keeps `tl` as its tag and asks ICU for Filipino data, as here.
    std::string tag = fields[2].rfind("tl", 0) == 0 && (fields[2].size() == 2 || fields[2][2] == '-')
                          ? "fil" + fields[2].substr(2) : fields[2];
    icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    std::unique_ptr<icu::TimeZone> zone(
        icu::TimeZone::createTimeZone(UnicodeString::fromUTF8(fields[3])));
    icu::TimeZone::setDefault(*zone);
    std::vector<UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (size_t i = 5; i < fields.size(); i++) {
      UnicodeString name;
      icu::Formattable value;
      if (!argument(fields[i], *zone, name, value)) {
        std::fprintf(stderr, "%s: bad argument %s\n", fields[0].c_str(), fields[i].c_str());
        return 1;
      }
      names.push_back(name);
      values.push_back(value);
    }
    UParseError parseError;
    icu::MessageFormat format(UnicodeString::fromUTF8(unescape(fields[4])), locale, parseError,
                              status);
    out << fields[0] << '\t';
    if (U_FAILURE(status)) {
      out << "syntax\t" << u_errorName(status) << '\n';
    } else {
      UnicodeString result;
      format.format(names.data(), values.data(), (int32_t)names.size(), result, status);
      if (U_FAILURE(status)) out << "error\t" << u_errorName(status) << '\n';
      else out << "ok\t" << escape(result) << '\n';
    }
    count++;
  }
  std::fprintf(stderr, "%d cases\n", count);
  return 0;
}
