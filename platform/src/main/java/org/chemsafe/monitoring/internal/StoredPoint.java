package org.chemsafe.monitoring.internal;

/** A checked request and the limits it is stored with (its own, or the gas-detector defaults). */
record StoredPoint(PointRequest request, Limits limits) {

    /** What is stored of a point now, as the request that would store it again. */
    static StoredPoint of(PointView point) {
        return new StoredPoint(new PointRequest(point.enterpriseId(), point.tag(), point.name(), point.indicatorType(),
                point.unit(), point.rangeLow(), point.rangeHigh(), point.limits(), point.deadband(),
                point.expectedPeriodSeconds(), point.onDelaySeconds(), point.offDelaySeconds(), point.linkedObject(), point.chemicalId(), point.gatewayCode(),
                point.position(), point.nationalIndicatorCode(), point.enabled()), point.limits());
    }

    /** Whether storing this would change nothing of what is stored. */
    boolean sameAs(PointView stored) {
        return PointRepository.sameValues(this, of(stored));
    }
}
