package org.chemsafe.permit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.chemsafe.shared.pdf.CjkFont;
import org.chemsafe.shared.pdf.PdfSheet;
import org.chemsafe.shared.pdf.PdfSheet.Cell;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The electronic permit as a PDF, laid out like the type's form of GB 30871-2022 Appendix A (section 12 of the domain
 * notes): the header (number, type, grade, applying enterprise, application time, location, work, period), the facts
 * that graded it, the gas analyses, the type's safety-measure checklist (each item, whether it applies and who
 * confirmed it; blank to be filled by hand until confirmed), every signature block of the type's chain in the form's order with the signer's
 * opinion, handwritten signature and time to the minute (4.11), 完工验收, the work's steps, and the SM3 chain's head
 * with the tamper check as of printing (4.18), with a QR code that opens the permit's page. Always in Chinese: it is
 * the form inspectors accept. Blocks not yet signed print empty.
 */
@Component
class PermitPdf {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float SIGNATURE_HEIGHT = 32;
    private static final float QR_SIZE = 96;
    private static final String PNG_DATA_URL = "data:image/png;base64,";
    private static final List<String> FACTS = List.of("fireExplosionArea", "equipmentInOperation", "inMajorHazardBund",
            "onPipeRack", "outdoor", "windForce", "weather", "heightMetres", "hazardFactors", "heightConditions",
            "loadTonnes", "depthMetres", "servedWorkEnd", "specialCase");

    private final CjkFont font;
    private final MessageSource messages;
    private final ChemicalCatalogue chemicals;
    private final SafetyMeasures measures;
    private final FormFields formFields;
    private final WorkCalendar calendar;
    private final Clock clock;

