package org.chemsafe.permit.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * The answers to a permit's safety-measure checklist: every item of the type once.
 *
 * @param items each item's number, whether it applies (是否涉及) and, if it does, who confirmed it (确认人)
 */
record MeasureConfirmation(@NotEmpty @Size(max = 40) List<@NotNull @Valid Answer> items) {

    /** The answer to one item. */
    record Answer(@Positive @Max(40) int number, boolean involved,
            @Nullable @Size(max = 64) @SingleLine String confirmedBy) {
    }
}
