package org.chemsafe.permit.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Judges a gas analysis before special work starts or resumes, under GB 30871-2022: the pass criteria (5.3.2, 5.2.7,
 * 6.4) and the timers (5.3.1 c and d, 6.3 a and f, 6.5). Stateless; the plant's zone (for "the next day") comes from
 * the {@link WorkCalendar}.
 */
@Component
class GasAnalysisRules {

    /** 5.3.2: a gas whose LEL is at least 4 % passes at 0.5 % vol or less, one below 4 % at 0.2 % vol or less. */
    static final BigDecimal LEL_SPLIT = BigDecimal.valueOf(4);
    static final BigDecimal LIMIT_HIGH_LEL = new BigDecimal("0.5");
    static final BigDecimal LIMIT_LOW_LEL = new BigDecimal("0.2");
    /** 6.4: oxygen 19.5 % to 21 % vol, up to 23.5 % in an oxygen-enriched space; 5.2.7: at most 23.5 % in oxygen equipment. */
    static final BigDecimal OXYGEN_LOW = new BigDecimal("19.5");
    static final BigDecimal OXYGEN_HIGH = BigDecimal.valueOf(21);
    static final BigDecimal OXYGEN_ENRICHED_HIGH = new BigDecimal("23.5");
    /** 5.3.1 c, 6.3 a: at most 30 min from sampling to the start. */
    static final Duration FRESHNESS = Duration.ofMinutes(30);
    /** 5.3.1 d: re-analyse after more than 30 min (特级, 一级) or 60 min (二级); 6.3 f: confined space 60 min. */
    static final Duration HIGH_GRADE_INTERRUPTION = Duration.ofMinutes(30);
    static final Duration INTERRUPTION = Duration.ofMinutes(60);
    /** 6.5: during confined-space work (and 特级 hot work, monitored continuously) a reading every 2 h. */
    static final Duration MONITORING_INTERVAL = Duration.ofHours(2);

    private final WorkCalendar calendar;

    GasAnalysisRules(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param lowerExplosiveLimits the LEL (% vol) of each sample's {@code substance}, resolved by the caller (each
     *                             sample names a substance found there, or its own {@code lelPercent})
     */
    GasVerdict check(GasCheckRequest analysis, Map<UUID, BigDecimal> lowerExplosiveLimits) {
        List<Finding> reasons = new ArrayList<>();
        List<GasSample> samples = analysis.samples();
        boolean flammableMeasured = false;
        boolean oxygenMeasured = false;
        for (int i = 0; i < samples.size(); i++) {
            GasSample sample = samples.get(i);
            if (sample.concentrationPercentVol() != null) {
                flammableMeasured = true;
                BigDecimal lel = sample.lelPercent() != null ? sample.lelPercent()
                        : lowerExplosiveLimits.get(sample.substance());
                BigDecimal limit = lel.compareTo(LEL_SPLIT) >= 0 ? LIMIT_HIGH_LEL : LIMIT_LOW_LEL;
                if (sample.concentrationPercentVol().compareTo(limit) > 0) {
                    reasons.add(Finding.of(PermitRule.FLAMMABLE_ABOVE_LIMIT, i + 1,
                            plain(sample.concentrationPercentVol()), plain(limit), plain(lel)));
                }
            }
            if (sample.oxygenPercentVol() != null) {
                oxygenMeasured = true;
                oxygen(analysis, sample.oxygenPercentVol(), i + 1, reasons);
            }
            for (ToxicReading toxic : sample.toxic()) {
                if (toxic.value().compareTo(toxic.limit()) > 0) {
                    reasons.add(Finding.of(PermitRule.TOXIC_ABOVE_LIMIT, i + 1, toxic.name(), plain(toxic.value()),
                            plain(toxic.limit()), toxic.unit()));
                }
            }
        }
        if (!flammableMeasured && analysis.type() != WorkType.CONFINED_SPACE) {
            reasons.add(Finding.of(PermitRule.NO_FLAMMABLE_READING));
        }
        if (!oxygenMeasured && (analysis.type() == WorkType.CONFINED_SPACE
                || analysis.type() == WorkType.HOT_WORK && analysis.oxygenEnriched())) {
            reasons.add(Finding.of(PermitRule.OXYGEN_READING_MISSING));
        }
        OffsetDateTime analysedAt = samples.stream().map(GasSample::sampledAt)
                .min(Comparator.naturalOrder()).orElseThrow();
        timing(analysis, analysedAt, reasons);
        return new GasVerdict(reasons, validUntil(analysis, analysedAt), retestDue(analysis));
    }

