package org.chemsafe.dualprevention.internal.hidden;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.dualprevention.internal.LedgerPrints;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hidden-danger ledger (隐患排查治理台账): the scope's hidden dangers matching the list's filter, newest first (at
 * most {@link #MAX_ROWS}), one row each under the national field names in the caller's language, codes as their
 * national names (隐患来源, 隐患类型, dangerState); as Excel, or printed as PDF (at most {@link LedgerPrints#MAX_ROWS}).
 */
@Component
class HiddenDangerLedger {

    static final int MAX_ROWS = 100_000;
    private static final String PREFIX = "dualprevention.ledger.hidden.";
    private static final List<String> COLUMNS = List.of("enterprise", "danger-name", "hazard-code", "danger-level",
            "danger-src", "hazard-danger-type", "danger-desc", "danger-reason", "registrant", "regist-time",
            "danger-manage-type", "control-measures", "cost", "liable-person", "deadline", "contingency-plan",
            "danger-state", "status", "check-accept-person", "check-accept-time", "check-accept-comment", "overdue",
            "danger-img", "danger-accept-img", "check-record");

    /** The column heading each printed card: the hidden danger's name. */
    private static final int HEADING = COLUMNS.indexOf("danger-name");

    private final HiddenDangerRepository dangers;
    private final LedgerPrints prints;
    private final HiddenDangerCodes codes;
    private final EnterpriseDirectory directory;
    private final Problems problems;
    private final WorkCalendar calendar;
    private final Clock clock;

    HiddenDangerLedger(HiddenDangerRepository dangers, HiddenDangerCodes codes, EnterpriseDirectory directory,
            Problems problems, WorkCalendar calendar, Clock clock, LedgerPrints prints) {
        this.dangers = dangers;
        this.prints = prints;
        this.codes = codes;
        this.directory = directory;
        this.problems = problems;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    void write(Actor actor, HiddenDangerFilter filter, HttpServletResponse response) throws IOException {
        String sheet = message("sheet");
        try (ExcelWorkbook workbook = new ExcelWorkbook(sheet, headers())) {
            rows(actor, filter, MAX_ROWS).forEach(workbook::row);
            Downloads.xlsx(response, sheet + ".xlsx", "hidden-danger-ledger.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }

    @Transactional(readOnly = true)
    void print(Actor actor, HiddenDangerFilter filter, HttpServletResponse response) throws IOException {
        prints.write(response, message("sheet"), "hidden-danger-ledger.pdf", headers(), HEADING,
                rows(actor, filter, LedgerPrints.MAX_ROWS + 1));
    }

    private List<String> headers() {
        return COLUMNS.stream().map(this::message).toList();
    }

    /** The ledger's rows, in the columns' order, at most {@code limit}. */
    private List<List<@Nullable Object>> rows(Actor actor, HiddenDangerFilter filter, int limit) {
        List<HiddenDangerView> found = dangers.ledger(actor.scope(), filter,
                LocalDate.ofInstant(clock.instant(), calendar.zone()), limit);
        Map<UUID, String> names = directory.namesOf(found.stream().map(HiddenDangerView::enterpriseId)
                .collect(Collectors.toSet()));
        return found.stream().map(danger -> Arrays.<@Nullable Object>asList(names.get(danger.enterpriseId()),
                danger.dangerName(), danger.hazardCode(), label("level", danger.dangerLevel()),
                codes.sourceName(danger.dangerSrc()), codes.typeName(danger.hazardDangerType()),
                danger.dangerDesc(), danger.dangerReason(), danger.registrant(), danger.registTime(),
                label("manage-type", danger.dangerManageType()), danger.controlMeasures(), danger.cost(),
                danger.liablePerson(), danger.dangerManageDeadline(), danger.contingencyPlan(),
                message("state." + danger.dangerState()), message("status." + danger.status()),
                danger.checkAcceptPerson(), danger.checkAcceptTime(), danger.checkAcceptComment(),
                message(danger.overdue() ? "yes" : "no"), danger.dangerImg().size(), danger.dangerAcceptImg().size(),
                danger.checkRecordId())).toList();
    }

    private @Nullable String label(String kind, @Nullable Enum<?> value) {
        return value == null ? null : message(kind + "." + value.name());
    }

    private String message(String key) {
        return problems.message(PREFIX + key, null);
    }
}
