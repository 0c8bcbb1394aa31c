// ContactPointPolicy: what a cadre's grassroots contact points must look like.
//
// The plan (二.2) asks for 3–4 relatively fixed contact points — league
// branches, youth homes, social and online organisations — mainly inside
// Changsha. Other bodies give different sets to different ranks ("leaders:
// 2 counties + 1 university + 1 enterprise"), so the count range and per-kind
// minimums live in sets selected by rank; the home-region share and how online
// organisations count in it are parameters.
#ifndef LIAISON_CONTACT_POINT_POLICY_H_
#define LIAISON_CONTACT_POINT_POLICY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "liaison/vocabulary.h"

namespace liaison {

// At least `min` contact points of `kind`.
struct KindMinimum {
  TermId kind = 0;
  int min = 0;
  friend bool operator==(const KindMinimum& a, const KindMinimum& b) {
    return a.kind == b.kind && a.min == b.min;
  }
};

// The contact points required of the cadres of some ranks.
struct ContactPointSet {
  std::vector<TermId> ranks;  // empty: every rank not named by another set
  int min = 0;
  int max = 0;
  std::vector<KindMinimum> kind_minimums;
  friend bool operator==(const ContactPointSet& a, const ContactPointSet& b) {
    return a.ranks == b.ranks && a.min == b.min && a.max == b.max &&
           a.kind_minimums == b.kind_minimums;
  }
};

// How contact points without a place (online organisations) enter the
// home-region share.
enum class OnlinePoints { kExcluded, kCountAsHome, kCountAsAway };

struct ContactPointPolicy {
  std::string basis;
  bool binding = true;
  std::vector<TermId> allowed_kinds;  // empty: every kind the vocabulary names
  std::vector<ContactPointSet> sets;
  // Home region: "以长沙市内为主". Empty `home_region` disables the share rule.
  std::string home_region;
  double min_home_share = 0.0;  // in [0, 1]; met when share ≥ this
  std::vector<TermId> online_kinds;
  OnlinePoints online = OnlinePoints::kExcluded;
  // The levels a point must be at, counted down from the cadre's organ
  // (format 1.1): a city committee's points are one level below, at county
  // level. Neither set: points are not checked for their level.
  std::optional<int> min_levels_below;
  std::optional<int> max_levels_below;
  bool ChecksLevels() const { return min_levels_below || max_levels_below; }

  friend bool operator==(const ContactPointPolicy& a, const ContactPointPolicy& b) {
    return a.basis == b.basis && a.binding == b.binding &&
           a.allowed_kinds == b.allowed_kinds && a.sets == b.sets &&
           a.home_region == b.home_region && a.min_home_share == b.min_home_share &&
           a.online_kinds == b.online_kinds && a.online == b.online &&
           a.min_levels_below == b.min_levels_below && a.max_levels_below == b.max_levels_below;
  }
};

}  // namespace liaison

#endif  // LIAISON_CONTACT_POINT_POLICY_H_
