package org.chemsafe.alarm;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An object an alarm concerns besides its originator (the unit, tank, area or major hazard source a point is on),
 * named by kind and id; the object lives in its own module, so there is no foreign key.
 */
public record AlarmLink(String kind, UUID id) {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,31}");

    public AlarmLink {
        Objects.requireNonNull(id, "id");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a link kind is an upper-case code: " + kind);
        }
    }
}
