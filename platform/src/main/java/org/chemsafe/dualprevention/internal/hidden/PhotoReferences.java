package org.chemsafe.dualprevention.internal.hidden;

/** The bounds of a step's photo references (paths or URLs of images stored elsewhere). */
final class PhotoReferences {

    /** Photos per step. */
    static final int MAX = 20;
    /** Characters per reference. */
    static final int LENGTH = 500;

    private PhotoReferences() {
    }
}
