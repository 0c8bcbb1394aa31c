#include "liaison/policy.h"

#include <memory>
#include <mutex>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "base/absl_compat.h"
#include "base/sha256.h"
#include "liaison/problem.h"
#include "policy/embedded_policy_texts.h"
#include "policy/policy_parser.h"
#include "policy/policy_writer.h"

namespace liaison {

struct Policy::Compiled {
  PolicyDocument document;
  std::string canonical_json;
  std::string fingerprint;
  std::vector<EffectiveRule> rules;
  absl::flat_hash_map<std::string, std::size_t> rule_index;
};

namespace {

std::uint64_t MaskOf(const std::vector<TermId>& terms) {
  std::uint64_t mask = 0;
  for (TermId term : terms) mask |= std::uint64_t{1} << term;
  return mask;
}

// What one of the rule's written units is in the unit its findings count:
// `days_per_unit` days for a kind counted in days, else 1.
std::int64_t FindingUnits(const TaskRule& rule) {
  return TraitsOf(rule.kind).in_days ? rule.days_per_unit : 1;
}

// The rule's minimum or maximum in the unit its findings count, scaled for a
// partial year where the rule and its kind are prorated.
std::int64_t EffectiveBound(const TaskRule& rule, std::int64_t bound,
                            const std::optional<Proration>& proration) {
  std::int64_t value = bound * FindingUnits(rule);
  if (proration && rule.prorate && TraitsOf(rule.kind).prorated) {
    value = RoundRatio(value, proration->numerator, proration->denominator,
                       proration->rounding);
  }
  return value;
}

EffectiveRule Resolve(const TaskRule& rule, const PolicyDocument& d) {
  EffectiveRule effective;
  effective.rule = &rule;
  effective.min = EffectiveBound(rule, rule.min, d.proration);
  if (rule.max) {
    effective.max = EffectiveBound(rule, *rule.max,
                                   rule.prorate_max ? d.proration : std::nullopt);
  }
  effective.due = rule.due.value_or(d.period_end);
  effective.binding = rule.binding;
  if (d.proration) {
    for (const RuleOverride& o : d.proration->overrides) {
      if (o.rule != rule.id) continue;
      const std::int64_t unit = FindingUnits(rule);
      if (o.min) effective.min = *o.min * unit;
      if (o.max) effective.max = *o.max * unit;
      if (o.due) effective.due = *o.due;
      if (o.binding) effective.binding = *o.binding;
    }
  }
  effective.kind_mask = rule.match.kinds.empty() ? ~std::uint64_t{0} : MaskOf(rule.match.kinds);
  effective.point_kind_mask = MaskOf(rule.match.contact_point_kinds);
  for (ActivityMode mode : rule.match.modes) {
    effective.mode_mask = static_cast<std::uint8_t>(effective.mode_mask |
                                                    (1u << static_cast<unsigned>(mode)));
  }
  if (rule.match.modes.empty()) effective.mode_mask = 0xff;
  return effective;
}

std::string JoinedEmbeddedIds() {
  std::string ids;
  for (std::size_t i = 0; i < kEmbeddedPolicyCount; ++i) {
    StrAppend(&ids, i == 0 ? "" : ", ", kEmbeddedPolicyTexts[i].id);
  }
  return ids;
}

}  // namespace

Policy::Policy(std::shared_ptr<const Compiled> compiled) : compiled_(std::move(compiled)) {}

absl::StatusOr<Policy> Policy::FromJson(std::string_view json) {
  absl::StatusOr<PolicyDocument> document = ParsePolicyDocument(json);
  if (!document.ok()) return document.status();
  auto compiled = std::make_shared<Compiled>();
  compiled->document = *std::move(document);
  const PolicyDocument& d = compiled->document;
  compiled->canonical_json = CanonicalPolicyJson(d);
  compiled->fingerprint = StrCat("sha256:", Sha256Hex(compiled->canonical_json));
  compiled->rules.reserve(d.rules.size());
  for (std::size_t i = 0; i < d.rules.size(); ++i) {
    compiled->rules.push_back(Resolve(d.rules[i], d));
    compiled->rule_index.emplace(d.rules[i].id, i);
  }
  return Policy(std::move(compiled));
}

absl::StatusOr<Policy> Policy::FromDocument(PolicyDocument document) {
  // Writing the document and reading it back runs the one validator there is,
  // and its problems carry the paths the same document would have as JSON.
  return FromJson(CanonicalPolicyJson(document));
}

std::vector<std::string> Policy::EmbeddedIds() {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < kEmbeddedPolicyCount; ++i) ids.emplace_back(kEmbeddedPolicyTexts[i].id);
  return ids;
}

absl::StatusOr<std::string_view> Policy::EmbeddedJson(std::string_view id) {
  for (std::size_t i = 0; i < kEmbeddedPolicyCount; ++i) {
    if (id == kEmbeddedPolicyTexts[i].id) return std::string_view(kEmbeddedPolicyTexts[i].json);
  }
  return LocalizedError(
      absl::StatusCode::kNotFound,
      {StrCat("没有内置政策“", id, "”；内置政策：", JoinedEmbeddedIds()),
       StrCat("no embedded policy \"", id, "\"; embedded: ", JoinedEmbeddedIds())});
}

namespace {

// The compiled embedded policies: made on first use, shared by every caller
// until ReleaseEmbedded. Never destroyed at exit, when another thread may
// still be using them; the mutex has a trivial destructor.
using EmbeddedPolicies = std::vector<std::pair<std::string, absl::StatusOr<Policy>>>;
std::mutex embedded_mutex;
EmbeddedPolicies* embedded_policies = nullptr;  // guarded by embedded_mutex

}  // namespace

absl::StatusOr<Policy> Policy::Embedded(std::string_view id) {
  {
    std::lock_guard<std::mutex> lock(embedded_mutex);
    if (embedded_policies == nullptr) {
      auto compiled = std::make_unique<EmbeddedPolicies>();
      for (std::size_t i = 0; i < kEmbeddedPolicyCount; ++i) {
        compiled->emplace_back(kEmbeddedPolicyTexts[i].id, FromJson(kEmbeddedPolicyTexts[i].json));
      }
      embedded_policies = compiled.release();
    }
    for (const auto& [policy_id, policy] : *embedded_policies) {
      if (policy_id == id) return policy;
    }
  }
  return EmbeddedJson(id).status();
}

void Policy::ReleaseEmbedded() {
  std::unique_ptr<EmbeddedPolicies> released;
  std::lock_guard<std::mutex> lock(embedded_mutex);
  released.reset(std::exchange(embedded_policies, nullptr));
}

const PolicyDocument& Policy::document() const { return compiled_->document; }
const std::string& Policy::fingerprint() const { return compiled_->fingerprint; }
const std::string& Policy::canonical_json() const { return compiled_->canonical_json; }

absl::Span<const EffectiveRule> Policy::rules() const { return compiled_->rules; }

std::optional<std::size_t> Policy::FindRule(std::string_view id) const {
  auto it = compiled_->rule_index.find(AbslView(id));
  if (it == compiled_->rule_index.end()) return std::nullopt;
  return it->second;
}

bool Policy::Covers(int year) const {
  const PolicyDocument& d = document();
  return d.recurring ? year >= d.year : year == d.year;
}

absl::CivilDay Policy::PeriodStart(int year) const {
  return document().period_start.InYear(year);
}

absl::CivilDay Policy::PeriodEnd(int year) const { return document().period_end.InYear(year); }

}  // namespace liaison
