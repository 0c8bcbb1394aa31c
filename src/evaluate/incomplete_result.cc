#include "liaison/incomplete_result.h"

#include <utility>

#include "base/absl_compat.h"
#include "base/cadre_identity.h"

namespace liaison {

namespace {

// The Chinese of a bad cadre's error: its own, else its problems' Chinese
// ("$.a：…；$.b：…"), else its English.
std::string ChineseOf(const BadCadre& cadre) {
  if (!cadre.message_zh.empty()) return cadre.message_zh;
  std::string text;
  for (const Problem& problem : cadre.problems) {
    StrAppend(&text, text.empty() ? "" : "；", problem.path, "：",
              problem.MessageIn(Language::kChinese));
  }
  return text.empty() ? cadre.message : text;
}

}  // namespace

absl::Status IncompleteResult(const LocalizedText& what, std::size_t cadres,
                              absl::Span<const BadCadre> bad) {
  if (bad.empty()) return absl::OkStatus();
  std::string message = StrCat(what.en, " is incomplete: ", bad.size(), " of ", cadres,
                               cadres == 1 ? " cadre's record is" : " cadres' records are",
                               " bad, so they are not in it");
  std::string message_zh = StrCat(what.zh, "不完整：", cadres, " 名干部中有 ", bad.size(),
                                  " 名的记录有误，未计入其中");
  std::vector<Problem> problems;
  for (const BadCadre& cadre : bad) {
    StrAppend(&message, "; ", cadre.cadre, ": ", cadre.message);
    StrAppend(&message_zh, "；", cadre.cadre, "：", ChineseOf(cadre));
    for (const Problem& problem : cadre.problems) {
      problems.push_back({problem.path, StrCat("cadre ", cadre.cadre, ": ", problem.message),
                          StrCat("干部 ", cadre.cadre, "：", problem.MessageIn(Language::kChinese))});
    }
  }
  absl::Status status(absl::StatusCode::kFailedPrecondition, message);
  if (!problems.empty()) {
    // The problems travel as InvalidInput's payload does, so ProblemsOf reads them.
    const absl::Status listed = InvalidInput(what, std::move(problems));
    listed.ForEachPayload([&status](absl::string_view url, const absl::Cord& payload) {
      status.SetPayload(url, payload);
    });
  }
  return WithChineseMessage(std::move(status), message_zh);
}

absl::Status IncompleteBatch(const LocalizedText& what, const BatchReport& batch) {
  std::vector<BadCadre> bad;
  for (const absl::StatusOr<CadreReport>& report : batch.cadres) {
    if (report.ok()) continue;
    const CadreIdentity identity = CadreIdentityOf(report.status());
    bad.push_back({identity.id.empty() ? identity.path : identity.id,
                   std::string(report.status().message()),
                   StatusMessageIn(report.status(), Language::kChinese),
                   ProblemsOf(report.status())});
  }
  return IncompleteResult(what, batch.cadres.size(), bad);
}

}  // namespace liaison
