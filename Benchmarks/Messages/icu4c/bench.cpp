// ICU4C's own icu::MessageFormat on the same messages as bench-messages (main.swift writes them
// with --workload). Each pattern is parsed once, and MessageFormat makes its number, date,
// spell-out and plural formatters when the pattern is applied (or on first use, in the warm-up),
// so the timed rounds only format, as Salin's prepared messages do. The argument names and
// values are built once per message, as the Swift side builds its dictionaries once; list and
// region arguments are formatted per call with icu::ListFormatter and icu::LocaleDisplayNames,
// as Salin does inside its message call, then passed as strings. Each result is converted to a
// UTF-8 std::string (Salin's results are UTF-8 Swift strings); the cost without that conversion
// is printed too.
//
//   g++ -O2 -std=c++17 bench.cpp $(pkg-config --cflags --libs icu-i18n icu-uc) -o bench-icu4c
//   bench-icu4c WORKLOAD [ROUNDS]   medians
//   bench-icu4c WORKLOAD ROUNDS --utf8-only   only the UTF-8 rounds (for instruction counts)
//   bench-icu4c WORKLOAD --print    each result once: locale, key, text (to compare with Salin)
#include <unicode/calendar.h>
#include <unicode/fmtable.h>
#include <unicode/listformatter.h>
#include <unicode/locdspnm.h>
#include <unicode/msgfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using icu::UnicodeString;

struct Argument {
  UnicodeString name;
  char type;                         // s text, n number, d date, t date-time, l list, r region code
  UnicodeString text;                // s
  std::string code;                  // r
  double number = 0;                 // n
  UDate date = 0;                    // d
  std::vector<UnicodeString> items;  // l
};

struct Message {
  std::string locale;
  std::string key;
  std::unique_ptr<icu::MessageFormat> format;
  std::vector<Argument> arguments;
  // Made once, like Salin's argument dictionaries: names, and the values that need no
  // formatting (text, numbers, dates). List and region values are formatted into them per call.
  std::vector<UnicodeString> names;
  std::vector<icu::Formattable> values;
  icu::ListFormatter *list = nullptr;
  icu::LocaleDisplayNames *displayNames = nullptr;
};

