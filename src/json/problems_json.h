// Problems as JSON: [{"path": "$.rules[2].min", "message": "…"}, …], the one
// spelling of a problem list in every document the library writes (an
// evaluation's error entries, case results, the C ABI's error objects), the
// message in English or, asked for, in Chinese. A status's payload carries
// both: [{"path", "message", "message_zh"}, …]. ProblemsJson, the public
// form, is declared in problem.h.
#ifndef LIAISON_SRC_PROBLEMS_JSON_H_
#define LIAISON_SRC_PROBLEMS_JSON_H_

#include <vector>

#include "json/json_writer.h"
#include "liaison/localized_text.h"
#include "liaison/problem.h"

namespace liaison {

void WriteProblems(json::JsonWriter& w, const std::vector<Problem>& problems,
                   Language language = Language::kEnglish);

// Each problem with both messages, for a status's payload.
void WriteBilingualProblems(json::JsonWriter& w, const std::vector<Problem>& problems);

}  // namespace liaison

#endif  // LIAISON_SRC_PROBLEMS_JSON_H_
