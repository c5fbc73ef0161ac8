package org.chemsafe.enterprise;

/** Safety standardization grade (安全生产标准化等级): 一级, 二级, 三级, or not graded. */
public enum StandardizationLevel {
    LEVEL_1,
    LEVEL_2,
    LEVEL_3,
    NONE
}
