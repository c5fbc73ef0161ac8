package org.chemsafe.elements;

/**
 * What a qualification attests: a special-operation certificate (特种作业操作证, issued under the rules for special
 * operations personnel; the crane operator's and signaller's are 特种设备作业人员证) or a training record.
 */
public enum QualificationKind {
    /** 焊接与热切割作业: hot work's welders and cutters. */
    WELDING_CUTTING(Category.CERTIFICATE),
    /** 电工作业: temporary power's electricians. */
    ELECTRICIAN(Category.CERTIFICATE),
    /** 高处作业. */
    WORKING_AT_HEIGHT(Category.CERTIFICATE),
    /** 危险化学品安全作业 (process operators). */
    HAZARDOUS_CHEMICALS(Category.CERTIFICATE),
    /** 起重机司机 (特种设备作业人员证 Q2). */
    CRANE_OPERATOR(Category.CERTIFICATE),
    /** 起重机指挥 (Q1). */
    CRANE_SIGNALLER(Category.CERTIFICATE),
    /** 监护人培训 (GB 30871-2022 4.10: trained and examined). */
    GUARDIAN_TRAINING(Category.TRAINING),
    /** 特殊作业安全培训 for the people who apply, approve and do special work. */
    SPECIAL_WORK_TRAINING(Category.TRAINING),
    /** 气体分析人员培训. */
    GAS_ANALYSIS_TRAINING(Category.TRAINING),
    /** 三级安全教育 (company, workshop, team induction). */
    SAFETY_INDUCTION(Category.TRAINING);

    /** Certificate or training record. */
    public enum Category {
        CERTIFICATE, TRAINING
    }

    private final Category category;

    QualificationKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
