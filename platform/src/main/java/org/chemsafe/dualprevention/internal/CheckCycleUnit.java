package org.chemsafe.dualprevention.internal;

/** The unit of an inspection task's cycle (national {@code checkCycleUnit}: 小时, 天, 月, 年). */
enum CheckCycleUnit {
    HOUR, DAY, MONTH, YEAR
}
