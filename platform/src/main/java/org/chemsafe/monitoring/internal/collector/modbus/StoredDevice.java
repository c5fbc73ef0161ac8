package org.chemsafe.monitoring.internal.collector.modbus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A Modbus TCP device as stored, its register map with every default filled in. */
record StoredDevice(UUID id, UUID enterpriseId, String name, String host, int port, int unitId, int pollPeriodMs,
        boolean enabled, List<RegisterMapping> registers, Instant updatedAt) {
}
