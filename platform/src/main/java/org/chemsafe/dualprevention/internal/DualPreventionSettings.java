package org.chemsafe.dualprevention.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Dual prevention settings ({@code chemsafe.dual-prevention.*}).
 *
 * @param maxPhotoBytes the largest photo accepted (a phone's JPEG is 2–4 MB); it must stay below the servlet's
 *                      multipart file limit ({@code spring.servlet.multipart.max-file-size}, 12 MB)
 */
@ConfigurationProperties("chemsafe.dual-prevention")
public record DualPreventionSettings(@DefaultValue("5MB") DataSize maxPhotoBytes) {
}
