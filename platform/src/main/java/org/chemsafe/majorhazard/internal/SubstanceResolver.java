package org.chemsafe.majorhazard.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chemsafe.majorhazard.SubstanceQuantity;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;

/**
 * Decides whether a substance is in GB 18218-2018 Table 1 (4.1.2 (a)): by its CAS number or by its name (printed name
 * or alias); with both, they must point to the same row. It never guesses: a CAS number or alias shared by several
 * rows, a CAS number and a name of different rows, or a substance outside Table 1 without hazard categories (4.1.2
 * (b) needs them) is refused as a rule violation naming the substance and its request path ({@code field}).
 */
final class SubstanceResolver {

    private final Table1 table1;

    SubstanceResolver(Table1 table1) {
        this.table1 = table1;
    }

    /** The substance's Table 1 row; empty when it is outside Table 1, and then it has hazard categories. */
    Optional<Table1Substance> resolve(int index, SubstanceQuantity substance) {
        List<Table1Substance> byCas = substance.casNumber().map(table1::withCas).orElse(List.of());
        List<Table1Substance> byName = substance.givenName().map(table1::named).orElse(List.of());
        List<Table1Substance> matches = byCas.isEmpty() ? byName
                : byName.isEmpty() ? byCas : byCas.stream().filter(byName::contains).toList();
        if (matches.isEmpty() && !byCas.isEmpty()) {
            throw refused(index, "majorhazard.substance.conflict", substance.casNumber().orElseThrow(),
                    substance.givenName().orElseThrow());
        }
        if (matches.size() > 1) {
            throw refused(index, "majorhazard.substance.ambiguous", label(substance),
                    matches.stream().map(row -> String.valueOf(row.seq())).collect(Collectors.joining(", ")));
        }
        if (matches.isEmpty() && substance.categories().isEmpty()) {
            throw refused(index, "majorhazard.substance.unknown", label(substance));
        }
        return matches.stream().findFirst();
    }

    private static String label(SubstanceQuantity substance) {
        return substance.givenName().or(substance::casNumber).orElseThrow();
    }

    /** Detail arguments: {0} the substance's 1-based number, then the given ones. */
    private static ProblemException refused(int index, String detailKey, String... args) {
        Object[] detailArgs = new Object[args.length + 1];
        detailArgs[0] = String.valueOf(index + 1);
        System.arraycopy(args, 0, detailArgs, 1, args.length);
        return new ProblemException(ProblemType.RULE_VIOLATION, Map.of("field", Gb18218Engine.field(index)),
                detailKey, detailArgs);
    }
}
