package org.chemsafe.dualprevention.internal;

import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.RiskBand;
import org.chemsafe.dualprevention.RiskMethod;

/** The bands an enterprise grades a method by, most severe first, and whether they are its own or the defaults. */
record RiskBandSetting(UUID enterpriseId, RiskMethod method, List<RiskBand> bands, boolean own) {
}
