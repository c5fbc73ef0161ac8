package org.chemsafe.alarm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.alarm.AlarmNotice.Kind;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.internal.EscalationRule.Decision;
import org.chemsafe.alarm.internal.EscalationRule.Facts;
import org.chemsafe.alarm.internal.EscalationRule.Notice;
import org.chemsafe.alarm.internal.EscalationRule.Progress;
import org.chemsafe.support.PropertyRunner;
import org.junit.jupiter.api.Test;

/** The ladder on its own, with the red ladder's defaults (2 / 5 / 10 minutes, reminders every 5, standing 60). */
class EscalationRuleTests {

    private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
    private static final EscalationLadder RED = EscalationLadder.standard(AlarmSeverity.CRITICAL);
    private static final Facts UNACKNOWLEDGED = new Facts(true, false, false, false, false, T0);

    @Test
    void theRaiseGoesToThePeopleOnDutyAndEachStepOnlyOnceItIsReached() {
        Decision raised = decide(null, UNACKNOWLEDGED, 10);
        assertThat(raised.notices()).containsExactly(new Notice(Kind.RAISED, 0,
                EscalationRule.roles(0, 0), false));
        assertThat(raised.notices().get(0).roles()).containsExactly("OPERATOR", "SHIFT_LEADER");

        assertThat(decide(raised.progress(), UNACKNOWLEDGED, 119).notices()).as("1:59 of 2 minutes").isEmpty();
        Decision first = decide(raised.progress(), UNACKNOWLEDGED, 120);
        assertThat(first.notices()).extracting(Notice::kind, Notice::step).containsExactly(
                tuple(Kind.ESCALATED, 1));
        assertThat(first.notices().get(0).roles()).containsExactly("SHIFT_LEADER");

        assertThat(decide(first.progress(), UNACKNOWLEDGED, 299).notices()).as("4:59 of 5 minutes").isEmpty();
        Decision second = decide(first.progress(), UNACKNOWLEDGED, 300);
        assertThat(second.notices().get(0).roles()).containsExactly("SAFETY_MANAGER");

        Decision third = decide(second.progress(), UNACKNOWLEDGED, 600);
        assertThat(third.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.step()).isEqualTo(3);
            assertThat(notice.roles()).containsExactly("ENTERPRISE_PRINCIPAL");
            assertThat(notice.accountable()).as("the 包保 people at the third step").isTrue();
        });
    }

    @Test
    void stepsReachedAtOnceAreOneNoticeToAllTheirPeople() {
        Decision late = decide(null, UNACKNOWLEDGED, 360);
        assertThat(late.notices()).extracting(Notice::kind).containsExactly(Kind.RAISED, Kind.ESCALATED);
        assertThat(late.notices().get(1).roles()).containsExactly("SHIFT_LEADER", "SAFETY_MANAGER");
        assertThat(late.progress().step()).isEqualTo(2);
    }

    @Test
    void remindersRepeatUntilAcknowledgedAndAcknowledgingStopsTheLadder() {
        Progress atThird = new Progress(3, T0.plusSeconds(600), false);
        assertThat(decide(atThird, UNACKNOWLEDGED, 899).notices()).isEmpty();
        Decision reminder = decide(atThird, UNACKNOWLEDGED, 900);
        assertThat(reminder.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Kind.REMINDER);
            assertThat(notice.roles()).contains("OPERATOR", "SHIFT_LEADER", "SAFETY_MANAGER", "ENTERPRISE_PRINCIPAL");
        });
        Facts acknowledged = new Facts(true, true, false, false, false, T0);
        Progress atFirst = new Progress(1, T0.plusSeconds(120), false);
        assertThat(decide(atFirst, acknowledged, 1_800).notices()).as("acknowledged: no step, no reminder").isEmpty();
    }

    @Test
    void anAlarmStandingActiveTooLongIsEscalatedOnceEvenWhenAcknowledged() {
        Facts acknowledged = new Facts(true, true, false, false, false, T0);
        Progress told = new Progress(1, T0.plusSeconds(120), false);
        assertThat(decide(told, acknowledged, 3_599).notices()).isEmpty();
        Decision standing = decide(told, acknowledged, 3_600);
        assertThat(standing.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Kind.ACTIVE_TOO_LONG);
            assertThat(notice.roles()).containsExactlyInAnyOrder("SAFETY_MANAGER", "ENTERPRISE_PRINCIPAL");
        });
        assertThat(decide(standing.progress(), acknowledged, 7_200).notices()).isEmpty();
        assertThat(decide(told, new Facts(false, true, false, false, false, T0), 7_200).notices())
                .as("returned to normal: not standing").isEmpty();
    }

    @Test
    void shelvedAndSuppressedAlarmsAreToldNothing() {
        assertThat(decide(null, new Facts(true, false, true, false, false, T0), 3_600).notices()).isEmpty();
        assertThat(decide(null, new Facts(true, false, false, false, true, T0), 3_600).notices()).isEmpty();
        assertThat(decide(null, new Facts(true, false, false, true, false, T0), 3_600).notices())
                .as("out of service").isEmpty();
    }

    /** Any sequence of passes and acknowledgements: each step told once, in order, none after acknowledging. */
    @Test
    void eachStepIsToldAtMostOnceAndNeverAfterTheAcknowledgement() {
        PropertyRunner.forAll(random -> {
            EscalationLadder ladder = EscalationLadder.standard(random.oneOf(List.of(AlarmSeverity.values())));
            int acknowledgedAt = random.intBetween(0, 20_000);
            Progress progress = null;
            int lastStep = 0;
            List<Kind> told = new ArrayList<>();
            for (int second = 0; second <= 20_000; second += random.intBetween(1, 900)) {
                boolean acknowledged = second >= acknowledgedAt;
                Decision decision = EscalationRule.decide(progress, new Facts(true, acknowledged, false, false, false, T0),
                        ladder, T0.plusSeconds(second));
                for (Notice notice : decision.notices()) {
                    told.add(notice.kind());
                    if (notice.kind() == Kind.ESCALATED) {
                        assertThat(acknowledged).as("escalated after the acknowledgement").isFalse();
                        assertThat(notice.step()).isGreaterThan(lastStep);
                        lastStep = notice.step();
                    }
                    if (notice.kind() == Kind.REMINDER) {
                        assertThat(acknowledged).isFalse();
                    }
                }
                progress = decision.progress();
            }
            assertThat(told.stream().filter(Kind.RAISED::equals).count()).isEqualTo(1);
            assertThat(told.stream().filter(Kind.ACTIVE_TOO_LONG::equals).count()).isLessThanOrEqualTo(1);
        });
    }

    private static Decision decide(Progress progress, Facts facts, long seconds) {
        return EscalationRule.decide(progress, facts, RED, T0.plus(Duration.ofSeconds(seconds)));
    }
}
