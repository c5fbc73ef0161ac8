/**
 * The tiny shared kernel: data scope, paging, problem types and the web/database plumbing every module relies on.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.chemsafe.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
