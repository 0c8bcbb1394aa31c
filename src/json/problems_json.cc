#include "json/problems_json.h"

#include "base/cadre_identity.h"

namespace liaison {

void WriteProblems(json::JsonWriter& w, const std::vector<Problem>& problems) {
  w.BeginArray();
  for (const Problem& problem : problems) {
    w.BeginObject();
    w.Field("path", problem.path);
    w.Field("message", problem.message);
    w.EndObject();
  }
  w.EndArray();
}

void WriteErrorCadre(json::JsonWriter& w, const absl::Status& error) {
  const CadreIdentity identity = CadreIdentityOf(error);
  w.Key("cadre");
  if (identity.id.empty()) {
    w.Null();
  } else {
    w.String(identity.id);
  }
}

std::string ProblemsJson(const std::vector<Problem>& problems) {
  std::string out;
  json::JsonWriter w(out);
  WriteProblems(w, problems);
  return out;
}

}  // namespace liaison
