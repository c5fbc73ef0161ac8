package org.chemsafe.dualprevention.internal;

import org.chemsafe.shared.calendar.DayKind;

/** On which days an inspection task is due (national {@code workDayType}: 0 每天, 1 法定工作日, 2 非法定工作日). */
enum WorkDayType {
    EVERY_DAY, WORKING_DAYS, NON_WORKING_DAYS;

    boolean allows(DayKind day) {
        return switch (this) {
            case EVERY_DAY -> true;
            case WORKING_DAYS -> day == DayKind.WORKING_DAY;
            case NON_WORKING_DAYS -> day != DayKind.WORKING_DAY;
        };
    }
}
