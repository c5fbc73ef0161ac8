package org.chemsafe.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.chemsafe.permit.WorkType;
import org.chemsafe.support.PropertyRunner;
import org.chemsafe.support.SeededRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Properties of the grading and validity rules over generated work, from a fixed seed (support.PropertyRunner). */
class PermitRulePropertyTests {

    private static final OffsetDateTime YEAR_START = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
    private final WorkClassifier rules = Rules.classifier();

    @Test
    void anUpgradeRaisesHotWorkAtMostOneGradeAndOnlyWithAReason() {
        PropertyRunner.forAll(random -> {
            WorkClassification result = rules.classify(randomWork(random, WorkType.HOT_WORK));
            List<WorkGrade> grades = WorkGrade.of(WorkType.HOT_WORK);
            int raised = grades.indexOf(result.grade()) - grades.indexOf(result.baseGrade());
            assertThat(raised).isBetween(0, 1);
            if (raised == 1) {
                assertThat(result.upgradeReasons()).isNotEmpty();
            }
            if (result.upgradeReasons().isEmpty()) {
                assertThat(result.grade()).isEqualTo(result.baseGrade());
            }
        });
    }

    @Test
    void aPlanLongerThanTheValidityIsAlwaysAViolationAndNeverOtherwise() {
        PropertyRunner.forAll(random -> {
            WorkType type = random.oneOf(List.of(WorkType.values()));
            ClassifyRequest work = randomWork(random, type);
            WorkClassification result = rules.classify(work);
            boolean tooLong = work.plannedEnd() != null && Duration.between(work.plannedStart(), work.plannedEnd())
                    .compareTo(result.maxValidity()) > 0;
            assertThat(result.violations().stream().anyMatch(v -> v.rule().name().startsWith("VALIDITY_TOO_LONG")))
                    .as("%s planned %s to %s, longest %s", type, work.plannedStart(), work.plannedEnd(),
                            result.maxValidity())
                    .isEqualTo(tooLong);
        });
    }

    @Test
    void heightGradesNeverFallAsTheHeightRisesOrAFactorIsAdded() {
        PropertyRunner.forAll(random -> {
            BigDecimal lower = random.decimalBetween(BigDecimal.valueOf(2), BigDecimal.valueOf(60), 2,
                    BigDecimal.valueOf(2), BigDecimal.valueOf(5), BigDecimal.valueOf(15), BigDecimal.valueOf(30));
            BigDecimal higher = lower.add(random.decimalBetween(BigDecimal.ZERO, BigDecimal.valueOf(30), 2,
                    BigDecimal.ZERO, new BigDecimal("0.01")));
            List<HeightHazardFactor> factors = random.distinct(HeightHazardFactor.class, 0, 3);
            List<WorkGrade> grades = WorkGrade.of(WorkType.HEIGHT);
            int low = grades.indexOf(heightGrade(lower, factors));
            assertThat(grades.indexOf(heightGrade(higher, factors))).as("%s m vs %s m", higher, lower)
                    .isGreaterThanOrEqualTo(low);
            List<HeightHazardFactor> more = random.distinct(HeightHazardFactor.class, 1, 9);
            assertThat(grades.indexOf(heightGrade(lower, more))).as("with factors %s", more)
                    .isGreaterThanOrEqualTo(grades.indexOf(heightGrade(lower, List.of())));
        });
    }

    private @Nullable WorkGrade heightGrade(BigDecimal metres, List<HeightHazardFactor> factors) {
        return rules.classify(new ClassifyRequest(WorkType.HEIGHT, null, null, null, null, metres, factors, null,
                null, null, null, null, null, null, null, null, null, null, null)).grade();
    }

    private static ClassifyRequest randomWork(SeededRandom random, WorkType type) {
        OffsetDateTime start = YEAR_START.plusMinutes(random.intBetween(0, 364 * 24 * 60));
        OffsetDateTime end = random.intBetween(0, 4) == 0 ? null
                : start.plusMinutes(random.oneOf(List.of(1, 60, 8 * 60, 8 * 60 + 1, 24 * 60, 24 * 60 + 1,
                        72 * 60, 7 * 24 * 60, 7 * 24 * 60 + 1, 15 * 24 * 60 + 1, random.intBetween(1, 40 * 24 * 60))));
        return new ClassifyRequest(type, random.intBetween(0, 1) == 1, random.intBetween(0, 1) == 1,
                random.intBetween(0, 3) == 0, random.intBetween(0, 3) == 0,
                random.decimalBetween(BigDecimal.ZERO, BigDecimal.valueOf(50), 2, BigDecimal.valueOf(2)),
                random.distinct(HeightHazardFactor.class, 0, 2), random.distinct(HeightCondition.class, 0, 2),
                random.decimalBetween(BigDecimal.ZERO, BigDecimal.valueOf(200), 3, BigDecimal.TEN,
                        BigDecimal.valueOf(40), BigDecimal.valueOf(100)),
                random.intBetween(0, 1) == 1, random.intBetween(0, 12), random.distinct(WeatherCondition.class, 0, 1),
                start, end, null, random.intBetween(0, 1) == 1,
                random.decimalBetween(BigDecimal.ZERO, BigDecimal.valueOf(3), 2, new BigDecimal("0.5"),
                        new BigDecimal("1.2")), random.intBetween(0, 1) == 1, random.intBetween(0, 1) == 1);
    }
}
