package org.chemsafe.dualprevention.internal.hidden;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A hidden danger as its finder reports it, under the national field names (domain file §2.1).
 *
 * @param enterpriseId     the enterprise, for platform and government users; an enterprise user's own otherwise
 * @param riskMeasureId    the control measure whose failure or check found it, if any (same enterprise)
 * @param dangerSrc        隐患来源 1–10
 * @param hazardDangerType 隐患类型(专业) 1–8
 * @param dangerImg        the photos of the danger as found (ids of photos of the same enterprise)
 */
public record HiddenDangerReport(@Nullable UUID enterpriseId, @Nullable UUID riskMeasureId,
        @Nullable @Size(max = 64) String hazardCode, @NotBlank @Size(max = 200) String dangerName,
        @NotNull Integer dangerSrc, @NotNull Integer hazardDangerType, @NotBlank @Size(max = 2000) String dangerDesc,
        @Nullable @Size(max = 2000) String dangerReason,
        @Nullable @Size(max = PhotoReferences.MAX) List<@NotNull UUID> dangerImg) {
}
