package org.chemsafe.alarm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.support.PropertyRunner;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * The alarm lifecycle: repeats, escalation and re-activation of the one open alarm, acknowledging independent of
 * returning, shelving, and closing only through disposal of a returned, acknowledged alarm; and, over random
 * sequences of every step, that no path closes an alarm that is active or unacknowledged and a closed alarm takes no
 * further step.
 */
class AlarmLifecycleTests {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private static final Originator POINT = Originator.point(UUID.randomUUID());

    @Test
    void aRepeatCountsAnOccurrenceAndAHigherConditionEscalatesTheSameAlarmUnacknowledged() {
        AlarmState high = AlarmLifecycle.open(raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, 0));
        assertThat(high.active()).isTrue();
        assertThat(high.acknowledged()).isFalse();
        assertThat(high.occurrences()).isEqualTo(1);
        AlarmState acknowledged = AlarmLifecycle.acknowledge(high).state();

        LifecycleVerdict repeat = AlarmLifecycle.raise(acknowledged, raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, 5));
        assertThat(repeat.transitions()).isEmpty();
        assertThat(repeat.state().occurrences()).isEqualTo(2);
        assertThat(repeat.state().lastSeenAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(repeat.state().acknowledged()).isTrue();

        LifecycleVerdict escalated = AlarmLifecycle.raise(repeat.state(),
                raise(AlarmCondition.HIGH_HIGH, AlarmSeverity.MAJOR, 9));
        assertThat(escalated.transitions()).containsExactly(TransitionKind.ESCALATED);
        assertThat(escalated.state().condition()).isEqualTo(AlarmCondition.HIGH_HIGH);
        assertThat(escalated.state().severity()).isEqualTo(AlarmSeverity.MAJOR);
        assertThat(escalated.state().acknowledged()).as("an escalation is acknowledged again").isFalse();

        LifecycleVerdict lower = AlarmLifecycle.raise(escalated.state(), raise(AlarmCondition.HIGH, AlarmSeverity.MINOR,
                12));
        assertThat(lower.transitions()).as("a lower condition is a repeat").isEmpty();
        assertThat(lower.state().condition()).isEqualTo(AlarmCondition.HIGH_HIGH);
        assertThat(lower.state().severity()).isEqualTo(AlarmSeverity.MAJOR);
    }

    @Test
    void aReturnedAlarmRaisedAgainIsTheSameAlarmActiveAndUnacknowledged() {
        AlarmState acknowledged = AlarmLifecycle
                .acknowledge(AlarmLifecycle.open(raise(AlarmCondition.LOW, AlarmSeverity.MINOR, 0))).state();
        LifecycleVerdict returned = AlarmLifecycle.returned(acknowledged);
        assertThat(returned.transitions()).containsExactly(TransitionKind.RETURNED);
        assertThat(returned.state().active()).isFalse();
        assertThat(returned.state().acknowledged()).isTrue();
        assertThat(AlarmLifecycle.returned(returned.state()).transitions()).as("a second return").isEmpty();

        LifecycleVerdict again = AlarmLifecycle.raise(returned.state(), raise(AlarmCondition.LOW, AlarmSeverity.MINOR,
                30));
        assertThat(again.transitions()).containsExactly(TransitionKind.RAISED);
        assertThat(again.state().active()).isTrue();
        assertThat(again.state().acknowledged()).isFalse();
        assertThat(again.state().occurrences()).isEqualTo(2);
        assertThat(again.state().firstRaisedAt()).isEqualTo(T0);
    }

    @Test
    void disposalIsRefusedUntilTheAlarmHasReturnedAndIsAcknowledgedAndThenClosesIt() {
        AlarmState active = AlarmLifecycle.open(raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, 0));
        assertThat(AlarmLifecycle.dispose(active).refusal()).isEqualTo(AlarmRefusal.STILL_ACTIVE);
        AlarmState acknowledged = AlarmLifecycle.acknowledge(active).state();
        assertThat(AlarmLifecycle.dispose(acknowledged).refusal()).isEqualTo(AlarmRefusal.STILL_ACTIVE);
        AlarmState returnedUnacknowledged = AlarmLifecycle.returned(active).state();
        assertThat(AlarmLifecycle.dispose(returnedUnacknowledged).refusal()).isEqualTo(AlarmRefusal.UNACKNOWLEDGED);
        assertThat(AlarmLifecycle.acknowledge(acknowledged).refusal()).isEqualTo(AlarmRefusal.ALREADY_ACKNOWLEDGED);

        AlarmState shelved = AlarmLifecycle.shelve(AlarmLifecycle.returned(acknowledged).state(),
                new Shelf("检修", T0.plusSeconds(3600))).state();
        LifecycleVerdict disposed = AlarmLifecycle.dispose(shelved);
        assertThat(disposed.transitions()).containsExactly(TransitionKind.UNSHELVED, TransitionKind.DISPOSED,
                TransitionKind.CLOSED);
        assertThat(disposed.state().closed()).isTrue();
        assertThat(disposed.state().shelved()).isFalse();
        assertThat(AlarmLifecycle.raise(disposed.state(), raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, 99))
                .refusal()).as("a closed alarm is never raised again: a new one opens").isEqualTo(AlarmRefusal.CLOSED);
    }

    @Test
    void aShelfEndsByHandOrWhenItExpires() {
        AlarmState active = AlarmLifecycle.open(raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, 0));
        assertThat(AlarmLifecycle.unshelve(active).refusal()).isEqualTo(AlarmRefusal.NOT_SHELVED);
        Shelf shelf = new Shelf("仪表检定", T0.plusSeconds(600));
        AlarmState shelved = AlarmLifecycle.shelve(active, shelf).state();
        assertThat(AlarmLifecycle.shelve(shelved, shelf).refusal()).isEqualTo(AlarmRefusal.ALREADY_SHELVED);
        assertThat(AlarmLifecycle.expire(shelved, T0.plusSeconds(599)).transitions()).isEmpty();
        LifecycleVerdict expired = AlarmLifecycle.expire(shelved, T0.plusSeconds(600));
        assertThat(expired.transitions()).containsExactly(TransitionKind.UNSHELVED);
        assertThat(expired.state().shelved()).isFalse();
        assertThat(expired.state().active()).as("nothing else changes").isTrue();
    }

    @Test
    void anAlarmOutOfServiceKeepsItsStateUntilReturnedAndDisposalReturnsItToService() {
        AlarmState active = AlarmLifecycle.open(raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, 0));
        OutOfService repair = new OutOfService("GT-101 探头更换", T0.plusSeconds(5));
        assertThat(AlarmLifecycle.returnToService(active).refusal()).isEqualTo(AlarmRefusal.IN_SERVICE);
        LifecycleVerdict taken = AlarmLifecycle.takeOutOfService(active, repair);
        assertThat(taken.transitions()).containsExactly(TransitionKind.OUT_OF_SERVICE);
        assertThat(taken.state().outOfService()).isEqualTo(repair);
        assertThat(taken.state().active()).isTrue();
        assertThat(AlarmLifecycle.takeOutOfService(taken.state(), repair).refusal())
                .isEqualTo(AlarmRefusal.ALREADY_OUT_OF_SERVICE);
        AlarmState repeated = AlarmLifecycle.raise(taken.state(), raise(AlarmCondition.HIGH_HIGH, AlarmSeverity.MAJOR,
                9)).state();
        assertThat(repeated.outOfService()).as("raises keep it out of service").isEqualTo(repair);

        AlarmState ready = AlarmLifecycle.acknowledge(AlarmLifecycle.returned(repeated).state()).state();
        LifecycleVerdict disposed = AlarmLifecycle.dispose(ready);
        assertThat(disposed.transitions()).containsExactly(TransitionKind.IN_SERVICE, TransitionKind.DISPOSED,
                TransitionKind.CLOSED);
        assertThat(disposed.state().inService()).isTrue();
        LifecycleVerdict back = AlarmLifecycle.returnToService(repeated);
        assertThat(back.transitions()).containsExactly(TransitionKind.IN_SERVICE);
        assertThat(back.state().inService()).isTrue();
    }

    @Test
    void noPathClosesAnAlarmThatIsActiveOrUnacknowledged() {
        PropertyRunner.forAll(random -> {
            AlarmState state = AlarmLifecycle.open(raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, 0));
            List<String> steps = new ArrayList<>();
            int length = random.intBetween(1, 40);
            for (int i = 1; i <= length; i++) {
                String step = random.oneOf(List.of("raise", "escalate", "return", "acknowledge", "shelve", "unshelve",
                        "expire", "out-of-service", "in-service", "dispose"));
                steps.add(step);
                AlarmState before = state;
                LifecycleVerdict verdict = step(state, step, i, random);
                state = verdict.state();
                if (before.closed()) {
                    assertThat(verdict.isRefused() || verdict.transitions().isEmpty()).as("%s", steps).isTrue();
                    assertThat(state).as("a closed alarm takes no step: %s", steps).isEqualTo(before);
                }
                if (state.closed() && !before.closed()) {
                    assertThat(before.active()).as("closed while active: %s", steps).isFalse();
                    assertThat(before.acknowledged()).as("closed unacknowledged: %s", steps).isTrue();
                    assertThat(verdict.transitions()).as("%s", steps).endsWith(TransitionKind.DISPOSED,
                            TransitionKind.CLOSED);
                }
                if (state.closed()) {
                    assertThat(state.active() || !state.acknowledged() || state.shelved() || !state.inService())
                            .as("%s", steps).isFalse();
                }
                assertThat(state.occurrences()).isGreaterThanOrEqualTo(before.occurrences());
                assertThat(state.condition().rank()).isGreaterThanOrEqualTo(before.condition().rank());
            }
        });
    }

    private static LifecycleVerdict step(AlarmState state, String step, int i, SeededRandom random) {
        return switch (step) {
            case "raise" -> AlarmLifecycle.raise(state, raise(AlarmCondition.HIGH, AlarmSeverity.MINOR, i));
            case "escalate" -> AlarmLifecycle.raise(state, raise(AlarmCondition.HIGH_HIGH, AlarmSeverity.MAJOR, i));
            case "return" -> AlarmLifecycle.returned(state);
            case "acknowledge" -> AlarmLifecycle.acknowledge(state);
            case "shelve" -> AlarmLifecycle.shelve(state, new Shelf("原因", T0.plusSeconds(random.intBetween(0, 60))));
            case "unshelve" -> AlarmLifecycle.unshelve(state);
            case "expire" -> AlarmLifecycle.expire(state, T0.plusSeconds(random.intBetween(0, 60)));
            case "out-of-service" -> AlarmLifecycle.takeOutOfService(state, new OutOfService("探头更换", T0));
            case "in-service" -> AlarmLifecycle.returnToService(state);
            default -> AlarmLifecycle.dispose(state);
        };
    }

    private static AlarmSignal.Raise raise(AlarmCondition condition, AlarmSeverity severity, int second) {
        return new AlarmSignal.Raise(UUID.randomUUID(), POINT, "LT-101", AlarmType.PROCESS_HIGH, condition, severity,
                null, List.of(), null, T0.plusSeconds(second));
    }
}
