package org.chemsafe.dualprevention.internal.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.identity.UserDirectory;
import org.chemsafe.identity.UserSummary;
import org.chemsafe.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The columns a register request is stored in (national codes as they are, blank texts as null), after the rules
 * of control measures and inspection tasks that span fields (domain file §2.1, §3), each broken one a 400 naming its
 * field.
 */
@Component
class RegisterRequests {

    /** The last 包保 checklist item per work type 1–3: 主要负责人 1–9, 技术负责人 1–9, 操作负责人 1–10 (§3). */
    private static final int[] LAST_TASK_NUM = { 0, 9, 9, 10 };

    private final MeasureClasses classes;
    private final FieldRejections rejections;
    private final UserDirectory users;
    private final TaskPosts posts;

    RegisterRequests(MeasureClasses classes, FieldRejections rejections, UserDirectory users, TaskPosts posts) {
        this.posts = posts;
        this.classes = classes;
        this.rejections = rejections;
        this.users = users;
    }

    static Map<String, @Nullable Object> columns(RiskObjectRequest request) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("hazard_code", blankToNull(request.hazardCode()));
        columns.put("name", request.name().strip());
        return columns;
    }

    static Map<String, @Nullable Object> columns(RiskUnitRequest request) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("risk_unit_name", request.riskUnitName().strip());
        columns.put("hazard_dep", blankToNull(request.hazardDep()));
        columns.put("hazard_liable_person", blankToNull(request.hazardLiablePerson()));
        columns.put("area_id", request.areaId());
        columns.put("hazard_unit_id", request.hazardUnitId());
        return columns;
    }

    static Map<String, @Nullable Object> columns(RiskEventRequest request) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("risk_event_name", request.riskEventName().strip());
        return columns;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Map<String, @Nullable Object> columns(ControlMeasureRequest request) {
        String classify1 = request.classify1().strip();
        String classify2 = request.classify2().strip();
        if (!classes.isClass(classify1)) {
            throw rejections.invalid(List.of(rejections.problem("classify1", "dualprevention.measure.classify1")));
        }
        if (!classes.isSubclass(classify1, classify2)) {
            throw rejections.invalid(List.of(
                    rejections.problem("classify2", "dualprevention.measure.classify2", classify1)));
        }
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("data_src", request.dataSrc());
        columns.put("risk_measure_desc", request.riskMeasureDesc().strip());
        columns.put("classify1", classify1);
        columns.put("classify2", classify2);
        columns.put("classify3", blankToNull(request.classify3()));
        columns.put("troubleshoot_content", blankToNull(request.troubleshootContent()));
        return columns;
    }

    /**
     * The task's columns, its assignee checked to be an enabled user of the task's enterprise, or its post an
     * enterprise role, not both.
     */
    Map<String, @Nullable Object> columns(InspectionTaskRequest request, UUID enterpriseId) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID assignee = request.assigneeId();
        if (assignee != null && !users.find(assignee).filter(UserSummary::enabled)
                .filter(user -> enterpriseId.equals(user.scope().enterpriseId())).isPresent()) {
            problems.add(rejections.problem("assigneeId", "dualprevention.task.assignee"));
        }
        String post = blankToNull(request.assigneeRole());
        if (post != null && !posts.isPost(post)) {
            problems.add(rejections.problem("assigneeRole", "dualprevention.task.assignee-role"));
        } else if (post != null && assignee != null) {
            problems.add(rejections.problem("assigneeRole", "dualprevention.task.assignee-both"));
        }
        if (request.checkCycleUnit() == CycleUnit.HOUR) {
            if (request.workStartTime() == null) {
                problems.add(rejections.problem("workStartTime", "dualprevention.task.work-window"));
            }
            if (request.workEndTime() == null) {
                problems.add(rejections.problem("workEndTime", "dualprevention.task.work-window"));
            }
        }
        int workType = request.workType();
        Integer taskNum = request.taskNum();
        if (workType == 0 && taskNum != null) {
            problems.add(rejections.problem("taskNum", "dualprevention.task.task-num-routine"));
        } else if (workType > 0 && (taskNum == null || taskNum < 1 || taskNum > LAST_TASK_NUM[workType])) {
            problems.add(rejections.problem("taskNum", "dualprevention.task.task-num", workType,
                    LAST_TASK_NUM[workType]));
        }
        if (!problems.isEmpty()) {
            throw rejections.invalid(problems);
        }
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("troubleshoot_content", request.troubleshootContent().strip());
        columns.put("check_cycle", request.checkCycle());
        columns.put("check_cycle_unit", request.checkCycleUnit().name());
        columns.put("task_start_time", request.taskStartTime());
        columns.put("work_start_time", request.workStartTime());
        columns.put("work_end_time", request.workEndTime());
        columns.put("work_day_type", request.workDayType().nationalCode());
        columns.put("work_type", workType);
        columns.put("task_num", taskNum);
        columns.put("assignee_id", assignee);
        columns.put("assignee_role", post);
        return columns;
    }
}
