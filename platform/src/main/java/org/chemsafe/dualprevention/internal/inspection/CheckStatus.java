package org.chemsafe.dualprevention.internal.inspection;

/**
 * The result of a check, national {@code checkStatus} (domain file §3): 0 正常, 1 存在隐患, 3 其他. The fourth code,
 * 2 未排查, is not a result anyone records: it is an occurrence that ended without a record
 * ({@link OccurrenceState#MISSED}).
 */
enum CheckStatus {
    /** 0 正常: nothing found. */
    NORMAL(0),
    /** 1 存在隐患: a hidden danger found, reported with the record. */
    DANGER_FOUND(1),
    /** 3 其他: e.g. the equipment was out of service; the comment says what. */
    OTHER(3);

    /** The national code of an occurrence without a record. */
    static final int NOT_CHECKED = 2;

    private final int nationalCode;

    CheckStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    int nationalCode() {
        return nationalCode;
    }

    static CheckStatus ofNationalCode(int code) {
        for (CheckStatus status : values()) {
            if (status.nationalCode == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("no check status has the national code " + code);
    }
}
