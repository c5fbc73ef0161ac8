package org.chemsafe.monitoring.internal.collector.modbus;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers a device of float32 holding registers for the platform's own set-up, once per enterprise and name. */
@Component
public class ModbusDeviceSetup {

    private static final int HOLDING_REGISTERS = 3;

    private final ModbusDevices devices;
    private final ModbusDeviceRepository repository;

    ModbusDeviceSetup(ModbusDevices devices, ModbusDeviceRepository repository) {
        this.devices = devices;
        this.repository = repository;
    }

    @Transactional
    public void ensure(UUID enterpriseId, String name, String host, int port, Map<String, Integer> addressByTag) {
        if (repository.nameTaken(enterpriseId, name, null)) {
            return;
        }
        List<RegisterMapping> registers = addressByTag.entrySet().stream()
                .map(register -> new RegisterMapping(register.getValue(), HOLDING_REGISTERS, ModbusDataType.FLOAT32,
                        Endianness.BIG, Endianness.BIG, 1.0, 0.0, register.getKey()))
                .toList();
        devices.create(Actor.system(), new ModbusDeviceRequest(enterpriseId, name, host, port,
                ModbusDeviceRequest.DEFAULT_UNIT_ID, ModbusDeviceRequest.DEFAULT_POLL_PERIOD_MS, true, registers));
    }
}
