package org.chemsafe.monitoring.internal.collector.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chemsafe.monitoring.internal.collector.modbus.ReadPlan.Read;
import org.junit.jupiter.api.Test;

/** Adjacent mappings of one function code are one read; a gap, another table or the per-read limit split them. */
class ReadPlanTests {

    @Test
    void adjacentMappingsAreReadTogetherAndGapsOrOtherTablesSplitTheRead() {
        List<Read> reads = ReadPlan.of(List.of(mapping(4, 3, ModbusDataType.FLOAT32), mapping(0, 3, ModbusDataType.INT32),
                mapping(2, 3, ModbusDataType.UINT16), mapping(3, 3, ModbusDataType.INT16),
                mapping(7, 3, ModbusDataType.INT16), mapping(0, 4, ModbusDataType.UINT16),
                mapping(0, 1, ModbusDataType.BIT), mapping(1, 1, ModbusDataType.BIT)));
        assertThat(reads).extracting(read -> read.functionCode() + ":" + read.start() + "+" + read.quantity())
                .containsExactly("1:0+2", "3:0+6", "3:7+1", "4:0+1");
        assertThat(reads.get(1).mappings()).extracting(RegisterMapping::address).containsExactly(0, 2, 3, 4);
    }

    @Test
    void oneReadTakesAtMost125RegistersOr2000Bits() {
        List<RegisterMapping> registers = new ArrayList<>();
        for (int address = 0; address < 130; address += 2) {
            registers.add(mapping(address, 3, ModbusDataType.FLOAT32));
        }
        List<Read> reads = ReadPlan.of(registers);
        assertThat(reads).extracting(Read::quantity).containsExactly(124, 6);
        List<RegisterMapping> coils = new ArrayList<>();
        for (int address = 0; address < 2_001; address++) {
            coils.add(mapping(address, 2, ModbusDataType.BIT));
        }
        assertThat(ReadPlan.of(coils)).extracting(Read::quantity).containsExactly(2_000, 1);
    }

    private static RegisterMapping mapping(int address, int functionCode, ModbusDataType type) {
        return new RegisterMapping(address, functionCode, type, null, null, null, null, "T-" + address).normalised();
    }
}
