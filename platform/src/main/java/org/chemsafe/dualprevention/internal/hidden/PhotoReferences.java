package org.chemsafe.dualprevention.internal.hidden;

/** The bound of a step's photos (ids of photos stored by {@code POST /api/v1/dual-prevention/photos}). */
final class PhotoReferences {

    /** Photos per step. */
    static final int MAX = 20;

    private PhotoReferences() {
    }
}
