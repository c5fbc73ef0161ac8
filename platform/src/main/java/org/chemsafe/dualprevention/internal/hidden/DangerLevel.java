package org.chemsafe.dualprevention.internal.hidden;

/**
 * The grade of a hidden danger, national {@code dangerLevel}. The sources disagree on the codes (domain file §3:
 * Jiangsu 0 一般 / 1 重大, a 宝信 app 1 / 2); the national code here follows the Jiangsu list until a target says
 * otherwise.
 */
public enum DangerLevel {
    /** 一般隐患. */
    GENERAL(0),
    /** 重大隐患 (judged against the 20 criteria of 安监总管三〔2017〕121号). */
    MAJOR(1);

    private final int nationalCode;

    DangerLevel(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }
}
