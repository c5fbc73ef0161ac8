package org.chemsafe.dualprevention;

import org.chemsafe.shared.calendar.DayKind;

/**
 * On which days an inspection task falls due, national {@code workDayType} (domain file §3): 0 每天, 1 法定工作日,
 * 2 非法定工作日, judged by the platform's work calendar (holiday periods and their make-up working days included).
 */
public enum WorkDayType {
    /** 0 每天: every day. */
    EVERY_DAY(0),
    /** 1 法定工作日: working days, including weekend days made working days (调休上班). */
    WORKING_DAYS(1),
    /** 2 非法定工作日: rest days and holiday days. */
    NON_WORKING_DAYS(2);

    private final int nationalCode;

    WorkDayType(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    /** The code of the national exchange data. */
    public int nationalCode() {
        return nationalCode;
    }

    public static WorkDayType ofNationalCode(int code) {
        for (WorkDayType type : values()) {
            if (type.nationalCode == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("no work-day type has the national code " + code);
    }

    public boolean allows(DayKind day) {
        return switch (this) {
            case EVERY_DAY -> true;
            case WORKING_DAYS -> day == DayKind.WORKING_DAY;
            case NON_WORKING_DAYS -> day != DayKind.WORKING_DAY;
        };
    }
}
