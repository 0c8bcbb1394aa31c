// The resource suite: every growth series of issue 18 §4 at four sizes,
// each checked to cost linearly in its size.
//
// A series is one input that grows in one direction — the keys of one
// cadre's "scores", unknown keys, departments, contact points, the problems
// reported, the places and units of an apportionment — built at sizes N, 2N,
// 4N and 8N. The sizes are run in turn, seven rounds, and each size's least
// CPU time of the running thread kept (CPU time, so other processes on the
// machine do not count; the least, so a run slowed by another process
// filling the caches does not either). The check is a
// ratio within the run, never an absolute time: the cost per element at the
// largest size, and at every size, is at most 1.5 times the cost per element
// at the smallest. A quadratic path costs 8 times as much per element at 8N
// as at N; a linear one, about the same.
//
// The sizes are chosen so that the smallest run takes milliseconds in the
// release build (fixed costs do not dominate it) and the largest's working
// set stays within a few megabytes (beyond the caches a linear path slows per
// element too). The suite is built for the release and debug builds only:
// under the sanitizers a run costs what their shadow memory costs.
#include <gtest/gtest.h>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "base/absl_compat.h"
#include "absl/time/civil_time.h"
#include "liaison/evaluate.h"
#include "liaison/grading_json.h"
#include "liaison/policy.h"
#include "liaison/policy_diff.h"
#include "liaison/progress.h"
#include "liaison/report_json.h"

namespace liaison {
namespace {

constexpr double kMostGrowthPerElement = 1.5;
constexpr int kRepeats = 7;
const absl::CivilDay kAsOf(2026, 6, 30);

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Builds the input of size n (not timed) and runs it (timed).
struct Series {
  std::string name;
  std::size_t smallest;
  std::function<std::string(std::size_t)> make;
  std::function<void(const std::string&)> run;
};

// Keeps memory the allocator was given: without this, glibc returns a large
// freed block to the system and the next run faults every page of it in
// again, a kernel cost that steps up where a size crosses its thresholds.
void KeepFreedMemory() {
  static const bool kept = [] {
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    return true;
  }();
  (void)kept;
}

void ExpectLinear(const Series& series) {
  KeepFreedMemory();
  std::vector<std::size_t> sizes;
  std::vector<std::string> inputs;
  for (std::size_t n = series.smallest; n <= 8 * series.smallest; n *= 2) {
    sizes.push_back(n);
    inputs.push_back(series.make(n));
    series.run(inputs.back());  // warm: the parser's buffers, the policy's first use
  }
  // The sizes take turns, so that a spell of load on the machine (another
  // process filling the caches) falls on every size alike.
  std::vector<double> least(sizes.size(), 1e300);
  for (int repeat = 0; repeat < kRepeats; ++repeat) {
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      const double start = ThreadCpuSeconds();
      series.run(inputs[i]);
      least[i] = std::min(least[i], ThreadCpuSeconds() - start);
    }
  }
  std::vector<double> per_element;
  std::string report;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    per_element.push_back(least[i] / static_cast<double>(sizes[i]));
    StrAppend(&report, "  n = ", sizes[i], ": ", least[i] * 1e3, " ms, ",
              per_element.back() * 1e9, " ns per element\n");
  }
  const double most = *std::max_element(per_element.begin() + 1, per_element.end());
  EXPECT_LE(most, kMostGrowthPerElement * per_element[0])
      << series.name << " grows faster than linearly:\n" << report;
  std::cout << series.name << "\n" << report;
}

const Policy& Hunan() {
  static const Policy* policy = new Policy(*Policy::Embedded("hunan"));
  return *policy;
}

std::string Cadre(std::size_t i, std::string_view department, std::string_view more = "") {
  return StrCat(R"({"id":"c)", i, R"(","name":"n","department":")", department,
                      R"(","organ_level":"province","category":"full_time")", more, "}");
}

std::string Records(std::string_view departments, std::string_view cadres) {
  return StrCat(R"({"schema":"liaison.records/1","year":2026,"departments":[)", departments,
                      R"(],"cadres":[)", cadres, "]}");
}

constexpr std::string_view kOrg = R"({"id":"org","name":"o"})";

// N keys of one object of one cadre, each "<prefix><i>": <value>.
std::string OneCadreWithKeys(std::size_t n, std::string_view object, std::string_view prefix,
                             std::string_view value) {
  std::string keys;
  for (std::size_t i = 0; i < n; ++i) {
    StrAppend(&keys, i == 0 ? "" : ",", "\"", prefix, i, "\":", value);
  }
  const std::string more = object.empty() ? StrCat(",", keys)
                                          : StrCat(",\"", object, "\":{", keys, "}");
  return Records(kOrg, Cadre(0, "org", more));
}

void EvaluateText(const std::string& text) {
  absl::StatusOr<BatchReport> batch = EvaluateRecords(Hunan(), text, kAsOf);
  ASSERT_TRUE(batch.ok()) << batch.status();
}

void EvaluateAsJson(const std::string& text) {
  absl::StatusOr<std::string> json = EvaluateRecordsJson(Hunan(), text, kAsOf);
  ASSERT_TRUE(json.ok()) << json.status();
}

