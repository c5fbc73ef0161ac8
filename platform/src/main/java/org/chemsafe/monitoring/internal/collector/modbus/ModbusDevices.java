package org.chemsafe.monitoring.internal.collector.modbus;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.monitoring.internal.collector.MappedTags;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Modbus TCP devices of the enterprises, scoped and owner-checked like the OPC UA endpoints; each register maps
 * to an enabled point of the enterprise. After a change commits, the device's poller is restarted.
 */
@Service
@Transactional
class ModbusDevices {

    private final ModbusDeviceRepository devices;
    private final EnterpriseAccess access;
    private final MappedTags tags;
    private final ModbusPollers pollers;
    private final Clock clock;

    ModbusDevices(ModbusDeviceRepository devices, EnterpriseAccess access, MappedTags tags, ModbusPollers pollers,
            Clock clock) {
        this.devices = devices;
        this.access = access;
        this.tags = tags;
        this.pollers = pollers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<ModbusDeviceView> list(Actor actor, @Nullable UUID enterpriseId, PageQuery page) {
        return devices.list(actor.scope(), enterpriseId, page).map(this::view);
    }

    @Transactional(readOnly = true)
    ModbusDeviceView get(Actor actor, UUID id) {
        return view(visible(actor, id));
    }

    ModbusDeviceView create(Actor actor, ModbusDeviceRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterpriseId);
        StoredDevice device = checked(UUID.randomUUID(), enterpriseId, request, null);
        devices.insert(device);
        pollers.changed(device.id());
        return stored(device);
    }

    ModbusDeviceView change(Actor actor, UUID id, ModbusDeviceRequest request) {
        StoredDevice device = checked(id, visible(actor, id).enterpriseId(), request, id);
        devices.update(device);
        pollers.changed(id);
        return stored(device);
    }

    void remove(Actor actor, UUID id) {
        visible(actor, id);
        devices.delete(id);
        pollers.changed(id);
    }

    private StoredDevice checked(UUID id, UUID enterpriseId, ModbusDeviceRequest request, @Nullable UUID except) {
        String name = request.name().strip();
        if (devices.nameTaken(enterpriseId, name, except)) {
            throw ProblemException.conflict("monitoring.collector.name-taken", name);
        }
        List<RegisterMapping> registers = request.registers().stream().map(RegisterMapping::normalised).toList();
        tags.requireKnown(enterpriseId, registers.stream().map(RegisterMapping::tag).toList(),
                i -> "registers[" + i + "].tag");
        return new StoredDevice(id, enterpriseId, name, request.host().strip(),
                request.port() == null ? ModbusDeviceRequest.DEFAULT_PORT : request.port(),
                request.unitId() == null ? ModbusDeviceRequest.DEFAULT_UNIT_ID : request.unitId(),
                request.pollPeriodMs() == null ? ModbusDeviceRequest.DEFAULT_POLL_PERIOD_MS : request.pollPeriodMs(),
                request.enabled() == null || request.enabled(), registers, clock.instant());
    }

    private StoredDevice visible(Actor actor, UUID id) {
        StoredDevice device = devices.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("modbus-device", id));
        AuditTarget.concerns(device.enterpriseId());
        return device;
    }

    private ModbusDeviceView view(StoredDevice device) {
        return ModbusDeviceView.of(device, pollers.status(device.id()));
    }

    /** The source as just stored: its collection starts (or stops) once the transaction commits. */
    private ModbusDeviceView stored(StoredDevice device) {
        return ModbusDeviceView.of(device, pollers.statusOnceStored(device.enabled()));
    }
}
