package org.chemsafe.majorhazard.internal.source;

/** Why a unit was assessed: its inventory (or tanks) changed, its exposed people changed, or someone asked. */
enum AssessmentTrigger {
    INVENTORY_CHANGED,
    EXPOSURE_CHANGED,
    MANUAL
}
