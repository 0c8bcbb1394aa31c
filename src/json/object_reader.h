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
//
// A decoder that reads thousands of objects of one kind (a records document's
// activities) names their keys up front in a KeyList: each field is then
// matched to its key once, as the object is read, instead of at every getter.
//
//   constexpr KeyList kPointKeys{"id", "name", "kind"};
//   ObjectReader point(element, path, problems, kPointKeys);
#ifndef LIAISON_SRC_JSON_OBJECT_READER_H_
#define LIAISON_SRC_JSON_OBJECT_READER_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/time/civil_time.h"
#include "json/json_path.h"
#include "liaison/month_day.h"
#include "liaison/problem.h"
#include "base/short_text.h"
#include "simdjson.h"

namespace liaison::json {

enum Need { kOptional, kRequired };

// Where problems are collected while a document is read, each message in
// English and Chinese.
class Problems {
 public:
  void Add(const JsonPath& path, std::string en, std::string zh) {
    problems_.push_back({path.ToString(), std::move(en), std::move(zh)});
  }
  bool empty() const { return problems_.empty(); }
  std::size_t size() const { return problems_.size(); }
  std::vector<Problem> Take() { return std::move(problems_); }

 private:
  std::vector<Problem> problems_;
};

// "a string", "an integer", …: how a JSON type is named in messages; in
// Chinese "字符串", "整数", ….
std::string_view TypeName(simdjson::dom::element_type type);
std::string_view TypeNameZh(simdjson::dom::element_type type);

// Reads `element` as a string, reporting a problem when it is not one.
std::optional<std::string_view> ReadString(simdjson::dom::element element,
                                           const JsonPath& path, Problems& problems);

// Reads `element` as an array, reporting a problem when it is not one.
std::optional<simdjson::dom::array> ReadArray(simdjson::dom::element element,
                                              const JsonPath& path, Problems& problems);

// How many elements `array` has. simdjson's array::size() stops counting at
// 0xFFFFFF (16,777,215); an array that long is counted by walking it.
std::size_t ElementCount(simdjson::dom::array array);

// The keys an object may have, in the order a decoder asks for them (the
// order "allowed here" lists them in). At most kMaxKeys keys.
class KeyList {
 public:
  static constexpr std::size_t kMaxKeys = 32;
  static constexpr std::size_t kNone = kMaxKeys;

  constexpr KeyList(std::initializer_list<std::string_view> keys) {
    for (std::uint8_t& bucket : bucket_key_) bucket = kNone;
    for (std::string_view key : keys) {
      keys_[size_] = key;
      summary_[size_] = ShortTextWord(key);
      std::size_t bucket = Hash(summary_[size_]);
      while (bucket_key_[bucket] != kNone) bucket = (bucket + 1) % kBuckets;
      bucket_key_[bucket] = static_cast<std::uint8_t>(size_++);
    }
  }

  constexpr std::size_t size() const { return size_; }
  constexpr std::string_view operator[](std::size_t i) const { return keys_[i]; }

  // The position of `key`, or kNone; for constant expressions (switch cases).
  constexpr std::size_t IndexOf(std::string_view key) const {
    for (std::size_t i = 0; i < size_; ++i) {
      if (keys_[i] == key) return i;
    }
    return kNone;
  }

  // The position of `key` in the list, or kNone. A key of up to eight
  // bytes is told by its ShortTextWord and length alone.
  std::size_t Find(std::string_view key) const {
    const std::uint64_t summary = ShortTextWord(key);
    for (std::size_t bucket = Hash(summary); bucket_key_[bucket] != kNone;
         bucket = (bucket + 1) % kBuckets) {
      const std::size_t i = bucket_key_[bucket];
      if (summary_[i] == summary && keys_[i].size() == key.size() &&
          (key.size() <= 8 || SameBytes(keys_[i].data(), key.data(), key.size()))) {
        return i;
      }
    }
    return kNone;
  }

