package org.chemsafe.permit.internal;

import java.util.List;

import org.chemsafe.permit.WorkType;

/**
 * The grades of the graded work types, each listed from the least to the most demanding: hot work 二级, 一级, 特级
 * (5.1.1), height work Ⅰ to Ⅳ (8.1.3), lifting 三级, 二级, 一级 (9.1). The other five types are not graded.
 */
enum WorkGrade {
    SPECIAL, LEVEL_1, LEVEL_2, LEVEL_3, I, II, III, IV;

    private static final List<WorkGrade> HOT_WORK = List.of(LEVEL_2, LEVEL_1, SPECIAL);
    private static final List<WorkGrade> HEIGHT = List.of(I, II, III, IV);
    private static final List<WorkGrade> LIFTING = List.of(LEVEL_3, LEVEL_2, LEVEL_1);

    /** The type's grades from the least to the most demanding; empty for an ungraded type. */
    static List<WorkGrade> of(WorkType type) {
        return switch (type) {
            case HOT_WORK -> HOT_WORK;
            case HEIGHT -> HEIGHT;
            case LIFTING -> LIFTING;
            default -> List.of();
        };
    }

    /** The next more demanding grade of the type, or this one when it is the type's most demanding. */
    WorkGrade upgraded(WorkType type) {
        List<WorkGrade> grades = of(type);
        int index = grades.indexOf(this);
        return grades.get(Math.min(index + 1, grades.size() - 1));
    }

    /** The more demanding of two grades of the type. */
    static WorkGrade higher(WorkType type, WorkGrade a, WorkGrade b) {
        List<WorkGrade> grades = of(type);
        return grades.indexOf(a) >= grades.indexOf(b) ? a : b;
    }
}
