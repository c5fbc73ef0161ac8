package org.chemsafe.permit.internal;

/**
 * The rules of GB 30871-2022 that a check can report, each with its clause. A finding names its rule's code and
 * clause; its message ({@code permit.rule.<code>}) says what was found in the caller's language.
 */
enum PermitRule {
    // why a grade is higher than the facts alone give
    UPGRADE_HOLIDAY("5.1.1"),
    UPGRADE_REST_DAY("5.1.1"),
    UPGRADE_NIGHT("5.1.1"),
    UPGRADE_WIND("5.2.15"),
    HEIGHT_HAZARD_FACTORS("8.1.3"),
    HEIGHT_CONDITION("B.1 note 2"),
    EXCAVATION_AS_CONFINED_SPACE("11.10"),
    // weather that stops the work
    HOT_WORK_WIND_STOP("5.2.15"),
    HEIGHT_WEATHER_STOP("8.2.6"),
    LIFTING_WEATHER_STOP("9.2.4"),
    // what the plan breaks
    VALIDITY_TOO_LONG_HOT_WORK("5.1.5"),
    VALIDITY_TOO_LONG_CONFINED_SPACE("6.10"),
    VALIDITY_TOO_LONG_HEIGHT("8.2.11"),
    VALIDITY_TOO_LONG_TEMPORARY_POWER("10.8"),
    VALIDITY_TOO_LONG_ENTERPRISE_DEFAULT("B.1"),
    TEMPORARY_POWER_BEYOND_SERVED_WORK("10.8"),
    // when no permit is needed
    NOT_HEIGHT_WORK("3.8"),
    LIFTING_PERMIT_OPTIONAL("B.1 note 3"),
    NOT_EXCAVATION("3.11"),
    // gas analysis
    FLAMMABLE_ABOVE_LIMIT("5.3.2"),
    NO_FLAMMABLE_READING("5.3.2"),
    OXYGEN_OUT_OF_RANGE("6.4"),
    OXYGEN_READING_MISSING("6.4"),
    OXYGEN_ABOVE_EQUIPMENT_LIMIT("5.2.7"),
    TOXIC_ABOVE_LIMIT("6.4"),
    ANALYSIS_TOO_OLD_HOT_WORK("5.3.1 c"),
    ANALYSIS_TOO_OLD_CONFINED_SPACE("6.3 a"),
    ANALYSIS_AFTER_START("5.3.1 c"),
    REANALYSIS_REQUIRED_HOT_WORK("5.3.1 d"),
    NOT_ANALYSED_TODAY("5.3.1 d"),
    // conflicts with the other permits of the enterprise
    CONFINED_SPACE_PERMIT_MISSING("4.6"),
    POWER_OUTLASTS_SERVED_PERMIT("10.8"),
    TWO_PLATES_ON_ONE_LINE("7.11"),
    HOT_WORK_NEAR_BLIND_PLATE("7.6"),
    GUARDIAN_ELSEWHERE("4.10"),
    CROSS_WORK_WITHOUT_COORDINATOR("4.7"),
    // video (5.2.11)
    CAMERA_REQUIRED("5.2.11"),
    // the people the permit names
    GUARDIAN_UNTRAINED("4.10"),
    HOT_WORKER_UNCERTIFIED("A.1"),
    ELECTRICIAN_UNCERTIFIED("A.6 (1)"),
    CRANE_OPERATOR_UNCERTIFIED("A.5 (11)"),
    REANALYSIS_REQUIRED_CONFINED_SPACE("6.3 f");

    private final String clause;

    PermitRule(String clause) {
        this.clause = clause;
    }

    /** The clause of GB 30871-2022 the rule comes from. */
    String clause() {
        return clause;
    }

    String messageKey() {
        return "permit.rule." + name();
    }
}
