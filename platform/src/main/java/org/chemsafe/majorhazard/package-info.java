/**
 * Major hazard sources: identification and grading of a unit's hazardous-chemical inventory under GB 18218-2018
 * (critical quantities, S, R, α, β and the four levels). Later: hazard units and the 包保 accountable people.
 */
@ApplicationModule(displayName = "Major hazard sources")
@NullMarked
package org.chemsafe.majorhazard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
