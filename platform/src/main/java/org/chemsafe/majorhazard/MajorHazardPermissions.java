package org.chemsafe.majorhazard;

/** Permission codes of the major hazard module (granted to roles in data, see its migrations). */
public final class MajorHazardPermissions {

    public static final String MAJOR_HAZARD_READ = "major-hazard:read";
    public static final String MAJOR_HAZARD_WRITE = "major-hazard:write";

    private MajorHazardPermissions() {
    }
}