static std::vector<std::string> split(const std::string &s, const std::string &sep) {
  std::vector<std::string> out;
  size_t start = 0, at;
  while ((at = s.find(sep, start)) != std::string::npos) {
    out.push_back(s.substr(start, at - start));
    start = at + sep.size();
  }
  out.push_back(s.substr(start));
  return out;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench-icu4c WORKLOAD [ROUNDS | --print]\n");
    return 2;
  }
  bool print = argc > 2 && std::string(argv[2]) == "--print";
  bool utf8Only = argc > 3 && std::string(argv[3]) == "--utf8-only";
  int rounds = argc > 2 && !print ? std::atoi(argv[2]) : 301;
  // Salin formats dates in GMT; so does this side.
  icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone("GMT"));
  std::map<std::string, std::unique_ptr<icu::ListFormatter>> lists;
  std::map<std::string, std::unique_ptr<icu::LocaleDisplayNames>> displayNames;
  std::vector<Message> messages;
  std::ifstream in(argv[1]);
  std::string line;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(status));
  while (std::getline(in, line)) {
    auto fields = split(line, "\t");
    if (fields.size() < 4) continue;
    Message message;
    message.locale = fields[0];
    message.key = fields[1];
    icu::Locale locale(fields[0].c_str());
    status = U_ZERO_ERROR;
    message.format.reset(
        new icu::MessageFormat(UnicodeString::fromUTF8(fields[2]), locale, status));
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "cannot parse %s: %s\n", fields[1].c_str(), u_errorName(status));
      return 1;
    }
    if (!lists.count(fields[0])) {
      status = U_ZERO_ERROR;
      lists[fields[0]].reset(icu::ListFormatter::createInstance(locale, status));
      displayNames[fields[0]].reset(icu::LocaleDisplayNames::createInstance(locale));
    }
    message.list = lists[fields[0]].get();
    message.displayNames = displayNames[fields[0]].get();
    if (!fields[3].empty()) {
      for (auto &spec : split(fields[3], "\x1E")) {
        auto equals = spec.find('=');
        Argument argument;
        argument.name = UnicodeString::fromUTF8(spec.substr(0, equals));
        argument.type = spec[equals + 1];
        std::string value = spec.substr(equals + 3);
        switch (argument.type) {
          case 'n': argument.number = std::stod(value); break;
          case 'd': {
            auto ymd = split(value, "-");
            calendar->clear();
            calendar->set(std::stoi(ymd[0]), std::stoi(ymd[1]) - 1, std::stoi(ymd[2]));
            status = U_ZERO_ERROR;
            argument.date = calendar->getTime(status);
            break;
          }
          case 't': {
            auto ymd = split(value.substr(0, 10), "-");
            calendar->clear();
            calendar->set(std::stoi(ymd[0]), std::stoi(ymd[1]) - 1, std::stoi(ymd[2]),
                          std::stoi(value.substr(11, 2)), std::stoi(value.substr(14, 2)));
            status = U_ZERO_ERROR;
            argument.date = calendar->getTime(status);
            break;
          }
          case 'l':
            for (auto &item : split(value, "\x1F")) argument.items.push_back(UnicodeString::fromUTF8(item));
            break;
          case 'r': argument.code = value; break;
          default: argument.text = UnicodeString::fromUTF8(value);
        }
        message.arguments.push_back(argument);
      }
    }
    for (const Argument &argument : message.arguments) {
      message.names.push_back(argument.name);
      icu::Formattable value;
      switch (argument.type) {
        case 'n': value.setDouble(argument.number); break;
        case 'd': case 't': value.setDate(argument.date); break;
        case 's': value.setString(argument.text); break;
        default: break;  // l, r: formatted per call
      }
      message.values.push_back(value);
    }
    messages.push_back(std::move(message));
  }

  size_t sink = 0;
  // utf8: whether the result is converted to UTF-8 (std::string), as Salin's results are UTF-8
  // Swift strings; without it the result stays ICU's UTF-16 UnicodeString.
  auto formatAll = [&](bool utf8, bool print) {
    for (auto &message : messages) {
      size_t count = message.arguments.size();
      for (size_t i = 0; i < count; i++) {
        const Argument &argument = message.arguments[i];
        UErrorCode status = U_ZERO_ERROR;
        switch (argument.type) {
          case 'l': {
            UnicodeString joined;
            message.list->format(argument.items.data(), (int32_t)argument.items.size(), joined, status);
            message.values[i].setString(joined);
            break;
          }
          case 'r': {
            UnicodeString name;
            message.displayNames->regionDisplayName(argument.code.c_str(), name);
            message.values[i].setString(name);
            break;
          }
          default: break;
        }
      }
      UnicodeString result;
      UErrorCode status = U_ZERO_ERROR;
      message.format->format(message.names.data(), message.values.data(), (int32_t)count, result, status);
      if (utf8) {
        std::string text;
        result.toUTF8String(text);
        sink += text.size();
        if (print) std::printf("%s\t%s\t%s\n", message.locale.c_str(), message.key.c_str(), text.c_str());
      } else {
        sink += result.length();
      }
    }
  };
  auto median = [&](bool utf8) {
    std::vector<double> perMessage;
    for (int round = 0; round < rounds; round++) {
      auto start = std::chrono::steady_clock::now();
      formatAll(utf8, false);
      auto elapsed = std::chrono::steady_clock::now() - start;
      perMessage.push_back(std::chrono::duration<double, std::nano>(elapsed).count() / messages.size());
    }
    std::sort(perMessage.begin(), perMessage.end());
    return perMessage[perMessage.size() / 2];
  };

  if (print) {
    formatAll(true, true);
    return 0;
  }
  for (int i = 0; i < 20; i++) formatAll(true, false);
  double utf8Median = median(true);
  size_t checksum = sink % 997;
  double utf16Median = utf8Only ? 0 : median(false);
  std::printf("icu4c  : %8.1f ns/message median of %d rounds (%zu messages; checksum %zu)\n",
              utf8Median, rounds, messages.size(), checksum);
  std::printf("         %8.1f ns/message if the result stayed a UTF-16 UnicodeString (no UTF-8)\n",
              utf16Median);
  std::printf("median_ns=%f\n", utf8Median);
  return 0;
}
