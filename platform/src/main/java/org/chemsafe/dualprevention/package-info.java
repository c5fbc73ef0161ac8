/**
 * Dual prevention (双重预防): risk grading and control (风险分级管控) and hidden-danger investigation and remediation
 * (隐患排查治理). Today the risk assessment methods (LEC, LS, MES) as a stateless calculator; the risk register,
 * inspection tasks and hidden dangers follow (issue 10).
 */
@ApplicationModule(displayName = "Dual prevention")
@NullMarked
package org.chemsafe.dualprevention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
