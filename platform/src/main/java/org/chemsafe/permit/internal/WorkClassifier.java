package org.chemsafe.permit.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.calendar.DayKind;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * Grades planned special work and states its validity, approver, gas analysis and weather stops under GB 30871-2022.
 * Stateless: the same facts give the same answer; holidays come from the national {@link WorkCalendar}, the night
 * window and the open validities from {@link PermitRuleSettings}.
 */
@Component
class WorkClassifier {

    /** 5.1.5: 特级 and 一级 hot work at most 8 h, 二级 at most 72 h. */
    static final Duration HOT_WORK_HIGH_GRADE_VALIDITY = Duration.ofHours(8);
    static final Duration HOT_WORK_LEVEL_2_VALIDITY = Duration.ofHours(72);
    /** 6.10: confined space at most 24 h. */
    static final Duration CONFINED_SPACE_VALIDITY = Duration.ofHours(24);
    /** 8.2.11: height work at most 7 days. */
    static final Duration HEIGHT_VALIDITY = Duration.ofDays(7);
    /** 10.8: temporary power normally at most 15 days, 30 in special cases. */
    static final Duration TEMPORARY_POWER_VALIDITY = Duration.ofDays(15);
    static final Duration TEMPORARY_POWER_SPECIAL_VALIDITY = Duration.ofDays(30);
    /** 3.8: height work starts at 2 m; 8.1.1 bands 2–5, 5–15, 15–30 and over 30 m. */
    static final BigDecimal HEIGHT_THRESHOLD = BigDecimal.valueOf(2);
    private static final BigDecimal[] HEIGHT_BAND_TOPS = { BigDecimal.valueOf(5), BigDecimal.valueOf(15),
            BigDecimal.valueOf(30) };
    /** 8.1.3 Table 2: method A (no hazard factor) and method B (one or more) by band. */
    private static final WorkGrade[] METHOD_A = { WorkGrade.I, WorkGrade.II, WorkGrade.III, WorkGrade.IV };
    private static final WorkGrade[] METHOD_B = { WorkGrade.II, WorkGrade.III, WorkGrade.IV, WorkGrade.IV };
    /** 9.1: 一级 over 100 t, 二级 40 t to 100 t, 三级 under 40 t; B.1 note 3: under 10 t the permit is optional. */
    static final BigDecimal LIFTING_LEVEL_1_ABOVE = BigDecimal.valueOf(100);
    static final BigDecimal LIFTING_LEVEL_2_FROM = BigDecimal.valueOf(40);
    static final BigDecimal LIFTING_PERMIT_FROM = BigDecimal.valueOf(10);
    /** 5.2.15 and 8.2.6: force 5; 9.2.4: force 6. */
    static final int HOT_WORK_AND_HEIGHT_STOP_WIND = 5;
    static final int LIFTING_STOP_WIND = 6;
    /** 3.11: excavation is deeper than 0.5 m (or heavy machinery); 11.10: over 1.2 m near buried lines is confined space. */
    static final BigDecimal EXCAVATION_THRESHOLD = new BigDecimal("0.5");
    static final BigDecimal EXCAVATION_CONFINED_DEPTH = new BigDecimal("1.2");

    private final WorkCalendar calendar;
    private final PermitRuleSettings settings;

