package org.chemsafe.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules between permits, at their thresholds (GB 30871-2022 4.6, 4.7, 4.10, 7.6, 7.11, 10.8). */
class PermitConflictsTests {

    private static final UUID ENTERPRISE = UUID.randomUUID();
    private static final UUID SITE = UUID.randomUUID();
    private static final Instant START = Instant.parse("2026-12-03T01:00:00Z");
    private final PermitConflicts conflicts = new PermitConflicts();

    @Test
    void hotWorkInsideAConfinedSpaceHoldsALiveConfinedSpacePermitToo() {
        PermitRepository.PermitRow hotWork = permit(WorkType.HOT_WORK, "1号反应釜", job("张监护").inside().build());
        PermitRepository.PermitRow confined = permit(WorkType.CONFINED_SPACE, "1号反应釜", job("张监护").build());
        assertThat(rules(conflicts.check(hotWork, List.of(), Map.of())))
                .containsExactly(PermitRule.CONFINED_SPACE_PERMIT_MISSING);
        assertThat(conflicts.check(hotWork, List.of(confined), Map.of(confined.id(), confined)))
                .as("linked: one job, same place, same guardian, no coordinator needed").isEmpty();
        PermitRepository.PermitRow cancelled = withStatus(confined, PermitStatus.CANCELLED);
        assertThat(rules(conflicts.check(hotWork, List.of(), Map.of(cancelled.id(), cancelled))))
                .containsExactly(PermitRule.CONFINED_SPACE_PERMIT_MISSING);
    }

