package org.chemsafe.monitoring.internal.collector.modbus;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.monitoring.MonitoringPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Modbus TCP devices")
class ModbusDeviceController {

    private static final String READ = "hasAuthority('" + MonitoringPermissions.MONITORING_READ + "')";
    private static final String WRITE = "hasAuthority('" + MonitoringPermissions.MONITORING_WRITE + "')";

    private final ModbusDevices devices;

    ModbusDeviceController(ModbusDevices devices) {
        this.devices = devices;
    }

    @GetMapping("/api/v1/modbus-devices")
    @PreAuthorize(READ)
    @Operation(summary = "The Modbus TCP devices within the scope, by name, each with its poller's status")
    PageResult<ModbusDeviceView> list(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @Valid PageQuery page) {
        return devices.list(CurrentActor.get(), enterpriseId, page);
    }

    @PostMapping("/api/v1/modbus-devices")
    @PreAuthorize(WRITE)
    @Operation(summary = "Add a Modbus TCP device with its register map; polling starts once stored")
    ResponseEntity<ModbusDeviceView> create(@Valid @RequestBody ModbusDeviceRequest request) {
        ModbusDeviceView created = devices.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/modbus-devices/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/modbus-devices/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "A Modbus TCP device with its poller's status (connection, last error, last value, counts)")
    ModbusDeviceView get(@PathVariable UUID id) {
        return devices.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/modbus-devices/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change a Modbus TCP device; its poller restarts")
    ModbusDeviceView change(@PathVariable UUID id, @Valid @RequestBody ModbusDeviceRequest request) {
        return devices.change(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/modbus-devices/{id}")
    @PreAuthorize(WRITE)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        devices.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
