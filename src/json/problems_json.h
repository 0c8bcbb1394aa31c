// Problems as JSON: [{"path": "$.rules[2].min", "message": "…"}, …], the one
// spelling of a problem list in every document the library writes (a
// status's payload, an evaluation's error entries, case results, the C ABI's
// error objects).
#ifndef LIAISON_SRC_PROBLEMS_JSON_H_
#define LIAISON_SRC_PROBLEMS_JSON_H_

#include <vector>

#include "json/json_writer.h"
#include "liaison/problem.h"

namespace liaison {

inline void WriteProblems(json::JsonWriter& w, const std::vector<Problem>& problems) {
  w.BeginArray();
  for (const Problem& problem : problems) {
    w.BeginObject();
    w.Key("path");
    w.String(problem.path);
    w.Key("message");
    w.String(problem.message);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace liaison

#endif  // LIAISON_SRC_PROBLEMS_JSON_H_
