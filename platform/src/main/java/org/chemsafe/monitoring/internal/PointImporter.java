package org.chemsafe.monitoring.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.excel.CellText;
import org.chemsafe.shared.excel.Choices;
import org.chemsafe.shared.excel.ExcelImports;
import org.chemsafe.shared.excel.ImportProblem;
import org.chemsafe.shared.excel.SheetReader;
import org.chemsafe.shared.web.Problems;
import org.chemsafe.shared.web.XlsxReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the points sheet all or nothing, like the registry: the sheet is read, then in one transaction every row is
 * checked (cells, tags repeated in the file, the object each names, the point's constraints and rules as the REST
 * API checks them); if any row is bad nothing is written and the answer lists every bad cell. Otherwise a new tag is
 * registered, an existing tag updated (its monitored chemical kept: the sheet has no column for it), and a row equal
 * to what is stored is counted unchanged. Nothing is deleted.
 */
@Service
class PointImporter {

    /** The most data rows one upload may hold. */
    static final int MAX_ROWS = 5_000;
    private static final XlsxReader.Limits LIMITS = new XlsxReader.Limits(5L * 1024 * 1024, 100L * 1024 * 1024,
            MAX_ROWS);

    private final Points points;
    private final PointRepository repository;
    private final HazardUnits hazardUnits;
    private final PointLabels labels;
    private final Problems messages;
    private final Validator validator;
    private final TransactionTemplate transaction;

