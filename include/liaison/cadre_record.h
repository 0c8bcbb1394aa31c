// CadreYear: one cadre's year of liaison work, as evaluation reads it.
//
// A cadre-year record (RULES.md §8) carries the cadre's identity and
// participation, contact points, task-list approval, activity log,
// submissions (research report, mid-year report), expense claims, external
// score components and, at year end, the grade the department assigned.
// Records are decoded from JSON against a policy (record_decoder.h), so every
// kind, level, area and rank is already an id of that policy's vocabulary;
// code that builds records by hand looks the ids up in
// `policy.document().vocabulary`.
#ifndef LIAISON_CADRE_RECORD_H_
#define LIAISON_CADRE_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "liaison/cadre_category.h"
#include "liaison/task_rule.h"
#include "liaison/vocabulary.h"

namespace liaison {

// A grassroots organisation the cadre keeps in touch with (二.2).
struct ContactPoint {
  std::string id;
  std::string name;
  TermId kind = 0;
  std::optional<TermId> level;  // its organ level, where recorded
  std::string region;  // e.g. "长沙市"; empty for online organisations
  std::string source;  // how it was chosen: department, cadre, city_committee …
  std::optional<absl::CivilDay> from;  // assigned from (inclusive)
  std::optional<absl::CivilDay> to;    // assigned until (inclusive)
};

// Marks an activity's contact point as none of the cadre's own.
inline constexpr int kNoOwnContactPoint = -1;

// One entry of the activity log.
struct Activity {
  std::string id;
  absl::CivilDay date;
  int days = 0;  // consecutive days from `date`; 0: not recorded
  TermId kind = 0;
  std::vector<TermId> also;     // secondary kinds (a visit that is also a talk)
  std::string contact_point;    // as recorded; empty: none
  int contact_point_index = kNoOwnContactPoint;  // into CadreYear::contact_points
  ActivityMode mode = ActivityMode::kInPerson;
  std::int64_t headcount = 0;        // people met, as counted on the day
  std::vector<std::uint32_t> people;  // ids of people met, into CadreYear::people
  std::optional<TermId> partner_level;  // organ level of a talk's partner
  std::optional<TermId> area;           // supervision area
  std::string evidence;                 // reference to minutes, photos, sign-in sheets
};

// A document the cadre handed in: research report, mid-year report …
struct Submission {
  TermId kind = 0;
  absl::CivilDay date;
  std::string title;
};

// A reimbursement claim; it must belong to a recorded activity (二.5).
struct ExpenseClaim {
  std::string id;
  std::string activity;  // the activity id it belongs to
  std::int64_t amount_cents = 0;
  absl::CivilDay date;
};

// An approved exemption from participation (二.1: 经党组批准可不参加).
struct Exemption {
  std::string approved_by;
  std::optional<absl::CivilDay> approved_on;
  std::string reason;
};

struct CadreYear {
  std::string id;
  std::string name;
  std::string department;
  int year = 0;
  std::optional<TermId> rank;
  TermId organ_level = 0;
  CadreCategory category = CadreCategory::kFullTime;
  std::optional<bool> participates;  // the department's decision, where it decides
  std::optional<Exemption> exemption;
  std::optional<TermId> not_rated;   // a not-rated reason of the policy
  std::vector<TermId> tags;
  std::vector<ContactPoint> contact_points;
  std::optional<absl::CivilDay> task_list_approved_on;
  std::vector<Activity> activities;
  std::vector<Submission> submissions;
  std::vector<ExpenseClaim> expenses;
  std::vector<std::pair<std::string, double>> scores;  // external score components
  std::string assigned_grade;  // as recorded; empty: not graded yet
  std::vector<std::string> people;  // the ids Activity::people points into
};

// A department of the organ, with what its department-level rules look at.
struct Department {
  std::string id;
  std::string name;
  std::optional<absl::CivilDay> plan_submitted;  // its own plan (三.1)
  bool plan_names_contact_points = false;
};

// A records document decoded (DecodeRecords): its year, its departments and
// one entry per cadre in input order, a record or the error that kept it from
// being one.
struct RecordBatch {
  int year = 0;
  std::vector<Department> departments;
  std::vector<absl::StatusOr<CadreYear>> cadres;  // input order, one per cadre
};

}  // namespace liaison

#endif  // LIAISON_CADRE_RECORD_H_
