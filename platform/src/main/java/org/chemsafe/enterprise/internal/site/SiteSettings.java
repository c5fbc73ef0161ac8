package org.chemsafe.enterprise.internal.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Site settings ({@code chemsafe.sites.*}).
 *
 * @param maxPlanBytes the largest plan image accepted (bytes, or a size such as {@code 10MB}); the servlet's
 *                     multipart limits are raised to fit it (see {@link PlanUploadLimits})
 * @param maxPlanSidePx the widest and highest plan accepted, in pixels
 * @param maxPlanPixels the most pixels a plan may have in all (100 megapixels by default)
 */
@ConfigurationProperties("chemsafe.sites")
record SiteSettings(@DefaultValue("10MB") DataSize maxPlanBytes, @DefaultValue("20000") int maxPlanSidePx,
        @DefaultValue("100000000") long maxPlanPixels) {

    PlanImages.Limits planLimits() {
        return new PlanImages.Limits(maxPlanSidePx, maxPlanPixels);
    }
}
