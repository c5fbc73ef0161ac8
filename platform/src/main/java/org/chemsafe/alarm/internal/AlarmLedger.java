package org.chemsafe.alarm.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.springframework.stereotype.Component;

/**
 * The alarm ledger (报警台账): the scope's alarms matching the list's filter, newest first (at most
 * {@link #MAX_ROWS}), one row each with its enterprise, originator, type and condition, colour, times, state,
 * chattering flag and disposal, as an Excel workbook written as it streams.
 */
@Component
class AlarmLedger {

    static final int MAX_ROWS = 100_000;
    private static final List<String> COLUMNS = List.of("enterprise", "label", "type", "severity", "gas-level",
            "first-raised", "last-seen", "duration", "occurrences", "state", "acknowledged", "shelved", "out-of-service", "suppressed",
            "chattering", "cause", "measures", "disposed-by", "disposed-at");

    private final Alarms alarms;
    private final Problems problems;

    AlarmLedger(Alarms alarms, Problems problems) {
        this.alarms = alarms;
        this.problems = problems;
    }

    void write(Actor actor, AlarmFilter filter, HttpServletResponse response) throws IOException {
        List<AlarmView> rows = alarms.ledger(actor, filter, MAX_ROWS);
        String sheet = message("alarm.ledger.sheet");
        List<String> headers = COLUMNS.stream().map(key -> message("alarm.ledger." + key)).toList();
        try (ExcelWorkbook workbook = new ExcelWorkbook(sheet, headers)) {
            for (AlarmView alarm : rows) {
                Disposal disposal = alarm.disposal();
                workbook.row(Arrays.asList(alarm.enterpriseName(), alarm.label(),
                        message("alarm.type." + alarm.type()) + message("alarm.condition." + alarm.condition()),
                        message("alarm.severity." + alarm.severity()), alarm.gasLevel(), alarm.firstRaisedAt(),
                        alarm.lastSeenAt(), Duration.between(alarm.firstRaisedAt(), alarm.lastSeenAt()).toMinutes(),
                        alarm.occurrences(), state(alarm), yes(alarm.acknowledged()),
                        alarm.shelved() ? alarm.shelveReason() : "",
                        alarm.outOfService() ? alarm.outOfServiceReason() : "",
                        alarm.suppressed() ? alarm.suppressedBy() : "",
                        yes(alarm.chattering()),
                        disposal == null ? "" : message("alarm.cause." + disposal.causeCategory()),
                        disposal == null ? "" : disposal.measures(), disposal == null ? "" : disposal.personName(),
                        disposal == null ? null : disposal.at()));
            }
            Downloads.xlsx(response, sheet + ".xlsx", "alarm-ledger.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }

    private String state(AlarmView alarm) {
        if (alarm.closed()) {
            return message("alarm.ledger.state.closed");
        }
        return message(alarm.active() ? "alarm.ledger.state.active" : "alarm.ledger.state.returned");
    }

    private String yes(boolean value) {
        return value ? message("alarm.ledger.yes") : "";
    }

    private String message(String key) {
        return problems.message(key, null);
    }
}
