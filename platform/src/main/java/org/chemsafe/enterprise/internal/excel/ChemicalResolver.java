package org.chemsafe.enterprise.internal.excel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.shared.excel.CellText;
import org.jspecify.annotations.Nullable;

/**
 * Finds the chemical a cell names, as a person would: a CAS number (nnnnnnn-nn-n) or a name. The enterprise's own
 * chemicals come first, and an own entry linked to a GB 18218 Table 1 row stands for that row (it carries the
 * enterprise's density). A name is matched exactly (full-width forms, blanks and case ignored) against the
 * chemicals' names, then against their aliases. When several chemicals match at the same step the cell is
 * ambiguous; it never guesses. A row that names the chemical a stored tank or inventory item already has (by its
 * name, an alias or its CAS number) keeps it, so that importing an export again changes nothing.
 */
final class ChemicalResolver {

    /** A chemical that a cell may name: an enterprise's own ({@code own}) or a Table 1 row. */
    record Candidate(UUID id, String name, List<String> aliases, List<String> casNumbers, boolean own,
            @Nullable UUID referenceId) {
    }

    /** What a cell resolved to. */
    sealed interface Resolution {
    }

    record Found(UUID id, String name) implements Resolution {
    }

    record Unknown() implements Resolution {
    }

    record BadCas() implements Resolution {
    }

    record Ambiguous(List<String> names) implements Resolution {
    }

    private final List<Candidate> own;
    private final List<Candidate> table1;
    private final List<Candidate> all;

    ChemicalResolver(List<Candidate> own, List<Candidate> table1) {
        this.own = List.copyOf(own);
        this.all = new ArrayList<>(own);
        this.all.addAll(table1);
        Set<UUID> linked = new HashSet<>();
        own.forEach(chemical -> {
            if (chemical.referenceId() != null) {
                linked.add(chemical.referenceId());
            }
        });
        this.table1 = table1.stream().filter(row -> !linked.contains(row.id())).toList();
    }

    /** The chemical the text names; one of {@code current} (what the row's tank or unit has now) if it names one. */
    Resolution resolve(String text, Collection<UUID> current) {
        String key = CellText.key(text.strip());
        if (!current.isEmpty()) {
            for (Candidate candidate : all) {
                if (current.contains(candidate.id()) && names(candidate, key)) {
                    return new Found(candidate.id(), candidate.name());
                }
            }
        }
        return resolve(text);
    }

    private static boolean names(Candidate candidate, String key) {
        return CellText.key(candidate.name()).equals(key) || candidate.casNumbers().contains(key)
                || candidate.aliases().stream().anyMatch(alias -> CellText.key(alias).equals(key));
    }

    Resolution resolve(String text) {
        String stripped = text.strip();
        String key = CellText.key(stripped);
        if (CasNumber.hasValidFormat(key)) {
            if (!CasNumber.isValid(key)) {
                return new BadCas();
            }
            return match(candidate -> candidate.casNumbers().contains(key));
        }
        Resolution byName = match(candidate -> CellText.key(candidate.name()).equals(key));
        if (!(byName instanceof Unknown)) {
            return byName;
        }
        return match(candidate -> candidate.aliases().stream().anyMatch(alias -> CellText.key(alias).equals(key)));
    }

    /** The enterprise's chemicals first; Table 1 only when none of them matches. */
    private Resolution match(Predicate<Candidate> matches) {
        for (List<Candidate> group : List.of(own, table1)) {
            List<Candidate> found = group.stream().filter(matches).toList();
            if (found.size() == 1) {
                return new Found(found.get(0).id(), found.get(0).name());
            }
            if (found.size() > 1) {
                List<String> names = new ArrayList<>();
                found.forEach(candidate -> names.add(candidate.name()));
                return new Ambiguous(names);
            }
        }
        return new Unknown();
    }
}
