package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A risk analysis object (风险分析对象): a major hazard source, named by its national code, or another object.
 *
 * @param enterpriseId the owner, named by platform and government users when creating (ignored on update)
 * @param hazardCode   the major hazard source's code from the hazardous-chemicals registration (重大危险源编码)
 */
record RiskObjectRequest(@Nullable UUID enterpriseId, @Nullable @SingleLine @Size(max = 64) String hazardCode,
        @NotBlank @SingleLine @Size(max = 100) String name) {
}
