package org.chemsafe.enterprise.internal.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;

/** A site's new name; a site never moves to another enterprise. */
record SiteNameRequest(@NotBlank @Size(max = 64) @SingleLine String name) {
}
