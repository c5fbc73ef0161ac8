/**
 * Special-work permits (特殊作业) under GB 30871-2022: the eight work types, their grading, validity and gas-analysis
 * rules. Today the rules as stateless checks (the contract for mobile pre-checks); the permit workflow follows.
 */
@ApplicationModule(displayName = "Special-work permits")
@NullMarked
package org.chemsafe.permit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
