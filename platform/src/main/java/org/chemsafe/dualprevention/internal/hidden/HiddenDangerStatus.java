package org.chemsafe.dualprevention.internal.hidden;

/**
 * Where a hidden danger (隐患) stands in its lifecycle (domain file §7: 排查 → 分类分级 → 整改治理 → 验收销号), each
 * with the national {@code dangerState} it is exchanged as: 0 整改中 until it is rectified, 1 待验收 while it awaits
 * acceptance, 9 已验收 once accepted (and after 销号).
 */
public enum HiddenDangerStatus {
    /** Reported by whoever found it, not yet judged. */
    REPORTED(0),
    /** Confirmed as a hidden danger and graded 一般 or 重大. */
    CONFIRMED(0),
    /** Ordered 即查即改 or 限期整改 with a responsible person and measures; being rectified (also after a send-back). */
    RECTIFYING(0),
    /** Reported rectified with photos; awaits acceptance (验收). */
    PENDING_ACCEPTANCE(1),
    /** Accepted by the acceptor. */
    ACCEPTED(9),
    /** Closed (销号): the record is final. */
    CLOSED(9);

    private final int dangerState;

    HiddenDangerStatus(int dangerState) {
        this.dangerState = dangerState;
    }

    /** The national {@code dangerState}: 0 整改中, 1 待验收, 9 已验收. */
    public int dangerState() {
        return dangerState;
    }
}
