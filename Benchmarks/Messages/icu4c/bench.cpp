// ICU4C's own icu::MessageFormat on the same messages as bench-messages (main.swift writes them
// with --workload). Each pattern is parsed once; each round formats every message with named
// arguments. List and region arguments are formatted per call with icu::ListFormatter and
// icu::LocaleDisplayNames, as Salin does, then passed as strings.
//
//   g++ -O2 -std=c++17 bench.cpp $(pkg-config --cflags --libs icu-i18n icu-uc) -o bench-icu4c
//   bench-icu4c WORKLOAD [ROUNDS]
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
  char type;                         // s text, n number, d date, l list, r region code
  UnicodeString text;                // s
  std::string code;                  // r
  double number = 0;                 // n
  UDate date = 0;                    // d
  std::vector<UnicodeString> items;  // l
};

struct Message {
  std::string locale;
  std::unique_ptr<icu::MessageFormat> format;
  std::vector<Argument> arguments;
  icu::ListFormatter *list = nullptr;
  icu::LocaleDisplayNames *names = nullptr;
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
    std::fprintf(stderr, "usage: bench-icu4c WORKLOAD [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 301;
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
    message.names = displayNames[fields[0]].get();
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
          case 'l':
            for (auto &item : split(value, "\x1F")) argument.items.push_back(UnicodeString::fromUTF8(item));
            break;
          case 'r': argument.code = value; break;
          default: argument.text = UnicodeString::fromUTF8(value);
        }
        message.arguments.push_back(argument);
      }
    }
    messages.push_back(std::move(message));
  }

  size_t sink = 0;
  auto formatAll = [&]() {
    for (auto &message : messages) {
      size_t count = message.arguments.size();
      std::vector<UnicodeString> names(count);
      std::vector<icu::Formattable> values(count);
      for (size_t i = 0; i < count; i++) {
        const Argument &argument = message.arguments[i];
        names[i] = argument.name;
        UErrorCode status = U_ZERO_ERROR;
        switch (argument.type) {
          case 'n': values[i].setDouble(argument.number); break;
          case 'd': values[i].setDate(argument.date); break;
          case 'l': {
            UnicodeString joined;
            message.list->format(argument.items.data(), (int32_t)argument.items.size(), joined, status);
            values[i].setString(joined);
            break;
          }
          case 'r': {
            UnicodeString name;
            message.names->regionDisplayName(argument.code.c_str(), name);
            values[i].setString(name);
            break;
          }
          default: values[i].setString(argument.text);
        }
      }
      UnicodeString result;
      UErrorCode status = U_ZERO_ERROR;
      message.format->format(names.data(), values.data(), (int32_t)count, result, status);
      std::string utf8;
      result.toUTF8String(utf8);
      sink += utf8.size();
    }
  };

  for (int i = 0; i < 20; i++) formatAll();
  std::vector<double> perMessage;
  for (int round = 0; round < rounds; round++) {
    auto start = std::chrono::steady_clock::now();
    formatAll();
    auto elapsed = std::chrono::steady_clock::now() - start;
    perMessage.push_back(std::chrono::duration<double, std::nano>(elapsed).count() / messages.size());
  }
  std::sort(perMessage.begin(), perMessage.end());
  double median = perMessage[perMessage.size() / 2];
  std::printf("icu4c  : %8.1f ns/message median of %d rounds (%zu messages; checksum %zu)\n", median,
              rounds, messages.size(), sink % 997);
  std::printf("median_ns=%f\n", median);
  return 0;
}
