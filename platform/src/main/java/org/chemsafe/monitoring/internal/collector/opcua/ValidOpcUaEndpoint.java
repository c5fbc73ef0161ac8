package org.chemsafe.monitoring.internal.collector.opcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An opc.tcp URL, node ids OPC UA can parse, each node mapped once, no password without a user name. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OpcUaEndpointValidator.class)
@interface ValidOpcUaEndpoint {

    String message() default "{monitoring.opcua.url}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
