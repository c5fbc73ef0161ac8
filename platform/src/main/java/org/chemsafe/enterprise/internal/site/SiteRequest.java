package org.chemsafe.enterprise.internal.site;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/** A site to create: the enterprise is the caller's own unless the platform administrator names one. */
record SiteRequest(@Nullable UUID enterpriseId, @NotBlank @Size(max = 64) @SingleLine String name) {
}
