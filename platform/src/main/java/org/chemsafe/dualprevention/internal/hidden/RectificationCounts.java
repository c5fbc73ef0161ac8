package org.chemsafe.dualprevention.internal.hidden;

/**
 * An enterprise's hidden dangers in a period, as the effectiveness score counts them.
 *
 * @param due          应整改: ordered 限期整改 with the deadline in the period, or 即查即改 and reported in it
 * @param accepted     those of them accepted (or closed) before the period's end
 * @param reported     reported in the period
 * @param majorOverdue 重大 ones with a deadline in or before the period, being rectified past it today
 */
public record RectificationCounts(int due, int accepted, int reported, int majorOverdue) {
}
