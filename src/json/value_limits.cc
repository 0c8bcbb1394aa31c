#include "json/value_limits.h"

#include "base/absl_compat.h"

namespace liaison::json {

std::string LimitReasonEn(ValueLimit limit, const ValueLimits& limits) {
  switch (limit) {
    case ValueLimit::kElementBytes:
      return StrCat("the entry is larger than ", limits.element_bytes,
                    " bytes, the limit for one entry");
    case ValueLimit::kStringBytes:
      return StrCat("the string is longer than ", limits.string_bytes,
                    " bytes, the limit for one string");
    case ValueLimit::kDepth:
      return StrCat("objects and arrays are nested deeper than ", limits.depth,
                    " levels, the limit for nesting");
    case ValueLimit::kKeys:
      return StrCat("the object has more than ", limits.keys, " keys, the limit for one object");
  }
  return {};
}

std::string LimitReasonZh(ValueLimit limit, const ValueLimits& limits) {
  switch (limit) {
    case ValueLimit::kElementBytes:
      return StrCat("该条目超过 ", limits.element_bytes, " 字节（单个条目的上限）");
    case ValueLimit::kStringBytes:
      return StrCat("字符串超过 ", limits.string_bytes, " 字节（单个字符串的上限）");
    case ValueLimit::kDepth:
      return StrCat("对象和数组嵌套超过 ", limits.depth, " 层（嵌套层数的上限）");
    case ValueLimit::kKeys:
      return StrCat("对象的键超过 ", limits.keys, " 个（单个对象键数的上限）");
  }
  return {};
}

}  // namespace liaison::json
