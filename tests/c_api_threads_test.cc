// Many threads sharing one policy handle through the C ABI: evaluating,
// proposing grades and checking typed grades at once give exactly what one
// thread gives. Run under ThreadSanitizer by the test command.
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "liaison.h"
#include "test_support.h"

namespace liaison {
namespace {

std::string Call(liaison_status (*call)(const liaison_policy*, const char*, size_t, const char*,
                                        size_t, char**, size_t*, liaison_error**),
                 const liaison_policy* policy, const std::string& records) {
  char* result = nullptr;
  size_t length = 0;
  if (call(policy, records.data(), records.size(), "2026-12-31", 10, &result, &length,
           nullptr) != LIAISON_OK) {
    return "error";
  }
  std::string text(result, length);
  liaison_free(result);
  return text;
}

TEST(CApiThreadsTest, OneSharedPolicyGivesTheSameResultsInEveryThread) {
  liaison_policy* policy = nullptr;
  ASSERT_EQ(liaison_policy_embedded("hunan", 5, &policy, nullptr), LIAISON_OK);
  const std::string records = testing::ReadSourceFile("examples/department.json");
  const std::string evaluation = Call(liaison_evaluate_json, policy, records);
  const std::string proposal = Call(liaison_propose_json, policy, records);
  ASSERT_NE(evaluation, "error");
  ASSERT_NE(proposal, "error");

  constexpr int kThreads = 8;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const int32_t grades[10] = {0, 0, 0, 0, 1, 1, 1, 1, 1, 2};
      for (int i = 0; i < 5; ++i) {
        if (Call(liaison_evaluate_json, policy, records) != evaluation) ++mismatches[t];
        if (Call(liaison_propose_json, policy, records) != proposal) ++mismatches[t];
        int32_t over_cap = -1;
        if (liaison_grade_check(policy, grades, 10, nullptr, &over_cap, nullptr, nullptr,
                                nullptr, nullptr) != LIAISON_OK ||
            over_cap != 1) {
          ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
  liaison_policy_free(policy);
}

}  // namespace
}  // namespace liaison
