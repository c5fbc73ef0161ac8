package org.chemsafe.enterprise.internal.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.Test;

class PlanUploadLimitsTests {

    static final long MB = 1024 * 1024;

    @Test
    void raisesLowerLimitsToFitAPlan() {
        MultipartConfigElement raised = PlanUploadLimits.raised(new MultipartConfigElement("", MB, 10 * MB, 0),
                10 * MB);

        assertThat(raised.getMaxFileSize()).isEqualTo(11 * MB);
        assertThat(raised.getMaxRequestSize()).isEqualTo(11 * MB + 64 * 1024);
    }

    @Test
    void keepsHigherAndUnlimitedOnes() {
        MultipartConfigElement generous = new MultipartConfigElement("", 50 * MB, -1, 0);

        assertThat(PlanUploadLimits.raised(generous, 10 * MB)).isSameAs(generous);
    }
}
