package org.chemsafe.dualprevention.internal.hidden;

/**
 * An enterprise's hidden dangers not yet accepted, today: what a supervisor watches.
 *
 * @param open         reported and not yet accepted or closed
 * @param major        of them, graded 重大
 * @param overdue      being rectified past the deadline's day
 * @param majorOverdue of them, 重大: the ones supervision presses (督办)
 */
public record OpenDangers(int open, int major, int overdue, int majorOverdue) {

    public static final OpenDangers NONE = new OpenDangers(0, 0, 0, 0);
}
