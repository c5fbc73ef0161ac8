package org.chemsafe.permit.internal;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A step of the work (start, suspend, resume, complete, accept, cancel) with an optional remark. */
record PermitAction(@Nullable @Size(max = 200) String remark) {
}
