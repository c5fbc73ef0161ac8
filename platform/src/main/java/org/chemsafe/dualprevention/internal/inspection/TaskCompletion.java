package org.chemsafe.dualprevention.internal.inspection;

/**
 * What an enterprise's inspection tasks planned and did in a period.
 *
 * @param planned           occurrences that fell due and closed
 * @param completed         those with a record
 * @param accountableMissed those of 包保 tasks (work type 1–3) without a record
 */
public record TaskCompletion(int planned, int completed, int accountableMissed) {
}
