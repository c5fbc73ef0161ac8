package org.chemsafe.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.permit.WorkType.BLIND_PLATE;
import static org.chemsafe.permit.WorkType.CONFINED_SPACE;
import static org.chemsafe.permit.WorkType.EXCAVATION;
import static org.chemsafe.permit.WorkType.HEIGHT;
import static org.chemsafe.permit.WorkType.HOT_WORK;
import static org.chemsafe.permit.WorkType.LIFTING;
import static org.chemsafe.permit.WorkType.ROAD_BREAKING;
import static org.chemsafe.permit.WorkType.TEMPORARY_POWER;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.chemsafe.permit.WorkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GB 30871-2022's grading, validity, approver and weather rules (section 17 of the domain notes) at their thresholds,
 * both sides of each number. 2026-12-03 is a Thursday and a working day in Asia/Shanghai.
 */
class WorkClassifierTests {

    private static final String THURSDAY_9 = "2026-12-03T09:00+08:00";
    private final WorkClassifier rules = Rules.classifier();

    // 5.1.1 hot-work grades

    @Test
    void hotWorkOutsideHazardAreasIsLevel2ApprovedByTheBaseUnitFor72Hours() {
        WorkClassification result = classify(Facts.of(HOT_WORK));
        assertThat(result.grade()).isEqualTo(WorkGrade.LEVEL_2);
        assertThat(result.baseGrade()).isEqualTo(WorkGrade.LEVEL_2);
        assertThat(result.approver()).isEqualTo(ApproverRole.BASE_UNIT);
        assertThat(result.maxValidity()).isEqualTo(Duration.ofHours(72));
        assertThat(result.gasAnalysisRequired()).isTrue();
        assertThat(result.upgradeReasons()).isEmpty();
    }

    @Test
    void hotWorkInAFireExplosionAreaOrOnAPipeRackIsLevel1ApprovedBySafetyFor8Hours() {
        for (Facts facts : List.of(Facts.of(HOT_WORK).fireExplosionArea(), Facts.of(HOT_WORK).onPipeRack())) {
            WorkClassification result = classify(facts);
            assertThat(result.grade()).isEqualTo(WorkGrade.LEVEL_1);
            assertThat(result.approver()).isEqualTo(ApproverRole.SAFETY_DEPARTMENT);
            assertThat(result.maxValidity()).isEqualTo(Duration.ofHours(8));
        }
        assertThat(classify(Facts.of(HOT_WORK).equipmentInOperation()).grade())
                .as("equipment in operation outside a hazard area").isEqualTo(WorkGrade.LEVEL_2);
    }

    @Test
    void hotWorkOnRunningEquipmentInTheAreaOrInAMajorHazardBundIsSpecialApprovedByTheLeader() {
        for (Facts facts : List.of(Facts.of(HOT_WORK).fireExplosionArea().equipmentInOperation(),
                Facts.of(HOT_WORK).inMajorHazardBund())) {
            WorkClassification result = classify(facts);
            assertThat(result.grade()).isEqualTo(WorkGrade.SPECIAL);
            assertThat(result.approver()).isEqualTo(ApproverRole.RESPONSIBLE_LEADER);
            assertThat(result.maxValidity()).isEqualTo(Duration.ofHours(8));
        }
    }

    // 5.1.1 upgrades: holidays, rest days, night; 5.2.15 wind

    @Test
    void aRestDayRaisesHotWorkOneGradeButAMadeUpWorkingSaturdayDoesNot() {
        WorkClassification saturday = classify(Facts.of(HOT_WORK).planned("2026-12-05T09:00+08:00",
                "2026-12-05T12:00+08:00"));
        assertThat(saturday.baseGrade()).isEqualTo(WorkGrade.LEVEL_2);
        assertThat(saturday.grade()).isEqualTo(WorkGrade.LEVEL_1);
        assertThat(rulesOf(saturday.upgradeReasons())).containsExactly(PermitRule.UPGRADE_REST_DAY);
        assertThat(saturday.approver()).as("the upgraded grade's approver").isEqualTo(ApproverRole.SAFETY_DEPARTMENT);

        // 2026-02-14 is a Saturday made a working day (春节调休上班)
        assertThat(classify(Facts.of(HOT_WORK).planned("2026-02-14T09:00+08:00", "2026-02-14T12:00+08:00"))
                .upgradeReasons()).isEmpty();
    }

