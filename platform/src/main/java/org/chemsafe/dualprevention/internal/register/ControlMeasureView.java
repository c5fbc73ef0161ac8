package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

record ControlMeasureView(UUID id, UUID enterpriseId, UUID riskEventId, int dataSrc, String riskMeasureDesc,
        String classify1, String classify2, @Nullable String classify3, @Nullable String troubleshootContent)
        implements RegisterRow {
}