  // Whether key `i` is `key`: the same characters (the same literal, when
  // decoders ask in list order, is the quickest to tell).
  bool Is(std::size_t i, std::string_view key) const {
    const std::string_view mine = keys_[i];
    if (mine.size() != key.size()) return false;
    return mine.data() == key.data() || SameBytes(mine.data(), key.data(), key.size());
  }

 private:
  static constexpr std::size_t kBuckets = 2 * kMaxKeys;

  static_assert(kBuckets == 64, "Hash gives six bits");

  // The first bucket of a key with this summary: its top six bits after a
  // multiplication (Fibonacci hashing).
  static constexpr std::size_t Hash(std::uint64_t summary) {
    return static_cast<std::size_t>((summary * 0x9e3779b97f4a7c15) >> 58);
  }

  std::string_view keys_[kMaxKeys] = {};
  std::uint64_t summary_[kMaxKeys] = {};  // ShortTextWord of each key
  std::size_t size_ = 0;
  // Open addressing: the position of the key in each bucket, or kNone.
  std::uint8_t bucket_key_[kBuckets] = {};
};

class ObjectReader {
 public:
  // Reports a problem (and reads nothing) when `element` is not an object.
  ObjectReader(simdjson::dom::element element, const JsonPath& path, Problems& problems);
  // The same, for an object whose keys are all in `keys` (which must outlive
  // the reader); every key a getter asks for must be one of them.
  ObjectReader(simdjson::dom::element element, const JsonPath& path, Problems& problems,
               const KeyList& keys);

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

  // Reports every key no getter asked for, naming the allowed ones; each
  // once, however often it is called.
  void RejectUnknownKeys();

 private:
  struct Field {
    std::string_view key;
    simdjson::dom::element value;
    bool known = false;
  };
  static constexpr std::uint32_t kAbsent = 0xffffffff;

  // Both public constructors: `keys` is null when the reader has no KeyList.
  ObjectReader(simdjson::dom::element element, const JsonPath& path, Problems& problems,
               const KeyList* keys);
  void AddField(std::string_view key, simdjson::dom::element value);
  // Reports a key given twice in one object.
  void AddRepeatedKey(const JsonPath& path);
  // The field of `key`, marked known, or nullptr; either way `key` counts as asked.
  Field* Ask(std::string_view key);
  Field* Find(std::string_view key);
  void ReportMissing(std::string_view key);

  JsonPath path_;
  Problems& problems_;
  const KeyList* keys_ = nullptr;
  bool valid_ = false;
  absl::InlinedVector<Field, 16> fields_;
  // Without a KeyList: the keys asked for, in order (repeats included).
  absl::InlinedVector<std::string_view, 16> asked_;
  // With a KeyList: for each key, its field in fields_ (or kAbsent); the keys
  // asked for, each once, in the order first asked.
  std::uint32_t field_of_key_[KeyList::kMaxKeys];
  std::uint32_t asked_keys_ = 0;  // bit k: key k was asked for
  std::size_t next_key_ = 0;      // the key decoders usually ask for next
  absl::InlinedVector<std::uint8_t, KeyList::kMaxKeys> asked_order_;
};

// Calls `decode(item, path)` for each entry of the array at `key` of
// `reader`, when there is one: `item` reads the entry as an object whose keys
// are `keys`, and reports the keys `decode` did not ask for after it.
template <typename DecodeObject>
void ForEachObject(ObjectReader& reader, std::string_view key, const KeyList& keys,
                   Problems& problems, DecodeObject decode) {
  std::optional<simdjson::dom::array> array = reader.Array(key, kOptional);
  if (!array) return;
  const JsonPath list_path = reader.path().Key(key);
  std::size_t index = 0;
  for (simdjson::dom::element entry : *array) {
    const JsonPath path = list_path.Index(index++);
    ObjectReader item(entry, path, problems, keys);
    decode(item, path);
    item.RejectUnknownKeys();
  }
}

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_OBJECT_READER_H_
