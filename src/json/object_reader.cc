#include "json/object_reader.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "base/absl_compat.h"
#include "liaison/dates.h"

namespace liaison::json {

using simdjson::dom::element;
using simdjson::dom::element_type;

std::string_view TypeName(element_type type) {
  switch (type) {
    case element_type::ARRAY: return "an array";
    case element_type::OBJECT: return "an object";
    case element_type::INT64:
    case element_type::UINT64: return "an integer";
    case element_type::DOUBLE: return "a number";
    case element_type::STRING: return "a string";
    case element_type::BOOL: return "a boolean";
    case element_type::NULL_VALUE: return "null";
  }
  return "a value";
}

std::string_view TypeNameZh(element_type type) {
  switch (type) {
    case element_type::ARRAY:
      return "数组";
    case element_type::OBJECT:
      return "对象";
    case element_type::INT64:
    case element_type::UINT64:
      return "整数";
    case element_type::DOUBLE:
      return "数字";
    case element_type::STRING:
      return "字符串";
    case element_type::BOOL:
      return "布尔值";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "其他值";
}

namespace {

// "expected a string, found an integer" / "应为字符串，实为整数".
void AddWrongType(Problems& problems, const JsonPath& path, std::string_view expected_en,
                  std::string_view expected_zh, element_type found) {
  problems.Add(path, StrCat("expected ", expected_en, ", found ", TypeName(found)),
               StrCat("应为", expected_zh, "，实为", TypeNameZh(found)));
}

// "5 is out of range: expected 0 to 4" / "5 超出范围：应在 0 到 4 之间".
template <typename Value, typename Bound>
void AddOutOfRange(Problems& problems, const JsonPath& path, const Value& value, Bound min,
                   Bound max) {
  problems.Add(path, StrCat(value, " is out of range: expected ", min, " to ", max),
               StrCat(value, " 超出范围：应在 ", min, " 到 ", max, " 之间"));
}

}  // namespace

std::optional<std::string_view> ReadString(element value, const JsonPath& path,
                                           Problems& problems) {
  std::string_view text;
  if (value.get_string().get(text) != simdjson::SUCCESS) {
    AddWrongType(problems, path, "a string", "字符串", value.type());
    return std::nullopt;
  }
  return text;
}

std::optional<simdjson::dom::array> ReadArray(element value, const JsonPath& path,
                                              Problems& problems) {
  simdjson::dom::array array;
  if (value.get_array().get(array) != simdjson::SUCCESS) {
    AddWrongType(problems, path, "an array", "数组", value.type());
    return std::nullopt;
  }
  return array;
}

std::size_t ElementCount(simdjson::dom::array array) {
  constexpr std::size_t kLargestCounted = 0xFFFFFF;
  const std::size_t counted = array.size();
  if (counted < kLargestCounted) return counted;
  std::size_t walked = 0;
  for (auto it = array.begin(); it != array.end(); ++it) ++walked;
  return walked;
}

ObjectReader::ObjectReader(element value, const JsonPath& path, Problems& problems)
    : ObjectReader(value, path, problems, nullptr) {}

ObjectReader::ObjectReader(element value, const JsonPath& path, Problems& problems,
                           const KeyList& keys)
    : ObjectReader(value, path, problems, &keys) {}

ObjectReader::ObjectReader(element value, const JsonPath& path, Problems& problems,
                           const KeyList* keys)
    : path_(path), problems_(problems), keys_(keys) {
  if (keys_ != nullptr) std::fill(std::begin(field_of_key_), std::end(field_of_key_), kAbsent);
  simdjson::dom::object object;
  if (value.get_object().get(object) != simdjson::SUCCESS) {
    AddWrongType(problems_, path_, "an object", "对象", value.type());
    return;
  }
  valid_ = true;
  for (simdjson::dom::key_value_pair field : object) AddField(field.key, field.value);
}

void ObjectReader::AddField(std::string_view key, element value) {
  const std::size_t index = keys_ == nullptr ? KeyList::kNone : keys_->Find(key);
  const bool repeated =
      index == KeyList::kNone ? Find(key) != nullptr : field_of_key_[index] != kAbsent;
  if (repeated) {
    problems_.Add(path_.Key(key), "the key is given more than once; give each key once",
                  "该键出现了不止一次；每个键只能给出一次");
    return;
  }
  if (index != KeyList::kNone) field_of_key_[index] = static_cast<std::uint32_t>(fields_.size());
  fields_.push_back({key, value, false});
}

ObjectReader::Field* ObjectReader::Find(std::string_view key) {
  for (Field& field : fields_) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

ObjectReader::Field* ObjectReader::Ask(std::string_view key) {
  Field* field = nullptr;
  std::size_t index = KeyList::kNone;
  if (keys_ != nullptr) {
    // Decoders ask for the keys in list order: try the next one first.
    index = next_key_ < keys_->size() && keys_->Is(next_key_, key) ? next_key_ : keys_->Find(key);
    next_key_ = index + 1;
  }
  if (index == KeyList::kNone) {
    asked_.push_back(key);
    field = Find(key);
  } else {
    if ((asked_keys_ >> index & 1) == 0) {
      asked_keys_ |= std::uint32_t{1} << index;
      asked_order_.push_back(static_cast<std::uint8_t>(index));
    }
    if (field_of_key_[index] != kAbsent) field = &fields_[field_of_key_[index]];
  }
  if (field != nullptr) field->known = true;
  return field;
}

void ObjectReader::ReportMissing(std::string_view key) {
  problems_.Add(path_.Key(key), "required field is missing", "缺少必填字段");
}

bool ObjectReader::Has(std::string_view key) { return Ask(key) != nullptr; }

std::optional<element> ObjectReader::Element(std::string_view key, Need need) {
  if (!valid_) return std::nullopt;
  const Field* field = Ask(key);
  if (field == nullptr) {
    if (need == kRequired) ReportMissing(key);
    return std::nullopt;
  }
  return field->value;
}

std::optional<std::string_view> ObjectReader::String(std::string_view key, Need need) {
  std::optional<element> value = Element(key, need);
  if (!value) return std::nullopt;
  return ReadString(*value, path_.Key(key), problems_);
}

std::optional<std::string_view> ObjectReader::NonEmptyString(std::string_view key, Need need) {
  std::optional<std::string_view> text = String(key, need);
  if (text && text->empty()) {
    problems_.Add(path_.Key(key), "must not be empty", "不得为空");
    return std::nullopt;
  }
  return text;
}

std::optional<std::int64_t> ObjectReader::Integer(std::string_view key, Need need,
                                                  std::int64_t min, std::int64_t max) {
  std::optional<element> value = Element(key, need);
  if (!value) return std::nullopt;
  std::int64_t number = 0;
  double real = 0;
  if (value->get_int64().get(number) != simdjson::SUCCESS) {
    const element_type type = value->type();
    const bool whole = type == element_type::UINT64 ||
                       (type == element_type::DOUBLE &&
                        value->get_double().get(real) == simdjson::SUCCESS &&
                        std::floor(real) == real);
    if (!whole) {
      const bool fraction = type == element_type::DOUBLE;
      problems_.Add(path_.Key(key),
                    StrCat("expected an integer, found ",
                           fraction ? "a number with a fraction" : TypeName(type)),
                    StrCat("应为整数，实为", fraction ? "带小数的数" : TypeNameZh(type)));
      return std::nullopt;
    }
    // 4.0 is an integer written as a real; beyond what 64 bits hold
    // (18446744073709551615, 1e300) it is simply out of range.
    if (type == element_type::UINT64 || std::fabs(real) >= 9e15) {
      AddOutOfRange(problems_, path_.Key(key), simdjson::minify(*value), min, max);
      return std::nullopt;
    }
    number = static_cast<std::int64_t>(real);
  }
  if (number < min || number > max) {
    AddOutOfRange(problems_, path_.Key(key), number, min, max);
    return std::nullopt;
  }
  return number;
}

std::optional<double> ObjectReader::Number(std::string_view key, Need need, double min,
                                           double max) {
  std::optional<element> value = Element(key, need);
  if (!value) return std::nullopt;
  double number = 0;
  if (value->get_double().get(number) != simdjson::SUCCESS) {
    AddWrongType(problems_, path_.Key(key), "a number", "数字", value->type());
    return std::nullopt;
  }
  if (!(number >= min && number <= max)) {
    AddOutOfRange(problems_, path_.Key(key), number, min, max);
    return std::nullopt;
  }
  return number;
}

std::optional<bool> ObjectReader::Bool(std::string_view key, Need need) {
  std::optional<element> value = Element(key, need);
  if (!value) return std::nullopt;
  bool flag = false;
  if (value->get_bool().get(flag) != simdjson::SUCCESS) {
    AddWrongType(problems_, path_.Key(key), "true or false", "true 或 false", value->type());
    return std::nullopt;
  }
  return flag;
}

std::optional<absl::CivilDay> ObjectReader::Date(std::string_view key, Need need) {
  std::optional<std::string_view> text = String(key, need);
  if (!text) return std::nullopt;
  std::optional<absl::CivilDay> date = ParseCivilDay(*text);
  if (!date) {
    problems_.Add(path_.Key(key), StrCat("\"", *text, "\" is not a calendar date (YYYY-MM-DD)"),
                  StrCat("“", *text, "”不是有效的日期（YYYY-MM-DD）"));
  }
  return date;
}

std::optional<MonthDay> ObjectReader::MonthDayField(std::string_view key, Need need) {
  std::optional<std::string_view> text = String(key, need);
  if (!text) return std::nullopt;
  std::optional<MonthDay> date = ParseMonthDay(*text);
  if (!date) {
    problems_.Add(
        path_.Key(key),
        StrCat("\"", *text, "\" is not a month-day valid in every year (MM-DD, not 02-29)"),
        StrCat("“", *text, "”不是每年都有的月日（MM-DD，不可为 02-29）"));
  }
  return date;
}

std::optional<simdjson::dom::array> ObjectReader::Array(std::string_view key, Need need) {
  std::optional<element> value = Element(key, need);
  if (!value) return std::nullopt;
  return ReadArray(*value, path_.Key(key), problems_);
}

void ObjectReader::RejectUnknownKeys() {
  if (!valid_) return;
  if (std::all_of(fields_.begin(), fields_.end(), [](const Field& f) { return f.known; })) return;
  // The keys asked for, each once, in the order first asked.
  std::string allowed, allowed_zh;
  const auto allow = [&allowed, &allowed_zh](std::string_view key) {
    StrAppend(&allowed, allowed.empty() ? "" : ", ", key);
    StrAppend(&allowed_zh, allowed_zh.empty() ? "" : "、", key);
  };
  if (keys_ != nullptr) {
    for (std::uint8_t index : asked_order_) allow((*keys_)[index]);
  }
  for (std::size_t i = 0; i < asked_.size(); ++i) {
    if (std::find(asked_.begin(), asked_.begin() + static_cast<std::ptrdiff_t>(i), asked_[i]) !=
        asked_.begin() + static_cast<std::ptrdiff_t>(i)) {
      continue;  // asked twice
    }
    allow(asked_[i]);
  }
  for (Field& field : fields_) {
    if (field.known) continue;
    field.known = true;  // reported once, however often this is called
    problems_.Add(path_.Key(field.key), StrCat("unknown field; allowed here: ", allowed),
                  StrCat("未知字段；此处允许的字段：", allowed_zh));
  }
}

}  // namespace liaison::json
