/**
 * Dual prevention (双重预防机制): risk graded control (风险分级管控) and hidden-danger investigation (隐患排查治理).
 * Today: risk assessment by LEC, LS and MES with the four levels, colours and control levels, and the engine that
 * turns an inspection task's national cycle into due windows,
 * the risk register, hidden dangers with their lifecycle (reported → graded → ordered → rectified → accepted →
 * closed), photos, inspection records with the occurrences' states and rounds, the effectiveness score and the
 * ledgers as Excel.
 */
@ApplicationModule(displayName = "Dual prevention")
@NullMarked
package org.chemsafe.dualprevention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
