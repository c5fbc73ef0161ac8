/**
 * Demo data for the default embedded run: the real region chain 山东省 → 枣庄市 → 山亭区 with its towns, three
 * fictional enterprises and one demo user per role.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package org.chemsafe.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
