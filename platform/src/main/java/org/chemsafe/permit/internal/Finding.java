package org.chemsafe.permit.internal;

import java.util.List;

/** A rule a check found to apply, with the values its message names. */
record Finding(PermitRule rule, List<Object> args) {

    Finding {
        args = List.copyOf(args);
    }

    static Finding of(PermitRule rule, Object... args) {
        return new Finding(rule, List.of(args));
    }
}
