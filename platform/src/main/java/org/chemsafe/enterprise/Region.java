package org.chemsafe.enterprise;

import org.jspecify.annotations.Nullable;

/** An administrative region with its materialised path of codes from the province down. */
public record Region(String code, String name, RegionLevel level, @Nullable String parentCode, String path) {

    /** Whether the other region is this one or lies below it. */
    public boolean contains(Region other) {
        return other.path.equals(path) || other.path.startsWith(path + ".");
    }
}
