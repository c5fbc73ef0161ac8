package org.chemsafe.monitoring.internal;

import java.util.UUID;

/** Something that keeps state of points in memory and drops a point's once the point's removal commits. */
interface PointMemory {

    void forget(UUID pointId);
}
