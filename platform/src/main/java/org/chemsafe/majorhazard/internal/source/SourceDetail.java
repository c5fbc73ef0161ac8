package org.chemsafe.majorhazard.internal.source;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A source with its current assessment, its accountable people and the history of its unit's assessments. */
record SourceDetail(@JsonUnwrapped SourceSummary summary, @Nullable Integer exposedPeople,
        UnitAssessmentView assessment, List<AccountablePersonView> accountablePeople, List<HistoryEntry> history) {
}