    PermitPdf(CjkFont font, MessageSource messages, ChemicalCatalogue chemicals, SafetyMeasures measures,
            WorkCalendar calendar, Clock clock, FormFields formFields) {
        this.formFields = formFields;
        this.font = font;
        this.messages = messages;
        this.chemicals = chemicals;
        this.measures = measures;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The permit's PDF.
     *
     * @param enterpriseName the applying enterprise, if known
     * @param pageUrl        the permit's page in the web app, encoded in the QR code
     */
    byte[] render(PermitView permit, ChainVerification verification, @Nullable String enterpriseName, String pageUrl)
            throws IOException {
        try (TrueTypeCollection fonts = font.open(); PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(text("permit.pdf.title." + permit.type()) + " " + permit.number());
            document.getDocumentInformation().setCreator("ChemSafe");
            PdfSheet sheet = new PdfSheet(document, font.load(document, fonts));
            Map<?, ?> application = RecordBodies.read(permit.records().get(0).body());
            header(sheet, permit, application, enterpriseName);
            details(sheet, permit, application);
            grading(sheet, application);
            gasAnalyses(sheet, permit, application);
            measures(sheet, permit);
            signatures(sheet, document, permit);
            steps(sheet, permit);
            check(sheet, verification, pageUrl);
            sheet.finish(text("permit.pdf.number", permit.number()), text("permit.pdf.page"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The type's Appendix A fields (two a row, a choice by its name) and the workers with their certificates. */
    private void details(PdfSheet sheet, PermitView permit, Map<?, ?> application) throws IOException {
        Map<?, ?> details = application.get("details") instanceof Map<?, ?> map ? map : Map.of();
        List<String[]> pairs = new ArrayList<>();
        for (FormField field : formFields.of(permit.type())) {
            String value = string(details.get(field.key()));
            pairs.add(new String[] {field.label(), value.isEmpty() ? text("permit.pdf.none")
                    : field.kind() == FormField.Kind.CHOICE ? text("permit.form.option." + value) : value});
        }
        List<String> workers = new ArrayList<>();
        if (application.get("workers") instanceof List<?> list) {
            for (Object worker : list) {
                Map<?, ?> fields = worker instanceof Map<?, ?> map ? map : Map.of();
                String number = string(fields.get("certificateNumber"));
                workers.add(number.isEmpty() ? string(fields.get("name"))
                        : text("permit.pdf.worker-certificate", fields.get("name"), number));
            }
        }
        sheet.heading(text("permit.pdf.details"));
        for (int i = 0; i < pairs.size(); i += 2) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.label(0.2f, pairs.get(i)[0]),
                    Cell.value(0.3f, pairs.get(i)[1])));
            if (i + 1 < pairs.size()) {
                cells.add(Cell.label(0.2f, pairs.get(i + 1)[0]));
                cells.add(Cell.value(0.3f, pairs.get(i + 1)[1]));
            } else {
                cells.add(Cell.value(0.5f, ""));
            }
            sheet.row(cells);
        }
        sheet.row(List.of(Cell.label(0.2f, text("permit.pdf.workers")), Cell.value(0.8f, workers.isEmpty()
                ? text("permit.pdf.none") : String.join(text("permit.pdf.separator"), workers))));
        Map<?, ?> camera = application.get("camera") instanceof Map<?, ?> map ? map : Map.of();
        sheet.row(List.of(Cell.label(0.2f, text("permit.pdf.camera")), Cell.value(0.3f, camera.isEmpty()
                ? text("permit.pdf.none") : (string(camera.get("code")) + " " + string(camera.get("name"))).strip()),
                Cell.label(0.2f, text("permit.pdf.recording-kept")), Cell.value(0.3f, camera.isEmpty()
                        ? text("permit.pdf.none") : minute(Instant.parse(string(application.get("recordingKeepUntil")))))));
    }

    private void header(PdfSheet sheet, PermitView permit, Map<?, ?> application, @Nullable String enterpriseName)
            throws IOException {
        sheet.title(text("permit.pdf.title." + permit.type()), 16);
        sheet.line(permit.grade() == null ? "" : text("permit.ledger.grade." + permit.grade()),
                text("permit.pdf.number", permit.number()));
        sheet.row(List.of(Cell.label(0.15f, text("permit.pdf.enterprise")),
                Cell.value(0.35f, enterpriseName == null ? text("permit.pdf.none") : enterpriseName),
                Cell.label(0.15f, text("permit.pdf.applied-at")), Cell.value(0.35f, minute(permit.appliedAt()))));
        sheet.row(List.of(Cell.label(0.15f, text("permit.pdf.applicant")), Cell.value(0.35f, permit.applicantName()),
                Cell.label(0.15f, text("permit.pdf.status")),
                Cell.value(0.35f, text("permit.ledger.status." + permit.status()))));
        sheet.row(List.of(Cell.label(0.15f, text("permit.pdf.location")), Cell.value(0.35f, permit.location()),
                Cell.label(0.15f, text("permit.pdf.grade")), Cell.value(0.35f, permit.grade() == null
                        ? text("permit.pdf.none") : text("permit.ledger.grade." + permit.grade()))));
        sheet.row(List.of(Cell.label(0.15f, text("permit.pdf.guardian")), Cell.value(0.35f,
                orNone(application.get("guardian"))), Cell.label(0.15f, text("permit.pdf.coordinator")),
                Cell.value(0.35f, orNone(application.get("crossWorkCoordinator")))));
        sheet.row(List.of(Cell.label(0.15f, text("permit.pdf.content")), Cell.value(0.85f, permit.content())));
        sheet.row(List.of(Cell.label(0.15f, text("permit.pdf.period")), Cell.value(0.85f,
                text("permit.pdf.period-value", minute(permit.plannedStart()), minute(permit.plannedEnd())))));
    }

    /** The facts the application was graded on, and what the grading said. */
    private void grading(PdfSheet sheet, Map<?, ?> application) throws IOException {
        sheet.gap(6);
        sheet.heading(text("permit.pdf.grading"));
        String baseGrade = string(application.get("baseGrade"));
        String approver = string(application.get("approverRole"));
        List<String> reasons = strings(application.get("upgradeReasons")).stream()
                .map(rule -> text("permit.pdf.clause", text("permit.pdf.value." + rule),
                        PermitRule.valueOf(rule).clause()))
                .toList();
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] { text("permit.pdf.base-grade"),
                baseGrade.isEmpty() ? text("permit.pdf.none") : text("permit.ledger.grade." + baseGrade) });
        pairs.add(new String[] { text("permit.pdf.approver"),
                approver.isEmpty() ? text("permit.pdf.none") : text("permit.function." + approver) });
        pairs.add(new String[] { text("permit.pdf.max-validity"),
                text("permit.pdf.max-validity-value", application.get("maxValidityMinutes")) });
        pairs.add(new String[] { text("permit.pdf.gas-required"), yesNo(application.get("gasAnalysisRequired")) });
        Map<?, ?> facts = application.get("facts") instanceof Map<?, ?> map ? map : Map.of();
        for (String fact : FACTS) {
            Object value = facts.get(fact);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                pairs.add(new String[] { text("permit.pdf.fact." + fact), factValue(fact, value) });
            }
        }
        for (int i = 0; i < pairs.size(); i += 2) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.label(0.25f, pairs.get(i)[0]),
                    Cell.value(0.25f, pairs.get(i)[1])));
            if (i + 1 < pairs.size()) {
                cells.add(Cell.label(0.25f, pairs.get(i + 1)[0]));
                cells.add(Cell.value(0.25f, pairs.get(i + 1)[1]));
            } else {
                cells.set(1, Cell.value(0.75f, pairs.get(i)[1]));
            }
            sheet.row(cells);
        }
        sheet.row(List.of(Cell.label(0.25f, text("permit.pdf.upgrade-reasons")),
                Cell.value(0.75f, reasons.isEmpty() ? text("permit.pdf.none") : String.join("；", reasons))));
    }

    private String factValue(String fact, Object value) {
        if (value instanceof Boolean flag) {
            return yesNo(flag);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> text("permit.pdf.value." + item)).collect(Collectors.joining("；"));
        }
        return fact.equals("servedWorkEnd") ? minute(Instant.parse(value.toString())) : value.toString();
    }

    /** Each analysis's samples, one row each, with the analysis's verdict (5.3, 6.3, 6.4). */
    private void gasAnalyses(PdfSheet sheet, PermitView permit, Map<?, ?> application) throws IOException {
        sheet.gap(6);
        sheet.heading(text("permit.pdf.gas"));
        float[] shares = { 0.16f, 0.1f, 0.2f, 0.1f, 0.2f, 0.08f, 0.16f };
        sheet.row(cells(shares, true, text("permit.pdf.gas.sampled-at"), text("permit.pdf.gas.analyst"),
                text("permit.pdf.gas.flammable"), text("permit.pdf.gas.oxygen"), text("permit.pdf.gas.toxic"),
                text("permit.pdf.gas.result"), text("permit.pdf.gas.valid-until")));
        List<PermitRecordView> analyses = records(permit, PermitRecordKind.GAS_ANALYSED);
        if (analyses.isEmpty()) {
            sheet.row(List.of(Cell.value(1, text(Boolean.TRUE.equals(application.get("gasAnalysisRequired"))
                    ? "permit.pdf.gas.none" : "permit.pdf.gas.not-required"))));
        }
        for (PermitRecordView record : analyses) {
            Map<?, ?> body = RecordBodies.read(record.body());
            String result = text(Boolean.TRUE.equals(body.get("pass")) ? "permit.pdf.passed" : "permit.pdf.failed");
            for (Object item : body.get("samples") instanceof List<?> list ? list : List.of()) {
                Map<?, ?> sample = (Map<?, ?>) item;
                sheet.row(cells(shares, false, minute(Instant.parse(string(sample.get("sampledAt")))),
                        string(body.get("analyst")), flammable(sample), string(sample.get("oxygenPercentVol")),
                        toxic(sample), result, minute(Instant.parse(string(body.get("validUntil"))))));
            }
        }
    }

    private String flammable(Map<?, ?> sample) {
        List<String> parts = new ArrayList<>();
        String substance = string(sample.get("substance"));
        if (!substance.isEmpty()) {
            parts.add(chemicals.find(UUID.fromString(substance)).map(ChemicalInfo::name).orElse(substance));
        }
        if (sample.get("lelPercent") != null) {
            parts.add(text("permit.pdf.gas.lel", sample.get("lelPercent")));
        }
        if (sample.get("concentrationPercentVol") != null) {
            parts.add(text("permit.pdf.gas.concentration", sample.get("concentrationPercentVol")));
        }
        return String.join(" ", parts);
    }

    private String toxic(Map<?, ?> sample) {
        return (sample.get("toxic") instanceof List<?> list ? list : List.of()).stream().map(item -> (Map<?, ?>) item)
                .map(reading -> text("permit.pdf.gas.toxic-reading", reading.get("name"), reading.get("value"),
                        reading.get("limit"), reading.get("unit")))
                .collect(Collectors.joining("；"));
    }

    /**
     * The type's checklist (Appendix A) in the form's order with the latest confirmation's answers: 是否涉及 and
     * 确认人; before any confirmation the two columns print empty, to be filled on paper.
     */
    private void measures(PdfSheet sheet, PermitView permit) throws IOException {
        sheet.gap(6);
        sheet.heading(text("permit.pdf.measures"));
        float[] shares = { 0.07f, 0.63f, 0.12f, 0.18f };
        sheet.row(cells(shares, true, text("permit.pdf.measures.number"), text("permit.pdf.measures.item"),
                text("permit.pdf.measures.involved"), text("permit.pdf.measures.confirmed-by")));
        List<PermitRecordView> confirmations = records(permit, PermitRecordKind.MEASURES_CONFIRMED);
        Map<Integer, Map<?, ?>> answers = new HashMap<>();
        if (!confirmations.isEmpty()) {
            Map<?, ?> latest = RecordBodies.read(confirmations.get(confirmations.size() - 1).body());
            for (Object item : latest.get("items") instanceof List<?> list ? list : List.of()) {
                Map<?, ?> answer = (Map<?, ?>) item;
                answers.put(((Number) answer.get("number")).intValue(), answer);
            }
        }
        for (SafetyMeasure measure : measures.of(permit.type())) {
            Map<?, ?> answer = answers.get(measure.number());
            String involved = answer == null ? ""
                    : text(Boolean.TRUE.equals(answer.get("involved")) ? "permit.pdf.measures.yes"
                            : "permit.pdf.measures.no");
            sheet.row(cells(shares, false, Integer.toString(measure.number()), measure.text(), involved,
                    answer == null ? "" : string(answer.get("confirmedBy"))));
        }
    }

    /** Every block of the type's chain in the form's order, empty until signed, then 完工验收. */
    private void signatures(PdfSheet sheet, PDDocument document, PermitView permit) throws IOException {
        sheet.gap(6);
        sheet.heading(text("permit.pdf.signatures"));
        float[] shares = { 0.2f, 0.3f, 0.3f, 0.2f };
        sheet.row(cells(shares, true, text("permit.pdf.block"), text("permit.pdf.opinion"),
                text("permit.pdf.signature"), text("permit.pdf.signed-at")));
        List<Map<?, ?>> signed = records(permit, PermitRecordKind.SIGNED).stream()
                .<Map<?, ?>>map(record -> RecordBodies.read(record.body())).toList();
        for (SignatureStep step : permit.chain()) {
            Map<?, ?> body = signed.stream().filter(s -> step.name().equals(s.get("step"))).findFirst().orElse(null);
            String label = text("permit.pdf.step." + step);
            if (body == null) {
                sheet.row(List.of(Cell.label(0.2f, label), Cell.value(0.3f, ""),
                        Cell.image(0.3f, "", null, SIGNATURE_HEIGHT), Cell.value(0.2f, "")));
            } else {
                sheet.row(List.of(Cell.label(0.2f, label), Cell.value(0.3f, string(body.get("opinion"))),
                        Cell.image(0.3f, string(body.get("signerName")), image(document, body),
                                SIGNATURE_HEIGHT),
                        Cell.value(0.2f, minute(Instant.parse(string(body.get("signedAt")))))));
            }
        }
        PermitRecordView accepted = records(permit, PermitRecordKind.ACCEPTED).stream().findFirst().orElse(null);
        sheet.row(List.of(Cell.label(0.2f, text("permit.pdf.acceptance")),
                Cell.value(0.3f, accepted == null ? "" : string(RecordBodies.read(accepted.body()).get("remark"))),
                Cell.value(0.3f, accepted == null ? "" : accepted.actorName()),
                Cell.value(0.2f, accepted == null ? "" : minute(accepted.recordedAt()))));
    }

    /** The handwritten signature, as checked when it was given ({@link SignatureImages}). */
    private static @Nullable PDImageXObject image(PDDocument document, Map<?, ?> signature) throws IOException {
        String dataUrl = string(signature.get("signatureImage"));
        if (!dataUrl.startsWith(PNG_DATA_URL)) {
            return null;
        }
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
        return PDImageXObject.createFromByteArray(document, png, "signature.png");
    }

    private void steps(PdfSheet sheet, PermitView permit) throws IOException {
        sheet.gap(6);
        sheet.heading(text("permit.pdf.steps"));
        float[] shares = { 0.2f, 0.2f, 0.2f, 0.4f };
        sheet.row(cells(shares, true, text("permit.pdf.step"), text("permit.pdf.time"), text("permit.pdf.actor"),
                text("permit.pdf.remark")));
        Set<PermitRecordKind> notSteps = EnumSet.of(PermitRecordKind.APPLIED, PermitRecordKind.SIGNED,
                PermitRecordKind.MEASURES_CONFIRMED, PermitRecordKind.GAS_ANALYSED);
        List<PermitRecordView> steps = permit.records().stream().filter(r -> !notSteps.contains(r.kind())).toList();
        if (steps.isEmpty()) {
            sheet.row(List.of(Cell.value(1, text("permit.pdf.not-started"))));
        }
        for (PermitRecordView record : steps) {
            sheet.row(cells(shares, false, text("permit.pdf.record." + record.kind()), minute(record.recordedAt()),
                    record.actorName(), string(RecordBodies.read(record.body()).get("remark"))));
        }
    }

    /** The chain's head and the check as of printing, and the QR code of the permit's page (which checks again). */
    private void check(PdfSheet sheet, ChainVerification verification, String pageUrl) throws IOException {
        sheet.gap(6);
        sheet.heading(text("permit.pdf.check"));
        String result = verification.valid() ? text("permit.pdf.verified")
                : text("permit.pdf.not-verified", verification.problems().stream()
                        .map(p -> String.valueOf(p.seq())).distinct().collect(Collectors.joining("、")));
        sheet.row(List.of(Cell.label(0.2f, text("permit.pdf.records")),
                Cell.value(0.3f, String.valueOf(verification.records())),
                Cell.label(0.2f, text("permit.pdf.printed-at")), Cell.value(0.3f, minute(clock.instant()))));
        sheet.row(List.of(Cell.label(0.2f, text("permit.pdf.verification")), Cell.value(0.8f, result)));
        sheet.row(List.of(Cell.label(0.2f, text("permit.pdf.head")), Cell.value(0.8f, verification.head())));
        sheet.gap(6);
        sheet.qrCode(pageUrl, QR_SIZE, List.of(text("permit.pdf.qr"), pageUrl));
    }

    private static List<PermitRecordView> records(PermitView permit, PermitRecordKind kind) {
        return permit.records().stream().filter(r -> r.kind() == kind).toList();
    }

    private static List<Cell> cells(float[] shares, boolean label, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(label ? Cell.label(shares[i], texts[i]) : Cell.value(shares[i], texts[i]));
        }
        return cells;
    }

    private String yesNo(@Nullable Object flag) {
        return text(Boolean.TRUE.equals(flag) ? "permit.pdf.yes" : "permit.pdf.no");
    }

    private String minute(Instant instant) {
        return MINUTE.format(instant.atZone(calendar.zone()));
    }

    private String text(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, key, CHINESE);
    }

    private String orNone(@Nullable Object value) {
        return string(value).isEmpty() ? text("permit.pdf.none") : string(value);
    }

    private static String string(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(@Nullable Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
