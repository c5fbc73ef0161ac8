/**
 * All-element safety management (全要素安全管理). Its first part: the enterprise's people and their qualifications
 * (special-operation certificates and training records), which special-work permits check. Later: equipment
 * integrity, management of change, contractors, emergency plans and drills, incidents.
 */
@ApplicationModule(displayName = "All-element safety management")
@NullMarked
package org.chemsafe.elements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
