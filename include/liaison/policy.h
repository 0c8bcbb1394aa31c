// Policy: a validated, compiled, immutable liaison policy.
//
// A Policy is built once from a policy document (JSON, schema
// `liaison.policy/1`) or taken from the embedded ones ("hunan-2018",
// "hunan"), and is then shared: copies are cheap handles onto the same
// compiled data, and any number of threads may evaluate with it at once.
//
//   absl::StatusOr<Policy> policy = Policy::Embedded("hunan");
//   absl::StatusOr<Policy> custom = Policy::FromJson(document_text);
//   std::cout << custom->id() << " " << custom->fingerprint();
//
// Compiling resolves every parameter: the partial-year factor and per-rule
// overrides give each rule its effective minimum, maximum, due date and
// bindingness (`rules()`), and activity filters become bit masks.
//
// Every result the library produces is stamped with the policy's id, year and
// fingerprint: the SHA-256 of its canonical JSON form, so two documents that
// differ only in layout, key order or number spelling share a fingerprint.
#ifndef LIAISON_POLICY_H_
#define LIAISON_POLICY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "liaison/month_day.h"
#include "liaison/policy_document.h"
#include "liaison/task_rule.h"

namespace liaison {

// A task rule with every parameter resolved for evaluation.
struct EffectiveRule {
  const TaskRule* rule = nullptr;  // owned by the policy
  std::int64_t min = 0;
  std::optional<std::int64_t> max;
  MonthDay due;
  bool binding = true;
  std::uint64_t kind_mask = 0;          // bit k: activity kind k matches
  std::uint64_t point_kind_mask = 0;    // bit k: contact-point kind k matches; 0: any
  std::uint8_t mode_mask = 0;           // bit m: ActivityMode m matches
};

class Policy {
 public:
  // Parses and validates a policy document. On failure the status is
  // InvalidArgument and carries every problem found (see problem.h).
  static absl::StatusOr<Policy> FromJson(std::string_view json);

  // Validates and compiles a document built in code.
  static absl::StatusOr<Policy> FromDocument(PolicyDocument document);

  // One of the policies compiled into the library; NotFound names the ids.
  // They are compiled on first use and kept, shared by every caller.
  static absl::StatusOr<Policy> Embedded(std::string_view id);

  // Releases the kept compiled embedded policies (for a leak checker at
  // exit). Policies already obtained stay valid; a later Embedded compiles
  // them again. Safe to call from any thread at any time.
  static void ReleaseEmbedded();

  // The ids of the embedded policies, in a fixed order.
  static std::vector<std::string> EmbeddedIds();
  // The same ids as a JSON array, ["hunan-2018","hunan"].
  static std::string EmbeddedIdsJson();

  // The JSON text of an embedded policy as shipped, or NotFound.
  static absl::StatusOr<std::string_view> EmbeddedJson(std::string_view id);

  const PolicyDocument& document() const;
  const std::string& id() const { return document().id; }
  int year() const { return document().year; }

  // "sha256:" followed by 64 hex digits of the canonical JSON.
  const std::string& fingerprint() const;

  // The canonical JSON form: fixed key order, every field written, no
  // insignificant white space. FromJson(canonical_json()) gives an equal policy.
  const std::string& canonical_json() const;

  // The task rules with their effective parameters, in document order.
  absl::Span<const EffectiveRule> rules() const;

  // The index of the rule named `id` in rules(), or nullopt.
  std::optional<std::size_t> FindRule(std::string_view id) const;

  // Whether the policy governs `year`, and its period in that year.
  bool Covers(int year) const;
  absl::CivilDay PeriodStart(int year) const;
  absl::CivilDay PeriodEnd(int year) const;

 private:
  struct Compiled;
  explicit Policy(std::shared_ptr<const Compiled> compiled);
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace liaison

#endif  // LIAISON_POLICY_H_