    WorkClassifier(WorkCalendar calendar, PermitRuleSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    WorkClassification classify(ClassifyRequest facts) {
        return switch (facts.type()) {
            case HOT_WORK -> hotWork(facts);
            case HEIGHT -> height(facts);
            case LIFTING -> lifting(facts);
            case CONFINED_SPACE -> ungraded(facts, CONFINED_SPACE_VALIDITY, PermitRule.VALIDITY_TOO_LONG_CONFINED_SPACE,
                    ApproverRole.BASE_UNIT, true);
            case BLIND_PLATE -> open(facts, ApproverRole.BASE_UNIT);
            case TEMPORARY_POWER -> temporaryPower(facts);
            case EXCAVATION -> excavation(facts);
            case ROAD_BREAKING -> open(facts, ApproverRole.PROFESSIONAL_DEPARTMENT);
        };
    }

    /** 5.1.1 grades, upgraded one grade on holidays, rest days, at night (5.1.1) and in wind of force 5 (5.2.15). */
    private WorkClassification hotWork(ClassifyRequest facts) {
        WorkGrade base;
        if (facts.is(facts.inMajorHazardBund()) || facts.is(facts.fireExplosionArea())
                && facts.is(facts.equipmentInOperation())) {
            base = WorkGrade.SPECIAL;
        } else if (facts.is(facts.fireExplosionArea()) || facts.is(facts.onPipeRack())) {
            base = WorkGrade.LEVEL_1;
        } else {
            base = WorkGrade.LEVEL_2;
        }
        List<Finding> reasons = new ArrayList<>(timeUpgrades(facts));
        Finding weatherStop = null;
        if (outdoorWind(facts, HOT_WORK_AND_HEIGHT_STOP_WIND)) {
            weatherStop = Finding.of(PermitRule.HOT_WORK_WIND_STOP, windForce(facts));
            reasons.add(Finding.of(PermitRule.UPGRADE_WIND, windForce(facts)));
        }
        // one grade higher however many of the situations apply: both clauses say "升级管理" (managed one grade up)
        WorkGrade grade = reasons.isEmpty() ? base : base.upgraded(WorkType.HOT_WORK);
        Duration validity = grade == WorkGrade.LEVEL_2 ? HOT_WORK_LEVEL_2_VALIDITY : HOT_WORK_HIGH_GRADE_VALIDITY;
        ApproverRole approver = switch (grade) {
            case SPECIAL -> ApproverRole.RESPONSIBLE_LEADER;
            case LEVEL_1 -> ApproverRole.SAFETY_DEPARTMENT;
            default -> ApproverRole.BASE_UNIT;
        };
        return new WorkClassification(WorkType.HOT_WORK, grade, base, reasons, null, validity, approver, true,
                weatherStop, validityViolations(facts, validity, PermitRule.VALIDITY_TOO_LONG_HOT_WORK));
    }

    /**
     * Holidays and rest days the plan touches, and whether it reaches into the night window (5.1.1). A permit allows
     * work at any time of its validity, so the whole planned period counts, not only its start: a 二级 permit over a
     * night is managed as 一级 (an enterprise that does no hot work at night plans day by day).
     */
    private List<Finding> timeUpgrades(ClassifyRequest facts) {
        OffsetDateTime start = facts.plannedStart();
        if (start == null) {
            return List.of();
        }
        ZonedDateTime from = start.atZoneSameInstant(calendar.zone());
        ZonedDateTime to = facts.plannedEnd() == null ? from : facts.plannedEnd().atZoneSameInstant(calendar.zone());
        List<Finding> reasons = new ArrayList<>();
        LocalDate lastDay = to.isAfter(from) ? to.minusNanos(1).toLocalDate() : from.toLocalDate();
        for (LocalDate day = from.toLocalDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            DayKind kind = calendar.kindOf(day);
            if (kind == DayKind.HOLIDAY) {
                reasons.add(Finding.of(PermitRule.UPGRADE_HOLIDAY, day, String.valueOf(calendar.nameOf(day))));
            } else if (kind == DayKind.REST_DAY) {
                reasons.add(Finding.of(PermitRule.UPGRADE_REST_DAY, day));
            }
        }
        if (reachesNight(from, to)) {
            reasons.add(Finding.of(PermitRule.UPGRADE_NIGHT, settings.nightStart(), settings.nightEnd()));
        }
        return reasons;
    }

    /**
     * Whether some instant of [from, to) (or the instant {@code from} alone) lies in the night window: either the start
     * does, or a night begins after it and before the end. Nights begin at the same time every day, whether or not
     * the window spans midnight.
     */
    private boolean reachesNight(ZonedDateTime from, ZonedDateTime to) {
        if (settings.nightStart().equals(settings.nightEnd())) {
            return false; // an empty window: the enterprise does not manage night work higher
        }
        if (settings.isNight(from.toLocalTime())) {
            return true;
        }
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            ZonedDateTime nightBegins = day.atTime(settings.nightStart()).atZone(from.getZone());
            if (nightBegins.isAfter(from) && nightBegins.isBefore(to)) {
                return true;
            }
        }
        return false;
    }

