package org.liaison;

/**
 * The typed check of one department's grades against a policy
 * ({@link Policy#checkGrades}).
 *
 * @param overCap the caps exceeded
 * @param aboveEligible the cadres graded better than they are eligible for
 * @param notInScale the grade indices outside the policy's scale
 * @param missing the cadres without a grade
 */
public record GradeCheck(int overCap, int aboveEligible, int notInScale, int missing) {
  /**
   * Whether the grades are within the policy.
   *
   * @return true when all four counts are zero
   */
  public boolean passed() {
    return overCap == 0 && aboveEligible == 0 && notInScale == 0 && missing == 0;
  }
}
