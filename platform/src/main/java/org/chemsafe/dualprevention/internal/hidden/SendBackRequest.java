package org.chemsafe.dualprevention.internal.hidden;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The refusal of a rectification: why it is sent back ({@code checkAcceptComment}). */
record SendBackRequest(@NotBlank @Size(max = 2000) String checkAcceptComment) {
}
