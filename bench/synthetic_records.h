// Synthetic records for benchmarks: departments of cadres whose activity logs
// look like the example department's (lectures, visits with named youth,
// talks, supervision, work tasks, field days), generated deterministically.
#ifndef LIAISON_BENCH_SYNTHETIC_RECORDS_H_
#define LIAISON_BENCH_SYNTHETIC_RECORDS_H_

#include <cstdio>
#include <random>
#include <string>

namespace liaison::bench {

// The cadres of a synthetic organ, one after another: each cadre object
// (JSON, no separator) of `activities` activities, in departments of
// `department_size`. The same sequence of cadres whichever way they are
// written, so a document and its JSON Lines form hold the same records.
class SyntheticCadres {
 public:
  SyntheticCadres(int activities, int department_size)
      : activities_(activities), department_size_(department_size) {}

  // Appends the next cadre's object to `out`.
  void AppendNext(std::string& out) {
    static const char* const kKinds[] = {"lecture", "youth_visit", "youth_visit", "cadre_talk",
                                         "cadre_talk", "supervision", "work_task", "field_work"};
    static const char* const kAreas[] = {"theory_study", "three_meetings_one_class",
                                         "league_reform", "key_projects"};
    static const char* const kLevels[] = {"city", "county", "township"};
    const int c = next_++;
    char buffer[512];
    std::snprintf(buffer, sizeof buffer,
                  R"({"id":"c%06d","name":"干部%d","department":"d%04d","rank":"staff",)"
                  R"("organ_level":"province","category":"full_time","contact_points":[)"
                  R"({"id":"cp1","kind":"youth_home","region":"长沙市"},)"
                  R"({"id":"cp2","kind":"league_branch","region":"长沙市"},)"
                  R"({"id":"cp3","kind":"social_org","region":"株洲市"}],"activities":[)",
                  c, c, c / department_size_);
    out += buffer;
    for (int a = 0; a < activities_; ++a) {
      const char* kind = kKinds[random_() % 8];
      const int day_of_year = static_cast<int>(random_() % 360);
      const int month = 1 + day_of_year / 30, day = 1 + day_of_year % 28;
      std::snprintf(buffer, sizeof buffer,
                    R"(%s{"id":"a%d","date":"2026-%02d-%02d","kind":"%s","contact_point":"cp%d",)"
                    R"("evidence":"签到表%d")",
                    a == 0 ? "" : ",", a, month, day, kind, 1 + static_cast<int>(random_() % 3),
                    a);
      out += buffer;
      if (kind[0] == 'y') {
        std::snprintf(buffer, sizeof buffer, R"(,"headcount":12,"people":["y%d","y%d","y%d"])",
                      static_cast<int>(random_() % 200), static_cast<int>(random_() % 200),
                      static_cast<int>(random_() % 200));
        out += buffer;
      } else if (kind[0] == 'c') {
        out += R"(,"partner_level":")";
        out += kLevels[random_() % 3];
        out += '"';
      } else if (kind[0] == 's') {
        out += R"(,"area":")";
        out += kAreas[random_() % 4];
        out += '"';
      } else if (kind[0] == 'f') {
        std::snprintf(buffer, sizeof buffer, R"(,"days":%d)", 1 + static_cast<int>(random_() % 4));
        out += buffer;
      }
      out += '}';
    }
    out += R"(],"submissions":[{"kind":"research_report","date":"2026-10-20"},)"
           R"({"kind":"midyear_report","date":"2026-06-28"}]})";
  }

 private:
  int activities_;
  int department_size_;
  int next_ = 0;
  std::mt19937 random_{20261129};
};

// The top level of a synthetic records document before its cadres: schema,
// year 2026 (policy "hunan"), no departments.
inline constexpr char kSyntheticRecordsHead[] =
    R"({"schema":"liaison.records/1","year":2026,"departments":[])";
// The header line of the same records as JSON Lines (docs/records.md).
inline constexpr char kSyntheticRecordsLinesHeader[] =
    R"({"schema":"liaison.records.lines/1","year":2026,"departments":[]})";

// A records document (liaison.records/1, year 2026, policy "hunan") with
// `cadres` cadres of `activities` activities each, spread over departments of
// `department_size`.
inline std::string SyntheticRecords(int cadres, int activities, int department_size = 10) {
  SyntheticCadres generator(activities, department_size);
  std::string out = kSyntheticRecordsHead;
  out += R"(,"cadres":[)";
  for (int c = 0; c < cadres; ++c) {
    if (c > 0) out += ',';
    generator.AppendNext(out);
  }
  out += "]}";
  return out;
}

}  // namespace liaison::bench

#endif  // LIAISON_BENCH_SYNTHETIC_RECORDS_H_
