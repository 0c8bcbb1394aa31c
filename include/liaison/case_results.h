// Case results as documents: the outcome of running case files
// (liaison/case_runner.h) in the two forms tools read — JSON for programs,
// JUnit XML for CI systems.
//
//   std::vector<CaseResult> results = {RunCaseFile("tests/cases/hunan.case.json")};
//   std::cout << CaseResultsJson(results);
#ifndef LIAISON_CASE_RESULTS_H_
#define LIAISON_CASE_RESULTS_H_

#include <string>

#include "absl/types/span.h"
#include "liaison/case_runner.h"
#include "liaison/localized_text.h"

namespace liaison {

// The results as a JSON document (schema `liaison.case-results/1`), pretty
// printed: how many cases passed and failed, and per case its checks, its
// failures and, for a case that could not be run, its error and problems.
// Messages are in English, or in `language`.
std::string CaseResultsJson(absl::Span<const CaseResult> results);
std::string CaseResultsJson(absl::Span<const CaseResult> results, Language language);

// The results as JUnit XML, one <testcase> per case, for CI systems: a case
// that could not be run is an <error>, one with failed expectations a
// <failure> listing them.
std::string CaseResultsJUnitXml(absl::Span<const CaseResult> results);
// The same with the messages in `language`.
std::string CaseResultsJUnitXml(absl::Span<const CaseResult> results, Language language);

}  // namespace liaison

#endif  // LIAISON_CASE_RESULTS_H_
