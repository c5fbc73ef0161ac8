package org.chemsafe.permit.internal;

import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_PRINCIPAL;
import static org.chemsafe.shared.BuiltInRoles.SAFETY_MANAGER;
import static org.chemsafe.shared.BuiltInRoles.SHIFT_LEADER;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The organisational function that gives a signature of a permit's chain: the chain's blocks (Appendix A) and, for
 * the approving block, the approver of Table B.1 by type and grade. GB 30871-2022 Table B.1 note 1 lets each
 * enterprise map these functions onto its own organisation, so each is bound to roles: the defaults here, replaced
 * per enterprise through {@link SigningRoles}.
 */
enum SigningFunction {
    /** 作业负责人. */
    WORK_LEADER(SHIFT_LEADER, SAFETY_MANAGER),
    /** 吊装指挥. */
    LIFTING_COMMANDER(SHIFT_LEADER, SAFETY_MANAGER),
    /** 所在单位: the unit where the work is done. */
    UNIT(SHIFT_LEADER, SAFETY_MANAGER),
    /** 用电单位. */
    POWER_USER_UNIT(SHIFT_LEADER, SAFETY_MANAGER),
    /** 配送电单位: also the approver of temporary power (Table B.1). */
    POWER_SUPPLY_UNIT(SAFETY_MANAGER),
    /** 安全管理部门: also the approver of 一级 hot work (Table B.1). */
    SAFETY_DEPARTMENT(SAFETY_MANAGER),
    /** 审核部门. */
    REVIEW_DEPARTMENT(SAFETY_MANAGER),
    /** 会签: every unit the excavation touches. */
    COUNTERSIGN(SAFETY_MANAGER, SHIFT_LEADER),
    /** 消防、安全管理部门 (road breaking). */
    FIRE_AND_SAFETY_DEPARTMENTS(SAFETY_MANAGER),
    /** 岗位当班班长验票: only the shift leader on duty checks the permit before the work starts (Appendix A). */
    SHIFT_LEADER_CHECK(SHIFT_LEADER),
    /** 主管领导: approver of 特级 hot work (Table B.1). */
    RESPONSIBLE_LEADER(ENTERPRISE_PRINCIPAL),
    /** 所在基层单位: approver of 二级 hot work, confined space, blind plate and Ⅰ height work (Table B.1). */
    BASE_UNIT(SHIFT_LEADER, SAFETY_MANAGER),
    /** 所在单位专业部门: approver of Ⅱ/Ⅲ height, 二级/三级 lifting, excavation, road breaking (Table B.1). */
    PROFESSIONAL_DEPARTMENT(SAFETY_MANAGER),
    /** 主管厂长或总工程师: approver of Ⅳ height work and 一级 lifting (Table B.1). */
    PLANT_MANAGER_OR_CHIEF_ENGINEER(ENTERPRISE_PRINCIPAL);

    private final Set<String> defaultRoles;

    SigningFunction(String... defaultRoles) {
        this.defaultRoles = Set.of(defaultRoles);
    }

    /** The roles bound to the function unless the enterprise binds others. */
    Set<String> defaultRoles() {
        return defaultRoles;
    }

    /**
     * The function that signs a step: the approving blocks (动火审批人, 审批部门) are signed by the permit's approver
     * of Table B.1 (the application's {@code approverRole}); every other block by its own function.
     */
    static SigningFunction of(SignatureStep step, @Nullable ApproverRole approver) {
        return switch (step) {
            case HOT_WORK_APPROVER, APPROVAL_DEPARTMENT -> approver == null ? PROFESSIONAL_DEPARTMENT
                    : valueOf(approver.name());
            default -> valueOf(step.name());
        };
    }
}