    /** 8.1.3 Table 2 by band and method, raised by the Table B.1 note 2 situations; stopped by 8.2.6 weather. */
    private WorkClassification height(ClassifyRequest facts) {
        BigDecimal height = Objects.requireNonNull(facts.heightMetres());
        if (height.compareTo(HEIGHT_THRESHOLD) < 0) {
            return new WorkClassification(WorkType.HEIGHT, null, null, List.of(),
                    Finding.of(PermitRule.NOT_HEIGHT_WORK, height.stripTrailingZeros().toPlainString()), HEIGHT_VALIDITY,
                    null, false, null, List.of());
        }
        int band = 0;
        while (band < HEIGHT_BAND_TOPS.length && height.compareTo(HEIGHT_BAND_TOPS[band]) > 0) {
            band++;
        }
        WorkGrade base = METHOD_A[band];
        WorkGrade grade = base;
        List<Finding> reasons = new ArrayList<>();
        if (!facts.hazardFactors().isEmpty()) {
            grade = METHOD_B[band];
            if (grade != base) {
                reasons.add(Finding.of(PermitRule.HEIGHT_HAZARD_FACTORS, facts.hazardFactors().size()));
            }
        }
        for (HeightCondition condition : facts.heightConditions()) {
            WorkGrade raised = WorkGrade.higher(WorkType.HEIGHT, grade, condition.leastGrade());
            if (raised != grade) {
                reasons.add(Finding.of(PermitRule.HEIGHT_CONDITION, condition.name(), condition.leastGrade().name()));
                grade = raised;
            }
        }
        Finding weatherStop = outdoorWind(facts, HOT_WORK_AND_HEIGHT_STOP_WIND)
                || facts.is(facts.outdoor()) && facts.weather().contains(WeatherCondition.DENSE_FOG)
                        ? Finding.of(PermitRule.HEIGHT_WEATHER_STOP, windForce(facts))
                        : null;
        ApproverRole approver = switch (grade) {
            case I -> ApproverRole.BASE_UNIT;
            case IV -> ApproverRole.PLANT_MANAGER_OR_CHIEF_ENGINEER;
            default -> ApproverRole.PROFESSIONAL_DEPARTMENT;
        };
        return new WorkClassification(WorkType.HEIGHT, grade, base, reasons, null, HEIGHT_VALIDITY, approver, false,
                weatherStop, validityViolations(facts, HEIGHT_VALIDITY, PermitRule.VALIDITY_TOO_LONG_HEIGHT));
    }

    /** 9.1 levels by mass, B.1 note 3 below 10 t, 9.2.4 weather; validity left to the enterprise. */
    private WorkClassification lifting(ClassifyRequest facts) {
        BigDecimal load = Objects.requireNonNull(facts.loadTonnes());
        WorkGrade grade = load.compareTo(LIFTING_LEVEL_1_ABOVE) > 0 ? WorkGrade.LEVEL_1
                : load.compareTo(LIFTING_LEVEL_2_FROM) >= 0 ? WorkGrade.LEVEL_2 : WorkGrade.LEVEL_3;
        Finding exemption = load.compareTo(LIFTING_PERMIT_FROM) < 0
                ? Finding.of(PermitRule.LIFTING_PERMIT_OPTIONAL, load.stripTrailingZeros().toPlainString())
                : null;
        Finding weatherStop = outdoorWind(facts, LIFTING_STOP_WIND)
                || facts.is(facts.outdoor()) && !facts.weather().isEmpty()
                        ? Finding.of(PermitRule.LIFTING_WEATHER_STOP, windForce(facts))
                        : null;
        Duration validity = settings.openValidityOf(WorkType.LIFTING);
        ApproverRole approver = grade == WorkGrade.LEVEL_1 ? ApproverRole.PLANT_MANAGER_OR_CHIEF_ENGINEER
                : ApproverRole.PROFESSIONAL_DEPARTMENT;
        return new WorkClassification(WorkType.LIFTING, grade, grade, List.of(), exemption, validity, approver, false,
                weatherStop, validityViolations(facts, validity, PermitRule.VALIDITY_TOO_LONG_ENTERPRISE_DEFAULT));
    }