    @Test
    void aHolidayRaisesHotWorkOneGradeAndNamesTheHoliday() {
        WorkClassification result = classify(Facts.of(HOT_WORK).fireExplosionArea()
                .planned("2026-10-01T09:00+08:00", "2026-10-01T12:00+08:00"));
        assertThat(result.grade()).isEqualTo(WorkGrade.SPECIAL);
        assertThat(result.upgradeReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(PermitRule.UPGRADE_HOLIDAY);
            assertThat(reason.args()).extracting(String::valueOf).containsExactly("2026-10-01", "国庆节");
        });
    }

    @Test
    void theWholePlannedPeriodCountsAndItsEndIsExclusive() {
        // Friday to Saturday midnight: the night, not the rest day; one minute more and Saturday too
        assertThat(rulesOf(classify(Facts.of(HOT_WORK).planned("2026-12-04T09:00+08:00", "2026-12-05T00:00+08:00"))
                .upgradeReasons())).containsExactly(PermitRule.UPGRADE_NIGHT);
        assertThat(rulesOf(classify(Facts.of(HOT_WORK).planned("2026-12-04T09:00+08:00", "2026-12-05T00:01+08:00"))
                .upgradeReasons())).containsExactly(PermitRule.UPGRADE_REST_DAY, PermitRule.UPGRADE_NIGHT);
    }

    @ParameterizedTest(name = "{0} to {1}: night {2}")
    @CsvSource({
            "2026-12-03T06:00+08:00, 2026-12-03T19:59+08:00, false",
            "2026-12-03T05:59+08:00, 2026-12-03T08:00+08:00, true",
            "2026-12-03T09:00+08:00, 2026-12-03T20:00+08:00, false",
            "2026-12-03T09:00+08:00, 2026-12-03T20:01+08:00, true",
            "2026-12-03T20:00+08:00, , true",
            "2026-12-03T19:59+08:00, , false",
            // the same instants given in UTC: the plant's zone decides
            "2026-12-03T12:00Z, , true",
            "2026-12-02T22:00Z, , false" })
    void theNightWindowIs20To6InThePlantsZone(String start, String end, boolean night) {
        WorkClassification result = classify(Facts.of(HOT_WORK).planned(start, end));
        assertThat(rulesOf(result.upgradeReasons()).contains(PermitRule.UPGRADE_NIGHT)).isEqualTo(night);
        assertThat(result.grade()).isEqualTo(night ? WorkGrade.LEVEL_1 : WorkGrade.LEVEL_2);
    }

    @Test
    void severalSituationsStillRaiseOneGradeAndSpecialStaysSpecial() {
        WorkClassification saturdayNight = classify(Facts.of(HOT_WORK).outdoorsInWind(6)
                .planned("2026-12-05T21:00+08:00", "2026-12-05T23:00+08:00"));
        assertThat(rulesOf(saturdayNight.upgradeReasons())).containsExactly(PermitRule.UPGRADE_REST_DAY,
                PermitRule.UPGRADE_NIGHT, PermitRule.UPGRADE_WIND);
        assertThat(saturdayNight.grade()).isEqualTo(WorkGrade.LEVEL_1);

        WorkClassification special = classify(Facts.of(HOT_WORK).inMajorHazardBund()
                .planned("2026-12-05T21:00+08:00", null));
        assertThat(special.grade()).isEqualTo(WorkGrade.SPECIAL);
        assertThat(special.upgradeReasons()).isNotEmpty();
    }

    @Test
    void outdoorHotWorkStopsAtWindForce5AndIsUpgradedIfUnavoidable() {
        WorkClassification force5 = classify(Facts.of(HOT_WORK).outdoorsInWind(5));
        assertThat(force5.weatherStop()).isNotNull().extracting(Finding::rule).isEqualTo(PermitRule.HOT_WORK_WIND_STOP);
        assertThat(rulesOf(force5.upgradeReasons())).containsExactly(PermitRule.UPGRADE_WIND);
        assertThat(force5.grade()).isEqualTo(WorkGrade.LEVEL_1);

        WorkClassification force4 = classify(Facts.of(HOT_WORK).outdoorsInWind(4));
        assertThat(force4.weatherStop()).isNull();
        assertThat(force4.grade()).isEqualTo(WorkGrade.LEVEL_2);

        ClassifyRequest indoors = new ClassifyRequest(HOT_WORK, null, null, null, null, null, null, null, null, false,
                9, null, null, null, null, null, null, null, null);
        assertThat(rules.classify(indoors).weatherStop()).as("indoors").isNull();
    }

    // 5.1.5 hot-work validity

    @Test
    void level1HotWorkRunsAtMost8Hours() {
        assertThat(classify(Facts.of(HOT_WORK).fireExplosionArea().planned(THURSDAY_9, "2026-12-03T17:00+08:00"))
                .violations()).isEmpty();
        assertThat(rulesOf(classify(Facts.of(HOT_WORK).fireExplosionArea()
                .planned(THURSDAY_9, "2026-12-03T17:01+08:00")).violations()))
                .containsExactly(PermitRule.VALIDITY_TOO_LONG_HOT_WORK);
    }

    @Test
    void level2HotWorkRunsAtMost72HoursWhereNightsAreNotManagedHigher() {
        WorkClassifier noNight = new WorkClassifier(Rules.CALENDAR,
                new PermitRuleSettings(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, null));
        // Monday 7 December to Thursday: no rest day
        assertThat(noNight.classify(Facts.of(HOT_WORK).planned("2026-12-07T09:00+08:00", "2026-12-10T09:00+08:00")
                .build()).violations()).isEmpty();
        WorkClassification over = noNight.classify(Facts.of(HOT_WORK)
                .planned("2026-12-07T09:00+08:00", "2026-12-10T09:01+08:00").build());
        assertThat(over.grade()).isEqualTo(WorkGrade.LEVEL_2);
        assertThat(over.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo(PermitRule.VALIDITY_TOO_LONG_HOT_WORK);
            assertThat(violation.args()).containsExactly(4321L, 4320L);
        });
    }

    // 8.1 height work

    @ParameterizedTest(name = "{0} m: method A {1}, method B {2}")
    @CsvSource({
            "2, I, II", "5, I, II", "5.01, II, III", "15, II, III", "15.01, III, IV", "30, III, IV", "30.01, IV, IV",
            "200, IV, IV" })
    void heightBandsAndMethods(String metres, WorkGrade methodA, WorkGrade methodB) {
        WorkClassification a = classify(Facts.of(HEIGHT).height(metres));
        assertThat(a.grade()).as("method A").isEqualTo(methodA);
        assertThat(a.baseGrade()).isEqualTo(methodA);
        WorkClassification b = classify(Facts.of(HEIGHT).height(metres).factors(HeightHazardFactor.SLIPPERY));
        assertThat(b.grade()).as("method B").isEqualTo(methodB);
        assertThat(b.baseGrade()).isEqualTo(methodA);
        assertThat(rulesOf(b.upgradeReasons())).isEqualTo(methodA == methodB ? List.of()
                : List.of(PermitRule.HEIGHT_HAZARD_FACTORS));
    }

    @ParameterizedTest
    @EnumSource(HeightHazardFactor.class)
    void eachOfTheNineFactorsGradesByMethodB(HeightHazardFactor factor) {
        assertThat(classify(Facts.of(HEIGHT).height("3").factors(factor)).grade()).isEqualTo(WorkGrade.II);
    }

    @Test
    void below2MetresIsNotHeightWork() {
        WorkClassification low = classify(Facts.of(HEIGHT).height("1.99"));
        assertThat(low.grade()).isNull();
        assertThat(low.exemption()).isNotNull().extracting(Finding::rule).isEqualTo(PermitRule.NOT_HEIGHT_WORK);
        assertThat(classify(Facts.of(HEIGHT).height("2")).exemption()).isNull();
    }

    @Test
    void tableB1SituationsSetTheLeastGrade() {
        assertThat(classify(Facts.of(HEIGHT).height("2").conditions(HeightCondition.SLOPE_OVER_45_DEGREES)).grade())
                .isEqualTo(WorkGrade.I);
        WorkClassification opening = classify(Facts.of(HEIGHT).height("2").conditions(HeightCondition.OPENING_PIT_OR_WELL));
        assertThat(opening.grade()).isEqualTo(WorkGrade.II);
        assertThat(rulesOf(opening.upgradeReasons())).containsExactly(PermitRule.HEIGHT_CONDITION);
        assertThat(classify(Facts.of(HEIGHT).height("2").conditions(HeightCondition.SUSPENDED)).grade())
                .isEqualTo(WorkGrade.IV);
        WorkClassification alreadyHigher = classify(Facts.of(HEIGHT).height("20")
                .conditions(HeightCondition.OPENING_PIT_OR_WELL));
        assertThat(alreadyHigher.grade()).isEqualTo(WorkGrade.III);
        assertThat(alreadyHigher.upgradeReasons()).as("a situation below the table's grade changes nothing").isEmpty();
    }

    @Test
    void heightApproversByGrade() {
        assertThat(classify(Facts.of(HEIGHT).height("3")).approver()).isEqualTo(ApproverRole.BASE_UNIT);
        assertThat(classify(Facts.of(HEIGHT).height("10")).approver()).isEqualTo(ApproverRole.PROFESSIONAL_DEPARTMENT);
        assertThat(classify(Facts.of(HEIGHT).height("20")).approver()).isEqualTo(ApproverRole.PROFESSIONAL_DEPARTMENT);
        assertThat(classify(Facts.of(HEIGHT).height("31")).approver())
                .isEqualTo(ApproverRole.PLANT_MANAGER_OR_CHIEF_ENGINEER);
    }

    @Test
    void heightWorkStopsAtWindForce5OrInThickFog() {
        assertThat(classify(Facts.of(HEIGHT).height("3").outdoorsInWind(5)).weatherStop()).isNotNull()
                .extracting(Finding::rule).isEqualTo(PermitRule.HEIGHT_WEATHER_STOP);
        assertThat(classify(Facts.of(HEIGHT).height("3").outdoorsInWind(4)).weatherStop()).isNull();
        assertThat(classify(Facts.of(HEIGHT).height("3").weather(WeatherCondition.DENSE_FOG)).weatherStop())
                .isNotNull();
        assertThat(classify(Facts.of(HEIGHT).height("3").weather(WeatherCondition.HEAVY_SNOW)).weatherStop())
                .as("snow is a Ⅳ situation, not a stop").isNull();
    }

    @Test
    void heightWorkRunsAtMost7Days() {
        assertThat(classify(Facts.of(HEIGHT).height("3").planned(THURSDAY_9, "2026-12-10T09:00+08:00")).violations())
                .isEmpty();
        assertThat(rulesOf(classify(Facts.of(HEIGHT).height("3").planned(THURSDAY_9, "2026-12-10T09:01+08:00"))
                .violations())).containsExactly(PermitRule.VALIDITY_TOO_LONG_HEIGHT);
    }

    // 9.1 lifting

    @ParameterizedTest(name = "{0} t: {1}, permit needed {2}")
    @CsvSource({
            "100.001, LEVEL_1, true, PLANT_MANAGER_OR_CHIEF_ENGINEER", "100, LEVEL_2, true, PROFESSIONAL_DEPARTMENT",
            "40, LEVEL_2, true, PROFESSIONAL_DEPARTMENT", "39.999, LEVEL_3, true, PROFESSIONAL_DEPARTMENT",
            "10, LEVEL_3, true, PROFESSIONAL_DEPARTMENT", "9.999, LEVEL_3, false, PROFESSIONAL_DEPARTMENT" })
    void liftingLevelsByMass(String tonnes, WorkGrade grade, boolean permitNeeded, ApproverRole approver) {
        WorkClassification result = classify(Facts.of(LIFTING).load(tonnes));
        assertThat(result.grade()).isEqualTo(grade);
        assertThat(result.exemption() == null).isEqualTo(permitNeeded);
        assertThat(result.approver()).isEqualTo(approver);
    }

    @Test
    void outdoorLiftingStopsAtWindForce6OrInSnowRainstormOrFog() {
        assertThat(classify(Facts.of(LIFTING).load("50").outdoorsInWind(6)).weatherStop()).isNotNull()
                .extracting(Finding::rule).isEqualTo(PermitRule.LIFTING_WEATHER_STOP);
        assertThat(classify(Facts.of(LIFTING).load("50").outdoorsInWind(5)).weatherStop()).isNull();
        for (WeatherCondition weather : WeatherCondition.values()) {
            assertThat(classify(Facts.of(LIFTING).load("50").weather(weather)).weatherStop()).as(weather.name())
                    .isNotNull();
        }
    }

    // validity of the other types: 6.10, 10.8 and the enterprise's defaults

    @Test
    void confinedSpaceRunsAtMost24HoursApprovedByTheBaseUnitWithGasAnalysis() {
        WorkClassification day = classify(Facts.of(CONFINED_SPACE).planned(THURSDAY_9, "2026-12-04T09:00+08:00"));
        assertThat(day.violations()).isEmpty();
        assertThat(day.approver()).isEqualTo(ApproverRole.BASE_UNIT);
        assertThat(day.gasAnalysisRequired()).isTrue();
        assertThat(rulesOf(classify(Facts.of(CONFINED_SPACE).planned(THURSDAY_9, "2026-12-04T09:01+08:00"))
                .violations())).containsExactly(PermitRule.VALIDITY_TOO_LONG_CONFINED_SPACE);
    }

    @Test
    void temporaryPowerRuns15Days30InASpecialCaseAndNeverBeyondTheWorkItPowers() {
        assertThat(classify(Facts.of(TEMPORARY_POWER).planned(THURSDAY_9, "2026-12-18T09:00+08:00")).violations())
                .isEmpty();
        assertThat(rulesOf(classify(Facts.of(TEMPORARY_POWER).planned(THURSDAY_9, "2026-12-18T09:01+08:00"))
                .violations())).containsExactly(PermitRule.VALIDITY_TOO_LONG_TEMPORARY_POWER);
        assertThat(classify(Facts.of(TEMPORARY_POWER).specialCase().planned(THURSDAY_9, "2027-01-02T09:00+08:00"))
                .violations()).isEmpty();
        assertThat(rulesOf(classify(Facts.of(TEMPORARY_POWER).specialCase()
                .planned(THURSDAY_9, "2027-01-02T09:01+08:00")).violations()))
                .containsExactly(PermitRule.VALIDITY_TOO_LONG_TEMPORARY_POWER);

        assertThat(classify(Facts.of(TEMPORARY_POWER).planned(THURSDAY_9, "2026-12-03T17:00+08:00")
                .serving("2026-12-03T17:00+08:00")).violations()).isEmpty();
        assertThat(rulesOf(classify(Facts.of(TEMPORARY_POWER).planned(THURSDAY_9, "2026-12-03T17:01+08:00")
                .serving("2026-12-03T17:00+08:00")).violations()))
                .containsExactly(PermitRule.TEMPORARY_POWER_BEYOND_SERVED_WORK);
    }

    @Test
    void temporaryPowerAnalysesGasOnlyInAHazardAreaAndIsApprovedByThePowerSupplier() {
        assertThat(classify(Facts.of(TEMPORARY_POWER)).gasAnalysisRequired()).isFalse();
        WorkClassification inArea = classify(Facts.of(TEMPORARY_POWER).fireExplosionArea());
        assertThat(inArea.gasAnalysisRequired()).isTrue();
        assertThat(inArea.approver()).isEqualTo(ApproverRole.POWER_SUPPLY_UNIT);
        assertThat(inArea.maxValidity()).isEqualTo(Duration.ofDays(15));
    }

    @ParameterizedTest
    @EnumSource(value = WorkType.class, names = { "BLIND_PLATE", "LIFTING", "EXCAVATION", "ROAD_BREAKING" })
    void typesTheStandardLeavesOpenRunADayUnlessTheEnterpriseSaysOtherwise(WorkType type) {
        Facts oneDay = Facts.of(type).load("20").planned(THURSDAY_9, "2026-12-04T09:00+08:00");
        Facts longer = Facts.of(type).load("20").planned(THURSDAY_9, "2026-12-04T09:01+08:00");
        assertThat(classify(oneDay).violations()).isEmpty();
        assertThat(rulesOf(classify(longer).violations()))
                .containsExactly(PermitRule.VALIDITY_TOO_LONG_ENTERPRISE_DEFAULT);

        WorkClassifier twoDays = new WorkClassifier(Rules.CALENDAR, new PermitRuleSettings(LocalTime.of(20, 0),
                LocalTime.of(6, 0), Map.of(type, Duration.ofHours(48))));
        assertThat(twoDays.classify(longer.build()).violations()).isEmpty();
        assertThat(twoDays.classify(longer.build()).maxValidity()).isEqualTo(Duration.ofHours(48));
    }

    // 3.11 and 11.10 excavation

    @Test
    void diggingOver0Point5MetresOrWithHeavyMachineryIsExcavation() {
        assertThat(classify(Facts.of(EXCAVATION).depth("0.5")).exemption()).isNotNull().extracting(Finding::rule)
                .isEqualTo(PermitRule.NOT_EXCAVATION);
        assertThat(classify(Facts.of(EXCAVATION).depth("0.51")).exemption()).isNull();
        assertThat(classify(Facts.of(EXCAVATION).depth("0.3").heavyMachinery()).exemption()).isNull();
        assertThat(classify(Facts.of(EXCAVATION)).exemption()).as("depth not given").isNull();
    }

    @Test
    void excavationOver1Point2MetresNearBuriedHazardousLinesFollowsTheConfinedSpaceRules() {
        WorkClassification deep = classify(Facts.of(EXCAVATION).depth("1.21").buriedHazardousLines());
        assertThat(rulesOf(deep.upgradeReasons())).containsExactly(PermitRule.EXCAVATION_AS_CONFINED_SPACE);
        assertThat(deep.gasAnalysisRequired()).isTrue();
        assertThat(classify(Facts.of(EXCAVATION).depth("1.2").buriedHazardousLines()).gasAnalysisRequired()).isFalse();
        assertThat(classify(Facts.of(EXCAVATION).depth("3")).gasAnalysisRequired()).as("no buried lines").isFalse();
    }

    @Test
    void approversOfTheUngradedTypes() {
        assertThat(classify(Facts.of(BLIND_PLATE)).approver()).isEqualTo(ApproverRole.BASE_UNIT);
        assertThat(classify(Facts.of(EXCAVATION)).approver()).isEqualTo(ApproverRole.PROFESSIONAL_DEPARTMENT);
        assertThat(classify(Facts.of(ROAD_BREAKING)).approver()).isEqualTo(ApproverRole.PROFESSIONAL_DEPARTMENT);
        assertThat(classify(Facts.of(BLIND_PLATE)).gasAnalysisRequired()).isFalse();
    }

    private WorkClassification classify(Facts facts) {
        return rules.classify(facts.build());
    }

    private static List<PermitRule> rulesOf(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
