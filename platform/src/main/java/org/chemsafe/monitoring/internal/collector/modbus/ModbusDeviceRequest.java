package org.chemsafe.monitoring.internal.collector.modbus;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A Modbus TCP device as created or changed. {@code enterpriseId} is needed only from platform users. Port 502,
 * unit id 1 and a poll every second unless given; the poll period is at least 100 ms.
 */
@ValidModbusDevice
record ModbusDeviceRequest(
        @Nullable UUID enterpriseId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9.:\\-]+", message = "{monitoring.modbus.host}") String host,
        @Nullable @Min(1) @Max(65_535) Integer port,
        @Nullable @Min(0) @Max(255) Integer unitId,
        @Nullable @Min(100) @Max(86_400_000) Integer pollPeriodMs,
        @Nullable Boolean enabled,
        @NotNull @Size(max = 2_000) List<@NotNull @Valid RegisterMapping> registers) {

    static final int DEFAULT_PORT = 502;
    static final int DEFAULT_UNIT_ID = 1;
    static final int DEFAULT_POLL_PERIOD_MS = 1_000;
}
