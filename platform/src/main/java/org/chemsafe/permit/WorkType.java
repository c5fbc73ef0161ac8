package org.chemsafe.permit;

/** The eight special-work types of GB 30871-2022 (clauses 5 to 12), each with its own permit form (Appendix A). */
public enum WorkType {
    /** 动火作业, clause 5. */
    HOT_WORK,
    /** 受限空间作业, clause 6. */
    CONFINED_SPACE,
    /** 盲板抽堵作业, clause 7. */
    BLIND_PLATE,
    /** 高处作业, clause 8. */
    HEIGHT,
    /** 吊装作业, clause 9. */
    LIFTING,
    /** 临时用电, clause 10. */
    TEMPORARY_POWER,
    /** 动土作业, clause 11. */
    EXCAVATION,
    /** 断路作业, clause 12. */
    ROAD_BREAKING
}
