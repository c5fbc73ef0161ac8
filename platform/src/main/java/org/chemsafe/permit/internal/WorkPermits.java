package org.chemsafe.permit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.identity.SignerConfirmation;
import org.chemsafe.permit.PermitEnded;
import org.chemsafe.permit.PermitIssued;
import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.SqlText;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permit workflow: application (graded by {@link WorkClassifier}), the type's signature chain given on site, gas
 * analyses judged by {@link GasAnalysisRules}, start, suspension, resumption, completion and acceptance. Every step
 * appends a record chained by SM3 to the one before ({@link #verify}); nothing written is ever changed (4.18).
 */
@Service
@Transactional
class WorkPermits {

    private static final Set<WorkType> ANALYSED = Set.of(WorkType.HOT_WORK, WorkType.CONFINED_SPACE,
            WorkType.TEMPORARY_POWER);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PermitRepository permits;
    private final WorkClassifier classifier;
    private final GasAnalysisRules gasRules;
    private final EnterpriseAccess access;
    private final SignerConfirmation signers;
    private final RuleFindings findings;
    private final SigningRoles signingRoles;
    private final PermitConflicts conflicts;
    private final SafetyMeasures measures;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PermitPlaces places;
    private final PermitCrew crew;
    /** B.3: the work's video is kept at least a month after it ends (counted as 31 days). */
    static final java.time.Duration RECORDING_KEPT = java.time.Duration.ofDays(31);
    private final FormFields formFields;
    private final DetectorSamples detectors;

    WorkPermits(PermitRepository permits, WorkClassifier classifier, GasAnalysisRules gasRules, EnterpriseAccess access,
            SignerConfirmation signers, RuleFindings findings, SigningRoles signingRoles, PermitConflicts conflicts,
            SafetyMeasures measures, WorkCalendar calendar, ApplicationEventPublisher events, Clock clock,
            PermitPlaces places, PermitCrew crew, FormFields formFields, DetectorSamples detectors) {
        this.detectors = detectors;
        this.formFields = formFields;
        this.places = places;
        this.crew = crew;
        this.permits = permits;
        this.classifier = classifier;
        this.gasRules = gasRules;
        this.access = access;
        this.signers = signers;
        this.findings = findings;
        this.signingRoles = signingRoles;
        this.conflicts = conflicts;
        this.measures = measures;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    PermitView apply(Actor actor, PermitApplication application) {
        ClassifyRequest facts = application.facts();
        if (facts.plannedStart() == null || facts.plannedEnd() == null) {
            throw findings.invalid(facts.plannedStart() == null ? "facts.plannedStart" : "facts.plannedEnd",
                    "NotNull", "permit.apply.planned-required");
        }
        WorkClassification result = classifier.classify(facts);
        if (result.exemption() != null && result.grade() == null) {
            throw ProblemException.ruleViolation("permit.apply.not-special-work",
                    findings.describe(result.exemption()).message());
        }
        if (!result.violations().isEmpty()) {
            throw ProblemException.ruleViolation("permit.apply.violations", String.join("；",
                    result.violations().stream().map(v -> findings.describe(v).message()).toList()));
        }
        if (facts.type() == WorkType.BLIND_PLATE && (application.pipeline() == null || application.pipeline().isBlank())) {
            throw findings.invalid("pipeline", "NotBlank", "permit.apply.pipeline-required"); // 7.11: one plate
        }
        if (facts.type() == WorkType.HOT_WORK && result.grade() == WorkGrade.SPECIAL && application.camera() == null) {
            throw ProblemException.ruleViolation("permit.apply.violations",
                    findings.withClause(Finding.of(PermitRule.CAMERA_REQUIRED)));
        }
        Map<String, String> formProblems = formFields.check(facts.type(), application.details());
        if (!formProblems.isEmpty()) {
            throw findings.invalid(formProblems, "AppendixA");
        }
        UUID enterprise = access.ownerFor(actor, application.enterpriseId());
        places.check(enterprise, application.areaId(), application.position());
        PermitCrew.Crew people = crew.of(enterprise, facts.type(), application.guardianId(), application.workerIds(),
                facts.plannedEnd().toInstant());
        if (!people.findings().isEmpty()) {
            throw ProblemException.ruleViolation("permit.apply.people", described(people.findings()));
        }
        permits.lockApplications(enterprise);
        Map<UUID, PermitRepository.PermitRow> linked = linkedPermits(actor, enterprise, application.linkedPermitIds());
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String number = prefix(facts.type()) + DAY.format(now.atZone(calendar.zone())) + "-"
                + id.toString().substring(0, 6).toUpperCase();
        PermitRepository.PermitRow permit = new PermitRepository.PermitRow(id, enterprise, number, facts.type(),
                result.grade(), PermitStatus.APPLIED, application.location().strip(), application.content().strip(),
                facts.plannedStart().toInstant(), facts.plannedEnd().toInstant(), actor.id(), actor.name(), now, 0,
                PermitRepository.GENESIS, jobOf(application, people.guardian()));
        List<Finding> conflicting = conflicts.check(permit, permits.liveOverlapping(actor.scope(), enterprise,
                permit.plannedStart(), permit.plannedEnd()), linked);
        if (!conflicting.isEmpty()) {
            throw ProblemException.ruleViolation("permit.apply.conflicts", described(conflicting));
        }
        permits.insert(permit);
        Map<String, Object> body = permitFields(permit);
        body.put("guardianId", people.guardianId().toString());
        body.put("details", formFields.cleaned(facts.type(), application.details()));
        PermitCamera camera = application.camera();
        if (camera != null) {
            Map<String, Object> bound = new LinkedHashMap<>();
            bound.put("code", camera.code().strip());
            put(bound, "name", camera.name() == null || camera.name().isBlank() ? null : camera.name().strip());
            body.put("camera", bound);
            body.put("recordingKeepUntil", permit.plannedEnd().plus(RECORDING_KEPT).toString());
        }
        if (!people.workers().isEmpty()) {
            body.put("workers", people.workers().stream().map(WorkPermits::workerFields).toList());
        }
        body.put("baseGrade", result.baseGrade() == null ? "" : result.baseGrade().name());
        body.put("upgradeReasons", result.upgradeReasons().stream().map(f -> f.rule().name()).toList());
        body.put("maxValidityMinutes", result.maxValidity().toMinutes());
        body.put("approverRole", result.approver() == null ? "" : result.approver().name());
        body.put("gasAnalysisRequired", result.gasAnalysisRequired());
        body.put("weatherStop", result.weatherStop() == null ? "" : result.weatherStop().rule().name());
        body.put("facts", RecordBodies.read(RecordBodies.of(factsOf(facts))));
        append(permit, PermitRecordKind.APPLIED, actor, now, body, PermitStatus.APPLIED);
        return view(id, actor);
    }

    PermitView sign(Actor actor, UUID id, SignatureRequest signature) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.APPLIED);
        List<SignatureStep> chain = SignatureStep.chainOf(permit.type());
        List<PermitRecordView> records = permits.records(id, actor.scope());
        SignatureStep next = nextStep(chain, records);
        if (signature.step() != next) {
            throw ProblemException.ruleViolation("permit.sign.out-of-order", signature.step().name(),
                    String.valueOf(next));
        }
        if (!SignatureImages.acceptable(signature.signatureImage())) {
            throw findings.invalid("signatureImage", "signatureImage", "permit.sign.image");
        }
        SigningFunction function = SigningFunction.of(next, approverOf(records));
        if (actor.kind() != Actor.Kind.USER || !signingRoles.signsFor(actor, permit.enterpriseId(), function)) {
            throw ProblemException.forbidden("permit.sign.role", findings.functionName(function));
        }
        if (!signers.confirms(actor.id(), signature.password())) {
            throw ProblemException.forbidden("permit.sign.password");
        }
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", signature.step().name());
        body.put("function", function.name());
        body.put("signerId", actor.id().toString());
        body.put("signerName", actor.name());
        body.put("signedAt", minute(now));
        body.put("latitude", signature.latitude().toPlainString());
        body.put("longitude", signature.longitude().toPlainString());
        body.put("opinion", signature.opinion() == null ? "" : signature.opinion().strip());
        body.put("signatureImage", signature.signatureImage());
        boolean last = chain.indexOf(next) == chain.size() - 1;
        append(permit, PermitRecordKind.SIGNED, actor, now, body, last ? PermitStatus.APPROVED : PermitStatus.APPLIED);
        if (last) {
            Map<?, ?> applied = RecordBodies.read(records.get(0).body());
            Map<?, ?> camera = applied.get("camera") instanceof Map<?, ?> map ? map : Map.of();
            events.publishEvent(new PermitIssued(permit.id(), permit.enterpriseId(), permit.number(), permit.type(),
                    permit.grade() == null ? null : permit.grade().name(), permit.location(), permit.plannedStart(),
                    permit.plannedEnd(), now, camera.get("code") == null ? null : String.valueOf(camera.get("code")),
                    camera.isEmpty() ? null : permit.plannedEnd().plus(RECORDING_KEPT)));
        }
        return view(id, actor);
    }

    /**
     * Records the answers to the type's safety-measure checklist (Appendix A): every item once, whether it applies and
     * who confirmed it where it does. Before the work starts; a later confirmation replaces an earlier one.
     */
    PermitView confirmMeasures(Actor actor, UUID id, MeasureConfirmation confirmation) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.APPLIED, PermitStatus.APPROVED, PermitStatus.SUSPENDED);
        List<SafetyMeasure> checklist = measures.of(permit.type());
        List<MeasureConfirmation.Answer> answers = confirmation.items().stream()
                .sorted(Comparator.comparingInt(MeasureConfirmation.Answer::number)).toList();
        if (answers.size() != checklist.size() || !IntStream.range(0, answers.size())
                .allMatch(i -> answers.get(i).number() == i + 1)) {
            throw findings.invalid("items", "Checklist", "permit.measures.every-item");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (MeasureConfirmation.Answer answer : answers) {
            String confirmer = answer.confirmedBy() == null ? "" : answer.confirmedBy().strip();
            if (answer.involved() && confirmer.isEmpty()) {
                throw findings.invalid("items[" + confirmation.items().indexOf(answer) + "].confirmedBy", "NotBlank",
                        "permit.measures.confirmer");
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("number", answer.number());
            item.put("text", checklist.get(answer.number() - 1).text());
            item.put("involved", answer.involved());
            item.put("confirmedBy", answer.involved() ? confirmer : "");
            items.add(item);
        }
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        append(permit, PermitRecordKind.MEASURES_CONFIRMED, actor, now, body, permit.status());
        return view(id, actor);
    }

    PermitView analyseGas(Actor actor, UUID id, GasAnalysisEntry entry) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.APPROVED, PermitStatus.IN_PROGRESS, PermitStatus.SUSPENDED);
        if (!ANALYSED.contains(permit.type())) {
            throw ProblemException.ruleViolation("permit.gas.type-not-analysed");
        }
        if (entry.samples().isEmpty() && entry.pointIds().isEmpty()) {
            throw findings.invalid("samples", "NotEmpty", "permit.gas.no-samples");
        }
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<GasSample> samples = new ArrayList<>(entry.samples());
        DetectorSamples.FromPoints fromPoints = entry.pointIds().isEmpty() ? null
                : detectors.of(permit.enterpriseId(), entry.pointIds());
        if (fromPoints != null) {
            samples.add(fromPoints.sample());
        }
        GasVerdict verdict = gasRules.check(new GasCheckRequest(permit.type(), permit.grade(), samples, at,
                null, null, entry.oxygenEnrichedEnvironment()), Map.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("analyst", entry.analyst().strip());
        body.put("samples", RecordBodies.read(RecordBodies.of(Map.of("list", samples.stream()
                .map(WorkPermits::sampleOf).toList()))).get("list"));
        if (fromPoints != null) {
            body.put("points", fromPoints.readings().stream().map(reading -> Map.of("pointId",
                    reading.pointId().toString(), "tag", reading.tag(), "value", String.valueOf(reading.value()),
                    "unit", reading.unit() == null ? "" : reading.unit(), "ts", reading.ts().toString())).toList());
        }
        body.put("pass", verdict.pass());
        body.put("reasons", verdict.reasons().stream().map(f -> f.rule().name()).toList());
        body.put("validUntil", verdict.validUntil().toInstant().toString());
        append(permit, PermitRecordKind.GAS_ANALYSED, actor, now, body, permit.status());
        return view(id, actor);
    }

    PermitView start(Actor actor, UUID id, PermitAction action) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.APPROVED);
        Instant now = clock.instant();
        if (!now.isBefore(permit.plannedEnd())) {
            throw ProblemException.ruleViolation("permit.start.expired");
        }
        List<PermitRecordView> records = permits.records(id, actor.scope());
        if (records.stream().noneMatch(r -> r.kind() == PermitRecordKind.MEASURES_CONFIRMED)) {
            throw ProblemException.ruleViolation("permit.start.measures"); // 4.6: all measures in place
        }
        if (gasAnalysisRequired(records) && !freshPassingAnalysis(records, now, null)) {
            throw ProblemException.ruleViolation("permit.start.gas");
        }
        if (permit.job().insideConfinedSpace() && permit.job().linkedPermitIds().stream()
                .map(linked -> permits.findVisible(linked, actor.scope())).flatMap(Optional::stream)
                .noneMatch(p -> p.type() == WorkType.CONFINED_SPACE
                        && (p.status() == PermitStatus.APPROVED || p.status() == PermitStatus.IN_PROGRESS))) {
            throw ProblemException.ruleViolation("permit.start.confined-space"); // 4.6: each permit approved
        }
        return step(permit, actor, now, PermitRecordKind.STARTED, action, PermitStatus.IN_PROGRESS);
    }

    PermitView suspend(Actor actor, UUID id, PermitAction action) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.IN_PROGRESS);
        return step(permit, actor, clock.instant(), PermitRecordKind.SUSPENDED, action, PermitStatus.SUSPENDED);
    }

    /** 5.3.1 d, 6.3 f: after an interruption longer than the type's interval, a fresh passing analysis first. */
    PermitView resume(Actor actor, UUID id, PermitAction action) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.SUSPENDED);
        Instant now = clock.instant();
        List<PermitRecordView> records = permits.records(id, actor.scope());
        Instant suspended = records.stream().filter(r -> r.kind() == PermitRecordKind.SUSPENDED)
                .map(PermitRecordView::recordedAt).reduce((a, b) -> b).orElseThrow();
        Duration interval = GasAnalysisRules.interruptionInterval(permit.type(), permit.grade());
        if (gasAnalysisRequired(records) && interval != null
                && Duration.between(suspended, now).compareTo(interval) > 0
                && !freshPassingAnalysis(records, now, suspended)) {
            throw ProblemException.ruleViolation("permit.resume.gas", interval.toMinutes());
        }
        if (permit.type() == WorkType.HOT_WORK && !analysedOn(records, now.atZone(calendar.zone()).toLocalDate())) {
            throw ProblemException.ruleViolation("permit.resume.daily"); // 5.3.1 d: analysed every day before work
        }
        return step(permit, actor, now, PermitRecordKind.RESUMED, action, PermitStatus.IN_PROGRESS);
    }

    PermitView complete(Actor actor, UUID id, PermitAction action) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.IN_PROGRESS);
        return step(permit, actor, clock.instant(), PermitRecordKind.COMPLETED, action, PermitStatus.COMPLETED);
    }

    /** 完工验收: the work is accepted and the permit closed. */
    PermitView accept(Actor actor, UUID id, PermitAction action) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.COMPLETED);
        Instant now = clock.instant();
        ended(permit, PermitEnded.Outcome.CLOSED, now);
        return step(permit, actor, now, PermitRecordKind.ACCEPTED, action, PermitStatus.CLOSED);
    }

    PermitView cancel(Actor actor, UUID id, PermitAction action) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.APPLIED, PermitStatus.APPROVED);
        Instant now = clock.instant();
        ended(permit, PermitEnded.Outcome.CANCELLED, now);
        return step(permit, actor, now, PermitRecordKind.CANCELLED, action, PermitStatus.CANCELLED);
    }

    /**
     * 4.10: the guardian takes the permit back and stops the work, on an abnormal situation or a serious violation,
     * or when they must leave the site; the reason is required. A permit taken back is ended: new work needs a new one.
     */
    PermitView revoke(Actor actor, UUID id, PermitAction action) {
        PermitRepository.PermitRow permit = locked(id, actor);
        requireStatus(permit, PermitStatus.APPROVED, PermitStatus.IN_PROGRESS, PermitStatus.SUSPENDED);
        if (action.remark() == null || action.remark().isBlank()) {
            throw findings.invalid("remark", "NotBlank", "permit.revoke.reason");
        }
        Instant now = clock.instant();
        ended(permit, PermitEnded.Outcome.REVOKED, now);
        return step(permit, actor, now, PermitRecordKind.REVOKED, action, PermitStatus.REVOKED);
    }

    /**
     * Ends the permit if its validity ran out before the work was completed (5.1.5, 6.10, 8.2.11, 10.8: a permit is
     * valid for its planned period only); the platform records it. Its enterprise when it ended; empty when it was
     * not due (any more).
     */
    Optional<PermitRepository.PermitRow> expireIfDue(UUID id, Instant now) {
        Actor system = Actor.system();
        PermitRepository.PermitRow permit = permits.findVisibleForUpdate(id, system.scope()).orElse(null);
        if (permit == null || !PermitStatus.RUNNING.contains(permit.status()) || now.isBefore(permit.plannedEnd())) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("at", now.toString());
        body.put("plannedEnd", permit.plannedEnd().toString());
        body.put("statusBefore", permit.status().name());
        append(permit, PermitRecordKind.EXPIRED, system, now, body, PermitStatus.EXPIRED);
        ended(permit, PermitEnded.Outcome.EXPIRED, now);
        return Optional.of(permit);
    }

    private void ended(PermitRepository.PermitRow permit, PermitEnded.Outcome outcome, Instant at) {
        events.publishEvent(new PermitEnded(permit.id(), permit.enterpriseId(), permit.number(), permit.type(), outcome,
                at));
    }

    @Transactional(readOnly = true)
    PermitView get(Actor actor, UUID id) {
        return view(id, actor);
    }

    @Transactional(readOnly = true)
    PageResult<PermitSummary> search(Actor actor, @Nullable WorkType type, @Nullable PermitStatus status,
            @Nullable String text, PageQuery page) {
        return permits.search(actor.scope(), type, status, SqlText.containsPattern(text), page)
                .map(p -> new PermitSummary(p.id(), p.enterpriseId(), p.number(), p.type(), p.grade(), p.status(),
                        p.location(), p.plannedStart(), p.plannedEnd(), p.applicantName(), p.appliedAt()));
    }

    /** Recomputes the chain: each hash from the previous one and the record's text, and the permit against its application. */
    @Transactional(readOnly = true)
    ChainVerification verify(Actor actor, UUID id) {
        PermitRepository.PermitRow permit = permits.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("permit", id));
        List<PermitRecordView> records = permits.records(id, actor.scope());
        List<ChainVerification.Problem> problems = new ArrayList<>();
        String previous = PermitRepository.GENESIS;
        for (PermitRecordView record : records) {
            if (!record.previousHash().equals(previous)) {
                problems.add(new ChainVerification.Problem(record.seq(), "previous hash does not match record "
                        + (record.seq() - 1)));
            }
            if (!record.hash().equals(Sm3.hex(record.previousHash() + "\n" + record.body()))) {
                problems.add(new ChainVerification.Problem(record.seq(), "its text does not give its hash"));
            }
            previous = record.hash();
        }
        if (!permit.chainHead().equals(previous) || permit.recordCount() != records.size()) {
            problems.add(new ChainVerification.Problem(0, "the permit's head is not its last record"));
        }
        if (records.isEmpty() || !RecordBodies.read(records.get(0).body()).entrySet()
                .containsAll(RecordBodies.read(RecordBodies.of(permitFields(permit))).entrySet())) {
            problems.add(new ChainVerification.Problem(0, "the permit's fields differ from its application"));
        }
        return new ChainVerification(problems.isEmpty(), records.size(), permit.chainHead(), problems);
    }

    private PermitView step(PermitRepository.PermitRow permit, Actor actor, Instant now, PermitRecordKind kind,
            PermitAction action, PermitStatus status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("at", now.toString());
        body.put("remark", action.remark() == null ? "" : action.remark().strip());
        append(permit, kind, actor, now, body, status);
        return view(permit.id(), actor);
    }

    private void append(PermitRepository.PermitRow permit, PermitRecordKind kind, Actor actor, Instant now,
            Map<String, Object> content, PermitStatus status) {
        Map<String, Object> body = new LinkedHashMap<>(content);
        body.put("kind", kind.name());
        body.put("permitId", permit.id().toString());
        String text = RecordBodies.of(body);
        int seq = permit.recordCount() + 1;
        String previous = permit.chainHead();
        permits.append(permit, new PermitRecordView(seq, kind, actor.id(), actor.name(), now, text, previous,
                Sm3.hex(previous + "\n" + text)), status);
    }

    /** The permit, locked for the change; its enterprise is named for the audit view (a supervisor's act is in it). */
    private PermitRepository.PermitRow locked(UUID id, Actor actor) {
        PermitRepository.PermitRow permit = permits.findVisibleForUpdate(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("permit", id));
        AuditTarget.concerns(permit.enterpriseId());
        return permit;
    }

    private PermitView view(UUID id, Actor actor) {
        PermitRepository.PermitRow p = permits.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("permit", id));
        List<PermitRecordView> records = permits.records(id, actor.scope());
        List<SignatureStep> chain = SignatureStep.chainOf(p.type());
        SignatureStep next = p.status() == PermitStatus.APPLIED ? nextStep(chain, records) : null;
        return new PermitView(p.id(), p.enterpriseId(), p.number(), p.type(), p.grade(), p.status(), p.location(),
                p.content(), p.plannedStart(), p.plannedEnd(), p.applicantId(), p.applicantName(), p.appliedAt(), chain,
                next, next == null ? null : SigningFunction.of(next, approverOf(records)), records);
    }

    /** The permit's approver of Table B.1, as the application recorded it. */
    private static @Nullable ApproverRole approverOf(List<PermitRecordView> records) {
        Object approver = RecordBodies.read(records.get(0).body()).get("approverRole");
        return approver == null || approver.toString().isEmpty() ? null : ApproverRole.valueOf(approver.toString());
    }

    private static @Nullable SignatureStep nextStep(List<SignatureStep> chain, List<PermitRecordView> records) {
        long signed = records.stream().filter(r -> r.kind() == PermitRecordKind.SIGNED).count();
        return signed < chain.size() ? chain.get((int) signed) : null;
    }

    private static void requireStatus(PermitRepository.PermitRow permit, PermitStatus... allowed) {
        if (!List.of(allowed).contains(permit.status())) {
            throw ProblemException.ruleViolation("permit.status.not-allowed", permit.status().name());
        }
    }

    private static boolean gasAnalysisRequired(List<PermitRecordView> records) {
        return Boolean.TRUE.equals(RecordBodies.read(records.get(0).body()).get("gasAnalysisRequired"));
    }

    /** The latest analysis (after {@code since}, if given) passed and still allows a start now. */
    private static boolean freshPassingAnalysis(List<PermitRecordView> records, Instant now, @Nullable Instant since) {
        return records.stream().filter(r -> r.kind() == PermitRecordKind.GAS_ANALYSED)
                .filter(r -> since == null || r.recordedAt().isAfter(since)).reduce((a, b) -> b)
                .map(r -> RecordBodies.read(r.body()))
                .filter(body -> Boolean.TRUE.equals(body.get("pass"))
                        && !now.isAfter(Instant.parse(String.valueOf(body.get("validUntil")))))
                .isPresent();
    }

    /** Whether a passing analysis was recorded on that day of the plant. */
    private boolean analysedOn(List<PermitRecordView> records, java.time.LocalDate day) {
        return records.stream().filter(r -> r.kind() == PermitRecordKind.GAS_ANALYSED)
                .filter(r -> Boolean.TRUE.equals(RecordBodies.read(r.body()).get("pass")))
                .anyMatch(r -> r.recordedAt().atZone(calendar.zone()).toLocalDate().equals(day));
    }

    /** The linked permits, each of the same enterprise and visible to the caller; another id is a 400. */
    private Map<UUID, PermitRepository.PermitRow> linkedPermits(Actor actor, UUID enterprise, List<UUID> ids) {
        Map<UUID, PermitRepository.PermitRow> linked = new LinkedHashMap<>();
        for (UUID linkedId : ids) {
            PermitRepository.PermitRow permit = permits.findVisible(linkedId, actor.scope())
                    .filter(p -> p.enterpriseId().equals(enterprise))
                    .orElseThrow(() -> findings.invalid("linkedPermitIds", "UnknownPermit", "permit.apply.linked-unknown"));
            linked.put(linkedId, permit);
        }
        return linked;
    }

    /** The findings' messages, each with its clause of GB 30871-2022. */
    private String described(List<Finding> found) {
        return String.join("; ", found.stream().map(findings::withClause).toList());
    }

    private static Map<String, Object> workerFields(PermitCrew.Worker worker) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", worker.id().toString());
        fields.put("name", worker.name());
        put(fields, "certificateNumber", worker.certificateNumber());
        return fields;
    }

    private static PermitRepository.Job jobOf(PermitApplication application, String guardian) {
        return new PermitRepository.Job(guardian, stripped(application.crossWorkCoordinator()),
                application.areaId(), application.position(), stripped(application.pipeline()),
                application.facts().type() == WorkType.HOT_WORK && application.hotWorkInsideConfinedSpace(),
                Boolean.TRUE.equals(application.facts().fireExplosionArea()), application.linkedPermitIds());
    }

    private static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> permitFields(PermitRepository.PermitRow permit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", permit.number());
        fields.put("type", permit.type().name());
        fields.put("grade", permit.grade() == null ? "" : permit.grade().name());
        fields.put("enterpriseId", permit.enterpriseId().toString());
        fields.put("location", permit.location());
        fields.put("content", permit.content());
        fields.put("plannedStart", permit.plannedStart().toString());
        fields.put("plannedEnd", permit.plannedEnd().toString());
        fields.put("applicantId", permit.applicantId().toString());
        PermitRepository.Job job = permit.job();
        if (!job.guardian().isEmpty()) { // permits applied for before guardians were recorded have none
            fields.put("guardian", job.guardian());
        }
        put(fields, "crossWorkCoordinator", job.coordinator());
        put(fields, "areaId", job.areaId() == null ? null : job.areaId().toString());
        put(fields, "position", job.position() == null ? null : Map.of("siteId", job.position().siteId().toString(),
                "x", String.valueOf(job.position().x()), "y", String.valueOf(job.position().y())));
        put(fields, "pipeline", job.pipeline());
        if (job.insideConfinedSpace()) {
            fields.put("insideConfinedSpace", true);
        }
        if (!job.linkedPermitIds().isEmpty()) {
            fields.put("linkedPermitIds", job.linkedPermitIds().stream().map(UUID::toString).toList());
        }
        return fields;
    }

    private static Map<String, Object> factsOf(ClassifyRequest facts) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "fireExplosionArea", facts.fireExplosionArea());
        put(map, "equipmentInOperation", facts.equipmentInOperation());
        put(map, "inMajorHazardBund", facts.inMajorHazardBund());
        put(map, "onPipeRack", facts.onPipeRack());
        put(map, "heightMetres", facts.heightMetres() == null ? null : facts.heightMetres().toPlainString());
        map.put("hazardFactors", facts.hazardFactors().stream().map(Enum::name).toList());
        map.put("heightConditions", facts.heightConditions().stream().map(Enum::name).toList());
        put(map, "loadTonnes", facts.loadTonnes() == null ? null : facts.loadTonnes().toPlainString());
        put(map, "outdoor", facts.outdoor());
        put(map, "windForce", facts.windForce());
        map.put("weather", facts.weather().stream().map(Enum::name).toList());
        put(map, "depthMetres", facts.depthMetres() == null ? null : facts.depthMetres().toPlainString());
        put(map, "servedWorkEnd", facts.servedWorkEnd() == null ? null : facts.servedWorkEnd().toInstant().toString());
        put(map, "specialCase", facts.specialCase());
        return map;
    }

    private static Map<String, Object> sampleOf(GasSample sample) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "substance", sample.substance() == null ? null : sample.substance().toString());
        put(map, "lelPercent", sample.lelPercent() == null ? null : sample.lelPercent().toPlainString());
        put(map, "concentrationPercentVol", sample.concentrationPercentVol() == null ? null
                : sample.concentrationPercentVol().toPlainString());
        put(map, "oxygenPercentVol", sample.oxygenPercentVol() == null ? null
                : sample.oxygenPercentVol().toPlainString());
        map.put("toxic", sample.toxic().stream().map(t -> Map.of("name", t.name(), "value", t.value().toPlainString(),
                "limit", t.limit().toPlainString(), "unit", t.unit())).toList());
        map.put("sampledAt", sample.sampledAt().toInstant().toString());
        return map;
    }

    private static void put(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String minute(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** The type codes of the permit numbers (one public implementation's, section 2 of the domain notes). */
    private static String prefix(WorkType type) {
        return switch (type) {
            case HOT_WORK -> "DHZY";
            case CONFINED_SPACE -> "YXKJ";
            case BLIND_PLATE -> "MBCD";
            case HEIGHT -> "GCZY";
            case LIFTING -> "QZDZ";
            case TEMPORARY_POWER -> "LSYD";
            case EXCAVATION -> "PTZY";
            case ROAD_BREAKING -> "DLZY";
        };
    }
}
