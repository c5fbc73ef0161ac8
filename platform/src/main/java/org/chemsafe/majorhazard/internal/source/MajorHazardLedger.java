package org.chemsafe.majorhazard.internal.source;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.identity.UserDirectory;
import org.chemsafe.identity.UserSummary;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The major hazard ledger (重大危险源台账): every active source of the scope with its level and 包保 people, by
 * enterprise name, then level (unleveled first) and unit code.
 */
@Component
class MajorHazardLedger {

    private static final List<String> COLUMNS = List.of("enterprise", "unit-code", "unit-name", "unit-kind", "level",
            "r", "s", "identified", "complete", "chief", "technical", "operations", "accountable-complete");

    private static final Comparator<SourceSummary> ORDER = Comparator.comparing(SourceSummary::enterpriseName)
            .thenComparing(SourceSummary::level, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourceSummary::unitCode);

    private final SourceRepository sources;
    private final EnterpriseNames names;
    private final UserDirectory users;
    private final Problems problems;

    MajorHazardLedger(SourceRepository sources, EnterpriseNames names, UserDirectory users, Problems problems) {
        this.sources = sources;
        this.names = names;
        this.users = users;
        this.problems = problems;
    }

    @Transactional(readOnly = true)
    void write(Actor actor, HttpServletResponse response) throws IOException {
        List<SourceSummary> rows = names.named(sources.active(actor.scope())).stream().sorted(ORDER).toList();
        Map<UUID, List<SourceRepository.AccountablePersonRow>> people = sources.accountable(actor.scope(),
                rows.stream().map(SourceSummary::id).collect(Collectors.toSet()));
        List<String> headers = COLUMNS.stream().map(key -> problems.message("majorhazard.ledger." + key, null))
                .toList();
        try (ExcelWorkbook workbook = new ExcelWorkbook(problems.message("majorhazard.ledger.sheet", null), headers)) {
            for (SourceSummary row : rows) {
                List<SourceRepository.AccountablePersonRow> accountable = people.getOrDefault(row.id(), List.of());
                workbook.row(Arrays.asList(row.enterpriseName(), row.unitCode(), row.unitName(),
                        problems.message("majorhazard.unit-kind." + row.unitKind(), null),
                        row.level() == null ? problems.message("majorhazard.ledger.unleveled", null)
                                : problems.message("majorhazard.level." + row.level(), null),
                        row.r(), row.sumRatio(), row.identifiedAt(), yesNo(row.assessmentComplete()),
                        person(accountable, AccountableRole.CHIEF), person(accountable, AccountableRole.TECHNICAL),
                        person(accountable, AccountableRole.OPERATIONS), yesNo(row.accountableComplete())));
            }
            Downloads.xlsx(response, problems.message("majorhazard.ledger.sheet", null) + ".xlsx",
                    "major-hazard-ledger.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }

    private @Nullable String person(List<SourceRepository.AccountablePersonRow> people, AccountableRole role) {
        return people.stream().filter(person -> person.role() == role).findFirst()
                .map(person -> users.find(person.userId()).map(UserSummary::displayName).orElse("") + " / "
                        + person.post() + " / " + person.phone())
                .orElse(null);
    }

    private String yesNo(boolean value) {
        return problems.message(value ? "majorhazard.ledger.yes" : "majorhazard.ledger.no", null);
    }
}
