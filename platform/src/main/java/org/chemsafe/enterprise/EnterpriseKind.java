package org.chemsafe.enterprise;

/** What an enterprise does with hazardous chemicals (生产 / 储存经营 / 使用 / 加油站). */
public enum EnterpriseKind {
    PRODUCTION,
    STORAGE_TRADING,
    USE,
    GAS_STATION
}
