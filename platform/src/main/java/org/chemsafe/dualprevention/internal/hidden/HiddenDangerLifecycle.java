package org.chemsafe.dualprevention.internal.hidden;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The hidden-danger lifecycle as a pure state machine (domain file §7): reported → confirmed and graded → ordered
 * (即查即改 or 限期整改) → rectified → accepted, or sent back to be rectified again → closed (销号). Only an accepted
 * hidden danger can be closed, and only a rectified one accepted, so no path reaches 销号 without 验收.
 *
 * <p>Rules of the order, beyond its fields being present:
 * <ul>
 * <li>限期整改 needs {@code dangerManageDeadline}, not before the day the order is given;
 * <li>a 重大 hidden danger is rectified by deadline (never 即查即改) under a rectification plan with the five fixed items
 * the issue names: measures, funds, deadline, responsibility and the contingency plan (the deadline already
 * required by 限期整改).
 * </ul>
 */
public final class HiddenDangerLifecycle {

    /** The one status each action may start from, and where it leads. */
    private static final Map<HiddenDangerAction, Move> MOVES = new EnumMap<>(Map.of(
            HiddenDangerAction.CONFIRM, new Move(HiddenDangerStatus.REPORTED, HiddenDangerStatus.CONFIRMED),
            HiddenDangerAction.ORDER, new Move(HiddenDangerStatus.CONFIRMED, HiddenDangerStatus.RECTIFYING),
            HiddenDangerAction.RECTIFY, new Move(HiddenDangerStatus.RECTIFYING, HiddenDangerStatus.PENDING_ACCEPTANCE),
            HiddenDangerAction.ACCEPT, new Move(HiddenDangerStatus.PENDING_ACCEPTANCE, HiddenDangerStatus.ACCEPTED),
            HiddenDangerAction.SEND_BACK, new Move(HiddenDangerStatus.PENDING_ACCEPTANCE,
                    HiddenDangerStatus.RECTIFYING),
            HiddenDangerAction.CLOSE, new Move(HiddenDangerStatus.ACCEPTED, HiddenDangerStatus.CLOSED)));

    private HiddenDangerLifecycle() {
    }

    /** A step without content of its own (confirm, accept, send back, close) from the given status. */
    public static LifecycleVerdict step(HiddenDangerStatus status, HiddenDangerAction action) {
        Move move = MOVES.get(action);
        if (move.from() != status) {
            return LifecycleVerdict.refuse("dualprevention.hidden.transition", action.name(), status.name());
        }
        return LifecycleVerdict.moveTo(move.to());
    }

    /** The order to rectify a danger of the given grade, given on {@code today}. */
    public static LifecycleVerdict order(HiddenDangerStatus status, DangerLevel level, RectificationOrder order,
            LocalDate today) {
        LifecycleVerdict verdict = step(status, HiddenDangerAction.ORDER);
        if (verdict.refused()) {
            return verdict;
        }
        LocalDate deadline = order.dangerManageDeadline();
        if (level == DangerLevel.MAJOR && order.dangerManageType() != DangerManageType.BY_DEADLINE) {
            return LifecycleVerdict.refuse("dualprevention.hidden.major-by-deadline");
        }
        if (order.dangerManageType() == DangerManageType.BY_DEADLINE && deadline == null) {
            return LifecycleVerdict.refuse("dualprevention.hidden.deadline-required");
        }
        if (deadline != null && deadline.isBefore(today)) {
            return LifecycleVerdict.refuse("dualprevention.hidden.deadline-past", deadline.toString(),
                    today.toString());
        }
        if (level == DangerLevel.MAJOR) {
            List<String> missing = missingPlanItems(order);
            if (!missing.isEmpty()) {
                return LifecycleVerdict.refuse("dualprevention.hidden.plan-incomplete", String.join(", ", missing));
            }
        }
        return verdict;
    }

    /** The report that the danger is rectified, with references to the photos that show it. */
    public static LifecycleVerdict rectify(HiddenDangerStatus status, List<UUID> photos) {
        LifecycleVerdict verdict = step(status, HiddenDangerAction.RECTIFY);
        if (!verdict.refused() && photos.isEmpty()) {
            return LifecycleVerdict.refuse("dualprevention.hidden.photos-required");
        }
        return verdict;
    }

    /** The plan items a 重大 hidden danger's order lacks, by their national field names. */
    private static List<String> missingPlanItems(RectificationOrder order) {
        List<String> missing = new ArrayList<>();
        if (order.controlMeasures().isBlank()) {
            missing.add("controlMeasures");
        }
        BigDecimal cost = order.cost();
        if (cost == null || cost.signum() <= 0) {
            missing.add("cost");
        }
        if (order.liablePerson().isBlank()) {
            missing.add("liablePerson");
        }
        if (isBlank(order.contingencyPlan())) {
            missing.add("contingencyPlan");
        }
        return missing;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private record Move(HiddenDangerStatus from, HiddenDangerStatus to) {
    }
}
