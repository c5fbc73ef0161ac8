package org.chemsafe.permit.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A field of a permit's Appendix A form beyond what every permit has as columns: its key in the application's
 * {@code details}, its kind, whether the form needs it, its limit (the longest text or the largest number), the codes a
 * choice allows and the form's label.
 */
record FormField(String key, Kind kind, boolean required, @Nullable Double max, List<String> choices, String label) {

    /** How a field's value is given: free text, a number (at least 0), or one of the choices' codes. */
    enum Kind {
        TEXT, NUMBER, CHOICE
    }

    FormField {
        choices = List.copyOf(choices);
    }
}
