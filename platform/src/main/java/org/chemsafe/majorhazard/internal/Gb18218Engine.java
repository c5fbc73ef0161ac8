package org.chemsafe.majorhazard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.chemsafe.majorhazard.AssessedSubstance;
import org.chemsafe.majorhazard.AssessmentRequest;
import org.chemsafe.majorhazard.AssessmentResult;
import org.chemsafe.majorhazard.HazardCategory;
import org.chemsafe.majorhazard.MajorHazardCalculator;
import org.chemsafe.majorhazard.MajorHazardLevel;
import org.chemsafe.majorhazard.MissingBeta;
import org.chemsafe.majorhazard.StandardTable;
import org.chemsafe.majorhazard.SubstanceQuantity;
import org.jspecify.annotations.Nullable;

/**
 * GB 18218-2018 identification (4.1, 4.2) and grading (4.3) of one unit. Pure: the tables are given, nothing is
 * stored. Sums and thresholds use exact fractions; results are truncated to {@value #SCALE} decimal places only for
 * display, so a shown S or R reaches 1, 10, 50 or 100 exactly when the exact value does.
 */
final class Gb18218Engine implements MajorHazardCalculator {

    static final int SCALE = 4;
    private static final Rational ONE = Rational.of(BigDecimal.ONE);

    private final Gb18218Tables tables;
    private final SubstanceResolver resolver;

    Gb18218Engine(Gb18218Tables tables) {
        this.tables = tables;
        this.resolver = new SubstanceResolver(tables.table1());
    }

    /** The request path of the substance at this index, e.g. {@code substances[2]}. */
    static String field(int index) {
        return "substances[" + index + "]";
    }

    @Override
    public AssessmentResult assess(AssessmentRequest request) {
        List<Term> terms = new ArrayList<>();
        for (int index = 0; index < request.substances().size(); index++) {
            terms.add(term(index, request.substances().get(index)));
        }
        // GB 18218-2018 4.2.1 (b), formula (1): S = q1/Q1 + q2/Q2 + … + qn/Qn
        Rational s = terms.stream().map(Term::ratio).reduce(Rational.ZERO, Rational::plus);
        // 4.2.1 (a) and (b): a major hazard source when q ≥ Q (one substance) or S ≥ 1 (several): the same test
        boolean majorHazard = s.isAtLeast(ONE);
        // 4.3.2, Table 5: α from the permanent residents within 500 m outside the plant boundary
        BigDecimal alpha = tables.alpha(request.exposedPeople());
        List<MissingBeta> missingBeta = terms.stream().map(Term::missingBeta).filter(Objects::nonNull).toList();
        // 4.3.2, formula (2): R = α·(β1·q1/Q1 + … + βn·qn/Qn); a missing β leaves R undetermined, never guessed
        Rational r = missingBeta.isEmpty() ? Rational.of(alpha).times(terms.stream()
                .map(term -> Objects.requireNonNull(term.weighted())).reduce(Rational.ZERO, Rational::plus)) : null;
        // 4.3.3, Table 6: only a major hazard source is graded
        MajorHazardLevel level = majorHazard && r != null ? levelOf(r) : null;
        return new AssessmentResult(s.truncated(SCALE), majorHazard, alpha, r == null ? null : r.truncated(SCALE),
                level, terms.stream().map(Term::item).toList(), missingBeta);
    }

    private Term term(int index, SubstanceQuantity substance) {
        Optional<Table1Substance> row = resolver.resolve(index, substance);
        Factor criticalQuantity = criticalQuantity(row, substance.categories());
        Optional<Factor> beta = beta(row, substance);
        Rational ratio = Rational.of(substance.quantityTonnes()).dividedBy(Rational.of(criticalQuantity.value()));
        Rational weighted = beta.map(factor -> ratio.times(Rational.of(factor.value()))).orElse(null);
        String cas = substance.casNumber().or(() -> row.flatMap(Table1Substance::soleCas)).orElse(null);
        AssessedSubstance item = new AssessedSubstance(row.map(Table1Substance::name).or(substance::givenName)
                .orElse(null), cas, row.map(Table1Substance::seq).orElse(null), substance.quantityTonnes(),
                criticalQuantity.value(), criticalQuantity.source(), criticalQuantity.category(),
                beta.map(Factor::value).orElse(null), beta.map(Factor::source).orElse(null),
                beta.map(Factor::category).orElse(null), ratio.truncated(SCALE),
                weighted == null ? null : weighted.truncated(SCALE));
        // Only a Table 1 substance can lack β: one outside Table 1 has categories, so Table 4 applies
        MissingBeta missing = beta.isPresent() ? null
                : new MissingBeta(field(index), row.orElseThrow().seq(), row.orElseThrow().name(), cas);
        return new Term(item, ratio, weighted, missing);
    }

    private Factor criticalQuantity(Optional<Table1Substance> row, List<HazardCategory> categories) {
        if (row.isPresent()) {
            // GB 18218-2018 4.1.2 (a): a Table 1 substance takes its Table 1 quantity, whatever its categories
            return new Factor(row.get().criticalTonnes(), StandardTable.TABLE_1, null);
        }
        // 4.1.2 (b): otherwise Table 2 by its hazards; with several hazards the lowest critical quantity
        // (equal quantities: the category first in Table 2)
        HazardCategory lowest = categories.stream()
                .min(Comparator.comparing((HazardCategory category) -> tables.table2().get(category))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
        return new Factor(tables.table2().get(lowest), StandardTable.TABLE_2, lowest);
    }

    private Optional<Factor> beta(Optional<Table1Substance> row, SubstanceQuantity substance) {
        // GB 18218-2018 4.3.2: β from Table 3 for the toxic gases it names
        Optional<BigDecimal> named = row.isPresent() ? tables.table3Beta(row.get())
                : substance.givenName().flatMap(tables::table3Beta);
        if (named.isPresent()) {
            return Optional.of(new Factor(named.get(), StandardTable.TABLE_3, null));
        }
        // 4.3.2: otherwise β from Table 4 by category. The standard does not say which category's β applies to a
        // substance with several; the most severe (highest) β is taken so that R is never understated (equal β: the
        // category first in Table 2). Without a category there is no β: reported as missing, not guessed.
        return substance.categories().stream()
                .max(Comparator.comparing((HazardCategory category) -> tables.table4().get(category))
                        .thenComparing(Comparator.<HazardCategory>naturalOrder().reversed()))
                .map(category -> new Factor(tables.table4().get(category), StandardTable.TABLE_4, category));
    }

    /** GB 18218-2018 4.3.3, Table 6: the most severe level whose lower bound R reaches (bounds inclusive). */
    static MajorHazardLevel levelOf(Rational r) {
        return Arrays.stream(MajorHazardLevel.values()).filter(level -> r.isAtLeast(Rational.of(level.minimumR())))
                .findFirst().orElseThrow();
    }

    /** A critical quantity Q or a β, and where it came from. */
    private record Factor(BigDecimal value, StandardTable source, @Nullable HazardCategory category) {
    }

    /** One substance's share: the shown item, and q/Q and β·q/Q exactly. */
    private record Term(AssessedSubstance item, Rational ratio, @Nullable Rational weighted,
            @Nullable MissingBeta missingBeta) {
    }
}