    PointImporter(Points points, PointRepository repository, HazardUnits hazardUnits, PointLabels labels,
            Problems messages, Validator validator, PlatformTransactionManager transactions) {
        this.points = points;
        this.repository = repository;
        this.hazardUnits = hazardUnits;
        this.labels = labels;
        this.messages = messages;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Imports an upload into the enterprise (already checked to be the caller's to write). */
    PointImportSummary importFile(UUID enterpriseId, InputStream upload) {
        String[] chosen = new String[1];
        List<XlsxReader.Sheet> read = ExcelImports.read(upload, LIMITS, all -> {
            chosen[0] = choose(all);
            return chosen[0] == null ? Set.of() : Set.of(chosen[0]);
        });
        XlsxReader.Sheet sheet = read.stream().filter(data -> data.name().equals(chosen[0])).findFirst()
                .orElseThrow(() -> ExcelImports.noSheet(List.of(labels.sheetName())));
        PointImportSummary summary = transaction.execute(status -> new Run(enterpriseId).run(sheet));
        if (summary == null) {
            throw new IllegalStateException("the import answered nothing");
        }
        return summary;
    }

    /** The points sheet by its name, else the first sheet that is not the notes. */
    private @Nullable String choose(List<String> all) {
        Set<String> names = labels.sheetNames();
        Set<String> guide = labels.guideNames();
        return all.stream().filter(name -> names.contains(CellText.key(name))).findFirst()
                .orElse(all.stream().filter(name -> !guide.contains(CellText.key(name))).findFirst().orElse(null));
    }

    private record Plan(StoredPoint point, @Nullable PointView existing) {
    }

    /** One import: the checks, then the writes. */
    private final class Run {

        private final UUID enterpriseId;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<Plan> plans = new ArrayList<>();

        Run(UUID enterpriseId) {
            this.enterpriseId = enterpriseId;
        }

        PointImportSummary run(XlsxReader.Sheet data) {
            SheetReader sheet = new SheetReader(PointSheet.COLUMNS, data, labels.headers(), messages, problems);
            List<String> order = List.of(sheet.sheetName());
            if (sheet.rows().isEmpty()) {
                sheet.reportNoData();
                throw ExcelImports.noData(problems, order);
            }
            Map<String, PointView> stored = new HashMap<>();
            repository.allOf(enterpriseId, DataScope.enterprise(enterpriseId))
                    .forEach(point -> stored.put(point.tag(), point));
            PointObjects objects = PointObjects.of(hazardUnits, enterpriseId);
            Choices types = labels.indicatorTypes();
            Choices kinds = labels.objectKinds();
            Choices yesNo = labels.yesNo();
            Map<String, Integer> seen = new HashMap<>();
            for (SheetReader.Row row : sheet.rows()) {
                check(row, stored, objects, types, kinds, yesNo, seen);
            }
            if (!problems.isEmpty()) {
                throw ExcelImports.rejected(problems, order);
            }
            int created = 0;
            int updated = 0;
            for (Plan plan : plans) {
                if (plan.existing() == null) {
                    points.save(enterpriseId, plan.point(), null);
                    created++;
                } else if (!plan.point().sameAs(plan.existing())) {
                    points.save(enterpriseId, plan.point(), plan.existing().id());
                    updated++;
                }
            }
            return new PointImportSummary(enterpriseId, sheet.sheetName(), plans.size(), created, updated,
                    plans.size() - created - updated);
        }

        private void check(SheetReader.Row row, Map<String, PointView> stored, PointObjects objects, Choices types,
                Choices kinds, Choices yesNo, Map<String, Integer> seen) {
            String tag = row.code("tag");
            if (tag != null && row.duplicate("tag", tag, seen)) {
                tag = null;
            }
            String type = row.choice("indicatorType", types);
            Limits limits = new Limits(row.number("lowLow"), row.number("low"), row.number("high"),
                    row.number("highHigh"));
            String enabled = row.choice("enabled", yesNo);
            PointView existing = tag == null ? null : stored.get(tag);
            PointRequest request = new PointRequest(enterpriseId, tag, row.text("name"),
                    type == null ? null : IndicatorType.valueOf(type), row.text("unit"), row.number("rangeLow"),
                    row.number("rangeHigh"), limits.isEmpty() ? null : limits, row.number("deadband"),
                    seconds(row, "expectedPeriodSeconds"), seconds(row, "onDelaySeconds"),
                    seconds(row, "offDelaySeconds"), linkedObject(row, objects, kinds), existing == null ? null : existing.chemicalId(),
                    row.code("gatewayCode"), position(row), row.code("nationalIndicatorCode"),
                    enabled == null ? null : Boolean.valueOf(enabled));
            Set<ConstraintViolation<PointRequest>> violations = validator.validate(request);
            row.problems(violations.stream().map(PointImporter::problem).toList(), PointSheet.COLUMN_OF);
            if (!violations.isEmpty() || tag == null || type == null) {
                return;
            }
            try {
                plans.add(new Plan(points.checked(enterpriseId, request, existing == null ? null : existing.id()),
                        existing));
            } catch (ProblemException broken) {
                row.problem(column(broken), broken.detailKey(), broken.detailKey(), broken.detailArgs());
            }
        }

        /** A column of whole seconds (the expected period, the alarm delays). */
        private @Nullable Integer seconds(SheetReader.Row row, String column) {
            BigDecimal seconds = row.number(column);
            if (seconds == null) {
                return null;
            }
            try {
                return seconds.intValueExact();
            } catch (ArithmeticException notWhole) {
                row.problem(column, "typeMismatch", "points-excel.seconds.whole", seconds.toPlainString());
                return null;
            }
        }

        private @Nullable LinkedObject linkedObject(SheetReader.Row row, PointObjects objects, Choices kinds) {
            String kind = row.choice("objectKind", kinds);
            String code = row.lookup("objectCode");
            if (kind == null && code == null) {
                return null;
            }
            if (code == null) {
                row.problem("objectCode", "required", "points-excel.object.code-required");
                return null;
            }
            if (kind == null) {
                if (!row.hasProblem("objectKind")) {
                    row.problem("objectKind", "required", "points-excel.object.kind-required");
                }
                return null;
            }
            LinkedObjectKind objectKind = LinkedObjectKind.valueOf(kind);
            PointObjects.Found found = objects.find(objectKind, code);
            if (found instanceof PointObjects.One one) {
                return new LinkedObject(objectKind, one.id());
            }
            if (found instanceof PointObjects.Ambiguous) {
                row.problem("objectCode", "reference.ambiguous", "points-excel.object.ambiguous",
                        CellText.quote(code));
            } else {
                row.problem("objectCode", "reference.unknown", "points-excel.object.unknown",
                        kinds.label(kind), CellText.quote(code));
            }
            return null;
        }

        private @Nullable PlanPosition position(SheetReader.Row row) {
            BigDecimal x = row.number("positionX");
            BigDecimal y = row.number("positionY");
            if (x == null && y == null) {
                return null;
            }
            if (x == null || y == null) {
                String missing = x == null ? "positionX" : "positionY";
                if (!row.hasProblem(missing)) {
                    row.problem(missing, "required", "points-excel.position.incomplete");
                }
                return null;
            }
            return new PlanPosition(x, y);
        }
    }

    /** The column a rule's problem names (a limit the gas-detector defaults break), else the tag's. */
    private static String column(ProblemException broken) {
        Object[] args = broken.detailArgs();
        String field = args.length == 0 ? "" : String.valueOf(args[0]);
        return PointSheet.COLUMN_OF.getOrDefault(field, "tag");
    }

    private static FieldProblem problem(ConstraintViolation<PointRequest> violation) {
        return new FieldProblem(violation.getPropertyPath().toString(),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }
}
