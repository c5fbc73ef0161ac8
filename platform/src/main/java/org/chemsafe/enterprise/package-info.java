/**
 * Regions (province → city → district → town) and enterprises, the tenants. Later: sites, areas, units, chemicals.
 */
@ApplicationModule(displayName = "Enterprise registry")
@NullMarked
package org.chemsafe.enterprise;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
