package org.chemsafe.monitoring.internal.collector.modbus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.monitoring.internal.collector.CollectorStatus;

/** A device as the API shows it, with the poller's status. */
record ModbusDeviceView(UUID id, UUID enterpriseId, String name, String host, int port, int unitId, int pollPeriodMs,
        boolean enabled, List<RegisterMapping> registers, Instant updatedAt, CollectorStatus status) {

    static ModbusDeviceView of(StoredDevice device, CollectorStatus status) {
        return new ModbusDeviceView(device.id(), device.enterpriseId(), device.name(), device.host(), device.port(),
                device.unitId(), device.pollPeriodMs(), device.enabled(), device.registers(), device.updatedAt(),
                status);
    }
}
