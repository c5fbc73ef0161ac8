package org.chemsafe.monitoring.internal.collector.modbus;

/**
 * Turns the bytes of a register read into a mapping's value: each register's two bytes in the mapping's byte order,
 * a 32-bit value's two registers in its word order, then raw × scale + offset. Bits come LSB first in each byte, as
 * Modbus packs coils and discrete inputs.
 */
final class RegisterDecoder {

    private RegisterDecoder() {
    }

    /**
     * @param data the bytes of a read starting at {@code start}: two per register, or one bit per coil
     */
    static double decode(RegisterMapping mapping, int start, byte[] data) {
        int at = mapping.address() - start;
        double raw = mapping.type() == ModbusDataType.BIT ? bit(data, at) : registers(mapping, data, at);
        return raw * mapping.scale() + mapping.offset();
    }

    private static int bit(byte[] data, int index) {
        return (data[index / 8] >> (index % 8)) & 1;
    }

    private static double registers(RegisterMapping mapping, byte[] data, int register) {
        int first = word(data, register, mapping.byteOrder());
        if (mapping.type().width() == 1) {
            return mapping.type() == ModbusDataType.INT16 ? (short) first : first;
        }
        int second = word(data, register + 1, mapping.byteOrder());
        int bits = mapping.wordOrder() == Endianness.BIG ? first << 16 | second : second << 16 | first;
        return switch (mapping.type()) {
            case INT32 -> bits;
            case UINT32 -> Integer.toUnsignedLong(bits);
            case FLOAT32 -> Float.intBitsToFloat(bits);
            default -> throw new IllegalArgumentException(mapping.type() + " is not 32 bits");
        };
    }

    private static int word(byte[] data, int register, Endianness byteOrder) {
        int high = data[2 * register] & 0xFF;
        int low = data[2 * register + 1] & 0xFF;
        return byteOrder == Endianness.BIG ? high << 8 | low : low << 8 | high;
    }
}
