package org.chemsafe.majorhazard.internal.source;

/**
 * The three accountable people of a major hazard source (包保责任人, 应急厅〔2021〕12号 第三条): the principal (主要负责人),
 * the technical lead (技术负责人) and the operations lead (操作负责人).
 */
enum AccountableRole {
    CHIEF,
    TECHNICAL,
    OPERATIONS
}
