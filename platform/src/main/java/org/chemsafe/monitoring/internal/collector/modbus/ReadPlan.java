package org.chemsafe.monitoring.internal.collector.modbus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reads one poll makes: mappings of the same function code whose addresses follow each other without a gap are
 * read in one request, up to 125 registers or 2,000 bits (the Modbus limits of one read).
 */
final class ReadPlan {

    static final int MAX_REGISTERS = 125;
    static final int MAX_BITS = 2_000;

    /** One request: the function code, the first address, how many registers (or bits), and what it feeds. */
    record Read(int functionCode, int start, int quantity, List<RegisterMapping> mappings) {
    }

    private ReadPlan() {
    }

    static List<Read> of(List<RegisterMapping> mappings) {
        List<RegisterMapping> sorted = mappings.stream()
                .sorted(Comparator.comparing(RegisterMapping::functionCode).thenComparing(RegisterMapping::address))
                .toList();
        List<Read> reads = new ArrayList<>();
        List<RegisterMapping> current = new ArrayList<>();
        for (RegisterMapping mapping : sorted) {
            if (!current.isEmpty() && !continues(current, mapping)) {
                reads.add(read(current));
                current = new ArrayList<>();
            }
            current.add(mapping);
        }
        if (!current.isEmpty()) {
            reads.add(read(current));
        }
        return reads;
    }

    /** Whether the mapping continues the read without a gap and within the limit of one request. */
    private static boolean continues(List<RegisterMapping> read, RegisterMapping next) {
        RegisterMapping first = read.get(0);
        RegisterMapping last = read.get(read.size() - 1);
        int limit = first.readsBits() ? MAX_BITS : MAX_REGISTERS;
        return next.functionCode().equals(first.functionCode()) && next.address() == last.end()
                && next.end() - first.address() <= limit;
    }

    private static Read read(List<RegisterMapping> mappings) {
        RegisterMapping first = mappings.get(0);
        RegisterMapping last = mappings.get(mappings.size() - 1);
        return new Read(first.functionCode(), first.address(), last.end() - first.address(), List.copyOf(mappings));
    }
}
