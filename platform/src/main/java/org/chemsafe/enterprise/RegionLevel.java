package org.chemsafe.enterprise;

/** Administrative levels supervised on the platform (省 / 市 / 区县 / 镇街). */
public enum RegionLevel {
    PROVINCE,
    CITY,
    DISTRICT,
    TOWN
}
