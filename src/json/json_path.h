// JsonPath: the location of a value inside a JSON document, built on the stack.
//
// Decoders pass a JsonPath down as they descend; it costs nothing until an
// error needs it, and then renders as "$.cadres[3].activities[7].date".
//
//   JsonPath root;
//   JsonPath cadres = root.Key("cadres");
//   JsonPath third = cadres.Index(3);
//   third.ToString();  // "$.cadres[3]"
#ifndef LIAISON_SRC_JSON_JSON_PATH_H_
#define LIAISON_SRC_JSON_JSON_PATH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace liaison::json {

class JsonPath {
 public:
  JsonPath() = default;  // "$", the document

  // The child named `key` / at `index`. The child refers to this path and to
  // `key`: both must outlive it.
  JsonPath Key(std::string_view key) const { return JsonPath(this, key, 0, false); }
  JsonPath Index(std::size_t index) const { return JsonPath(this, {}, index, true); }

  std::string ToString() const;

 private:
  JsonPath(const JsonPath* parent, std::string_view key, std::size_t index, bool is_index)
      : parent_(parent), key_(key), index_(index), is_index_(is_index) {}
  void AppendTo(std::string& out) const;

  const JsonPath* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = 0;
  bool is_index_ = false;
};

}  // namespace liaison::json

#endif  // LIAISON_SRC_JSON_JSON_PATH_H_
