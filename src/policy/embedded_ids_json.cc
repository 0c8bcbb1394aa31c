// Policy::EmbeddedIdsJson: the embedded policies' ids as the C ABI and the
// bindings receive them.
#include "json/json_writer.h"
#include "liaison/policy.h"

namespace liaison {

std::string Policy::EmbeddedIdsJson() {
  std::string out;
  json::JsonWriter writer(out);
  writer.StringArray(EmbeddedIds());
  return out;
}

}  // namespace liaison
