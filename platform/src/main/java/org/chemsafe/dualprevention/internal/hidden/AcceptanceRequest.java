package org.chemsafe.dualprevention.internal.hidden;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The acceptance (验收) of a rectification, with the acceptor's comment ({@code checkAcceptComment}). */
record AcceptanceRequest(@Nullable @Size(max = 2000) String checkAcceptComment) {
}
