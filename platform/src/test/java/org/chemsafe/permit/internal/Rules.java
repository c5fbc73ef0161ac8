package org.chemsafe.permit.internal;

import java.time.ZoneId;

import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.shared.calendar.WorkCalendar;

/** The rule engines as the platform builds them: the shipped national calendar, the documented defaults. */
final class Rules {

    static final WorkCalendar CALENDAR = WorkCalendar.of(ZoneId.of("Asia/Shanghai"),
            ReferenceCsv.fromClasspath("calendar/cn-work-calendar.csv", WorkCalendar.HEADER));

    private Rules() {
    }

    static WorkClassifier classifier() {
        return new WorkClassifier(CALENDAR, PermitRuleSettings.defaults());
    }

    static GasAnalysisRules gas() {
        return new GasAnalysisRules(CALENDAR);
    }
}
