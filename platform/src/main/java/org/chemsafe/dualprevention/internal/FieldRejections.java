package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chemsafe.dualprevention.RiskFactorsRejected;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.web.Problems;
import org.springframework.stereotype.Component;

/**
 * Rules of a request that Bean Validation cannot state (a factor outside its method's table, a field another field
 * makes required) as the same 400 validation problem, each rejection naming its field with a message key as code.
 */
@Component
public class FieldRejections {

    private final Problems problems;

    FieldRejections(Problems problems) {
        this.problems = problems;
    }

    public FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, key, problems.message(key, args));
    }

    /** The 400 validation problem listing the rejections, ordered as the platform's other validation problems. */
    public ProblemException invalid(List<FieldProblem> errors) {
        List<FieldProblem> sorted = errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code)).toList();
        return new ProblemException(ProblemType.VALIDATION, Map.of("errors", sorted), "problem.validation.detail",
                errors.size());
    }

    /** The rejected factors of a risk calculation, each named by its request field. */
    public ProblemException invalid(RiskFactorsRejected rejected) {
        return invalid(rejected.rejections().stream().map(rejection -> {
            String key = switch (rejection.reason()) {
                case MISSING -> "dualprevention.factor.missing";
                case NOT_IN_TABLE -> "dualprevention.factor.not-in-table";
                case NOT_USED -> "dualprevention.factor.not-used";
            };
            String allowed = rejection.allowed().stream().map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(", "));
            return problem(rejection.factor().field(), key, rejected.method().name(), rejection.factor().name(),
                    allowed);
        }).toList());
    }
}