    @Test
    void temporaryPowerEndsNoLaterThanTheWorkItSupplies() {
        PermitRepository.PermitRow hotWork = permit(WorkType.HOT_WORK, "泵房", job("张监护").build());
        PermitRepository.PermitRow sameEnd = permit(WorkType.TEMPORARY_POWER, "泵房", job("张监护").build());
        assertThat(conflicts.check(sameEnd, List.of(), Map.of(hotWork.id(), hotWork))).isEmpty();
        PermitRepository.PermitRow longer = new PermitRepository.PermitRow(UUID.randomUUID(), ENTERPRISE, "LSYD-2",
                WorkType.TEMPORARY_POWER, null, PermitStatus.APPLIED, "泵房", "接临时电", START,
                hotWork.plannedEnd().plusSeconds(60), UUID.randomUUID(), "申请人", START, 0, PermitRepository.GENESIS,
                job("张监护").build());
        assertThat(conflicts.check(longer, List.of(), Map.of(hotWork.id(), hotWork))).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(PermitRule.POWER_OUTLASTS_SERVED_PERMIT));
    }

    @Test
    void neverTwoPlatesOnOneLineAtOnce() {
        PermitRepository.PermitRow first = permit(WorkType.BLIND_PLATE, "甲醇管线", job("李监护").line("P-101").build());
        PermitRepository.PermitRow second = permit(WorkType.BLIND_PLATE, "甲醇管线", job("李监护").line(" p-101 ")
                .coordinator("王协调").build());
        PermitRepository.PermitRow otherLine = permit(WorkType.BLIND_PLATE, "甲醇管线", job("李监护").line("P-102")
                .coordinator("王协调").build());
        assertThat(rules(conflicts.check(second, List.of(first), Map.of())))
                .containsExactly(PermitRule.TWO_PLATES_ON_ONE_LINE);
        assertThat(conflicts.check(otherLine, List.of(first), Map.of())).isEmpty();
    }

    @Test
    void noHotWorkWithin30MetresOfABlindPlateInAFireExplosionArea() {
        PermitRepository.PermitRow plate = permit(WorkType.BLIND_PLATE, "罐区", job("李监护").line("P-1").at(0, 0)
                .fireExplosion().build());
        PermitRepository.PermitRow at29_9 = permit(WorkType.HOT_WORK, "泵房", job("赵监护").at(29.9, 0).build());
        PermitRepository.PermitRow at30 = permit(WorkType.HOT_WORK, "泵房", job("赵监护").at(18, 24).build());
        assertThat(rules(conflicts.check(at29_9, List.of(plate), Map.of())))
                .containsExactly(PermitRule.HOT_WORK_NEAR_BLIND_PLATE);
        assertThat(conflicts.check(at30, List.of(plate), Map.of())).as("18² + 24² = 30²: not within 30 m").isEmpty();
        assertThat(rules(conflicts.check(plate, List.of(at29_9), Map.of()))).as("and the other way round")
                .containsExactly(PermitRule.HOT_WORK_NEAR_BLIND_PLATE);
        PermitRepository.PermitRow plateOutside = permit(WorkType.BLIND_PLATE, "罐区", job("李监护").line("P-1")
                .at(0, 0).build());
        assertThat(conflicts.check(at29_9, List.of(plateOutside), Map.of()))
                .as("7.6 is about fire/explosion areas").isEmpty();
    }

    @Test
    void aGuardianGuardsOnePlaceAndCrossWorkAtOnePlaceHasACoordinator() {
        PermitRepository.PermitRow running = permit(WorkType.HEIGHT, "脱硫塔", job("张监护").at(100, 100).build());
        PermitRepository.PermitRow elsewhere = permit(WorkType.HOT_WORK, "泵房", job("张监护").at(150, 100).build());
        assertThat(rules(conflicts.check(elsewhere, List.of(running), Map.of())))
                .containsExactly(PermitRule.GUARDIAN_ELSEWHERE);
        PermitRepository.PermitRow within10 = permit(WorkType.HOT_WORK, "塔下", job("张监护").at(110, 100).build());
        assertThat(rules(conflicts.check(within10, List.of(running), Map.of())))
                .as("10 m is the same place: the guardian may guard both, but cross-work needs its coordinator")
                .containsExactly(PermitRule.CROSS_WORK_WITHOUT_COORDINATOR);
        PermitRepository.PermitRow coordinated = permit(WorkType.HOT_WORK, "塔下", job("张监护").at(110, 100)
                .coordinator("王协调").build());
        assertThat(conflicts.check(coordinated, List.of(running), Map.of())).isEmpty();
        PermitRepository.PermitRow sameText = permit(WorkType.LIFTING, " 脱硫塔 ", job("钱监护").build());
        assertThat(rules(conflicts.check(sameText, List.of(running), Map.of())))
                .containsExactly(PermitRule.CROSS_WORK_WITHOUT_COORDINATOR);
    }

    private static List<PermitRule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private static PermitRepository.PermitRow permit(WorkType type, String location, PermitRepository.Job job) {
        return new PermitRepository.PermitRow(UUID.randomUUID(), ENTERPRISE, type.name() + "-" + location, type, null,
                PermitStatus.APPROVED, location, "作业", START, START.plus(4, ChronoUnit.HOURS), UUID.randomUUID(),
                "申请人", START, 0, PermitRepository.GENESIS, job);
    }

    private static PermitRepository.PermitRow withStatus(PermitRepository.PermitRow p, PermitStatus status) {
        return new PermitRepository.PermitRow(p.id(), p.enterpriseId(), p.number(), p.type(), p.grade(), status,
                p.location(), p.content(), p.plannedStart(), p.plannedEnd(), p.applicantId(), p.applicantName(),
                p.appliedAt(), p.recordCount(), p.chainHead(), p.job());
    }

    private static JobBuilder job(String guardian) {
        return new JobBuilder(guardian);
    }

    /** A job's relations, set one by one for readable tests. */
    private static final class JobBuilder {
        private final String guardian;
        private @Nullable String coordinator;
        private @Nullable SitePosition position;
        private @Nullable String pipeline;
        private boolean inside;
        private boolean fireExplosion;

        JobBuilder(String guardian) {
            this.guardian = guardian;
        }

        JobBuilder coordinator(String name) {
            coordinator = name;
            return this;
        }

        JobBuilder at(double x, double y) {
            position = new SitePosition(SITE, x, y);
            return this;
        }

        JobBuilder line(String line) {
            pipeline = line;
            return this;
        }

        JobBuilder inside() {
            inside = true;
            return this;
        }

        JobBuilder fireExplosion() {
            fireExplosion = true;
            return this;
        }

        PermitRepository.Job build() {
            return new PermitRepository.Job(guardian, coordinator, null, position, pipeline, inside, fireExplosion,
                    List.of());
        }
    }
}
