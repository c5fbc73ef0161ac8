package org.chemsafe.permit.internal;

import java.util.List;

import org.chemsafe.permit.WorkType;

/**
 * The signature blocks of the Appendix A forms (GB 30871-2022), and each type's chain in the form's order (section
 * 12.2 of the domain notes). 完工验收 (acceptance) closes every permit and is its own action, not part of the chain.
 */
enum SignatureStep {
    /** 作业负责人. */
    WORK_LEADER,
    /** 作业指挥 (lifting). */
    LIFTING_COMMANDER,
    /** 所在单位. */
    UNIT,
    /** 用电单位 (temporary power). */
    POWER_USER_UNIT,
    /** 配送电单位 (temporary power). */
    POWER_SUPPLY_UNIT,
    /** 安全管理部门. */
    SAFETY_DEPARTMENT,
    /** 审核部门. */
    REVIEW_DEPARTMENT,
    /** 会签 (水、电、汽、工艺、设备、消防、安全等, excavation). */
    COUNTERSIGN,
    /** 消防、安全管理部门 (road breaking). */
    FIRE_AND_SAFETY_DEPARTMENTS,
    /** 动火审批人. */
    HOT_WORK_APPROVER,
    /** 审批部门. */
    APPROVAL_DEPARTMENT,
    /** 岗位当班班长验票: the shift leader checks the permit just before ignition. */
    SHIFT_LEADER_CHECK;

    static List<SignatureStep> chainOf(WorkType type) {
        return switch (type) {
            case HOT_WORK -> List.of(WORK_LEADER, UNIT, SAFETY_DEPARTMENT, HOT_WORK_APPROVER, SHIFT_LEADER_CHECK);
            case CONFINED_SPACE, BLIND_PLATE -> List.of(WORK_LEADER, UNIT);
            case HEIGHT -> List.of(WORK_LEADER, UNIT, REVIEW_DEPARTMENT, APPROVAL_DEPARTMENT);
            case LIFTING -> List.of(LIFTING_COMMANDER, UNIT, REVIEW_DEPARTMENT, APPROVAL_DEPARTMENT);
            case TEMPORARY_POWER -> List.of(WORK_LEADER, POWER_USER_UNIT, POWER_SUPPLY_UNIT);
            case EXCAVATION -> List.of(WORK_LEADER, UNIT, COUNTERSIGN, APPROVAL_DEPARTMENT);
            case ROAD_BREAKING -> List.of(WORK_LEADER, UNIT, FIRE_AND_SAFETY_DEPARTMENTS, APPROVAL_DEPARTMENT);
        };
    }
}
