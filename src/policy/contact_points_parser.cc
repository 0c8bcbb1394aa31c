// The contact-point policy of a policy document: which kinds of contact
// point a cadre may hold, and how many, set by rank.
#include <algorithm>

#include "policy/policy_document_parser.h"

namespace liaison {
namespace {

constexpr json::KeyList kSetKeys{"ranks", "min", "max", "kind_minimums"};
constexpr json::KeyList kKindMinimumKeys{"kind", "min"};

}  // namespace

void PolicyDocumentParser::ParseContactPoints(ObjectReader& top) {
  std::optional<element> value = top.Element("contact_points", kOptional);
  if (!value) return;
  JsonPath path = top.path().Key("contact_points");
  ObjectReader reader(*value, path, problems_);
  if (!reader.valid()) return;
  const Vocabulary& v = doc_.vocabulary;
  ContactPointPolicy policy;
  policy.basis = Basis(reader, kOptional);
  if (auto binding = reader.Bool("binding", kOptional)) policy.binding = *binding;
  policy.allowed_kinds = refs_.List(reader, "allowed_kinds", kOptional, v.contact_point_kinds,
                                    "contact-point kind", Repeats::kRejected);
  if (auto region = reader.String("home_region", kOptional)) policy.home_region = *region;
  if (auto share = reader.Number("min_home_share", kOptional, 0.0, 1.0)) {
    policy.min_home_share = *share;
  }
  policy.online_kinds = refs_.List(reader, "online_kinds", kOptional, v.contact_point_kinds,
                                   "contact-point kind", Repeats::kRejected);
  if (auto online = EnumField(reader, "online", kOptional, kOnlinePointsNames)) {
    policy.online = *online;
  }
  std::optional<element> sets = reader.Element("sets", kRequired);
  bool has_default_set = false;
  json::ForEachObject(reader, "sets", kSetKeys, problems_,
                      [&](ObjectReader& set_reader, const JsonPath& set_path) {
    ParseContactPointSet(set_reader, set_path, policy, has_default_set);
  });
  if (sets && sets->is_array() && policy.sets.empty()) {
    problems_.Add(path.Key("sets"), "give at least one set", "至少须给出一组");
  }
  reader.RejectUnknownKeys();
  doc_.contact_points = std::move(policy);
}

// One set: the ranks it applies to (none: every rank no other set names), how
// many contact points they hold, and at least how many of some kinds.
void PolicyDocumentParser::ParseContactPointSet(ObjectReader& reader, const JsonPath& path,
                                                ContactPointPolicy& policy,
                                                bool& has_default_set) {
  const Vocabulary& v = doc_.vocabulary;
  ContactPointSet set;
  set.ranks = refs_.List(reader, "ranks", kOptional, v.ranks, "rank", Repeats::kRejected);
  if (set.ranks.empty()) {
    if (has_default_set) {
      problems_.Add(path.Key("ranks"),
                    "a second set without ranks; only one set may apply to every other rank",
                    "第二组未列职级；只能有一组适用于其余所有职级");
    }
    has_default_set = true;
  }
  for (TermId rank : set.ranks) {
    const bool in_earlier_set =
        std::any_of(policy.sets.begin(), policy.sets.end(), [rank](const ContactPointSet& s) {
          return std::find(s.ranks.begin(), s.ranks.end(), rank) != s.ranks.end();
        });
    if (in_earlier_set) {
      problems_.Add(path.Key("ranks"), StrCat("rank \"", v.ranks[rank].id, "\" is in two sets"),
                    StrCat("职级“", v.ranks[rank].id, "”出现在两组中"));
    }
  }
  auto min = reader.Integer("min", kRequired, 0, 1000);
  auto max = reader.Integer("max", kRequired, 0, 1000);
  if (min) set.min = static_cast<int>(*min);
  if (max) set.max = static_cast<int>(*max);
  if (min && max && *min > *max) {
    problems_.Add(path, StrCat("min ", *min, " is greater than max ", *max),
                  StrCat("下限 ", *min, " 大于上限 ", *max));
  }
  ParseKindMinimums(reader, max, set);
  set.kind_minimums.shrink_to_fit();
  policy.sets.push_back(std::move(set));
}

void PolicyDocumentParser::ParseKindMinimums(ObjectReader& set_reader,
                                             std::optional<std::int64_t> max,
                                             ContactPointSet& set) {
  int total = 0;
  json::ForEachObject(set_reader, "kind_minimums", kKindMinimumKeys, problems_,
                      [&](ObjectReader& reader, const JsonPath& path) {
    auto kind = refs_.One(reader, "kind", kRequired, doc_.vocabulary.contact_point_kinds,
                          "contact-point kind");
    auto min = reader.Integer("min", kRequired, 1, 1000);
    reader.RejectUnknownKeys();  // before the check against earlier entries
    if (!kind || !min) return;
    for (const KindMinimum& earlier : set.kind_minimums) {
      if (earlier.kind == *kind) {
        problems_.Add(path.Key("kind"), "this kind already has a minimum", "该类型已设最低数量");
      }
    }
    set.kind_minimums.push_back({*kind, static_cast<int>(*min)});
    total += static_cast<int>(*min);
  });
  if (max && total > *max) {
    problems_.Add(set_reader.path().Key("kind_minimums"),
                  StrCat("the kind minimums add up to ", total, ", more than the set's max ", *max),
                  StrCat("各类型最低数量合计 ", total, "，超过本组上限 ", *max));
  }
}

}  // namespace liaison
