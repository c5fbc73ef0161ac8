package org.chemsafe.monitoring.internal.collector.modbus;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chemsafe.shared.FieldViolations;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidModbusDevice}: coils and discrete inputs (function codes 1, 2) are BIT and registers (3, 4) are
 * not; a value ends within the 65,536 addresses; two mappings of the same function code share no address. Each
 * problem names {@code registers[i].dataType} or {@code registers[i].address}.
 */
class ModbusDeviceValidator implements ConstraintValidator<ValidModbusDevice, ModbusDeviceRequest> {

    private static final int ADDRESSES = 65_536;

    @Override
    public boolean isValid(@Nullable ModbusDeviceRequest device, ConstraintValidatorContext context) {
        if (device == null || device.registers() == null) {
            return true;
        }
        boolean valid = true;
        List<RegisterMapping> checked = new ArrayList<>();
        for (int i = 0; i < device.registers().size(); i++) {
            RegisterMapping mapping = device.registers().get(i);
            if (mapping == null || mapping.address() == null || mapping.functionCode() == null
                    || mapping.functionCode() < 1 || mapping.functionCode() > 4) {
                continue;
            }
            String field = "registers[" + i + "]";
            if (mapping.type() == null || (mapping.type() == ModbusDataType.BIT) != mapping.readsBits()) {
                valid = FieldViolations.refuse(context, field + ".dataType", "{monitoring.modbus.data-type}");
                continue;
            }
            if (mapping.end() > ADDRESSES) {
                valid = FieldViolations.refuse(context, field + ".address", "{monitoring.modbus.beyond-end}");
                continue;
            }
            if (checked.stream().anyMatch(other -> overlap(other, mapping))) {
                valid = FieldViolations.refuse(context, field + ".address", "{monitoring.modbus.overlap}");
            }
            checked.add(mapping);
        }
        return valid;
    }

    private static boolean overlap(RegisterMapping a, RegisterMapping b) {
        return a.functionCode().equals(b.functionCode()) && a.address() < b.end() && b.address() < a.end();
    }
}
