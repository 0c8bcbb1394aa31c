#include "json/problems_json.h"

namespace liaison {

void WriteProblems(json::JsonWriter& w, const std::vector<Problem>& problems, Language language) {
  w.BeginArray();
  for (const Problem& problem : problems) {
    w.BeginObject();
    w.Field("path", problem.path);
    w.Field("message", problem.MessageIn(language));
    w.EndObject();
  }
  w.EndArray();
}

void WriteBilingualProblems(json::JsonWriter& w, const std::vector<Problem>& problems) {
  w.BeginArray();
  for (const Problem& problem : problems) {
    w.BeginObject();
    w.Field("path", problem.path);
    w.Field("message", problem.message);
    w.Field("message_zh", problem.message_zh);
    w.EndObject();
  }
  w.EndArray();
}

std::string ProblemsJson(const std::vector<Problem>& problems) {
  return ProblemsJson(problems, Language::kEnglish);
}

std::string ProblemsJson(const std::vector<Problem>& problems, Language language) {
  std::string out;
  json::JsonWriter w(out);
  WriteProblems(w, problems, language);
  return out;
}

}  // namespace liaison
