package org.chemsafe.dualprevention.internal.hidden;

/** How a hidden danger is rectified, national {@code dangerManageType} (domain file §3). */
public enum DangerManageType {
    /** 0 即查即改: fixed on the spot. */
    IMMEDIATE(0),
    /** 1 限期整改: fixed by {@code dangerManageDeadline}. */
    BY_DEADLINE(1);

    private final int nationalCode;

    DangerManageType(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }
}
