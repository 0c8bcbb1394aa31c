#include "base/cadre_identity.h"

#include "absl/strings/cord.h"
#include "base/absl_compat.h"
#include "json/json_writer.h"
#include "simdjson.h"

namespace liaison {
namespace {

// The payload's type URL; its value is {"path", "id", "department", "name"}.
constexpr std::string_view kIdentityPayload = "liaison.cadre-identity";

}  // namespace

void AttachCadreIdentity(absl::Status& status, const CadreIdentity& identity) {
  std::string payload;
  {
    json::JsonWriter writer(payload);
    writer.BeginObject();
    writer.Field("path", identity.path);
    writer.Field("id", identity.id);
    writer.Field("department", identity.department);
    writer.Field("name", identity.name);
    writer.EndObject();
  }
  status.SetPayload(AbslView(kIdentityPayload), absl::Cord(payload));
}

CadreIdentity CadreIdentityOf(const absl::Status& status) {
  CadreIdentity identity;
  auto payload = status.GetPayload(AbslView(kIdentityPayload));
  if (!payload) return identity;
  simdjson::dom::parser parser;
  simdjson::dom::object object;
  if (parser.parse(simdjson::padded_string(std::string(*payload))).get_object().get(object) !=
      simdjson::SUCCESS) {
    return identity;
  }
  std::string_view value;
  if (object["path"].get_string().get(value) == simdjson::SUCCESS) identity.path = value;
  if (object["id"].get_string().get(value) == simdjson::SUCCESS) identity.id = value;
  if (object["department"].get_string().get(value) == simdjson::SUCCESS) {
    identity.department = value;
  }
  if (object["name"].get_string().get(value) == simdjson::SUCCESS) identity.name = value;
  return identity;
}

}  // namespace liaison
