package org.chemsafe.majorhazard;

/** The GB 18218-2018 table a value was taken from: critical quantities from Table 1 or 2, β from Table 3 or 4. */
public enum StandardTable {
    TABLE_1, TABLE_2, TABLE_3, TABLE_4
}
