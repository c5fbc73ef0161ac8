package org.chemsafe.permit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules between a planned permit and the enterprise's other live permits (being signed, approved, running or
 * suspended) whose planned periods overlap it. Each finding names its rule and clause of GB 30871-2022:
 * <ul>
 * <li>4.6: hot work inside a confined space also holds a confined-space permit of the same job (linked);</li>
 * <li>10.8: temporary power lasts no longer than the hot or confined-space work it supplies (linked);</li>
 * <li>7.11: one blind-plate permit is one plate: never two plates on one line at once;</li>
 * <li>7.6: no hot work within 30 m of a blind-plate operation in a fire/explosion area;</li>
 * <li>4.10 and section 13: a guardian never leaves the site, so guards no two permits at different places at once;</li>
 * <li>4.7: cross-work at one place has a named coordinator.</li>
 * </ul>
 * Where the standard is silent, "the same place" means the same registry area, positions on one site plan within
 * {@link #SAME_PLACE_METRES}, or the same location text.
 */
@Component
class PermitConflicts {

    /** 7.6: no hot work within 30 m of a blind-plate operation in a fire/explosion area. */
    static final double BLIND_PLATE_HOT_WORK_METRES = 30;
    /** Two positions this close are one place (a decision, not the standard's). */
    static final double SAME_PLACE_METRES = 10;

    /**
     * The findings of the planned permit against the live ones (the planned one itself excluded).
     *
     * @param linked the permits the application links, by id (absent ids were refused before)
     */
    List<Finding> check(PermitRepository.PermitRow planned, List<PermitRepository.PermitRow> live,
            Map<UUID, PermitRepository.PermitRow> linked) {
        List<Finding> findings = new ArrayList<>();
        PermitRepository.Job job = planned.job();
        if (planned.type() == WorkType.HOT_WORK && job.insideConfinedSpace() && linked.values().stream()
                .noneMatch(p -> p.type() == WorkType.CONFINED_SPACE && PermitStatus.LIVE.contains(p.status()))) {
            findings.add(Finding.of(PermitRule.CONFINED_SPACE_PERMIT_MISSING));
        }
        if (planned.type() == WorkType.TEMPORARY_POWER) {
            linked.values().stream().filter(p -> p.type() == WorkType.HOT_WORK || p.type() == WorkType.CONFINED_SPACE)
                    .filter(p -> planned.plannedEnd().isAfter(p.plannedEnd())).findFirst()
                    .ifPresent(p -> findings.add(Finding.of(PermitRule.POWER_OUTLASTS_SERVED_PERMIT, p.number())));
        }
        for (PermitRepository.PermitRow other : live) {
            if (other.id().equals(planned.id())) {
                continue;
            }
            if (planned.type() == WorkType.BLIND_PLATE && other.type() == WorkType.BLIND_PLATE
                    && sameLine(job.pipeline(), other.job().pipeline())) {
                findings.add(Finding.of(PermitRule.TWO_PLATES_ON_ONE_LINE, other.number(), job.pipeline()));
            }
            if (hotWorkNearBlindPlate(planned, other) || hotWorkNearBlindPlate(other, planned)) {
                findings.add(Finding.of(PermitRule.HOT_WORK_NEAR_BLIND_PLATE, other.number()));
            }
            boolean samePlace = samePlace(planned, other);
            if (!job.guardian().isBlank() && job.guardian().equals(other.job().guardian()) && !samePlace) {
                findings.add(Finding.of(PermitRule.GUARDIAN_ELSEWHERE, job.guardian(), other.number(),
                        other.location()));
            }
            if (samePlace && isBlank(job.coordinator()) && !linked.containsKey(other.id())) {
                findings.add(Finding.of(PermitRule.CROSS_WORK_WITHOUT_COORDINATOR, other.number()));
            }
        }
        return findings;
    }

    private static boolean hotWorkNearBlindPlate(PermitRepository.PermitRow hotWork,
            PermitRepository.PermitRow blindPlate) {
        if (hotWork.type() != WorkType.HOT_WORK || blindPlate.type() != WorkType.BLIND_PLATE
                || !blindPlate.job().fireExplosionArea()) {
            return false;
        }
        SitePosition a = hotWork.job().position();
        SitePosition b = blindPlate.job().position();
        return a != null && b != null && a.siteId().equals(b.siteId())
                && a.distanceTo(b) < BLIND_PLATE_HOT_WORK_METRES;
    }

    static boolean samePlace(PermitRepository.PermitRow a, PermitRepository.PermitRow b) {
        if (a.job().areaId() != null && a.job().areaId().equals(b.job().areaId())) {
            return true;
        }
        SitePosition p = a.job().position();
        SitePosition q = b.job().position();
        if (p != null && q != null && p.siteId().equals(q.siteId())) {
            return p.distanceTo(q) <= SAME_PLACE_METRES;
        }
        return normalised(a.location()).equals(normalised(b.location()));
    }

    private static boolean sameLine(@Nullable String a, @Nullable String b) {
        return a != null && b != null && normalised(a).equals(normalised(b));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(@Nullable String text) {
        return Objects.requireNonNullElse(text, "").isBlank();
    }
}
