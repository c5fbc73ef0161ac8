package org.chemsafe.monitoring.internal;

/** A checked request and the limits it is stored with (its own, or the gas-detector defaults). */
record StoredPoint(PointRequest request, Limits limits) {
}
