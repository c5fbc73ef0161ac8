package org.chemsafe.dualprevention.internal.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;

/** A risk event (安全风险事件) of a unit. */
record RiskEventRequest(@NotBlank @SingleLine @Size(max = 200) String riskEventName) {
}