// Keys of one object stop at 1,000 (docs/records.md, "Limits"): the two key
// series stay below it, so they measure the decoder, not the limit.
TEST(Growth, ScoresKeys) {
  ExpectLinear({"scores keys (one cadre, each key undefined: a problem each)", 120,
                [](std::size_t n) { return OneCadreWithKeys(n, "scores", "k", "0.5"); },
                EvaluateAsJson});
}

TEST(Growth, UnknownKeys) {
  ExpectLinear({"unknown keys of one cadre", 120,
                [](std::size_t n) { return OneCadreWithKeys(n, "", "u", "1"); },
                EvaluateAsJson});
}

TEST(Growth, Departments) {
  ExpectLinear({"departments (a cadre in each), evaluated and summed by progress", 2000,
                [](std::size_t n) {
                  std::string departments, cadres;
                  for (std::size_t i = 0; i < n; ++i) {
                    const std::string id = StrCat("d", i);
                    StrAppend(&departments, i == 0 ? "" : ",", R"({"id":")", id,
                                    R"(","name":"x"})");
                    StrAppend(&cadres, i == 0 ? "" : ",", Cadre(i, id));
                  }
                  return Records(departments, cadres);
                },
                [](const std::string& text) {
                  absl::StatusOr<BatchReport> batch = EvaluateRecords(Hunan(), text, kAsOf);
                  ASSERT_TRUE(batch.ok()) << batch.status();
                  EXPECT_EQ(SummarizeProgress(*batch).departments.size(), batch->cadres.size());
                }});
}

// One cadre with n contact points and an activity at each.
std::string PointsAndActivities(std::size_t n) {
  std::string points, activities;
  for (std::size_t i = 0; i < n; ++i) {
    StrAppend(&points, i == 0 ? "" : ",", R"({"id":"p)", i,
                    R"(","name":"x","kind":"youth_home","region":"长沙市","source":"department"})");
    StrAppend(&activities, i == 0 ? "" : ",", R"({"id":"a)", i,
                    R"(","date":"2026-03-02","kind":"youth_visit","contact_point":"p)", i,
                    R"(","mode":"in_person","days":1})");
  }
  return Records(kOrg, Cadre(0, "org", StrCat(R"(,"contact_points":[)", points,
                                                     R"(],"activities":[)", activities, "]")));
}

TEST(Growth, ContactPoints) {
  ExpectLinear({"contact points of one cadre, an activity at each", 2000, PointsAndActivities,
                EvaluateText});
}

TEST(Growth, ProblemsReported) {
  ExpectLinear({"problems reported (one cadre, each activity's date impossible)", 2500,
                [](std::size_t n) {
                  std::string activities;
                  for (std::size_t i = 0; i < n; ++i) {
                    StrAppend(&activities, i == 0 ? "" : ",", R"({"id":"a)", i,
                                    R"(","date":"2026-02-30","kind":"lecture","headcount":1})");
                  }
                  return Records(kOrg, Cadre(0, "org", StrCat(R"(,"activities":[)",
                                                                    activities, "]")));
                },
                EvaluateAsJson});
}

void Apportion(const std::string& request) {
  absl::StatusOr<std::string> json = ApportionmentJson(request);
  ASSERT_TRUE(json.ok()) << json.status();
}

TEST(Growth, ApportionmentPlaces) {
  ExpectLinear({"apportionment places (7 units)", 10000,
                [](std::size_t n) {
                  return StrCat(R"({"places":)", n, R"(,"units":[)",
                                      R"({"id":"a","base":3},{"id":"b","base":5},)",
                                      R"({"id":"c","base":7},{"id":"d","base":11},)",
                                      R"({"id":"e","base":13},{"id":"f","base":17},)",
                                      R"({"id":"g","base":19}]})");
                },
                Apportion});
}

TEST(Growth, ApportionmentUnits) {
  ExpectLinear({"apportionment units (half as many places: a remainder place each)", 10000,
                [](std::size_t n) {
                  std::string units;
                  for (std::size_t i = 0; i < n; ++i) {
                    StrAppend(&units, i == 0 ? "" : ",", R"({"id":"u)", i,
                                    R"(","base":)", 1 + i % 7, "}");
                  }
                  return StrCat(R"({"places":)", n / 2, R"(,"units":[)", units, "]}");
                },
                Apportion});
}

TEST(Growth, DiffCadres) {
  ExpectLinear({"cadres of a policy diff", 500,
                [](std::size_t n) {
                  std::string cadres;
                  for (std::size_t i = 0; i < n; ++i) {
                    StrAppend(&cadres, i == 0 ? "" : ",", Cadre(i, "org"));
                  }
                  return Records(kOrg, cadres);
                },
                [](const std::string& text) {
                  absl::StatusOr<PolicyDiff> diff = DiffPolicies(Hunan(), Hunan(), text, kAsOf);
                  ASSERT_TRUE(diff.ok()) << diff.status();
                }});
}

}  // namespace
}  // namespace liaison
