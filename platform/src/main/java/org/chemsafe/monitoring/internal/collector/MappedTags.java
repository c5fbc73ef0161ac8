package org.chemsafe.monitoring.internal.collector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.chemsafe.monitoring.internal.CollectedSamples;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.web.Problems;
import org.springframework.stereotype.Component;

/** Refuses a source's mapping to a tag the enterprise has no enabled point for: a 400 naming each such field. */
@Component
public class MappedTags {

    private final CollectedSamples samples;
    private final Problems problems;

    MappedTags(CollectedSamples samples, Problems problems) {
        this.samples = samples;
        this.problems = problems;
    }

    /** @param field the request field of the i-th tag, e.g. {@code mappings[2].tag} */
    public void requireKnown(UUID enterpriseId, List<String> tags, IntFunction<String> field) {
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (!samples.knows(enterpriseId, tags.get(i).strip())) {
                unknown.add(new FieldProblem(field.apply(i), "UnknownTag",
                        problems.message("monitoring.collector.unknown-tag", new Object[] {tags.get(i)})));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Map.of("errors", unknown), "problem.validation.detail",
                    unknown.size());
        }
    }
}
