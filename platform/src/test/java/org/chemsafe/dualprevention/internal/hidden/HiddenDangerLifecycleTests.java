package org.chemsafe.dualprevention.internal.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.support.PropertyRunner;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/** The hidden-danger state machine: the happy paths, each rule both ways, and random walks that never skip 验收. */
class HiddenDangerLifecycleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final UUID PHOTO = UUID.fromString("0b7e1c64-5a55-4d84-9d38-2c4d8c1f0a11");

    static final RectificationOrder MAJOR_PLAN = new RectificationOrder(DangerManageType.BY_DEADLINE, "李四",
            TODAY.plusDays(30), "增设独立 SIS 紧急切断", new BigDecimal("12.5"), "整改期间限量储存，每班巡检两次");

    /** The moves the issue allows, written out again here so the test does not read the machine's own table. */
    static final Map<HiddenDangerStatus, Map<HiddenDangerAction, HiddenDangerStatus>> ALLOWED = Map.of(
            HiddenDangerStatus.REPORTED, Map.of(HiddenDangerAction.CONFIRM, HiddenDangerStatus.CONFIRMED),
            HiddenDangerStatus.CONFIRMED, Map.of(HiddenDangerAction.ORDER, HiddenDangerStatus.RECTIFYING),
            HiddenDangerStatus.RECTIFYING, Map.of(HiddenDangerAction.RECTIFY, HiddenDangerStatus.PENDING_ACCEPTANCE),
            HiddenDangerStatus.PENDING_ACCEPTANCE, Map.of(HiddenDangerAction.ACCEPT, HiddenDangerStatus.ACCEPTED,
                    HiddenDangerAction.SEND_BACK, HiddenDangerStatus.RECTIFYING),
            HiddenDangerStatus.ACCEPTED, Map.of(HiddenDangerAction.CLOSE, HiddenDangerStatus.CLOSED),
            HiddenDangerStatus.CLOSED, Map.of());

    @Test
    void aGeneralDangerFixedOnTheSpotGoesFromReportToClosure() {
        RectificationOrder onTheSpot = new RectificationOrder(DangerManageType.IMMEDIATE, "王五", null, "更换垫片",
                null, null);
        HiddenDangerStatus status = HiddenDangerStatus.REPORTED;
        status = moved(HiddenDangerLifecycle.step(status, HiddenDangerAction.CONFIRM));
        status = moved(HiddenDangerLifecycle.order(status, DangerLevel.GENERAL, onTheSpot, TODAY));
        assertThat(status.dangerState()).isZero();
        status = moved(HiddenDangerLifecycle.rectify(status, List.of(PHOTO)));
        assertThat(status.dangerState()).isEqualTo(1);
        status = moved(HiddenDangerLifecycle.step(status, HiddenDangerAction.ACCEPT));
        assertThat(status.dangerState()).isEqualTo(9);
        assertThat(moved(HiddenDangerLifecycle.step(status, HiddenDangerAction.CLOSE)))
                .isEqualTo(HiddenDangerStatus.CLOSED);
    }

    @Test
    void aMajorDangerNeedsADeadlineAndThePlansFiveItems() {
        assertThat(HiddenDangerLifecycle.order(HiddenDangerStatus.CONFIRMED, DangerLevel.MAJOR, MAJOR_PLAN, TODAY)
                .next()).isEqualTo(HiddenDangerStatus.RECTIFYING);
        assertThat(refusal(DangerLevel.MAJOR, new RectificationOrder(DangerManageType.IMMEDIATE, "李四", TODAY,
                "增设 SIS", BigDecimal.ONE, "限量储存"))).isEqualTo("dualprevention.hidden.major-by-deadline");
        LifecycleVerdict incomplete = HiddenDangerLifecycle.order(HiddenDangerStatus.CONFIRMED, DangerLevel.MAJOR,
                new RectificationOrder(DangerManageType.BY_DEADLINE, "李四", TODAY, "增设 SIS", null, " "), TODAY);
        assertThat(incomplete.refusal()).isEqualTo("dualprevention.hidden.plan-incomplete");
        assertThat(incomplete.args()).containsExactly("cost, contingencyPlan");
        assertThat(refusal(DangerLevel.MAJOR, new RectificationOrder(DangerManageType.BY_DEADLINE, "李四", TODAY,
                "增设 SIS", BigDecimal.ZERO, "限量储存"))).isEqualTo("dualprevention.hidden.plan-incomplete");
        // the same order without plan items is fine for a 一般 danger
        assertThat(refusal(DangerLevel.GENERAL, new RectificationOrder(DangerManageType.BY_DEADLINE, "李四", TODAY,
                "紧固法兰", null, null))).isNull();
    }

    @Test
    void aDeadlineOrderNeedsADeadlineFromTodayOn() {
        assertThat(refusal(DangerLevel.GENERAL, new RectificationOrder(DangerManageType.BY_DEADLINE, "李四", null,
                "紧固法兰", null, null))).isEqualTo("dualprevention.hidden.deadline-required");
        assertThat(refusal(DangerLevel.GENERAL, new RectificationOrder(DangerManageType.BY_DEADLINE, "李四",
                TODAY.minusDays(1), "紧固法兰", null, null))).isEqualTo("dualprevention.hidden.deadline-past");
        assertThat(refusal(DangerLevel.GENERAL, new RectificationOrder(DangerManageType.BY_DEADLINE, "李四", TODAY,
                "紧固法兰", null, null))).isNull();
    }

    @Test
    void aRectificationNeedsAPhoto() {
        assertThat(HiddenDangerLifecycle.rectify(HiddenDangerStatus.RECTIFYING, List.of()).refusal())
                .isEqualTo("dualprevention.hidden.photos-required");
    }

    @Test
    void sentBackItIsRectifiedAgainBeforeItCanBeAccepted() {
        HiddenDangerStatus back = moved(HiddenDangerLifecycle.step(HiddenDangerStatus.PENDING_ACCEPTANCE,
                HiddenDangerAction.SEND_BACK));
        assertThat(back).isEqualTo(HiddenDangerStatus.RECTIFYING);
        assertThat(HiddenDangerLifecycle.step(back, HiddenDangerAction.ACCEPT).refusal())
                .isEqualTo("dualprevention.hidden.transition");
    }

    @Test
    void randomActionsNeverReachClosureWithoutAcceptanceAndIllegalOnesAreRefused() {
        PropertyRunner.forAll(random -> {
            HiddenDangerStatus status = HiddenDangerStatus.REPORTED;
            DangerLevel level = random.oneOf(List.of(DangerLevel.values()));
            HiddenDangerAction lastMove = null;
            boolean rectifiedSinceSentBack = false;
            for (int i = random.intBetween(1, 40); i > 0; i--) {
                HiddenDangerAction action = random.oneOf(List.of(HiddenDangerAction.values()));
                LifecycleVerdict verdict = apply(random, status, level, action);
                HiddenDangerStatus expected = ALLOWED.get(status).get(action);
                if (expected == null) {
                    assertThat(verdict.refusal()).as("%s from %s", action, status)
                            .isEqualTo("dualprevention.hidden.transition");
                    continue;
                }
                if (verdict.refused()) {
                    assertThat(action).isIn(HiddenDangerAction.ORDER, HiddenDangerAction.RECTIFY);
                    continue;
                }
                assertThat(verdict.next()).isEqualTo(expected);
                if (expected == HiddenDangerStatus.CLOSED) {
                    assertThat(lastMove).isEqualTo(HiddenDangerAction.ACCEPT);
                }
                if (action == HiddenDangerAction.ACCEPT) {
                    assertThat(rectifiedSinceSentBack).isTrue();
                }
                rectifiedSinceSentBack = action == HiddenDangerAction.RECTIFY
                        || rectifiedSinceSentBack && action != HiddenDangerAction.SEND_BACK;
                lastMove = action;
                status = expected;
            }
            assertThat(status != HiddenDangerStatus.CLOSED || lastMove == HiddenDangerAction.CLOSE).isTrue();
        });
    }

    private static LifecycleVerdict apply(SeededRandom random, HiddenDangerStatus status, DangerLevel level,
            HiddenDangerAction action) {
        return switch (action) {
            case ORDER -> HiddenDangerLifecycle.order(status, level, randomOrder(random), TODAY);
            case RECTIFY -> HiddenDangerLifecycle.rectify(status,
                    random.listOf(0, 2, () -> PHOTO));
            default -> HiddenDangerLifecycle.step(status, action);
        };
    }

    private static RectificationOrder randomOrder(SeededRandom random) {
        return new RectificationOrder(random.oneOf(List.of(DangerManageType.values())), "李四",
                random.oneOf(java.util.Arrays.asList(null, TODAY.minusDays(1), TODAY, TODAY.plusDays(9))),
                "紧固法兰", random.oneOf(java.util.Arrays.asList(null, BigDecimal.ZERO, BigDecimal.TEN)),
                random.oneOf(java.util.Arrays.asList(null, "", "限量储存")));
    }

    private static String refusal(DangerLevel level, RectificationOrder order) {
        return HiddenDangerLifecycle.order(HiddenDangerStatus.CONFIRMED, level, order, TODAY).refusal();
    }

    private static HiddenDangerStatus moved(LifecycleVerdict verdict) {
        assertThat(verdict.refusal()).isNull();
        return verdict.next();
    }
}
