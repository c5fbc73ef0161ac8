package org.chemsafe.monitoring.internal.collector.modbus;

/**
 * The order of the two bytes in a register (Modbus sends the high byte first: {@code BIG}) or of the two registers
 * of a 32-bit value (high word first: {@code BIG}; many devices send the low word first: {@code LITTLE}).
 */
enum Endianness {
    BIG,
    LITTLE
}
