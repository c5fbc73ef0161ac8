package org.chemsafe.monitoring.internal.collector.modbus;

/** How a mapped value is laid out: a coil or discrete input (0/1), or one or two 16-bit registers. */
enum ModbusDataType {
    BIT(1),
    INT16(1),
    UINT16(1),
    INT32(2),
    UINT32(2),
    FLOAT32(2);

    private final int registers;

    ModbusDataType(int registers) {
        this.registers = registers;
    }

    /** The registers (or, for {@link #BIT}, the bits) the value takes. */
    int width() {
        return registers;
    }
}
