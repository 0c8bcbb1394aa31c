/* Evaluates nothing: asks the installed library for a policy and its caps. */
#include <stdio.h>
#include <string.h>

#include <liaison/liaison.h>

int main(void) {
  liaison_policy* policy = NULL;
  int32_t caps[4];
  if (liaison_abi_version() != LIAISON_ABI_VERSION) return 1;
  if (liaison_policy_embedded("hunan", 5, &policy, NULL) != LIAISON_OK) return 1;
  if (liaison_grade_caps(policy, 10, caps, 4, NULL) != LIAISON_OK) return 1;
  printf("%s %s caps(10) = %d %d\n", liaison_version(), liaison_policy_id(policy), caps[0],
         caps[1]);
  liaison_policy_free(policy);
  return caps[0] == 3 && caps[1] == 5 ? 0 : 1;
}
