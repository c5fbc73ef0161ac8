package org.chemsafe.monitoring.internal.collector.modbus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A data type that fits the function code, registers within the address space, no two mappings overlapping. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ModbusDeviceValidator.class)
@interface ValidModbusDevice {

    String message() default "{monitoring.modbus.overlap}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