    /** 6.4 for confined space; 5.2.7 for hot work on oxygen equipment; other hot work and temporary power: no rule. */
    private static void oxygen(GasCheckRequest analysis, BigDecimal oxygen, int sample, List<Finding> reasons) {
        if (analysis.type() == WorkType.CONFINED_SPACE) {
            BigDecimal high = analysis.oxygenEnriched() ? OXYGEN_ENRICHED_HIGH : OXYGEN_HIGH;
            if (oxygen.compareTo(OXYGEN_LOW) < 0 || oxygen.compareTo(high) > 0) {
                reasons.add(Finding.of(PermitRule.OXYGEN_OUT_OF_RANGE, sample, plain(oxygen), plain(OXYGEN_LOW),
                        plain(high)));
            }
        } else if (analysis.type() == WorkType.HOT_WORK && analysis.oxygenEnriched()
                && oxygen.compareTo(OXYGEN_ENRICHED_HIGH) > 0) {
            reasons.add(Finding.of(PermitRule.OXYGEN_ABOVE_EQUIPMENT_LIMIT, sample, plain(oxygen)));
        }
    }

    /**
     * Before a start the analysis is at most 30 min old (5.3.1 c, 6.3 a); before a resumption it must be fresh only
     * after an interruption longer than the type's and grade's interval (5.3.1 d, 6.3 f), and hot work is analysed
     * every day before work (5.3.1 d), so yesterday's analysis never clears today's resumption. No sample may be
     * taken after the moment it allows.
     */
    private void timing(GasCheckRequest analysis, OffsetDateTime analysedAt, List<Finding> reasons) {
        OffsetDateTime moment = moment(analysis);
        if (analysis.samples().stream().anyMatch(sample -> sample.sampledAt().isAfter(moment))) {
            reasons.add(Finding.of(PermitRule.ANALYSIS_AFTER_START));
            return;
        }
        boolean confined = analysis.type() == WorkType.CONFINED_SPACE;
        long age = Duration.between(analysedAt, moment).toMinutes();
        boolean stale = Duration.between(analysedAt, moment).compareTo(FRESHNESS) > 0;
        if (analysis.workStart() != null) {
            if (stale) {
                reasons.add(Finding.of(confined ? PermitRule.ANALYSIS_TOO_OLD_CONFINED_SPACE
                        : PermitRule.ANALYSIS_TOO_OLD_HOT_WORK, age));
            }
            return;
        }
        if (analysis.type() == WorkType.HOT_WORK && !day(analysedAt).equals(day(moment))) {
            reasons.add(Finding.of(PermitRule.NOT_ANALYSED_TODAY, day(analysedAt)));
            return;
        }
        if (needsFreshAnalysis(analysis) && stale) {
            Duration interval = Objects.requireNonNull(interruptionInterval(analysis.type(), analysis.grade()));
            reasons.add(Finding.of(confined ? PermitRule.REANALYSIS_REQUIRED_CONFINED_SPACE
                    : PermitRule.REANALYSIS_REQUIRED_HOT_WORK, analysis.interruptionMinutes(), interval.toMinutes(),
                    age));
        }
    }

    /** A start, or a resumption after an interruption longer than the interval, needs an analysis of the last 30 min. */
    private static boolean needsFreshAnalysis(GasCheckRequest analysis) {
        if (analysis.workStart() != null) {
            return true;
        }
        Duration interval = interruptionInterval(analysis.type(), analysis.grade());
        int minutes = analysis.interruptionMinutes() == null ? 0 : analysis.interruptionMinutes();
        return interval != null && Duration.ofMinutes(minutes).compareTo(interval) > 0;
    }

    /**
     * The latest start or resumption this analysis allows: 30 min after its oldest sample when a fresh analysis is
     * needed, else (a short interruption) the end of the analysis's day, when the daily analysis is due again.
     */
    private OffsetDateTime validUntil(GasCheckRequest analysis, OffsetDateTime analysedAt) {
        if (needsFreshAnalysis(analysis)) {
            return analysedAt.plus(FRESHNESS);
        }
        return day(analysedAt).plusDays(1).atStartOfDay(calendar.zone()).toOffsetDateTime()
                .withOffsetSameInstant(analysedAt.getOffset());
    }

    private LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(calendar.zone()).toLocalDate();
    }

    private static OffsetDateTime moment(GasCheckRequest analysis) {
        return Objects.requireNonNull(analysis.workStart() != null ? analysis.workStart() : analysis.resumeAt());
    }

    /** How long work may stop before it needs a fresh analysis (5.3.1 d, 6.3 f); null: no such rule. */
    static @Nullable Duration interruptionInterval(WorkType type, @Nullable WorkGrade grade) {
        return switch (type) {
            case HOT_WORK -> grade == WorkGrade.LEVEL_2 ? INTERRUPTION : HIGH_GRADE_INTERRUPTION;
            case CONFINED_SPACE -> INTERRUPTION;
            default -> null;
        };
    }

    private @Nullable OffsetDateTime retestDue(GasCheckRequest analysis) {
        OffsetDateTime moment = moment(analysis);
        if (analysis.type() == WorkType.CONFINED_SPACE
                || analysis.type() == WorkType.HOT_WORK && analysis.grade() == WorkGrade.SPECIAL) {
            return moment.plus(MONITORING_INTERVAL);
        }
        if (analysis.type() == WorkType.HOT_WORK) {
            return moment.atZoneSameInstant(calendar.zone()).toLocalDate().plusDays(1).atStartOfDay(calendar.zone())
                    .toOffsetDateTime().withOffsetSameInstant(moment.getOffset());
        }
        return null;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
