// ObjectReader: strict, path-aware reading of one JSON object.
//
// Policy and record decoders read every object through an ObjectReader, which
// gives them the three guarantees of the library's input handling:
//   - a wrong type, a value out of range or a missing required field becomes a
//     Problem naming the JSON path and what was expected;
//   - a key that no decoder asked for is reported as unknown (with the keys
//     that are allowed), so a misspelt field is never silently ignored;
//   - a key given twice is reported, because JSON parsers disagree on which
//     copy wins.
// Getters return nullopt after reporting, so decoders go on and collect every
// problem in one pass.
//
//   ObjectReader rule(element, path, problems);
//   std::optional<std::string_view> id = rule.String("id", kRequired);
//   std::optional<std::int64_t> min = rule.Integer("min", kOptional, 0, kMaxCount);
//   rule.RejectUnknownKeys();
#ifndef LIAISON_SRC_JSON_OBJECT_READER_H_
#define LIAISON_SRC_JSON_OBJECT_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/time/civil_time.h"
#include "json/json_path.h"
#include "liaison/month_day.h"
#include "liaison/problem.h"
#include "simdjson.h"

namespace liaison::json {

enum Need { kOptional, kRequired };

// Where problems are collected while a document is read.
class Problems {
 public:
  void Add(const JsonPath& path, std::string message) {
    problems_.push_back({path.ToString(), std::move(message)});
  }
  bool empty() const { return problems_.empty(); }
  std::size_t size() const { return problems_.size(); }
  std::vector<Problem> Take() { return std::move(problems_); }

 private:
  std::vector<Problem> problems_;
};

// "string", "integer", …: how a JSON type is named in messages.
std::string_view TypeName(simdjson::dom::element_type type);

// A strict calendar date "YYYY-MM-DD" (2026-02-30 is rejected).
std::optional<absl::CivilDay> ParseDate(std::string_view text);
// A month-day "MM-DD" valid in every year (02-29 is rejected).
std::optional<MonthDay> ParseMonthDay(std::string_view text);

// Reads `element` as a string, reporting a problem when it is not one.
std::optional<std::string_view> ReadString(simdjson::dom::element element,
                                           const JsonPath& path, Problems& problems);

// Reads `element` as an array, reporting a problem when it is not one.
std::optional<simdjson::dom::array> ReadArray(simdjson::dom::element element,
                                              const JsonPath& path, Problems& problems);

class ObjectReader {
 public:
  // Reports a problem (and reads nothing) when `element` is not an object.
  ObjectReader(simdjson::dom::element element, const JsonPath& path, Problems& problems);

  bool valid() const { return valid_; }
  const JsonPath& path() const { return path_; }
  Problems& problems() const { return problems_; }

  // Whether `key` is present (and marks it known).
  bool Has(std::string_view key);

  // The raw value of `key`, marked known.
  std::optional<simdjson::dom::element> Element(std::string_view key, Need need);

  std::optional<std::string_view> String(std::string_view key, Need need);
  // A string that must not be empty.
  std::optional<std::string_view> NonEmptyString(std::string_view key, Need need);
  std::optional<std::int64_t> Integer(std::string_view key, Need need, std::int64_t min,
                                      std::int64_t max);
  std::optional<double> Number(std::string_view key, Need need, double min, double max);
  std::optional<bool> Bool(std::string_view key, Need need);
  std::optional<absl::CivilDay> Date(std::string_view key, Need need);
  std::optional<MonthDay> MonthDayField(std::string_view key, Need need);
  std::optional<simdjson::dom::array> Array(std::string_view key, Need need);

  // Reports every key no getter asked for, naming the allowed ones.
  void RejectUnknownKeys();

 private:
  struct Field {
    std::string_view key;
    simdjson::dom::element value;
    bool known = false;
  };
  Field* Find(std::string_view key);
  void ReportMissing(std::string_view key);

  JsonPath path_;
  Problems& problems_;
  bool valid_ = false;
  absl::InlinedVector<Field, 16> fields_;
  absl::InlinedVector<std::string_view, 16> asked_;
};

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_OBJECT_READER_H_
