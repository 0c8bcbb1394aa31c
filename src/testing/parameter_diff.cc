// DiffParameters (liaison/policy_diff.h): the structural diff of two policy
// documents, walked in their canonical JSON. Objects are compared key by key
// (in key order); arrays of objects by an identifying key when every entry
// has one, so a reordered list is not a change; anything else by its text.
#include <algorithm>
#include <map>
#include <set>

#include "base/absl_compat.h"
#include "liaison/policy_diff.h"
#include "simdjson.h"

namespace liaison {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Keys that identify the entries of an array of objects, in order of preference.
constexpr std::string_view kIdentifyingKeys[] = {"id", "grade", "rule", "component", "kind"};

std::optional<std::string_view> IdentifyingKey(simdjson::dom::array a, simdjson::dom::array b) {
  for (std::string_view key : kIdentifyingKeys) {
    bool all = true;
    for (simdjson::dom::array array : {a, b}) {
      for (element entry : array) {
        std::string_view value;
        if (entry[key].get_string().get(value) != simdjson::SUCCESS) {
          all = false;
        }
      }
    }
    if (all) return key;
  }
  return std::nullopt;
}

// An array whose entries are all objects (an empty one too: an entry added to
// an empty list is then one entry added, not the list replaced).
bool IsContainerOfObjects(element value) {
  simdjson::dom::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) return false;
  for (element entry : array) {
    if (entry.type() != element_type::OBJECT) return false;
  }
  return true;
}

void CompareJson(const std::string& path, std::optional<element> a, std::optional<element> b,
                 std::vector<ParameterChange>& out);

void CompareObjects(const std::string& path, simdjson::dom::object a, simdjson::dom::object b,
                    std::vector<ParameterChange>& out) {
  std::set<std::string_view> keys;
  for (auto field : a) keys.insert(field.key);
  for (auto field : b) keys.insert(field.key);
  for (std::string_view key : keys) {
    element va, vb;
    const bool in_a = a.at_key(key).get(va) == simdjson::SUCCESS;
    const bool in_b = b.at_key(key).get(vb) == simdjson::SUCCESS;
    CompareJson(StrCat(path, ".", key), in_a ? std::optional<element>(va) : std::nullopt,
                in_b ? std::optional<element>(vb) : std::nullopt, out);
  }
}

// Entries matched by `key`, in the order of `a` and then the entries only in `b`.
void CompareEntriesById(const std::string& path, std::string_view key, simdjson::dom::array a,
                        simdjson::dom::array b, std::vector<ParameterChange>& out) {
  std::map<std::string_view, element> by_id_a, by_id_b;
  std::vector<std::string_view> order;
  for (element entry : a) {
    std::string_view id = entry[key].get_string().value_unsafe();
    by_id_a.emplace(id, entry);
    order.push_back(id);
  }
  for (element entry : b) {
    std::string_view id = entry[key].get_string().value_unsafe();
    if (by_id_a.count(id) == 0) order.push_back(id);
    by_id_b.emplace(id, entry);
  }
  for (std::string_view id : order) {
    auto ia = by_id_a.find(id);
    auto ib = by_id_b.find(id);
    CompareJson(StrCat(path, "[", key, "=", id, "]"),
                ia == by_id_a.end() ? std::nullopt : std::optional<element>(ia->second),
                ib == by_id_b.end() ? std::nullopt : std::optional<element>(ib->second), out);
  }
}

// Entries matched by position.
void CompareEntriesByIndex(const std::string& path, simdjson::dom::array a,
                           simdjson::dom::array b, std::vector<ParameterChange>& out) {
  const std::size_t n = std::max(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    element va, vb;
    const bool in_a = a.at(i).get(va) == simdjson::SUCCESS;
    const bool in_b = b.at(i).get(vb) == simdjson::SUCCESS;
    CompareJson(StrCat(path, "[", i, "]"), in_a ? std::optional<element>(va) : std::nullopt,
                in_b ? std::optional<element>(vb) : std::nullopt, out);
  }
}

// Appends to `out` what differs between `a` and `b` (nullopt: absent) at `path`.
void CompareJson(const std::string& path, std::optional<element> a, std::optional<element> b,
                 std::vector<ParameterChange>& out) {
  if (!a || !b) {
    out.push_back({path, a ? std::optional<std::string>(simdjson::minify(*a)) : std::nullopt,
                   b ? std::optional<std::string>(simdjson::minify(*b)) : std::nullopt});
    return;
  }
  if (a->type() == element_type::OBJECT && b->type() == element_type::OBJECT) {
    CompareObjects(path, *a, *b, out);
    return;
  }
  simdjson::dom::array any;
  const bool both_empty = a->get_array().get(any) == simdjson::SUCCESS && any.size() == 0 &&
                          b->get_array().get(any) == simdjson::SUCCESS && any.size() == 0;
  if (!both_empty && IsContainerOfObjects(*a) && IsContainerOfObjects(*b)) {
    if (std::optional<std::string_view> key = IdentifyingKey(*a, *b)) {
      CompareEntriesById(path, *key, *a, *b, out);
    } else {
      CompareEntriesByIndex(path, *a, *b, out);
    }
    return;
  }
  const std::string text_a = simdjson::minify(*a);
  const std::string text_b = simdjson::minify(*b);
  if (text_a != text_b) out.push_back({path, text_a, text_b});
}

}  // namespace

bool ParameterChange::TextOnly() const {
  const std::size_t dot = path.find_last_of('.');
  const std::string_view key = std::string_view(path).substr(dot == std::string::npos ? 0 : dot + 1);
  for (std::string_view text_key : {"zh", "en", "title", "issuer", "source", "basis", "version"}) {
    if (key == text_key) return true;
  }
  return false;
}

std::vector<ParameterChange> DiffParameters(const Policy& before, const Policy& after) {
  std::vector<ParameterChange> changes;
  simdjson::dom::parser parser_a, parser_b;
  element a, b;
  if (parser_a.parse(before.canonical_json()).get(a) != simdjson::SUCCESS ||
      parser_b.parse(after.canonical_json()).get(b) != simdjson::SUCCESS) {
    return changes;  // canonical JSON always parses
  }
  CompareJson("$", a, b, changes);
  return changes;
}

}  // namespace liaison