    /**
     * 10.8: at most 15 days, 30 in a special case, and never beyond the hot or confined-space work it powers; 10.1: a
     * flammable-gas analysis before supply in a running hazardous area.
     */
    private WorkClassification temporaryPower(ClassifyRequest facts) {
        Duration validity = facts.is(facts.specialCase()) ? TEMPORARY_POWER_SPECIAL_VALIDITY : TEMPORARY_POWER_VALIDITY;
        List<Finding> violations = new ArrayList<>(
                validityViolations(facts, validity, PermitRule.VALIDITY_TOO_LONG_TEMPORARY_POWER));
        if (facts.plannedEnd() != null && facts.servedWorkEnd() != null
                && facts.plannedEnd().isAfter(facts.servedWorkEnd())) {
            violations.add(Finding.of(PermitRule.TEMPORARY_POWER_BEYOND_SERVED_WORK, facts.servedWorkEnd()));
        }
        return new WorkClassification(WorkType.TEMPORARY_POWER, null, null, List.of(), null, validity,
                ApproverRole.POWER_SUPPLY_UNIT, facts.is(facts.fireExplosionArea()), null, violations);
    }

    /**
     * 3.11: digging 0.5 m deep or less without heavy machinery is not excavation; 11.10: deeper than 1.2 m in a process
     * area or tank farm with buried flammable or toxic lines follows the confined-space rules (gas analysis).
     */
    private WorkClassification excavation(ClassifyRequest facts) {
        BigDecimal depth = facts.depthMetres();
        WorkClassification open = open(facts, ApproverRole.PROFESSIONAL_DEPARTMENT);
        if (depth != null && depth.compareTo(EXCAVATION_THRESHOLD) <= 0 && !facts.is(facts.heavyMachinery())) {
            return new WorkClassification(WorkType.EXCAVATION, null, null, List.of(),
                    Finding.of(PermitRule.NOT_EXCAVATION, depth.stripTrailingZeros().toPlainString()),
                    open.maxValidity(), open.approver(), false, null, open.violations());
        }
        if (depth != null && depth.compareTo(EXCAVATION_CONFINED_DEPTH) > 0 && facts.is(facts.buriedHazardousLines())) {
            return new WorkClassification(WorkType.EXCAVATION, null, null,
                    List.of(Finding.of(PermitRule.EXCAVATION_AS_CONFINED_SPACE, depth.stripTrailingZeros()
                            .toPlainString())),
                    null, open.maxValidity(), open.approver(), true, null, open.violations());
        }
        return open;
    }

    /** A type whose validity the enterprise sets (section 16 of the domain notes: not fixed by the standard). */
    private WorkClassification open(ClassifyRequest facts, ApproverRole approver) {
        return ungraded(facts, settings.openValidityOf(facts.type()), PermitRule.VALIDITY_TOO_LONG_ENTERPRISE_DEFAULT,
                approver, false);
    }

    private WorkClassification ungraded(ClassifyRequest facts, Duration validity, PermitRule tooLong,
            ApproverRole approver, boolean gasAnalysis) {
        return new WorkClassification(facts.type(), null, null, List.of(), null, validity, approver, gasAnalysis, null,
                validityViolations(facts, validity, tooLong));
    }

    private static List<Finding> validityViolations(ClassifyRequest facts, Duration validity, PermitRule tooLong) {
        if (facts.plannedStart() == null || facts.plannedEnd() == null) {
            return List.of();
        }
        Duration planned = Duration.between(facts.plannedStart(), facts.plannedEnd());
        return planned.compareTo(validity) > 0
                ? List.of(Finding.of(tooLong, planned.toMinutes(), validity.toMinutes()))
                : List.of();
    }

    private static boolean outdoorWind(ClassifyRequest facts, int stopForce) {
        return facts.is(facts.outdoor()) && windForce(facts) >= stopForce;
    }

    private static int windForce(ClassifyRequest facts) {
        Integer force = facts.windForce();
        return force == null ? 0 : force;
    }
}
