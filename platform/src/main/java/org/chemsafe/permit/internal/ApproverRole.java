package org.chemsafe.permit.internal;

/**
 * Who approves a permit, by type and grade (GB 30871-2022 Table B.1). The roles are organisational functions; note 1
 * of the table lets each enterprise bind them to its own organisation chart.
 */
enum ApproverRole {
    /** 主管领导: 特级 hot work. */
    RESPONSIBLE_LEADER,
    /** 安全管理部门: 一级 hot work. */
    SAFETY_DEPARTMENT,
    /** 所在基层单位: 二级 hot work, confined space, blind plate, Ⅰ height work. */
    BASE_UNIT,
    /** 所在单位专业部门: Ⅱ and Ⅲ height work, 二级 and 三级 lifting, excavation, road breaking. */
    PROFESSIONAL_DEPARTMENT,
    /** 主管厂长或总工程师: Ⅳ height work, 一级 lifting. */
    PLANT_MANAGER_OR_CHIEF_ENGINEER,
    /** 配送电单位: temporary power. */
    POWER_SUPPLY_UNIT
}
