package org.chemsafe.dualprevention.internal.effectiveness;

/** The grade of an effectiveness score, as park weekly reports show it. */
enum EffectivenessGrade {
    /** 优. */
    EXCELLENT,
    /** 良. */
    GOOD,
    /** 中. */
    FAIR,
    /** 差. */
    POOR
}
