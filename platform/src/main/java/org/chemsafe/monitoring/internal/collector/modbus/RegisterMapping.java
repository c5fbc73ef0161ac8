package org.chemsafe.monitoring.internal.collector.modbus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One mapped value of a device: its start address (0-based, in the table of its function code: 1 coils, 2 discrete
 * inputs, 3 holding registers, 4 input registers), its layout, and value = raw × scale + offset stored under the
 * tag. Coils and discrete inputs are {@code BIT} (0/1); registers default to big-endian bytes and words.
 */
record RegisterMapping(
        @NotNull @Min(0) @Max(65_535) Integer address,
        @NotNull @Min(1) @Max(4) Integer functionCode,
        @Nullable ModbusDataType dataType,
        @Nullable Endianness byteOrder,
        @Nullable Endianness wordOrder,
        @Nullable Double scale,
        @Nullable Double offset,
        @NotBlank @Size(max = 64) String tag) {

    boolean readsBits() {
        return functionCode == 1 || functionCode == 2;
    }

    /** The layout, BIT for coils and discrete inputs when none is given. */
    @Nullable ModbusDataType type() {
        return dataType == null && readsBits() ? ModbusDataType.BIT : dataType;
    }

    /** The mapping with every default filled in and the tag stripped, as stored. */
    RegisterMapping normalised() {
        return new RegisterMapping(address, functionCode, type(), byteOrder == null ? Endianness.BIG : byteOrder,
                wordOrder == null ? Endianness.BIG : wordOrder, scale == null ? 1.0 : scale,
                offset == null ? 0.0 : offset, tag.strip());
    }

    /** One past the last address it takes. */
    int end() {
        return address + type().width();
    }
}
