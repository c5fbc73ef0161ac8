package org.chemsafe.permit.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * The camera that records the work (5.2.11: 特级 hot work is recorded on video the whole time), by the code the video
 * system knows it by (a channel code or the national camera code), with a name people recognise.
 */
record PermitCamera(@NotBlank @Size(max = 64) @SingleLine String code, @Nullable @Size(max = 100) @SingleLine String name) {
}
