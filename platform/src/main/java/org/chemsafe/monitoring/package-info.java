/**
 * Real-time monitoring: the points (位号) an enterprise's instruments and gas detectors report under, with their
 * instrument ranges and four alarm limits (GB/T 50493-2019 5.5.2 defaults for gas detectors). Later: telemetry
 * ingestion, the durable store, data quality.
 */
@ApplicationModule(displayName = "Real-time monitoring")
@NullMarked
package org.chemsafe.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
