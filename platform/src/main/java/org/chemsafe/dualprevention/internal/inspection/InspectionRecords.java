package org.chemsafe.dualprevention.internal.inspection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.dualprevention.internal.OccurrenceEngine;
import org.chemsafe.dualprevention.internal.hidden.HiddenDangers;
import org.chemsafe.dualprevention.internal.photo.Photos;
import org.chemsafe.dualprevention.internal.register.InspectionTaskView;
import org.chemsafe.dualprevention.internal.register.InspectionTasks;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection records (隐患排查记录): one per occurrence of a task in the caller's scope, sent by a phone perhaps long
 * after the check. A resend (the same {@code clientId} in the task's enterprise) answers the first record and adds
 * nothing; a second record of an occurrence is a 409. A record that found a hidden danger reports it in the same
 * transaction, linked to the task's measure and the record.
 */
@Service
@Transactional
class InspectionRecords {

    static final String RESOURCE = "inspection-record";
    /** How far a phone's clock may run ahead of the platform's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final String DANGER_FIELD = "hiddenDanger";

    private final InspectionTasks tasks;
    private final InspectionRecordRepository records;
    private final OccurrenceEngine engine;
    private final Photos photos;
    private final HiddenDangers dangers;
    private final FieldRejections rejections;
    private final Clock clock;

    InspectionRecords(InspectionTasks tasks, InspectionRecordRepository records, OccurrenceEngine engine,
            Photos photos, HiddenDangers dangers, FieldRejections rejections, Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.engine = engine;
        this.photos = photos;
        this.dangers = dangers;
        this.rejections = rejections;
        this.clock = clock;
    }

    /** The record and whether this request created it (false: a resend of one already stored). */
    record Recorded(InspectionRecordView record, boolean created) {
    }

    Recorded record(Actor actor, InspectionRecordRequest request) {
        InspectionTaskView task = tasks.find(request.checkTaskId(), actor.scope()).orElseThrow(
                () -> rejections.invalid(List.of(rejections.problem("checkTaskId", "dualprevention.record.task"))));
        UUID enterpriseId = task.enterpriseId();
        AuditTarget.concerns(enterpriseId);
        Optional<InspectionRecordView> earlier = records.findByClientId(enterpriseId, request.clientId());
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), false);
        }
        DueWindow window = validWindow(task, request);
        UUID id = UUID.randomUUID();
        if (!records.insertIfNew(columns(actor, task, window, id, request))) {
            return new Recorded(records.findByClientId(enterpriseId, request.clientId()).orElseThrow(
                    () -> ProblemException.conflict("dualprevention.record.occurrence-recorded", records
                            .recordOf(task.id(), request.windowStart(), DataScope.enterprise(enterpriseId))
                            .map(UUID::toString).orElse(""))), false);
        }
        if (request.hiddenDanger() != null) {
            dangers.reportFound(actor, enterpriseId, task.riskMeasureId(), id, request.hiddenDanger(), DANGER_FIELD);
        }
        return new Recorded(records.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow(), true);
    }

    @Transactional(readOnly = true)
    PageResult<InspectionRecordView> list(Actor actor, InspectionRecordFilter filter, PageQuery page) {
        return records.search(actor.scope(), filter, page);
    }

    @Transactional(readOnly = true)
    InspectionRecordView get(Actor actor, UUID id) {
        return records.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    /**
     * The occurrence the record names, after the rules a record keeps, each broken one a 400 naming its field: the
     * window is one the task's cycle generates; the check was done inside or after it and not in the future (by
     * more than the clocks may differ); a hidden danger comes with 存在隐患 and only then; photos are the
     * enterprise's; a location gives whole pairs.
     */
    private DueWindow validWindow(InspectionTaskView task, InspectionRecordRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant start = request.windowStart();
        DueWindow window = engine.windows(task.cycle(), start, start.plusSeconds(1)).stream()
                .filter(candidate -> candidate.start().toInstant().equals(start)).findFirst().orElse(null);
        if (window == null) {
            problems.add(rejections.problem("windowStart", "dualprevention.record.window"));
        } else if (request.checkTime().isBefore(start)) {
            problems.add(rejections.problem("checkTime", "dualprevention.record.check-before-window"));
        }
        if (request.checkTime().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add(rejections.problem("checkTime", "dualprevention.record.check-in-future"));
        }
        if ((request.checkStatus() == CheckStatus.DANGER_FOUND) != (request.hiddenDanger() != null)) {
            problems.add(rejections.problem(DANGER_FIELD, "dualprevention.record.danger-with-status"));
        }
        problems.addAll(photos.unknown(task.enterpriseId(), photosOf(request), "photos"));
        RecordLocation location = request.location();
        if (location != null) {
            problems.addAll(locationProblems(location));
        }
        if (!problems.isEmpty() || window == null) {
            throw rejections.invalid(problems);
        }
        return window;
    }

    private List<FieldProblem> locationProblems(RecordLocation location) {
        List<FieldProblem> problems = new ArrayList<>();
        if (location.latitude() == null && location.longitude() == null && location.x() == null
                && location.y() == null) {
            problems.add(rejections.problem("location", "dualprevention.record.location-empty"));
        }
        if ((location.latitude() == null) != (location.longitude() == null)) {
            problems.add(rejections.problem(location.latitude() == null ? "location.latitude" : "location.longitude",
                    "dualprevention.record.location-pair"));
        }
        if ((location.x() == null) != (location.y() == null)) {
            problems.add(rejections.problem(location.x() == null ? "location.x" : "location.y",
                    "dualprevention.record.location-pair"));
        }
        return problems;
    }

    private Map<String, @Nullable Object> columns(Actor actor, InspectionTaskView task, DueWindow window, UUID id,
            InspectionRecordRequest request) {
        RecordLocation location = request.location();
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        columns.put("id", id);
        columns.put("enterprise_id", task.enterpriseId());
        columns.put("check_task_id", task.id());
        columns.put("window_start", Timestamp.from(window.start().toInstant()));
        columns.put("window_end", Timestamp.from(window.end().toInstant()));
        columns.put("client_id", request.clientId());
        columns.put("check_status", request.checkStatus().nationalCode());
        columns.put("check_time", Timestamp.from(request.checkTime()));
        columns.put("received_at", Timestamp.from(clock.instant()));
        columns.put("comment", blankToNull(request.comment()));
        columns.put("photos", photosOf(request).toArray(UUID[]::new));
        columns.put("latitude", location == null ? null : location.latitude());
        columns.put("longitude", location == null ? null : location.longitude());
        columns.put("site_x", location == null ? null : location.x());
        columns.put("site_y", location == null ? null : location.y());
        columns.put("checkpoint_code", blankToNull(request.checkpointCode()));
        columns.put("recorded_by", actor.id());
        columns.put("recorder_name", actor.name());
        return columns;
    }

    private static List<UUID> photosOf(InspectionRecordRequest request) {
        return request.photos() == null ? List.of() : request.photos();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
