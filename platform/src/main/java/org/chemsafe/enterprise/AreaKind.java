package org.chemsafe.enterprise;

/** What an area of a site (厂区内区域) is used for. */
public enum AreaKind {
    /** 生产区 */
    PRODUCTION,
    /** 储存区 (tank farms, warehouses) */
    STORAGE,
    /** 装卸区 */
    LOADING,
    /** 办公区 / 生活区 */
    OFFICE,
    OTHER
}
