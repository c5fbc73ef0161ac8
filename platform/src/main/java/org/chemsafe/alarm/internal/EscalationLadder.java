package org.chemsafe.alarm.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.chemsafe.alarm.AlarmSeverity;
import org.jspecify.annotations.Nullable;

/**
 * The escalation ladder of one severity, in minutes from the alarm's first raise: unacknowledged after
 * {@code firstMinutes} the shift leader is told, after {@code secondMinutes} the safety manager, after
 * {@code thirdMinutes} (if set) the principal and the major hazard source's 包保 people; a reminder every
 * {@code reminderMinutes} (if set) until it is acknowledged; and, acknowledged or not, an alarm still active after
 * {@code activeLimitMinutes} (if set) goes to the safety manager and the principal.
 */
record EscalationLadder(@NotNull AlarmSeverity severity, @Min(1) @Max(10_080) int firstMinutes,
        @Min(1) @Max(10_080) int secondMinutes, @Nullable @Min(1) @Max(10_080) Integer thirdMinutes,
        @Nullable @Min(1) @Max(10_080) Integer reminderMinutes,
        @Nullable @Min(1) @Max(43_200) Integer activeLimitMinutes) {

    /**
     * The defaults. No standard fixes them (domain notes §7.4): they follow EEMUA 191's expectation that a red
     * alarm is answered within minutes and a low-priority one within the shift, so the ladder of a red (CRITICAL)
     * alarm climbs in 2 / 5 / 10 minutes, orange (MAJOR) 5 / 15 / 30, yellow (MINOR) 15 / 60 / 240, blue (WARNING)
     * 60 / 240 without a third step; reminders every 5 / 10 / 30 / 120 minutes; standing active longer than 1 / 2 / 8
     * / 24 hours is escalated.
     */
    static EscalationLadder standard(AlarmSeverity severity) {
        return switch (severity) {
            case CRITICAL -> new EscalationLadder(severity, 2, 5, 10, 5, 60);
            case MAJOR -> new EscalationLadder(severity, 5, 15, 30, 10, 120);
            case MINOR -> new EscalationLadder(severity, 15, 60, 240, 30, 480);
            case WARNING -> new EscalationLadder(severity, 60, 240, null, 120, 1_440);
        };
    }

    /** The field that breaks the order first < second < third, or null when they are in order. */
    @Nullable String outOfOrder() {
        if (secondMinutes <= firstMinutes) {
            return "secondMinutes";
        }
        return thirdMinutes != null && thirdMinutes <= secondMinutes ? "thirdMinutes" : null;
    }

    /** After how long unacknowledged the step (1, 2, 3) is reached, or null when the ladder has no such step. */
    @Nullable Duration step(int step) {
        Integer minutes = switch (step) {
            case 1 -> firstMinutes;
            case 2 -> secondMinutes;
            case 3 -> thirdMinutes;
            default -> throw new IllegalArgumentException("a ladder has steps 1 to 3: " + step);
        };
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }
}
